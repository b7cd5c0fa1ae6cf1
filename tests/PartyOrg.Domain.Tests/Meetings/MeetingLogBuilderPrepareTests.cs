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

/// <summary><see cref="MeetingLogBuilder.Prepare"/>: the log and the problems are those of the builder without it.</summary>
public sealed class MeetingLogBuilderPrepareTests
{
    private static readonly LocalDate Day = new(2026, 3, 6);

    private static MeetingLogBuilder BuilderOf(IEnumerable<MeetingRecord> records, MeetingLogBuilder? into = null)
    {
        var builder = into ?? new MeetingLogBuilder();
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
        }

        return builder;
    }

    private static MeetingRecord[] Records(string lastId = "d") => new[]
    {
        Meeting("a", "b1", Day, MeetingKind.GeneralMeeting, B1Members, new[] { new MeetingAbsence("m9", AbsenceReason.Illness) }),
        Meeting("b", "g1", Day, MeetingKind.GroupMeeting, new[] { "m1", "m4" }, new[] { new MeetingAbsence("m2", AbsenceReason.Illness) }),
        Meeting("c", "oc", Day.PlusDays(1), MeetingKind.OrganAssembly, new[] { "m2", "m9", "m10" }),
        Meeting(lastId, "b2", Day.PlusDays(2), MeetingKind.GeneralMeeting, new[] { "m9" }),
    };

    private static (bool Ok, MeetingLog? Log, IReadOnlyList<DataProblem> Problems) Build(MeetingLogBuilder builder)
    {
        var ok = builder.TryBuild(Tree(), out var log, out var problems);
        return (ok, log, problems);
    }

    private static void ShouldBeTheSame((bool Ok, MeetingLog? Log, IReadOnlyList<DataProblem> Problems) prepared, (bool Ok, MeetingLog? Log, IReadOnlyList<DataProblem> Problems) plain)
    {
        prepared.Ok.Should().Be(plain.Ok);
        prepared.Problems.Should().Equal(plain.Problems);
        if (plain.Log is null)
        {
            prepared.Log.Should().BeNull();
            return;
        }

        prepared.Log!.Records.Should().Equal(plain.Log.Records);
        var a = prepared.Log.IndexFor(prepared.Log.Resolution!.Tree);
        var b = plain.Log.IndexFor(plain.Log.Resolution!.Tree);
        a.Attendees.Should().Equal(b.Attendees);
        a.AttendeeStart.Should().Equal(b.AttendeeStart);
        a.ProperAbsences.Should().Equal(b.ProperAbsences);
    }

    [Fact]
    public void Prepared_ValidMeetings_GiveTheSameLogAndResolvedAttendees()
    {
        var prepared = Build(BuilderOf(Records()).Prepare());
        prepared.Ok.Should().BeTrue();
        prepared.Log!.Resolution!.Attendees.Should().HaveCount(8 + 2 + 3 + 1).And.OnlyContain(m => m >= 0, "every key was overwritten with its member");
        ShouldBeTheSame(prepared, Build(BuilderOf(Records())));
    }

    [Fact]
    public void Prepared_RepeatedMeetingId_GivesTheSameProblems()
    {
        var prepared = Build(BuilderOf(Records("a")).Prepare());
        prepared.Ok.Should().BeFalse();
        prepared.Problems.Should().ContainSingle(p => p.Message.Contains("\"a\"")).Which.Index.Should().Be(3);
        ShouldBeTheSame(prepared, Build(BuilderOf(Records("a"))));
    }

    [Fact]
    public void Prepared_ThenMoreMeetings_IsIgnored()
    {
        // A meeting added after Prepare repeats an id, or only adds attendees: what was prepared no longer holds.
        var repeat = new[] { Meeting("a", "b2", Day.PlusDays(3), MeetingKind.GeneralMeeting, new[] { "m9" }) };
        var prepared = BuilderOf(Records()).Prepare();
        ShouldBeTheSame(Build(BuilderOf(repeat, prepared)), Build(BuilderOf(Records().Concat(repeat))));
        Build(BuilderOf(repeat, BuilderOf(Records()).Prepare())).Ok.Should().BeFalse();

        var more = BuilderOf(Records()).Prepare();
        more.Attendee("m10");
        ShouldBeTheSame(Build(more), Build(BuilderOf(Records()).Attendee("m10")));
    }

    [Fact]
    public void AKindCombination_HeldByTheRightKindThenByAWrongOne_IsFound()
    {
        // The compact build judges each combination of kinds once per organization kind: a Party group's meeting
        // accepted for g1 does not make the same combination acceptable for branch b1.
        MeetingRecord[] Records() => new[]
        {
            Meeting("ok", "g1", Day, MeetingKind.GroupMeeting, new[] { "m1" }),
            Meeting("ok2", "g1", Day.PlusDays(1), MeetingKind.GroupMeeting, new[] { "m1" }),
            Meeting("bad", "b1", Day, MeetingKind.GroupMeeting, new[] { "m1" }),
        };
        foreach (var prepare in new[] { false, true })
        {
            var builder = BuilderOf(Records());
            var built = Build(prepare ? builder.Prepare() : builder);
            built.Ok.Should().BeFalse();
            built.Problems.Should().ContainSingle().Which.Path.Should().StartWith("$.meetings[2]");
        }

        Build(BuilderOf(Records().Take(2)).Prepare()).Ok.Should().BeTrue();
    }

    [Fact]
    public void Prepare_AfterTheBuild_IsRefused()
    {
        var builder = BuilderOf(Records());
        Build(builder);
        var act = () => builder.Prepare();
        act.Should().Throw<InvalidOperationException>();
    }
}
