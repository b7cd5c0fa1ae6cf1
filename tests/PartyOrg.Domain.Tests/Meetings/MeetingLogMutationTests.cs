using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using Xunit;
using static PartyOrg.Domain.Tests.Meetings.MeetingFixture;

namespace PartyOrg.Domain.Tests.Meetings;

/// <summary>
/// Exact boundaries of the meeting log's validation (dates against establishment and dissolution, vote totals against the
/// members attending, duplicates), of the index the audit reads (resolved and unresolved, bucket order, first and last
/// dates), of the membership of meetings and of <see cref="MeetingVoting"/> (quorum and majority at exactly half).
/// </summary>
public sealed class MeetingLogMutationTests
{
    private static readonly LocalDate Day = new(2026, 5, 12);

    private static IReadOnlyList<DataProblem> Problems(OrganizationTree tree, params MeetingRecord[] records) => MeetingLog.Validate(tree, records);

    private static OrganizationTree Dated(LocalDate established, LocalDate? dissolved = null) =>
        Tree(extra: b => b.Add(new Organization("b3", OrganizationKind.Branch, "第三支部", "oc", establishedOn: established, dissolvedOn: dissolved)));

    [Theory]
    [InlineData(2026, 5, 11, true)]  // the day before it was established
    [InlineData(2026, 5, 12, false)] // the day it was established
    [InlineData(2026, 5, 13, false)]
    public void Date_BeforeEstablishment_IsAProblem(int y, int m, int d, bool problem)
    {
        var problems = Problems(Dated(Day), Meeting("x", "b3", new LocalDate(y, m, d), MeetingKind.GeneralMeeting));
        problems.Select(p => p.Path).Should().Equal(problem ? new[] { "$.meetings[0].date" } : Array.Empty<string>());
    }

    [Theory]
    [InlineData(2026, 6, 29, false)] // the day before it was dissolved
    [InlineData(2026, 6, 30, true)]  // the day it was dissolved
    [InlineData(2026, 7, 1, true)]
    public void Date_OnOrAfterDissolution_IsAProblem(int y, int m, int d, bool problem)
    {
        var problems = Problems(Dated(Day, new LocalDate(2026, 6, 30)), Meeting("x", "b3", new LocalDate(y, m, d), MeetingKind.GeneralMeeting));
        problems.Select(p => p.Path).Should().Equal(problem ? new[] { "$.meetings[0].date" } : Array.Empty<string>());
        if (problem)
        {
            problems[0].SubjectId.Should().Be("x");
            problems[0].Message.Should().Contain("2026-06-30");
        }
    }

    [Fact]
    public void Date_UnknownEstablishment_NeverAProblem() =>
        Problems(Tree(), Meeting("x", "lg", new LocalDate(1900, 1, 1), MeetingKind.PartyLecture)).Should().BeEmpty();

    [Theory]
    [InlineData(3, 0, 0, 3, false)] // as many votes as members attending
    [InlineData(2, 1, 1, 3, true)]  // one more
    [InlineData(0, 0, 0, 0, false)]
    [InlineData(1, 0, 0, 0, true)]
    [InlineData(0, 0, 1, 1, false)]
    public void Votes_TotalMayNotExceedTheMembersAttending(int votesFor, int against, int abstain, int attending, bool problem)
    {
        var attendees = B1Members.Take(attending).ToArray();
        var record = Meeting("x", "b1", Day, MeetingKind.GeneralMeeting, attendees, votes: new[] { new MeetingVote("item", votesFor, against, abstain) });
        var problems = Problems(Tree(), record);
        problems.Select(p => p.Path).Should().Equal(problem ? new[] { "$.meetings[0].votes[0]" } : Array.Empty<string>());
    }

