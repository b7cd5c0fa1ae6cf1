using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using NodaTime;
using NodaTime.Text;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;
using Xunit;

namespace PartyOrg.Domain.Tests.Json;

/// <summary>
/// docs/examples/exported-organ.json: a year of an organ written the way another system exports it (keys in any order,
/// optional sections absent or empty, an extension property, members attending other units' meetings, a temporary
/// branch whose participants are registered in the regular branches). It loads, and its meeting findings equal those of
/// <see cref="Contract"/>, a second implementation of the meeting rules written from the interchange contract alone
/// (reading the JSON directly, sharing no code with the library).
/// </summary>
public sealed class ExportedDocumentTests
{
    private static readonly string[] MeetingRules =
    {
        "MTG-MEMBERS-MEETING-QUARTERLY", "MTG-COMMITTEE-MONTHLY", "MTG-GROUP-MONTHLY", "LIFE-THEME-DAY-MONTHLY",
        "LIFE-ORG-LIFE-MEETING-ANNUAL", "LIFE-DEMOCRATIC-APPRAISAL-ANNUAL", "MTG-LECTURE-BY-SECRETARY",
        "MTG-PARTY-LECTURE-LOCAL-FREQUENCY", "MTG-ORGAN-ANNUAL-ASSEMBLY", "MTG-COMMITTEE-QUORUM",
        "MTG-MEMBERS-MEETING-QUORUM-VOTE", "LIFE-SELF-LAPSE-6M",
    };

    private static string Text() => File.ReadAllText(RepoFiles.PathOf("docs", "examples", "exported-organ.json"));

    private static ComplianceReport Check()
    {
        var result = PartyOrgDocument.Parse(Text());
        result.Problems.Should().BeEmpty();
        var doc = result.Document!;
        return new ComplianceChecker(doc.Profile).Check(doc.ToComplianceInput(doc.AsOf!.Value));
    }

    [Fact]
    public void Loads_WithVisitorsEmptySectionsAndKeysInAnyOrder()
    {
        var text = Text();
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        root.EnumerateObject().First().Name.Should().NotBe("organizations", "the document is written in another system's key order");
        root.TryGetProperty("terms", out _).Should().BeFalse("an optional section is absent");
        root.GetProperty("elections").GetArrayLength().Should().Be(0, "an optional section is empty");

        var result = PartyOrgDocument.Parse(text);
        result.Problems.Should().BeEmpty();
        var doc = result.Document!;
        var tree = doc.Tree;
        var visitors = doc.Meetings!.Records.SelectMany(r => r.Attendees.Where(a => !BelongsTo(tree, r.OrganizationId, a)).Select(a => r.Id + ":" + a)).ToArray();
        visitors.Should().Contain(new[] { "td-b1-03:m-09", "td-b1-01:m-13", "cm-b1-05:m-11", "gm-g11-03:m-05", "gm-b2-q2:m-01" });
        tree.Members.Where(m => m.TemporaryBranchIds.Contains("tb-1")).Select(m => m.BranchId).Distinct().Should().BeEquivalentTo(new[] { "b-1", "b-2" });
    }

    [Fact]
    public void MeetingFindings_EqualTheContractImplementation()
    {
        var library = Check().Findings.Where(f => Array.IndexOf(MeetingRules, f.RuleId) >= 0)
            .Select(f => $"{f.RuleId} {f.SubjectId} {f.Period} {f.Actual}").OrderBy(x => x, StringComparer.Ordinal).ToArray();
        var contract = Contract.Findings(Text()).OrderBy(x => x, StringComparer.Ordinal).ToArray();
        library.Should().Equal(contract);

        // What the document was written to show (so that the comparison cannot pass on two empty lists).
        contract.Should().Equal(
            "LIFE-SELF-LAPSE-6M m-13 2026-01-01/2026-06-30 6",
            "LIFE-THEME-DAY-MONTHLY b-2 2026-04 0",
            "MTG-COMMITTEE-QUORUM cm-b1-05 2026-05 1",
            "MTG-GROUP-MONTHLY g-12 2026-02 0",
            "MTG-MEMBERS-MEETING-QUORUM-VOTE gm-b2-q2 2026-05 2",
            "MTG-MEMBERS-MEETING-QUORUM-VOTE gm-b2-q2 2026-05 2",
            "MTG-PARTY-LECTURE-LOCAL-FREQUENCY tb-1 2026-Q1 0");
    }

