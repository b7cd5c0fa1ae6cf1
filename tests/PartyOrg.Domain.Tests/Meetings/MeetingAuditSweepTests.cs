using System;
using System.Linq;
using CsCheck;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using Xunit;
using static PartyOrg.Domain.Tests.Meetings.MeetingFixture;

namespace PartyOrg.Domain.Tests.Meetings;

/// <summary>
/// The meeting audit's sweep (each organization's records searched on from where the requirement's previous period
/// began) against the plain path (a binary search per period): the same obligations, counts, verdicts and window flags,
/// on generated logs, windows and check dates, with every obligation kept and with only the reportable ones.
/// </summary>
public sealed class MeetingAuditSweepTests
{
    private static readonly MeetingKind[] Kinds =
    {
        MeetingKind.GeneralMeeting, MeetingKind.CommitteeMeeting, MeetingKind.GroupMeeting, MeetingKind.PartyLecture,
        MeetingKind.ThemedPartyDay, MeetingKind.OrganizationalLifeMeeting,
    };

    [Fact]
    public void Sweep_GivesThePlainPathsAudit_OnGeneratedLogs()
    {
        Gen.Select(Gen.Int, Gen.Int[0, 120], Gen.Bool).Sample((seed, count, keepAll) =>
        {
            var random = new Random(seed);
            // b2's committee members' tenures (0-2 posts) begin and end around the periods: the committee requirements
            // apply from the first period whose first day a tenure covers; a dissolved branch b3 ends its obligations.
            var tenures = Enumerable.Range(0, random.Next(3)).Select(i =>
            {
                var since = new LocalDate(2025, 11, 1).PlusDays(random.Next(400));
                return new Post("b2", "m" + (9 + i), PostKind.CommitteeMember, since, random.Next(2) == 0 ? null : since.PlusDays(1 + random.Next(200)));
            }).ToList();
            var dissolved = new LocalDate(2026, 1, 1).PlusDays(random.Next(365));
            var tree = Tree(random.Next(2) == 0 ? null : new LocalDate(2026, 1 + random.Next(12), 1 + random.Next(28)), b =>
            {
                b.Add(new Organization("b3", OrganizationKind.Branch, "第三支部", "oc", establishedOn: new LocalDate(2000, 1, 1), dissolvedOn: dissolved));
                foreach (var post in tenures)
                {
                    b.Add(post);
                }

                return b;
            });
            var orgs = tree.Organizations.ToArray();
            var members = tree.Members.Select(m => m.Id).ToArray();
            var records = Enumerable.Range(0, count)
                .Select(i => (Org: orgs[random.Next(orgs.Length)], Kind: Kinds[random.Next(Kinds.Length)], Day: new LocalDate(2025, 11, 1).PlusDays(random.Next(500)), i))
                .Where(r => r.Kind.CanBeHeldBy(r.Org.Kind) && (r.Org.EstablishedOn is null || r.Day >= r.Org.EstablishedOn.Value)
                    && (r.Org.DissolvedOn is null || r.Day < r.Org.DissolvedOn.Value))
                .Select(r => Meeting("r" + r.i, r.Org.Id, r.Day, r.Kind, lecturer: r.Kind == MeetingKind.PartyLecture ? members[random.Next(members.Length)] : null))
                .ToList();
            var log = MeetingLog.Create(tree, records);
            var asOf = new LocalDate(2026, 1, 1).PlusDays(random.Next(420));
            var window = random.Next(3) == 0 ? new DateInterval(new LocalDate(2025, 12, 1), YearEnd) : Year2026;
            var set = Requirements(ComplianceProfile.StateOrgans);
            var index = log.IndexFor(tree);

            var swept = MeetingAudit.Run(index, set, window, asOf, 7, keepAll, sweep: true);
            var plain = MeetingAudit.Run(index, set, window, asOf, 7, keepAll, sweep: false);

            return swept.EntryCount == plain.EntryCount
                && Enumerable.Range(0, plain.EntryCount).All(i => swept.StatusAt(i).ToString() == plain.StatusAt(i).ToString()
                    && swept.StatusAt(i).Count == plain.StatusAt(i).Count && swept.MayReport(i) == plain.MayReport(i)
                    && swept.StatusAt(i).MetInPreferredWindow == plain.StatusAt(i).MetInPreferredWindow);
        }, iter: 300);
    }

    [Fact]
    public void DayKey_OrdersLikeTheDates()
    {
        // Days anywhere in the ISO range, and neighbours across month and year ends (the key's month and day fields).
        var any = Gen.Int[-9998, 9999].Select(Gen.Int[1, 12], Gen.Int[1, 31], (y, m, d) => new LocalDate(y, m, Math.Min(d, CalendarSystem.Iso.GetDaysInMonth(y, m))));
        Gen.Select(any, any, Gen.Int[-40, 40]).Sample((a, b, step) =>
        {
            var near = step == 0 || a.Year == 9999 || a.Year == -9998 ? b : a.PlusDays(step);
            return Math.Sign(MeetingIndex.DayKey(a).CompareTo(MeetingIndex.DayKey(b))) == Math.Sign(a.CompareTo(b))
                && Math.Sign(MeetingIndex.DayKey(a).CompareTo(MeetingIndex.DayKey(near))) == Math.Sign(a.CompareTo(near));
        }, iter: 2000);
    }

    [Theory]
    [InlineData(2026, 1, 31, 2026, 2, 1)]
    [InlineData(2025, 12, 31, 2026, 1, 1)]
    [InlineData(2024, 2, 28, 2024, 2, 29)]
    [InlineData(-1, 12, 31, 0, 1, 1)]
    public void DayKey_OfTheNextDay_IsGreater(int y1, int m1, int d1, int y2, int m2, int d2)
    {
        var day = new LocalDate(y1, m1, d1);
        var next = new LocalDate(y2, m2, d2);

        next.Should().Be(day.PlusDays(1));
        MeetingIndex.DayKey(next).Should().BeGreaterThan(MeetingIndex.DayKey(day));
        MeetingIndex.DayKey(day).Should().Be(MeetingIndex.DayKey(day.PlusDays(1).PlusDays(-1)));
    }
}