    [Fact]
    public void Votes_VisitorsDoNotCountAsAttending_AndTheMessageSaysSo()
    {
        // m9 belongs to b2: a visitor at b1 who cannot vote there.
        var record = Meeting("x", "b1", Day, MeetingKind.GeneralMeeting, new[] { "m1", "m9" }, votes: new[] { new MeetingVote("item", 2) });
        var problem = Problems(Tree(), record).Single();
        problem.Path.Should().Be("$.meetings[0].votes[0]");
        problem.Message.Should().Contain("only 1 member of \"b1\" attended").And.Contain("members of other units");

        var two = Meeting("y", "b1", Day, MeetingKind.GeneralMeeting, new[] { "m1", "m2" }, votes: new[] { new MeetingVote("item", 3) });
        var message = Problems(Tree(), two).Single().Message;
        message.Should().Contain("only 2 members of \"b1\" attended").And.NotContain("other units");

        Problems(Tree(), Meeting("z", "b1", Day, MeetingKind.GeneralMeeting, new[] { "m1", "m9" }, votes: new[] { new MeetingVote("item", 1) }))
            .Should().BeEmpty();
    }

    [Fact]
    public void Kinds_ListedTwice_IsAProblemPerRepetition()
    {
        var record = new MeetingRecord("x", "b1", Day, new[] { MeetingKind.GeneralMeeting, MeetingKind.ThemedPartyDay, MeetingKind.GeneralMeeting });
        Problems(Tree(), record).Select(p => p.Path).Should().Equal("$.meetings[0].kinds[2]");
        Problems(Tree(), new MeetingRecord("y", "b1", Day, new[] { MeetingKind.GeneralMeeting, MeetingKind.ThemedPartyDay })).Should().BeEmpty();
    }

    [Fact]
    public void Members_ListedTwice_OrBothAttendingAndAbsent_AreProblems()
    {
        var tree = Tree();
        var twice = Meeting("a", "b1", Day, MeetingKind.GeneralMeeting, new[] { "m1", "m2", "m1" });
        Problems(tree, twice).Select(p => p.Path).Should().Equal("$.meetings[0].attendees[2]");

        var absentTwice = Meeting("b", "b1", Day, MeetingKind.GeneralMeeting, new[] { "m1" },
            new[] { new MeetingAbsence("m3", AbsenceReason.NoReason), new MeetingAbsence("m3", AbsenceReason.Illness) });
        var p = Problems(tree, absentTwice).Single();
        p.Path.Should().Be("$.meetings[0].absences[1].member");
        p.Message.Should().Contain("absent twice");

        var unknownAbsent = Meeting("c", "b1", Day, MeetingKind.GeneralMeeting, absences: new[] { new MeetingAbsence("zz", AbsenceReason.NoReason) });
        Problems(tree, unknownAbsent).Select(x => x.Path).Should().Equal("$.meetings[0].absences[0].member");
    }

    [Fact]
    public void Records_Null_OrUnknownOrganization_StillCheckTheRest()
    {
        var tree = Tree();
        var problems = MeetingLog.Validate(tree, new MeetingRecord[]
        {
            null!,
            Meeting("a", "nowhere", Day, MeetingKind.GeneralMeeting, votes: new[] { new MeetingVote("item", 0) }),
            Meeting("a", "b1", Day, MeetingKind.GeneralMeeting),
        });
        problems.Select(p => p.Path).Should().Equal("$.meetings[0]", "$.meetings[1].organization", "$.meetings[2].id");
        problems[0].SubjectId.Should().BeEmpty();
        MeetingLog.TryCreate(tree, new[] { Meeting("a", "nowhere", Day, MeetingKind.GeneralMeeting) }, out var log, out var list).Should().BeFalse();
        log.Should().BeNull();
        list.Should().ContainSingle();
        FluentActions.Invoking(() => MeetingLog.Validate(null!, Array.Empty<MeetingRecord>())).Should().Throw<ArgumentNullException>().WithParameterName("tree");
        FluentActions.Invoking(() => MeetingLog.Validate(tree, null!)).Should().Throw<ArgumentNullException>().WithParameterName("records");
        FluentActions.Invoking(() => MeetingLog.Create(tree, null!)).Should().Throw<ArgumentNullException>().WithParameterName("records");
        FluentActions.Invoking(() => MeetingLog.Create(null!, Array.Empty<MeetingRecord>())).Should().Throw<ArgumentNullException>().WithParameterName("tree");
    }