    [Fact]
    public void WrittenBackAndLoaded_GivesTheSameFindings()
    {
        var doc = PartyOrgDocument.Parse(Text()).Document!;
        var input = doc.ToComplianceInput(doc.AsOf!.Value);
        var again = PartyOrgDocument.Parse(PartyOrgDocumentWriter.Write(input, doc.Profile.Name));
        again.Problems.Should().BeEmpty();
        var checker = new ComplianceChecker(doc.Profile);
        checker.Check(again.Document!.ToComplianceInput(doc.AsOf!.Value)).Findings.Select(f => f.ToString())
            .Should().Equal(checker.Check(input).Findings.Select(f => f.ToString()));
    }

    [Fact]
    public void ThemedPartyDays_AreOnAFixedDay() =>
        Check().Findings.Where(f => f.RuleId == "LIFE-THEME-DAY-FIXED-DAY").Should().BeEmpty();

    private static bool BelongsTo(PartyOrg.Domain.Organizations.OrganizationTree tree, string org, string member)
    {
        var m = tree.GetMember(member);
        return m.BranchId == org || m.GroupId == org || m.TemporaryBranchIds.Contains(org) || tree.PostsOf(org).Any(p => p.MemberId == member);
    }

    /// <summary>
    /// The meeting rules as the interchange contract states them, for the parts of it this document exercises: the
    /// counting obligations (a closed period of an organization in scope with no record of the kind), the committee
    /// quorum (2 × committee members present ≥ seats held that day), the vote of a 党员大会 (2 × voting members present ≥
    /// entitled; an item recorded as passed needs 2 × for &gt; entitled) and LIFE-SELF-LAPSE-6M's attendance limb. Attendees
    /// from other units count only for their own units. Not modelled (the document does not need them): due-soon
    /// warnings (no period ends within 7 days after "as of"), lecturers' posts, lifeExemption and lostContact.
    /// </summary>
    private static class Contract
    {
        private static readonly (string Rule, string Kind, Func<Org, bool> Scope, char Period)[] Counts =
        {
            ("MTG-MEMBERS-MEETING-QUARTERLY", "general-meeting", o => o.Kind == "branch", 'Q'),
            ("MTG-COMMITTEE-MONTHLY", "committee-meeting", o => o.Kind == "branch" && o.HasCommittee, 'M'),
            ("MTG-GROUP-MONTHLY", "group-meeting", o => o.Kind == "party-group", 'M'),
            ("LIFE-THEME-DAY-MONTHLY", "themed-party-day", o => o.Kind == "branch", 'M'),
            ("MTG-PARTY-LECTURE-LOCAL-FREQUENCY", "party-lecture", o => o.Kind == "branch", 'Q'),
            ("LIFE-ORG-LIFE-MEETING-ANNUAL", "organizational-life-meeting", o => o.Kind == "branch", 'Y'),
            ("LIFE-DEMOCRATIC-APPRAISAL-ANNUAL", "democratic-appraisal", o => o.Kind == "branch" && o.Form != "temporary", 'Y'),
            ("MTG-ORGAN-ANNUAL-ASSEMBLY", "organ-assembly", o => o.Kind == "organ-committee", 'Y'),
            ("MTG-LECTURE-BY-SECRETARY", "party-lecture", o => o.Kind is "organ-committee" or "basic-committee" or "leading-group", 'Y'),
        };

