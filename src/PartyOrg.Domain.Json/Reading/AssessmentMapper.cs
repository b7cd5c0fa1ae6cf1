using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartyOrg.Domain.AssessmentData;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Json.Reading;

/// <content>The assessment sections of the mapped document.</content>
internal sealed partial class Sections
{
    internal AssessmentEntryLog? Assessments { get; set; }

    internal RectificationLog? Rectifications { get; set; }
}

/// <summary>
/// The domain pass of the <c>assessments</c> and <c>rectifications</c> sections: organisations checked against the tree,
/// repeated keys and out-of-order dates reported at their paths; the logs are built when there is no problem.
/// </summary>
internal static class AssessmentMapper
{
    internal static void Build(RawDocument raw, OrganizationTree tree, ProblemList problems, Sections sections)
    {
        if (raw.HasAssessments)
        {
            var before = problems.Count;
            var entries = new List<AssessmentEntry>(raw.Assessments.Count);
#if NET
            var seen = new HashSet<Key>(raw.Assessments.Count);
#else
            var seen = new HashSet<Key>();
#endif
            for (var i = 0; i < raw.Assessments.Count; i++)
            {
                if (raw.Assessments[i] is not { } c || raw.Invalid.Contains(c))
                {
                    continue;
                }

                if (!tree.TryGetOrganization(c.Organization, out _))
                {
                    problems.Add(JsonPaths.Property(JsonPaths.Index("$.assessments", i), "organization"), $"no organization {JsonPaths.Quote(c.Organization)}");
                    continue;
                }

                if (!seen.Add(new Key(c.Organization, c.Year, c.Item, c.Assessor, c.Scorecard)))
                {
                    problems.Add(JsonPaths.Property(JsonPaths.Index("$.assessments", i), "item"), $"a second value for item {JsonPaths.Quote(c.Item)} of {JsonPaths.Quote(c.Organization)} in {c.Year} (same assessor and scorecard)");
                    continue;
                }

                entries.Add(new AssessmentEntry(c.Organization, c.Year, c.Item, c.Value, c.Assessor, c.Scorecard, c.Note));
            }

            // Indexes must match the document for error paths: build only when every entry was kept.
            if (problems.Count == before && entries.Count == raw.Assessments.Count)
            {
                sections.Assessments = new AssessmentEntryLog(entries);
            }
        }

        if (raw.HasRectifications)
        {
            var before = problems.Count;
            var records = new List<RectificationRecord>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < raw.Rectifications.Count; i++)
            {
                if (raw.Rectifications[i] is not { } c || raw.Invalid.Contains(c))
                {
                    continue;
                }

                var path = JsonPaths.Index("$.rectifications", i);
                var ok = true;
                if (!ids.Add(c.Id))
                {
                    problems.Add(JsonPaths.Property(path, "id"), $"rectification id {JsonPaths.Quote(c.Id)} is used more than once");
                    ok = false;
                }

                if (!tree.TryGetOrganization(c.Organization, out _))
                {
                    problems.Add(JsonPaths.Property(path, "organization"), $"no organization {JsonPaths.Quote(c.Organization)}");
                    ok = false;
                }

                if (c.Types.Count == 0)
                {
                    problems.Add(JsonPaths.Property(path, "types"), "expected at least one national type");
                    ok = false;
                }

                foreach (var (date, field) in new[] { ((LocalDate?)c.Deadline, "deadline"), (c.PlanDue, "planDue"), (c.PlanFiledOn, "planFiledOn"), (c.VerifiedOn, "verifiedOn"), (c.ReInspectBy, "reInspectBy"), (c.ReInspectedOn, "reInspectedOn") })
                {
                    if (date is { } d && d < c.IdentifiedOn)
                    {
                        problems.Add(JsonPaths.Property(path, field), $"{Iso(d)} is before the identification on {Iso(c.IdentifiedOn)}");
                        ok = false;
                    }
                }

                if (c.ReInspectedOn is not null && c.VerifiedOn is null)
                {
                    problems.Add(JsonPaths.Property(path, "reInspectedOn"), "re-inspected but never verified: 回头看 follows 销号 (verifiedOn)");
                    ok = false;
                }

                if (ok)
                {
                    records.Add(new RectificationRecord(c.Id, c.Organization, c.Types.Select(t => WeaknessType.FromName(t)), c.IdentifiedOn, c.Deadline, c.PlanDue, c.PlanFiledOn,
                        c.Owner, c.Progress?.Select(m => new YearMonth(int.Parse(m.Substring(0, 4), System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Substring(5, 2), System.Globalization.CultureInfo.InvariantCulture))),
                        c.VerifiedOn, c.ReInspectBy, c.ReInspectedOn));
                }
            }

            if (problems.Count == before)
            {
                sections.Rectifications = new RectificationLog(records);
            }
        }
    }

    private static string Iso(LocalDate d) => NodaTime.Text.LocalDatePattern.Iso.Format(d);

    /// <summary>
    /// An assessment value's key (organisation, year, item, assessor, scorecard) as a struct of its own: a set of a
    /// province's million keys hashes and compares them without the shared generic code of a tuple of strings. The same
    /// key as the domain's (internal) <c>AssessmentKey</c>, which this assembly does not see; both are tested part by part.
    /// </summary>
    internal readonly struct Key : IEquatable<Key>
    {
        private readonly string organization;
        private readonly int year;
        private readonly string item;
        private readonly string? assessor;
        private readonly string? scorecard;

        internal Key(string organization, int year, string item, string? assessor, string? scorecard)
        {
            this.organization = organization;
            this.year = year;
            this.item = item;
            this.assessor = assessor;
            this.scorecard = scorecard;
        }

        public bool Equals(Key other) =>
            year == other.year && string.Equals(organization, other.organization, StringComparison.Ordinal) && string.Equals(item, other.item, StringComparison.Ordinal)
            && string.Equals(assessor, other.assessor, StringComparison.Ordinal) && string.Equals(scorecard, other.scorecard, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode()
        {
            unchecked
            {
                var hash = organization.GetHashCode();
                hash = (hash * 31) + year;
                hash = (hash * 31) + item.GetHashCode();
                hash = (hash * 31) + (assessor?.GetHashCode() ?? 0);
                return (hash * 31) + (scorecard?.GetHashCode() ?? 0);
            }
        }
    }
}