    [Fact]
    public void Lecturer_MustBeAMember_AndTheMeetingALecture()
    {
        var tree = Tree();
        Problems(tree, Meeting("a", "b1", Day, MeetingKind.PartyLecture, lecturer: "m1")).Should().BeEmpty();
        Problems(tree, Meeting("a", "b1", Day, MeetingKind.PartyLecture, lecturer: "zz")).Select(p => p.Path).Should().Equal("$.meetings[0].lecturer");
        Problems(tree, Meeting("a", "b1", Day, MeetingKind.GeneralMeeting, lecturer: "zz")).Select(p => p.Path)
            .Should().Equal("$.meetings[0].lecturer", "$.meetings[0].lecturer");
    }

    [Fact]
    public void Log_ValuesAndEmpty()
    {
        var tree = Tree();
        var records = new[] { Meeting("a", "b1", Day, MeetingKind.GeneralMeeting), Meeting("b", "b2", Day.PlusDays(-3), MeetingKind.GeneralMeeting) };
        var log = MeetingLog.Create(tree, records);
        log.Count.Should().Be(2);
        log.Records.Should().Equal(records);
        MeetingLog.Empty.Count.Should().Be(0);
        MeetingLog.Empty.Records.Should().BeEmpty();
        MeetingLog.Empty.Resolution.Should().BeNull();
        log.Resolution!.Tree.Should().BeSameAs(tree);
        log.IndexFor(tree).Should().BeSameAs(log.IndexFor(tree), "the index built with the log is reused for its tree");
        var other = Tree();
        log.IndexFor(other).Should().NotBeSameAs(log.IndexFor(tree));
        log.IndexFor(other).Tree.Should().BeSameAs(other);
    }

    // ---- MeetingIndex ----

    [Fact]
    public void Index_ResolvedAndUnresolved_Agree()
    {
        var tree = Tree();
        var records = new[]
        {
            Meeting("a", "b1", Day, MeetingKind.GeneralMeeting, new[] { "m1", "m2", "m9" },
                new[] { new MeetingAbsence("m3", AbsenceReason.Illness), new MeetingAbsence("m4", AbsenceReason.NoReason), new MeetingAbsence("m5", AbsenceReason.BusinessTravel) }),
            Meeting("b", "b2", Day.PlusDays(-40), MeetingKind.PartyLecture, new[] { "m10" }, lecturer: "m9"),
            Meeting("c", "g1", Day.PlusDays(9), MeetingKind.GroupMeeting, new[] { "m4" }, new[] { new MeetingAbsence("m1", AbsenceReason.NoReason) }),
        };
        var log = MeetingLog.Create(tree, records);
        var resolved = log.IndexFor(tree);
        var fresh = new MeetingIndex(Tree(), log);
        foreach (var index in new[] { resolved, fresh })
        {
            var t = index.Tree;
            index.Org.Should().Equal(t.IndexOf("b1"), t.IndexOf("b2"), t.IndexOf("g1"));
            index.Lecturer.Should().Equal(-1, t.MemberIndexOf("m9"), -1);
            index.Dates.Should().Equal(Day, Day.PlusDays(-40), Day.PlusDays(9));
            index.MinDate.Should().Be(Day.PlusDays(-40));
            index.MaxDate.Should().Be(Day.PlusDays(9));
            index.Attended(0, t.MemberIndexOf("m1")).Should().BeTrue();
            index.Attended(0, t.MemberIndexOf("m9")).Should().BeTrue("a visitor is recorded too");
            index.Attended(0, t.MemberIndexOf("m3")).Should().BeFalse();
            index.Attended(1, t.MemberIndexOf("m1")).Should().BeFalse();
            index.Attended(1, t.MemberIndexOf("m10")).Should().BeTrue();
            index.Attended(2, t.MemberIndexOf("m4")).Should().BeTrue();
            index.AttendeeStart.Should().Equal(0, 3, 4, 5);
            Enumerable.Range(index.ProperAbsenceStart[0], index.ProperAbsenceStart[1] - index.ProperAbsenceStart[0]).Select(k => index.ProperAbsences[k])
                .Should().Equal(t.MemberIndexOf("m3"), t.MemberIndexOf("m5"));
            index.ProperAbsenceStart[3].Should().Be(index.ProperAbsenceStart[1], "no proper absence after the first record");
            index.ByLecturer.Should().Equal(1);
            index.Mask[1].Should().Be(MeetingKind.PartyLecture.Bit);
        }

        resolved.Log.Should().BeSameAs(log);
    }

