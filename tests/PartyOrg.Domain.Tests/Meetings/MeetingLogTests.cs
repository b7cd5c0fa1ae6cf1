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
        var problems = act.Should().Throw<InvalidDataException>().Which.Problems;
        var paths = problems.Select(p => p.Path).ToArray();
        paths.Should().Contain(new[]
        {
            "$.meetings[0].organization", "$.meetings[1].kinds[0]", "$.meetings[2].attendees[0]", "$.meetings[3].id", "$.meetings[4].date",
            "$.meetings[5].votes[0]", "$.meetings[6].absences[0].member", "$.meetings[7].attendees[0]", "$.meetings[7].attendees[1]",
            "$.meetings[8].votes[0]", "$.meetings[9].lecturer",
        });
        problems.Single(p => p.Path == "$.meetings[6].absences[0].member").Message.Should().Contain("both as attending and as absent");
        problems.Single(p => p.Path == "$.meetings[2].attendees[0]").Message.Should().Contain("\"m5\"").And.Contain("\"g1\"");
        problems.Should().OnlyContain(p => p.Collection == "meetings");
    }

    [Fact]
    public void Create_TemporaryBranch_ParticipantsMayAttendButOthersMayNot()
    {
        var tree = Tree(extra: b => b
            .Add(new Organization("tb", OrganizationKind.Branch, "临时支部", "oc", BranchForm.Temporary, establishedOn: new LocalDate(2026, 1, 1)))
            .Add(new Member("m12", "党员12", MembershipStatus.Full, "b2", null, new LocalDate(1999, 1, 1), new LocalDate(2000, 1, 1), temporaryBranchIds: new[] { "tb" })));
        MeetingLog.TryCreate(tree, new[] { Meeting("t1", "tb", Day, MeetingKind.ThemedPartyDay, new[] { "m12" }) }, out _, out var ok).Should().BeTrue();
        ok.Should().BeEmpty();
        MeetingLog.TryCreate(tree, new[] { Meeting("t1", "tb", Day, MeetingKind.ThemedPartyDay, new[] { "m11" }) }, out var log, out var problems).Should().BeFalse();
        log.Should().BeNull();
        problems.Single().Path.Should().Be("$.meetings[0].attendees[0]");
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