        internal static List<string> Findings(string text)
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            var asOf = Date(root.GetProperty("asOf"));
            var from = new LocalDate(asOf.Year, 1, 1);
            var posts = Array(root, "posts").Select(p => new Post(Str(p, "organization")!, Str(p, "member")!, Str(p, "post")!, Date(p.GetProperty("since")),
                p.TryGetProperty("until", out var u) ? Date(u) : (LocalDate?)null)).ToList();
            var orgs = Array(root, "organizations").Select(o => new Org(Str(o, "id")!, Str(o, "kind")!, Str(o, "form") ?? "regular",
                posts.Any(p => p.Organization == Str(o, "id") && p.Kind == "committee-member"))).ToList();
            var members = Array(root, "members").Select(m => new Member(Str(m, "id")!, Str(m, "branch")!, Str(m, "group"), Str(m, "status")!,
                m.TryGetProperty("temporaryBranches", out var t) ? t.EnumerateArray().Select(x => x.GetString()!).ToArray() : System.Array.Empty<string>())).ToList();
            var meetings = Array(root, "meetings").Select(r => new Meeting(
                Str(r, "id")!, Str(r, "organization")!, Date(r.GetProperty("date")),
                r.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()!).ToArray(),
                r.TryGetProperty("attendees", out var a) ? a.EnumerateArray().Select(x => x.GetString()!).ToArray() : System.Array.Empty<string>(),
                r.TryGetProperty("absences", out var b) ? b.EnumerateArray().Where(x => Str(x, "reason") != "no-reason").Select(x => Str(x, "member")!).ToArray() : System.Array.Empty<string>(),
                r.TryGetProperty("votes", out var v) ? v.EnumerateArray().Select(x => (x.GetProperty("for").GetInt32(), !x.TryGetProperty("recordedAsPassed", out var p) || p.GetBoolean())).ToArray() : System.Array.Empty<(int, bool)>()))
                .Where(r => r.Date >= from && r.Date <= asOf).ToList();

            // No period containing "as of" ends within 7 days of it: no due-soon warning is expected.
            foreach (var end in new[] { asOf.With(DateAdjusters.EndOfMonth), QuarterEnd(asOf), new LocalDate(asOf.Year, 12, 31) })
            {
                Period.Between(asOf, end, PeriodUnits.Days).Days.Should().BeGreaterThan(7);
            }

            var found = new List<string>();
            foreach (var (rule, kind, scope, unit) in Counts)
            {
                foreach (var org in orgs.Where(scope))
                {
                    for (var start = from; ; start = Next(start, unit))
                    {
                        var end = Next(start, unit).PlusDays(-1);
                        if (end > asOf)
                        {
                            break;
                        }

                        if (!meetings.Any(r => r.Organization == org.Id && r.Kinds.Contains(kind) && r.Date >= start && r.Date <= end))
                        {
                            found.Add($"{rule} {org.Id} {Name(start, unit)} 0");
                        }
                    }
                }
            }

            foreach (var r in meetings)
            {
                var org = orgs.Single(o => o.Id == r.Organization);
                if (r.Kinds.Contains("committee-meeting") && org.Kind == "branch" && org.HasCommittee)
                {
                    var seats = posts.Where(p => p.Organization == org.Id && p.Kind is "secretary" or "deputy-secretary" or "committee-member" && p.HeldOn(r.Date))
                        .Select(p => p.Member).Distinct().ToArray();
                    var present = seats.Count(r.Attendees.Contains);
                    if (seats.Length > 0 && 2 * present < seats.Length)
                    {
                        found.Add($"MTG-COMMITTEE-QUORUM {r.Id} {Name(r.Date, 'M')} {present}");
                    }
                }

                if (r.Kinds.Contains("general-meeting") && org.Kind == "branch" && r.Votes.Length > 0)
                {
                    var entitled = members.Where(m => m.Status == "full" && (m.Branch == org.Id || m.Temporary.Contains(org.Id))).Select(m => m.Id).ToArray();
                    var present = entitled.Count(r.Attendees.Contains);
                    if (2 * present < entitled.Length)
                    {
                        found.Add($"MTG-MEMBERS-MEETING-QUORUM-VOTE {r.Id} {Name(r.Date, 'M')} {present}");
                    }

                    foreach (var (votesFor, passed) in r.Votes)
                    {
                        if (passed && 2 * votesFor <= entitled.Length)
                        {
                            found.Add($"MTG-MEMBERS-MEETING-QUORUM-VOTE {r.Id} {Name(r.Date, 'M')} {votesFor}");
                        }
                    }
                }
            }

