using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using Xunit;
using static PartyOrg.Domain.Tests.Meetings.MeetingFixture;

namespace PartyOrg.Domain.Tests.Meetings;

/// <summary>
/// Exact boundaries of the meeting rules (MTG-COMMITTEE-QUORUM, MTG-MEMBERS-MEETING-QUORUM-VOTE and the requirement
/// rules): which records they read (window, "as of", kind, organization in scope), how the committee is counted (a
/// member with two seats once, seats held on the day, more than eight seats), and the values of their findings. The
/// message texts are not asserted.
/// </summary>
public sealed class MeetingRuleMutationTests
{
    private const string Quorum = "MTG-COMMITTEE-QUORUM";
    private const string Vote = "MTG-MEMBERS-MEETING-QUORUM-VOTE";

    private static readonly LocalDate MidYear = new(2026, 6, 30);

    private static IReadOnlyList<Finding> Findings(OrganizationTree tree, IEnumerable<MeetingRecord> records, string ruleId, LocalDate asOf, DateInterval? window = null,
        ComplianceProfile? profile = null)
    {
        var input = new ComplianceInput(tree, asOf).WithMeetings(MeetingLog.Create(tree, records));
        if (window is not null)
        {
            input = input.WithWindow(window);
        }

        return new ComplianceChecker(profile ?? ComplianceProfile.StateOrgans).Check(input).Findings.Where(f => f.RuleId == ruleId).ToArray();
    }

    private static MeetingRecord Committee(LocalDate date, params string[] attendees) => Meeting("cm", "b1", date, MeetingKind.CommitteeMeeting, attendees);

    // ---- MTG-COMMITTEE-QUORUM ----

    [Fact]
    public void CommitteeQuorum_RecordOnAsOf_IsChecked_RecordAfterAsOfInTheWindow_IsNot()
    {
        var tree = Tree();
        Findings(tree, new[] { Committee(MidYear, "m1") }, Quorum, MidYear, Year2026).Should().ContainSingle();
        Findings(tree, new[] { Committee(MidYear.PlusDays(1), "m1") }, Quorum, MidYear, Year2026).Should().BeEmpty();
    }

    [Fact]
    public void CommitteeQuorum_RecordBeforeTheWindow_IsNotChecked()
    {
        var tree = Tree();
        var window = new DateInterval(new LocalDate(2026, 3, 1), MidYear);
        Findings(tree, new[] { Committee(new LocalDate(2026, 2, 28), "m1") }, Quorum, MidYear, window).Should().BeEmpty();
        Findings(tree, new[] { Committee(new LocalDate(2026, 3, 1), "m1") }, Quorum, MidYear, window).Should().ContainSingle()
            .Which.Period.Should().Be(ReportingPeriod.Month(2026, 3));
    }

    [Fact]
    public void CommitteeQuorum_OnlyCommitteeMeetings_AreChecked()
    {
        var tree = Tree();
        Findings(tree, new[] { Meeting("gm", "b1", MidYear, MeetingKind.GeneralMeeting, new[] { "m1" }) }, Quorum, YearEnd).Should().BeEmpty();
        Findings(tree, new[] { Meeting("td", "b1", MidYear, MeetingKind.ThemedPartyDay, new[] { "m1" }) }, Quorum, YearEnd).Should().BeEmpty();
    }

    [Fact]
    public void CommitteeQuorum_AMemberWithTwoSeats_CountsOnce()
    {
        // b1's committee: m1 (secretary and, here, also a committee member), m2, m3: three members, not four seats.
        var tree = Tree(extra: b => b.Add(new Post("b1", "m1", PostKind.CommitteeMember, new LocalDate(2020, 1, 1))));
        var f = Findings(tree, new[] { Committee(MidYear, "m1") }, Quorum, YearEnd).Single();
        f.Expected.Should().Be("≥ 2");
        f.Actual.Should().Be("1");
        f.SubjectId.Should().Be("cm");
        f.OrganizationId.Should().Be("b1");
        f.Severity.Should().Be(Severity.Error);
        Findings(tree, new[] { Committee(MidYear, "m1", "m3") }, Quorum, YearEnd).Should().BeEmpty();
    }