    [Fact]
    public void Index_UnknownOrganizationOrLecturer_IsLeftOut()
    {
        var tree = Tree();
        var log = MeetingLog.Create(tree, new[]
        {
            Meeting("a", "b1", Day, MeetingKind.PartyLecture, new[] { "m1" }, lecturer: "m1"),
            Meeting("b", "b2", Day, MeetingKind.PartyLecture, new[] { "m9" }, lecturer: "m9"),
        });
        // Another tree without b2 and m1: the records of b2 and the lectures of m1 are not bucketed.
        var smaller = new OrganizationTreeBuilder()
            .Add(new Organization("b1", OrganizationKind.Branch, "第一支部"))
            .Add(new Member("m9", "党员9", MembershipStatus.Full, "b1"))
            .Build();
        var index = new MeetingIndex(smaller, log);
        index.Org.Should().Equal(0, -1);
        index.Lecturer.Should().Equal(-1, 0);
        index.ByOrg.Should().Equal(0);
        index.ByLecturer.Should().BeEmpty("the lecture of m9 was held at an organization unknown to this tree");
        index.Attended(0, 0).Should().BeFalse("m1 is unknown here");
        index.Attended(1, 0).Should().BeTrue();
        index.ProperAbsences.Should().BeEmpty();
    }

    [Theory]
    [InlineData(5)]
    [InlineData(48)]
    [InlineData(49)]
    [InlineData(120)]
    public void Index_BucketsAreInDateThenInputOrder(int count)
    {
        var tree = Tree();
        // Dates descend, with pairs on the same day: each bucket must end up by date, then by record index.
        var records = Enumerable.Range(0, count).Select(i => Meeting("r" + i, i % 3 == 0 ? "b2" : "b1", new LocalDate(2026, 12, 31).PlusDays(-(i / 2)), MeetingKind.GeneralMeeting)).ToArray();
        var index = MeetingLog.Create(tree, records).IndexFor(tree);
        foreach (var org in new[] { "b1", "b2" })
        {
            var o = tree.IndexOf(org);
            var bucket = index.ByOrg.Skip(index.OrgStart[o]).Take(index.OrgStart[o + 1] - index.OrgStart[o]).ToArray();
            bucket.Should().HaveCount(records.Count(r => r.OrganizationId == org));
            bucket.Select(r => (index.Dates[r], r)).Should().BeInAscendingOrder();
            bucket.Should().OnlyContain(r => records[r].OrganizationId == org);
        }

        index.OrgStart[^1].Should().Be(count);
        index.MinDate.Should().Be(new LocalDate(2026, 12, 31).PlusDays(-((count - 1) / 2)));
        index.MaxDate.Should().Be(new LocalDate(2026, 12, 31));
        var b1 = tree.IndexOf("b1");
        var first = index.LowerBound(index.ByOrg, index.OrgStart[b1], index.OrgStart[b1 + 1], new LocalDate(2026, 12, 31));
        index.Dates[index.ByOrg[first]].Should().Be(new LocalDate(2026, 12, 31));
        index.LowerBound(index.ByOrg, index.OrgStart[b1], index.OrgStart[b1 + 1], new LocalDate(2027, 1, 1)).Should().Be(index.OrgStart[b1 + 1]);
        index.LowerBound(index.ByOrg, index.OrgStart[b1], index.OrgStart[b1 + 1], new LocalDate(1900, 1, 1)).Should().Be(index.OrgStart[b1]);
    }

