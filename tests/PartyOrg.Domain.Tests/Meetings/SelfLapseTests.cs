using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using Xunit;
using static PartyOrg.Domain.Tests.Meetings.MeetingFixture;

namespace PartyOrg.Domain.Tests.Meetings;

/// <summary>LIFE-SELF-LAPSE-6M: a month counts only when the member's own units held organizational life that month.</summary>
public sealed class SelfLapseTests
{
    private static IReadOnlyList<Finding> Lapse(OrganizationTree tree, IEnumerable<MeetingRecord> records, LocalDate? asOf = null) =>
        Check(tree, records, asOf ?? YearEnd).Findings.Where(f => f.RuleId == "LIFE-SELF-LAPSE-6M").ToArray();

    /// <summary>Branch b2 (m9–m11) holds a themed Party day in the given months of 2026, attended by <paramref name="attendees"/>.</summary>
    private static List<MeetingRecord> B2Meetings(IEnumerable<int> months, params string[] attendees) =>
        months.Select(m => Meeting("b2-" + m, "b2", new LocalDate(2026, m, 10), MeetingKind.ThemedPartyDay, attendees)).ToList();

    [Fact]
    public void BranchMeetingOnlyInJanuaryAndAugust_NoLapse_EvenForMembersWhoMissedBoth()
    {
        var tree = Tree();
        var records = B2Meetings(new[] { 1, 8 }, "m9");
        Lapse(tree, records).Where(f => f.OrganizationId == "b2").Should().BeEmpty(
            "months in which the branch held nothing do not count against its members");
    }

    [Theory]
    [InlineData(5, Severity.Warning)]
    [InlineData(6, Severity.Error)]
    public void HeldEveryMonth_MissedAll_CountsEachMonth(int months, Severity severity)
    {
        var tree = Tree();
        var records = B2Meetings(Enumerable.Range(3, months), "m9");
        var f = Lapse(tree, records).Single(x => x.SubjectId == "m10");
        f.Severity.Should().Be(severity);
        f.Actual.Should().Be(months.ToString(System.Globalization.CultureInfo.InvariantCulture));
        f.Period.ToString().Should().Be(months == 6 ? "2026-03-01/2026-08-31" : "2026-03-01/2026-07-31");
        f.Message.Chinese.Should().Contain("党支部大会讨论").And.NotContain("视为自行脱党。");
        f.Message.English.Should().Contain("branch general meeting");
    }

    [Fact]
    public void MonthWithoutMeetings_EndsTheRun()
    {
        var tree = Tree();
        var months = new[] { 1, 2, 3, 5, 6, 7 }; // nothing held in April
        Lapse(tree, B2Meetings(months, "m9")).Where(x => x.SubjectId == "m10").Select(x => x.Actual).Should().Equal("3", "3");
    }

    [Fact]
    public void LifeExemption_MonthsTouchedAreNotJudged()
    {
        var tree = Tree(extra: b => b.Add(new Member("m12", "党员12", MembershipStatus.Full, "b2", admittedOn: new LocalDate(1999, 1, 1),
            fullSince: new LocalDate(2000, 1, 1),
            lifeExemption: new LifeExemption(LifeExemptionReason.ElderlyFrail, new LocalDate(2026, 5, 31), new LocalDate(2026, 6, 1)))));
        var records = B2Meetings(Enumerable.Range(1, 10), "m9");
        // Jan–Apr (4) and Jul–Oct (4): May and June are exempt (one day each) and end the run.
        Lapse(tree, records).Where(x => x.SubjectId == "m12").Select(x => x.Actual).Should().Equal("4", "4");
        Lapse(tree, records).Where(x => x.SubjectId == "m10").Select(x => x.Actual).Should().Equal("10");
    }

    [Fact]
    public void CommitteeOnlyMeetings_CountOnlyForCommitteeMembers()
    {
        var tree = Tree();
        var records = Enumerable.Range(2, 6)
            .Select(m => Meeting("cm-" + m, "b1", new LocalDate(2026, m, 12), MeetingKind.CommitteeMeeting, new[] { "m1" })).ToList();
        var subjects = Lapse(tree, records).Where(x => x.Severity == Severity.Error).Select(x => x.SubjectId).ToArray();
        subjects.Should().BeEquivalentTo(new[] { "m2", "m3" }, "m2 and m3 sit on b1's committee and missed its meetings; m4–m8 were not expected");
    }
}