    [Fact]
    public void CommitteeQuorum_SeatsAreThoseHeldOnTheDay()
    {
        // m5's committee seat begins on 1 June 2026.
        var tree = Tree(extra: b => b
            .Add(new Post("b1", "m5", PostKind.CommitteeMember, new LocalDate(2026, 6, 1))));
        var day = new LocalDate(2026, 6, 1);
        var records = new[] { Committee(day.PlusDays(-1), "m1", "m5") };
        // 31 May: m1, m2, m3 seated (m5 not yet): m5's attendance does not count, 1 of 3 present.
        var before = Findings(tree, records, Quorum, YearEnd).Single();
        before.Expected.Should().Be("≥ 2");
        before.Actual.Should().Be("1");
        // 1 June: m1, m2, m3, m5 seated: 2 of 4 present is exactly half.
        Findings(tree, new[] { Committee(day, "m1", "m5") }, Quorum, YearEnd).Should().BeEmpty();
        Findings(tree, new[] { Committee(day, "m1", "m4") }, Quorum, YearEnd).Single().Actual.Should().Be("1");
    }

    [Fact]
    public void CommitteeQuorum_SeatEndedTheDayBefore_IsNotCounted()
    {
        var since = new LocalDate(2000, 1, 1);
        var tree = new OrganizationTreeBuilder()
            .Add(new Organization("b", OrganizationKind.Branch, "支部", establishedOn: since))
            .AddRange(Enumerable.Range(1, 5).Select(i => new Member("p" + i, "党员" + i, MembershipStatus.Full, "b", null, since, since)))
            .Add(new Post("b", "p1", PostKind.Secretary, since))
            .Add(new Post("b", "p2", PostKind.CommitteeMember, since))
            .Add(new Post("b", "p3", PostKind.CommitteeMember, since, new LocalDate(2026, 6, 1)))
            .Build();
        Findings(tree, new[] { Meeting("c", "b", new LocalDate(2026, 5, 31), MeetingKind.CommitteeMeeting, new[] { "p1" }) }, Quorum, YearEnd)
            .Single().Expected.Should().Be("≥ 2", "three seats on 31 May");
        Findings(tree, new[] { Meeting("c", "b", new LocalDate(2026, 6, 1), MeetingKind.CommitteeMeeting, new[] { "p1" }) }, Quorum, YearEnd)
            .Should().BeEmpty("two seats on 1 June: one present is half");
    }

    [Theory]
    [InlineData(4, true)]  // 4 of 9 seats
    [InlineData(5, false)]
    public void CommitteeQuorum_MoreThanEightSeats(int present, bool finding)
    {
        var since = new LocalDate(2000, 1, 1);
        var builder = new OrganizationTreeBuilder().Add(new Organization("b", OrganizationKind.Branch, "支部", establishedOn: since));
        for (var i = 1; i <= 12; i++)
        {
            builder.Add(new Member("p" + i, "党员" + i, MembershipStatus.Full, "b", null, since, since));
        }

        builder.Add(new Post("b", "p1", PostKind.Secretary, since));
        for (var i = 2; i <= 9; i++)
        {
            builder.Add(new Post("b", "p" + i, PostKind.CommitteeMember, since));
        }

        var tree = builder.Build();
        // The seat holders listed last must be counted too: attendance from p9 downwards.
        var attendees = Enumerable.Range(0, present).Select(i => "p" + (9 - i)).ToArray();
        var f = Findings(tree, new[] { Meeting("c", "b", MidYear, MeetingKind.CommitteeMeeting, attendees) }, Quorum, YearEnd);
        f.Should().HaveCount(finding ? 1 : 0);
        if (finding)
        {
            f[0].Expected.Should().Be("≥ 5");
            f[0].Actual.Should().Be("4");
        }
    }

