using System;
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

public sealed class MeetingLogBuilderTests
{
    private static readonly LocalDate Day = new(2026, 3, 6);

    private static MeetingLogBuilder BuilderOf(IEnumerable<MeetingRecord> records)
    {
        var builder = new MeetingLogBuilder();
        foreach (var r in records)
        {
            builder.Add(r.Id, r.OrganizationId, r.Date, r.Kinds, r.LecturerId, r.Topic);
            foreach (var a in r.Attendees)
            {
                builder.Attendee(a);
            }

            foreach (var a in r.Absences)
            {
                builder.Absence(a.MemberId, a.Reason, a.Note);
            }

            foreach (var v in r.Votes)
            {
                builder.Vote(v);
            }
        }

        return builder;
    }

    private static MeetingRecord[] ValidRecords() => new[]
    {
        new MeetingRecord("a", "b1", Day, new[] { MeetingKind.ThemedPartyDay, MeetingKind.GeneralMeeting, MeetingKind.PartyLecture }, B1Members,
            new[] { new MeetingAbsence("m9", AbsenceReason.Illness, "visiting") }, "m10", "主题", new[] { new MeetingVote("item", 5, 1, 1) }),
        Meeting("b", "g1", Day, MeetingKind.GroupMeeting, new[] { "m1", "m4" }, new[] { new MeetingAbsence("m2", AbsenceReason.Illness) }),
        Meeting("c", "oc", Day.PlusDays(1), MeetingKind.OrganAssembly, new[] { "m2", "m9", "m10" }, new[] { new MeetingAbsence("m3", AbsenceReason.NoReason) }),
        Meeting("d", "lg", Day.PlusDays(-3), MeetingKind.DemocraticLifeMeeting, new[] { "m11", "m1" }),
        Meeting("e", "b2", new LocalDate(2000, 1, 1), MeetingKind.GeneralMeeting, new[] { "m9" }),
    };

    [Fact]
    public void TryBuild_ValidMeetings_GivesTheRecordsOfTryCreate()
    {
        var tree = Tree();
        var records = ValidRecords();
        MeetingLog.TryCreate(tree, records, out var expected, out _).Should().BeTrue();

        BuilderOf(records).TryBuild(tree, out var log, out var problems).Should().BeTrue();

        problems.Should().BeEmpty();
        log!.Count.Should().Be(expected!.Count);
        log.Records.Should().Equal(expected.Records);
        log.Records[0].Should().BeSameAs(log.Records[0], "a record is created once and kept");
        log.Records[0].Absences.Single().Note.Should().Be("visiting");
        log.Records[0].Topic.Should().Be("主题");
        log.Records[0].Votes.Single().For.Should().Be(5);
    }

    [Fact]
    public void HasVotes_IsTheSameForTheCompactLogAndTheRecordLog()
    {
        var tree = Tree();
        var records = ValidRecords();
        MeetingLog.TryCreate(tree, records, out var fromRecords, out _).Should().BeTrue();
        BuilderOf(records).TryBuild(tree, out var compact, out _).Should().BeTrue();

        var expected = records.Select(r => r.Votes.Count > 0).ToArray();
        expected.Should().Equal(true, false, false, false, false);
        Enumerable.Range(0, records.Length).Select(fromRecords!.HasVotes).Should().Equal(expected);
        Enumerable.Range(0, records.Length).Select(compact!.HasVotes).Should().Equal(expected);
    }

    [Fact]
    public void TryBuild_ValidMeetings_AuditGivesTheSameFindings()
    {
        var tree = Tree();
        var records = RecordsFor(tree, Obligations2026(tree)).Where((_, i) => i % 3 != 0).ToList();
        BuilderOf(records).TryBuild(tree, out var log, out _).Should().BeTrue();
        var asOf = new LocalDate(2026, 12, 31);

        var compact = new ComplianceChecker(ComplianceProfile.StateOrgans).Check(new ComplianceInput(tree, asOf).WithMeetings(log!));
        var expected = Check(tree, records, asOf);

        compact.Findings.Should().NotBeEmpty();
        compact.Findings.Select(f => f.ToString()).Should().Equal(expected.Findings.Select(f => f.ToString()));
    }

