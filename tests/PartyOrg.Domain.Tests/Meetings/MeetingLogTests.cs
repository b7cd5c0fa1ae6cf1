using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using Xunit;
using static PartyOrg.Domain.Tests.Meetings.MeetingFixture;

namespace PartyOrg.Domain.Tests.Meetings;

public sealed class MeetingLogTests
{
    private static readonly LocalDate Day = new(2026, 3, 6);

    [Fact]
    public void Create_ValidRecords_Succeeds()
    {
        var tree = Tree();
        var log = MeetingLog.Create(tree, new[]
        {
            new MeetingRecord("a", "b1", Day, new[] { MeetingKind.ThemedPartyDay, MeetingKind.GeneralMeeting, MeetingKind.PartyLecture }, B1Members, lecturerId: "m10"),
            Meeting("b", "g1", Day, MeetingKind.GroupMeeting, new[] { "m1", "m4" }, new[] { new MeetingAbsence("m2", AbsenceReason.Illness) }),
            Meeting("c", "oc", Day, MeetingKind.OrganAssembly, new[] { "m2", "m9", "m10" }),
            Meeting("d", "lg", Day, MeetingKind.DemocraticLifeMeeting, new[] { "m11", "m1" }),
        });
        log.Count.Should().Be(4);
        log.Records[0].Counts(MeetingKind.PartyLecture).Should().BeTrue();
    }

    [Fact]
    public void Create_ImpossibleData_ListsEveryProblemWithPath()
    {
        var tree = Tree();
        var records = new[]
        {
            Meeting("x1", "nowhere", Day, MeetingKind.GeneralMeeting),
            Meeting("x2", "g1", Day, MeetingKind.CommitteeMeeting),
            Meeting("x3", "g1", Day, MeetingKind.GroupMeeting, new[] { "m5" }),
            Meeting("x3", "b1", Day, MeetingKind.GeneralMeeting),
            Meeting("x5", "b1", new LocalDate(1999, 12, 31), MeetingKind.GeneralMeeting),
            Meeting("x6", "b1", Day, MeetingKind.GeneralMeeting, new[] { "m1" }, votes: new[] { new MeetingVote("item", 0, 2) }),
            Meeting("x7", "b1", Day, MeetingKind.GeneralMeeting, new[] { "m1" }, new[] { new MeetingAbsence("m1", AbsenceReason.NoReason) }),
            Meeting("x8", "b1", Day, MeetingKind.CommitteeMeeting, new[] { "m9", "zz" }),
            Meeting("x9", "b1", Day, MeetingKind.GeneralMeeting, new[] { "m1" }, votes: new[] { new MeetingVote("item", 2) }),
            Meeting("x10", "b1", Day, MeetingKind.GeneralMeeting, lecturer: "m1"),
        };

        var act = () => MeetingLog.Create(tree, records);
        var problems = act.Should().Throw<PartyOrgDataException>().Which.Problems;
        var paths = problems.Select(p => p.Path).ToArray();
        paths.Should().Contain(new[]
        {
            "$.meetings[0].organization", "$.meetings[1].kinds[0]", "$.meetings[3].id", "$.meetings[4].date",
            "$.meetings[5].votes[0]", "$.meetings[6].absences[0].member", "$.meetings[7].attendees[1]",
            "$.meetings[8].votes[0]", "$.meetings[9].lecturer",
        });
        problems.Single(p => p.Path == "$.meetings[6].absences[0].member").Message.Should().Contain("both as attending and as absent");
        paths.Should().NotContain("$.meetings[2].attendees[0]", "m5, of branch b1 but not of Party group g1, may sit in on g1's meeting");
        problems.Should().OnlyContain(p => p.Collection == "meetings");
    }