    [Fact]
    public void CommitteeQuorum_SecretaryOnly_IsOneSeat_NoSeatAtAll_IsNotChecked()
    {
        // b2 has a secretary only: one seat, and nobody attending is 0 of 1.
        var tree = Tree();
        var f = Findings(tree, new[] { Meeting("c", "b2", MidYear, MeetingKind.CommitteeMeeting, new[] { "m10" }) }, Quorum, YearEnd).Single();
        f.Expected.Should().Be("≥ 1");
        f.Actual.Should().Be("0");
        Findings(tree, new[] { Meeting("c", "b2", MidYear, MeetingKind.CommitteeMeeting, new[] { "m9" }) }, Quorum, YearEnd).Should().BeEmpty();
        // A branch without any seat: nothing to count.
        var bare = new OrganizationTreeBuilder()
            .Add(new Organization("b", OrganizationKind.Branch, "支部"))
            .Add(new Member("p1", "党员1", MembershipStatus.Full, "b"))
            .Build();
        Findings(bare, new[] { Meeting("c", "b", MidYear, MeetingKind.CommitteeMeeting, new[] { "p1" }) }, Quorum, YearEnd).Should().BeEmpty();
    }

    [Fact]
    public void CommitteeQuorum_NotCheckedWithoutAQuorumRequirement()
    {
        var tree = Tree();
        var profile = ComplianceProfile.StateOrgans.WithParameter(MeetingParameters.Requirements,
            ComplianceProfile.StateOrgans.Get(MeetingParameters.Requirements).With(MeetingRequirements.CommitteeMonthly.WithScope(new OrganizationScope(new[] { OrganizationKind.GeneralBranch }))));
        Findings(tree, new[] { Committee(MidYear, "m1") }, Quorum, YearEnd, profile: profile).Should().BeEmpty("the committee requirement no longer covers branches");
    }

    // ---- MTG-MEMBERS-MEETING-QUORUM-VOTE ----

    private static MeetingRecord General(LocalDate date, int present, params MeetingVote[] votes) =>
        Meeting("gm", "b1", date, MeetingKind.GeneralMeeting, B1Members.Take(present), votes: votes);

    [Fact]
    public void Vote_RecordOnAsOf_IsChecked_AfterAsOf_OrBeforeTheWindow_IsNot()
    {
        var tree = Tree();
        var window = new DateInterval(new LocalDate(2026, 3, 1), YearEnd);
        var inquorate = new MeetingVote("item", 0, 0, 3, recordedAsPassed: false);
        Findings(tree, new[] { General(MidYear, 3, inquorate) }, Vote, MidYear, window).Should().ContainSingle();
        Findings(tree, new[] { General(MidYear.PlusDays(1), 3, inquorate) }, Vote, MidYear, window).Should().BeEmpty();
        Findings(tree, new[] { General(new LocalDate(2026, 2, 28), 3, inquorate) }, Vote, MidYear, window).Should().BeEmpty();
        Findings(tree, new[] { General(new LocalDate(2026, 3, 1), 3, inquorate) }, Vote, MidYear, window).Should().ContainSingle();
    }

    [Fact]
    public void Vote_InquorateMeetingWithoutVotes_IsNotAFinding()
    {
        var tree = Tree();
        Findings(tree, new[] { General(MidYear, 1) }, Vote, YearEnd).Should().BeEmpty();
        var f = Findings(tree, new[] { General(MidYear, 3, new MeetingVote("item", 0, 0, 3, recordedAsPassed: false)) }, Vote, YearEnd).Single();
        f.Expected.Should().Be("≥ 4");
        f.Actual.Should().Be("3");
        f.SubjectId.Should().Be("gm");
        f.OrganizationId.Should().Be("b1");
        f.Period.Should().Be(ReportingPeriod.Month(2026, 6));
    }

    [Fact]
    public void Vote_EachItemRecordedAsPassedWithoutTheMajority_IsAFinding()
    {
        var tree = Tree();
        var votes = new[]
        {
            new MeetingVote("a", 5, 3),                            // passed
            new MeetingVote("b", 4, 4),                            // recorded as passed with 4 of 8: finding
            new MeetingVote("c", 4, 4, recordedAsPassed: false),   // recorded as failed: no finding
            new MeetingVote("d", 3, 5),                            // finding
        };
        var f = Findings(tree, new[] { General(MidYear, 8, votes) }, Vote, YearEnd);
        f.Select(x => (x.Expected, x.Actual)).Should().BeEquivalentTo(new[] { ("≥ 5", "4"), ("≥ 5", "3") }, "the report is sorted, not in item order");
        f.Should().OnlyContain(x => x.Severity == Severity.Error);
    }