            // LIFE-SELF-LAPSE-6M: a closed month counts against a member when a meeting they were expected at was held
            // (their branch, Party group or temporary branch; a committee meeting only for its committee), they attended
            // none and no proper-reason absence is recorded for them; a month with nothing held ends a run.
            var lastMonth = asOf.PlusDays(1).Month == asOf.Month ? asOf.With(DateAdjusters.StartOfMonth).PlusMonths(-1) : asOf.With(DateAdjusters.StartOfMonth);
            foreach (var m in members)
            {
                var run = new List<LocalDate>();
                for (var month = from; month <= lastMonth.PlusMonths(1); month = month.PlusMonths(1))
                {
                    var counts = false;
                    if (month <= lastMonth)
                    {
                        var expected = meetings.Where(r => r.Date.Year == month.Year && r.Date.Month == month.Month
                            && (r.Organization == m.Branch || r.Organization == m.Group || m.Temporary.Contains(r.Organization))
                            && (!r.Kinds.SequenceEqual(new[] { "committee-meeting" }) || posts.Any(p => p.Organization == r.Organization && p.Member == m.Id && p.Kind != "group-leader" && p.HeldOn(r.Date))))
                            .ToArray();
                        counts = expected.Length > 0 && !expected.Any(r => r.Attendees.Contains(m.Id) || r.ProperAbsences.Contains(m.Id));
                    }

                    if (counts)
                    {
                        run.Add(month);
                        continue;
                    }

                    if (run.Count >= 3)
                    {
                        var last = run[run.Count - 1];
                        found.Add(string.Format(CultureInfo.InvariantCulture, "LIFE-SELF-LAPSE-6M {0} {1:yyyy-MM-dd}/{2:yyyy-MM-dd} {3}", m.Id, run[0], last.With(DateAdjusters.EndOfMonth), run.Count));
                    }

                    run.Clear();
                }
            }

            return found;
        }

        private static LocalDate Next(LocalDate start, char unit) => unit switch
        {
            'M' => start.PlusMonths(1),
            'Q' => start.PlusMonths(3),
            _ => start.PlusYears(1),
        };

        private static LocalDate QuarterEnd(LocalDate d) => new LocalDate(d.Year, ((d.Month - 1) / 3 * 3) + 1, 1).PlusMonths(3).PlusDays(-1);

        private static string Name(LocalDate start, char unit) => unit switch
        {
            'M' => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            'Q' => start.Year.ToString(CultureInfo.InvariantCulture) + "-Q" + (((start.Month - 1) / 3) + 1).ToString(CultureInfo.InvariantCulture),
            _ => start.Year.ToString(CultureInfo.InvariantCulture),
        };

        private static IEnumerable<JsonElement> Array(JsonElement root, string name) =>
            root.TryGetProperty(name, out var a) ? a.EnumerateArray() : Enumerable.Empty<JsonElement>();

        private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        private static LocalDate Date(JsonElement e) => LocalDatePattern.Iso.Parse(e.GetString()!).Value;

        private sealed record Org(string Id, string Kind, string Form, bool HasCommittee);

        private sealed record Member(string Id, string Branch, string? Group, string Status, string[] Temporary);

        private sealed record Post(string Organization, string Member, string Kind, LocalDate Since, LocalDate? Until)
        {
            internal bool HeldOn(LocalDate d) => d >= Since && (Until is null || d < Until);
        }

        private sealed record Meeting(string Id, string Organization, LocalDate Date, string[] Kinds, string[] Attendees, string[] ProperAbsences, (int For, bool Passed)[] Votes);
    }
}