    [Fact]
    public void Index_MinAndMaxDates_OfAnEmptyLog_AreUnknown()
    {
        var index = MeetingLog.Empty.IndexFor(Tree());
        index.MinDate.Should().BeNull();
        index.MaxDate.Should().BeNull();
        index.ByOrg.Should().BeEmpty();

        var one = MeetingLog.Create(Tree(), new[] { Meeting("a", "b1", Day, MeetingKind.GeneralMeeting) }).IndexFor(Tree());
        one.MinDate.Should().Be(Day);
        one.MaxDate.Should().Be(Day);

        var middle = MeetingLog.Create(Tree(), new[]
        {
            Meeting("a", "b1", Day, MeetingKind.GeneralMeeting),
            Meeting("b", "b1", Day.PlusDays(5), MeetingKind.GeneralMeeting),
            Meeting("c", "b1", Day.PlusDays(-5), MeetingKind.GeneralMeeting),
            Meeting("d", "b1", Day.PlusDays(1), MeetingKind.GeneralMeeting),
        }).IndexFor(Tree());
        middle.MinDate.Should().Be(Day.PlusDays(-5));
        middle.MaxDate.Should().Be(Day.PlusDays(5));
    }

    // ---- MeetingMembership ----

    [Fact]
    public void Membership_WhoMayAttend()
    {
        var tree = Tree(extra: b => b
            .Add(new Organization("lg2", OrganizationKind.LeadingGroup, "另一党组"))
            .Add(new Post("lg2", "m5", PostKind.Secretary, new LocalDate(2020, 1, 1))));
        bool May(string org, string member) => MeetingMembership.MayAttend(tree, tree.IndexOf(org), tree.MemberIndexOf(member));
        May("g1", "m4").Should().BeTrue();
        May("g1", "m5").Should().BeFalse("m5 is in b1 but not in Party group g1");
        May("b1", "m8").Should().BeTrue();
        May("b1", "m9").Should().BeFalse();
        May("oc", "m9").Should().BeTrue("registered below the organ committee");
        May("lg", "m11").Should().BeTrue("holds the 党组's post");
        May("lg", "m3").Should().BeTrue("registered below the committee the 党组 leads");
        May("lg2", "m9").Should().BeTrue("a 党组 without a led committee: the whole tree");
        May("lg2", "m5").Should().BeTrue();

        MeetingMembership.IsWithin(tree, tree.IndexOf("g1"), tree.IndexOf("oc")).Should().BeTrue();
        MeetingMembership.IsWithin(tree, tree.IndexOf("g1"), tree.IndexOf("g1")).Should().BeTrue();
        MeetingMembership.IsWithin(tree, tree.IndexOf("oc"), tree.IndexOf("g1")).Should().BeFalse();
        MeetingMembership.IsWithin(tree, tree.IndexOf("b2"), tree.IndexOf("b1")).Should().BeFalse();
    }

    [Fact]
    public void Membership_CommitteeOnTheDay()
    {
        var tree = Tree(extra: b => b.Add(new Post("b2", "m10", PostKind.CommitteeMember, new LocalDate(2026, 3, 1), new LocalDate(2026, 6, 1))));
        var b2 = tree.IndexOf("b2");
        MeetingMembership.HasCommitteeOn(tree, b2, new LocalDate(2026, 2, 28)).Should().BeFalse("b2's secretary post is not a committee seat");
        MeetingMembership.HasCommitteeOn(tree, b2, new LocalDate(2026, 3, 1)).Should().BeTrue();
        MeetingMembership.HasCommitteeOn(tree, b2, new LocalDate(2026, 5, 31)).Should().BeTrue();
        MeetingMembership.HasCommitteeOn(tree, b2, new LocalDate(2026, 6, 1)).Should().BeFalse();
        MeetingMembership.HasCommitteeOn(tree, tree.IndexOf("b1"), Day).Should().BeTrue();
    }

    // ---- MeetingVoting ----

    [Theory]
    [InlineData(4, true)]  // 4 of 8 present: exactly half is quorate
    [InlineData(3, false)]
    [InlineData(8, true)]
    public void Voting_Quorum_HalfOfEightIncluded(int present, bool quorate)
    {
        var record = Meeting("v", "b1", Day, MeetingKind.GeneralMeeting, B1Members.Take(present));
        var voting = MeetingVoting.Tally(Tree(), record);
        voting.EntitledVoters.Should().Be(8);
        voting.PresentVoters.Should().Be(present);
        voting.IsQuorate.Should().Be(quorate);
        voting.QuorumNeeded.Should().Be(4);
        voting.VotesNeeded.Should().Be(5);
        voting.Record.Should().BeSameAs(record);
    }