    [Fact]
    public void TryBuild_ImpossibleData_ListsTheProblemsOfTryCreate()
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
            new MeetingRecord("x11", "b1", Day, new[] { MeetingKind.GeneralMeeting, MeetingKind.GeneralMeeting }),
            Meeting("x12", "b1", Day, MeetingKind.GeneralMeeting, new[] { "m1", "m1" }),
        };
        var expected = MeetingLog.Validate(tree, records);

        BuilderOf(records).TryBuild(tree, out var log, out var problems).Should().BeFalse();

        log.Should().BeNull();
        expected.Should().HaveCountGreaterThan(10);
        problems.Select(p => (p.Path, p.Message)).Should().Equal(expected.Select(p => (p.Path, p.Message)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void TryBuild_OneProblem_IsFound(int which)
    {
        var tree = Tree(new LocalDate(2026, 3, 6));
        var records = new[]
        {
            Meeting("ok", "b2", Day, MeetingKind.GeneralMeeting, new[] { "m9" }),
            which switch
            {
                0 => Meeting("bad", "b2", Day.PlusDays(-1), MeetingKind.GeneralMeeting),
                1 => Meeting("bad", "b1", Day, MeetingKind.GeneralMeeting, new[] { "m1" }, new[] { new MeetingAbsence("m2", AbsenceReason.Leave), new MeetingAbsence("m2", AbsenceReason.Leave) }),
                2 => Meeting("bad", "b1", Day, MeetingKind.PartyLecture, lecturer: "nobody"),
                _ => Meeting("bad", "b1", Day, MeetingKind.GeneralMeeting, new[] { "m1", "m2" }, votes: new[] { new MeetingVote("item", 2, 1) }),
            },
        };

        BuilderOf(records).TryBuild(tree, out var log, out var problems).Should().BeFalse();

        log.Should().BeNull();
        problems.Should().ContainSingle().Which.Path.Should().StartWith("$.meetings[1]");
    }

    [Fact]
    public void TryBuild_OnTheDayEstablished_IsValid()
    {
        var tree = Tree(new LocalDate(2026, 3, 6));
        var records = new[] { Meeting("a", "b2", Day, MeetingKind.GeneralMeeting, new[] { "m9" }) };

        BuilderOf(records).TryBuild(tree, out var log, out var problems).Should().BeTrue();

        problems.Should().BeEmpty();
        log!.Records.Should().Equal(records);
    }

    [Fact]
    public void TryBuild_NoMeetings_GivesAnEmptyLog()
    {
        new MeetingLogBuilder().TryBuild(Tree(), out var log, out _).Should().BeTrue();
        log!.Count.Should().Be(0);
        log.Records.Should().BeEmpty();
    }

    [Fact]
    public void Guards()
    {
        var builder = new MeetingLogBuilder();
        builder.Invoking(b => b.Attendee("m1")).Should().Throw<InvalidOperationException>();
        builder.Invoking(b => b.Add(" ", "b1", Day, new[] { MeetingKind.GeneralMeeting })).Should().Throw<ArgumentException>();
        builder.Invoking(b => b.Add("a", "b1", Day, Array.Empty<MeetingKind>())).Should().Throw<ArgumentException>().WithMessage("*needs at least one kind*");
        builder.Invoking(b => b.Add("a", "b1", new LocalDate(1899, 12, 31), new[] { MeetingKind.GeneralMeeting })).Should().Throw<ArgumentException>();
        builder.Count.Should().Be(0);

        builder.Add("a", "b1", Day, new[] { MeetingKind.GeneralMeeting }, topic: "  ");
        builder.Invoking(b => b.Attendee(null!)).Should().Throw<ArgumentNullException>();
        builder.Invoking(b => b.Absence("m1", null!)).Should().Throw<ArgumentNullException>();
        builder.Invoking(b => b.Vote(null!)).Should().Throw<ArgumentNullException>();
        builder.Count.Should().Be(1);
        builder.ToRecords().Single().Topic.Should().BeNull("a blank topic is none, as for a record");

        builder.TryBuild(Tree(), out _, out _).Should().BeTrue();
        builder.Invoking(b => b.TryBuild(Tree(), out _, out _)).Should().Throw<InvalidOperationException>();
        builder.Invoking(b => b.Attendee("m1")).Should().Throw<InvalidOperationException>();
    }
}