    [Fact]
    public void Vote_InquorateAndNotCarried_BothReported()
    {
        var f = Findings(Tree(), new[] { General(MidYear, 3, new MeetingVote("a", 3)) }, Vote, YearEnd);
        f.Select(x => (x.Expected, x.Actual)).Should().BeEquivalentTo(new[] { ("≥ 4", "3"), ("≥ 5", "3") });
    }

    [Fact]
    public void Vote_OnlyGeneralMeetingsOfOrganizationsInScope_AreChecked()
    {
        var tree = Tree();
        var vote = new MeetingVote("a", 1);
        // A themed Party day with a vote at b1, and a general meeting of the organ committee (not a branch): not checked.
        Findings(tree, new[] { Meeting("td", "b1", MidYear, MeetingKind.ThemedPartyDay, new[] { "m1" }, votes: new[] { vote }) }, Vote, YearEnd).Should().BeEmpty();
        Findings(tree, new[] { Meeting("oc", "oc", MidYear, MeetingKind.GeneralMeeting, new[] { "m1" }, votes: new[] { vote }) }, Vote, YearEnd).Should().BeEmpty();
        Findings(tree, new[] { Meeting("b2", "b2", MidYear, MeetingKind.GeneralMeeting, new[] { "m9" }, votes: new[] { vote }) }, Vote, YearEnd)
            .Select(x => (x.Expected, x.Actual, x.OrganizationId)).Should().BeEquivalentTo(new[] { ("≥ 2", "1", "b2"), ("≥ 2", "1", "b2") });
    }

    // ---- the requirement rules ----

    [Fact]
    public void RequirementRule_Missed_AndOutsideWindow_Values()
    {
        var tree = Tree();
        var asOf = YearEnd;
        var records = RecordsFor(tree, Obligations2026(tree)).Where(r => r.Date <= asOf).ToList();
        // b1's organizational life meeting in September, outside its fourth-quarter window; b1's March themed day missing.
        records = records.Select(r => r.OrganizationId == "b1" && r.Counts(MeetingKind.OrganizationalLifeMeeting) ? r.WithDate(new LocalDate(2026, 9, 15)) : r)
            .Where(r => !(r.OrganizationId == "b1" && r.Counts(MeetingKind.ThemedPartyDay) && r.Date.Month == 3)).ToList();
        var input = new ComplianceInput(tree, asOf).WithMeetings(MeetingLog.Create(tree, records));
        var findings = new ComplianceChecker(ComplianceProfile.StateOrgans).Check(input).Findings.Where(f => f.OrganizationId == "b1").ToArray();

        var theme = findings.Where(f => f.RuleId == "LIFE-THEME-DAY-MONTHLY").ToArray();
        var missed = theme.Single(f => f.Period == ReportingPeriod.Month(2026, 3));
        missed.Expected.Should().Be("≥ 1");
        missed.Actual.Should().Be("0");
        missed.SubjectId.Should().Be("b1");

        var life = findings.Single(f => f.RuleId == "LIFE-ORG-LIFE-MEETING-ANNUAL" && f.Period == ReportingPeriod.Year(2026));
        life.Severity.Should().Be(Severity.Warning, "met outside the window is a warning");
        life.Actual.Should().Be("1");
        life.Expected.Should().Contain("2026-10-01").And.Contain("2026-12-31");

        // Still open on 30 December: the same record gives no finding yet.
        var open = new ComplianceChecker(ComplianceProfile.StateOrgans).Check(input.WithAsOf(new LocalDate(2026, 12, 30))).Findings;
        open.Should().NotContain(f => f.RuleId == "LIFE-ORG-LIFE-MEETING-ANNUAL" && f.OrganizationId == "b1");
    }
}