    [Theory]
    [InlineData(4, false)] // exactly half of the 8 entitled: not passed
    [InlineData(5, true)]
    public void Voting_Passed_MoreThanHalfOfTheEntitled(int votesFor, bool passed)
    {
        var record = Meeting("v", "b1", Day, MeetingKind.GeneralMeeting, B1Members, votes: new[] { new MeetingVote("a", votesFor, 8 - votesFor), new MeetingVote("b", 8) });
        MeetingVoting.Tally(Tree(), record).Passed.Should().Equal(passed, true);
    }

    [Fact]
    public void Voting_OddElectorate_AndNonBranchElectorate()
    {
        // b2: m9, m10, m11.
        var b2 = MeetingVoting.Tally(Tree(), Meeting("v", "b2", Day, MeetingKind.GeneralMeeting, new[] { "m9" }, votes: new[] { new MeetingVote("a", 1), new MeetingVote("b", 2) }));
        b2.EntitledVoters.Should().Be(3);
        b2.QuorumNeeded.Should().Be(2);
        b2.VotesNeeded.Should().Be(2);
        b2.IsQuorate.Should().BeFalse("1 × 2 < 3");
        b2.Passed.Should().Equal(false, true);

        // The organ committee: every member registered below it.
        var oc = MeetingVoting.Tally(Tree(), Meeting("w", "oc", Day, MeetingKind.GeneralMeeting, new[] { "m1", "m9", "m10", "m11", "m5", "m6" }));
        oc.EntitledVoters.Should().Be(11);
        oc.PresentVoters.Should().Be(6);
        oc.IsQuorate.Should().BeTrue();
        oc.QuorumNeeded.Should().Be(6);
        oc.VotesNeeded.Should().Be(6);

        var group = MeetingVoting.Tally(Tree(), Meeting("g", "g1", Day, MeetingKind.GroupMeeting, new[] { "m1", "m2" }));
        group.EntitledVoters.Should().Be(4, "a Party group's own members");
        group.IsQuorate.Should().BeTrue();
    }

    [Fact]
    public void Voting_MembersWithoutVotingRightsOnTheDay_AreNeitherEntitledNorPresent()
    {
        var tree = Tree(extra: b => b.Add(new Member("p1", "预备党员", MembershipStatus.Probationary, "b1", null, new LocalDate(2026, 1, 1))));
        var voting = MeetingVoting.Tally(tree, Meeting("v", "b1", Day, MeetingKind.GeneralMeeting, new[] { "p1", "m1", "m9" }));
        voting.EntitledVoters.Should().Be(8);
        voting.PresentVoters.Should().Be(1, "the probationary member cannot vote and m9 is a visitor");

        var oc = MeetingVoting.Tally(tree, Meeting("w", "oc", Day, MeetingKind.GeneralMeeting, new[] { "p1" }));
        oc.EntitledVoters.Should().Be(11);
        oc.PresentVoters.Should().Be(0);
    }

    [Fact]
    public void Voting_Guards()
    {
        var record = Meeting("v", "b1", Day, MeetingKind.GeneralMeeting);
        FluentActions.Invoking(() => MeetingVoting.Tally(null!, record)).Should().Throw<ArgumentNullException>().WithParameterName("tree");
        FluentActions.Invoking(() => MeetingVoting.Tally(Tree(), null!)).Should().Throw<ArgumentNullException>().WithParameterName("record");
        FluentActions.Invoking(() => MeetingVoting.Tally(Tree(), Meeting("v", "nowhere", Day, MeetingKind.GeneralMeeting))).Should().Throw<KeyNotFoundException>();
        var empty = MeetingVoting.Tally(Tree(), Meeting("v", "lg", Day, MeetingKind.PartyLecture));
        empty.Passed.Should().BeEmpty();
    }
}