    [Fact]
    public void Create_TemporaryBranch_ParticipantsAndVisitorsMayAttend_UnknownMembersMayNot()
    {
        var tree = Tree(extra: b => b
            .Add(new Organization("tb", OrganizationKind.Branch, "临时支部", "oc", BranchForm.Temporary, establishedOn: new LocalDate(2026, 1, 1)))
            .Add(new Member("m12", "党员12", MembershipStatus.Full, "b2", null, new LocalDate(1999, 1, 1), new LocalDate(2000, 1, 1), temporaryBranchIds: new[] { "tb" })));
        MeetingLog.TryCreate(tree, new[] { Meeting("t1", "tb", Day, MeetingKind.ThemedPartyDay, new[] { "m12" }) }, out _, out var ok).Should().BeTrue();
        ok.Should().BeEmpty();
        MeetingLog.TryCreate(tree, new[] { Meeting("t1", "tb", Day, MeetingKind.ThemedPartyDay, new[] { "m12", "m11" }) }, out var visited, out var none).Should().BeTrue();
        none.Should().BeEmpty();
        visited!.Records.Single().Attendees.Should().Equal("m12", "m11");
        MeetingLog.TryCreate(tree, new[] { Meeting("t1", "tb", Day, MeetingKind.ThemedPartyDay, new[] { "m99" }) }, out var log, out var problems).Should().BeFalse();
        log.Should().BeNull();
        problems.Single().Path.Should().Be("$.meetings[0].attendees[0]");
        problems.Single().Message.Should().Be("no member \"m99\"");
    }

    [Fact]
    public void Create_VisitorsAndAbsencesFromOtherUnits_Load()
    {
        var tree = Tree();

        // m11 (党组 secretary, registered in b2) at b1's 主题党日; m9 (b2) recorded absent from it on business; m5 (b1, not in g1) at g1.
        var records = new[]
        {
            Meeting("v1", "b1", Day, MeetingKind.ThemedPartyDay, new[] { "m1", "m11" }, new[] { new MeetingAbsence("m9", AbsenceReason.BusinessTravel) }),
            Meeting("v2", "g1", Day, MeetingKind.GroupMeeting, new[] { "m1", "m5" }),
        };
        MeetingLog.Validate(tree, records).Should().BeEmpty();
        MeetingLog.Create(tree, records).Count.Should().Be(2);
    }

    [Fact]
    public void Create_VotesCountOnlyTheOrganizationsOwnAttendees()
    {
        var tree = Tree();

        // Two of b1's members and two visitors from b2: at most 2 votes can be cast.
        Meeting("ok", "b1", Day, MeetingKind.GeneralMeeting, new[] { "m1", "m2", "m9", "m10" }, votes: new[] { new MeetingVote("item", 2) })
            .Should().Match<MeetingRecord>(r => MeetingLog.Validate(tree, new[] { r }).Count == 0);
        var problems = MeetingLog.Validate(tree, new[]
        {
            Meeting("x", "b1", Day, MeetingKind.GeneralMeeting, new[] { "m1", "m2", "m9", "m10" }, votes: new[] { new MeetingVote("item", 3) }),
        });
        problems.Single().Path.Should().Be("$.meetings[0].votes[0]");
        problems.Single().Message.Should().Be("vote \"item\" counts 3 votes but only 2 members of \"b1\" attended (members of other units attending cannot vote)");
    }

    [Fact]
    public void MeetingRecord_NoKind_Throws()
    {
        var act = () => new MeetingRecord("r", "b1", Day, System.Array.Empty<MeetingKind>());
        act.Should().Throw<System.ArgumentException>().WithMessage("*\"r\"*kind*");
    }

    [Fact]
    public void MeetingKind_NamesAndHolders()
    {
        MeetingKind.FromName("themed-party-day").ChineseName.Should().Be("主题党日");
        MeetingKind.List.Select(k => k.Name).Should().Contain(new[] { "organ-assembly", "delegate-congress", "democratic-life-meeting" });
        MeetingKind.GroupMeeting.CanBeHeldBy(OrganizationKind.PartyGroup).Should().BeTrue();
        MeetingKind.GroupMeeting.CanBeHeldBy(OrganizationKind.Branch).Should().BeFalse();
        MeetingKind.DemocraticLifeMeeting.CanBeHeldBy(OrganizationKind.LeadingGroup).Should().BeTrue();
        AbsenceReason.FromName("no-reason").IsProper.Should().BeFalse();
        AbsenceReason.FromName("business-travel").IsProper.Should().BeTrue();
    }
}
