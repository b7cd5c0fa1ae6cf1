using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Meetings;
using Xunit;
using static PartyOrg.Domain.Tests.Meetings.MeetingFixture;

namespace PartyOrg.Domain.Tests.Meetings;

/// <summary>The builder's keyed overloads: interning ids once gives the same log and problems as naming them each time.</summary>
public sealed class MeetingLogBuilderKeyTests
{
    private static readonly LocalDate Day = new(2026, 3, 6);

    private static MeetingRecord[] Records() => new[]
    {
        new MeetingRecord("a", "b1", Day, new[] { MeetingKind.ThemedPartyDay, MeetingKind.GeneralMeeting, MeetingKind.PartyLecture }, B1Members,
            new[] { new MeetingAbsence("m9", AbsenceReason.Illness, "visiting") }, "m10", "主题"),
        Meeting("b", "g1", Day, MeetingKind.GroupMeeting, new[] { "m1", "m4" }, new[] { new MeetingAbsence("m2", AbsenceReason.Illness) }),
        Meeting("c", "oc", Day.PlusDays(1), MeetingKind.OrganAssembly, new[] { "m2", "m9", "m10" }, new[] { new MeetingAbsence("m3", AbsenceReason.NoReason) }),
        Meeting("d", "lg", Day.PlusDays(-3), MeetingKind.DemocraticLifeMeeting, new[] { "m11", "m1" }),
    };

    private static MeetingLogBuilder Keyed(IEnumerable<MeetingRecord> records) => Built(records, (b, id) => b.Intern(id));

    /// <summary>Every use of an id under a key of its own (<see cref="MeetingLogBuilder.NewKey"/>): no id has one key.</summary>
    private static MeetingLogBuilder NewKeys(IEnumerable<MeetingRecord> records) => Built(records, (b, id) => b.NewKey(id));

    /// <summary>The records through the keyed overloads, each id given its key by <paramref name="key"/> at each use.</summary>
    private static MeetingLogBuilder Built(IEnumerable<MeetingRecord> records, Func<MeetingLogBuilder, string, int> key)
    {
        var builder = new MeetingLogBuilder();
        foreach (var r in records)
        {
            builder.Add(r.Id, key(builder, r.OrganizationId), r.Date, r.Kinds.ToArray(), r.LecturerId is null ? -1 : key(builder, r.LecturerId), r.Topic);
            foreach (var a in r.Attendees)
            {
                builder.Attendee(key(builder, a));
            }

            foreach (var a in r.Absences)
            {
                builder.Absence(key(builder, a.MemberId), a.Reason, a.Note);
            }
        }

        return builder;
    }

    [Fact]
    public void Keyed_meetings_build_the_log_of_the_records()
    {
        var tree = Tree();
        var records = Records();
        MeetingLog.TryCreate(tree, records, out var expected, out _).Should().BeTrue();

        Keyed(records).TryBuild(tree, out var log, out var problems).Should().BeTrue();

        problems.Should().BeEmpty();
        log!.Records.Should().Equal(expected!.Records);
        log.Records[0].LecturerId.Should().Be("m10");
        log.Records[0].Absences.Single().Note.Should().Be("visiting");
    }

    [Fact]
    public void Keyed_meetings_with_an_unknown_member_give_the_problems_of_the_records()
    {
        var tree = Tree();
        var records = Records().Append(Meeting("e", "b1", Day, MeetingKind.GeneralMeeting, new[] { "m1", "nobody" })).ToArray();
        MeetingLog.TryCreate(tree, records, out _, out var expected).Should().BeFalse();

        Keyed(records).TryBuild(tree, out var log, out var problems).Should().BeFalse();

        log.Should().BeNull();
        problems.Select(p => p.Message).Should().Equal(expected.Select(p => p.Message));
        problems.Should().ContainSingle(p => p.Message.Contains("nobody"));
    }

    [Fact]
    public void Ids_under_several_keys_build_the_log_of_the_records()
    {
        var tree = Tree();
        var records = Records();
        MeetingLog.TryCreate(tree, records, out var expected, out _).Should().BeTrue();

        NewKeys(records).TryBuild(tree, out var log, out var problems).Should().BeTrue();

        problems.Should().BeEmpty();
        log!.Records.Should().Equal(expected!.Records);
    }

    [Fact]
    public void A_member_listed_twice_under_two_keys_is_the_problem_of_the_records()
    {
        var tree = Tree();
        var records = Records().Append(Meeting("e", "b1", Day, MeetingKind.GeneralMeeting, new[] { "m1", "m4", "m1" }))
            .Append(Meeting("f", "b1", Day, MeetingKind.GeneralMeeting, new[] { "m1" }, new[] { new MeetingAbsence("m1", AbsenceReason.Illness) })).ToArray();
        MeetingLog.TryCreate(tree, records, out _, out var expected).Should().BeFalse();
        expected.Should().HaveCount(2);

        NewKeys(records).TryBuild(tree, out var log, out var problems).Should().BeFalse();

        log.Should().BeNull();
        problems.Select(p => p.ToString()).Should().Equal(expected.Select(p => p.ToString()));
    }

    [Fact]
    public void NewKey_numbers_on_from_the_last_key_and_Intern_keeps_its_own()
    {
        var builder = new MeetingLogBuilder();

        builder.Intern("b1").Should().Be(0);
        builder.NewKey("b1").Should().Be(1, "a new key even for an id interned already");
        builder.NewKey("m1").Should().Be(2);
        builder.Intern("m1").Should().Be(3, "Intern does not know the keys NewKey made");
        builder.Intern("b1").Should().Be(0);
        builder.Invoking(b => b.NewKey(" m1")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("id");
        builder.TryBuild(Tree(), out _, out _);
        builder.Invoking(b => b.NewKey("m2")).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Intern_gives_one_key_per_id_numbered_in_first_seen_order()
    {
        var builder = new MeetingLogBuilder();

        builder.Intern("b1").Should().Be(0);
        builder.Intern("m1").Should().Be(1);
        builder.Intern("b1").Should().Be(0);
        builder.Add("x", "b1", Day, new[] { MeetingKind.GeneralMeeting }).Attendee("m2");
        builder.Intern("m2").Should().Be(2, "an id named through the string overloads is interned too");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(" m1")]
    public void Intern_refuses_an_id_that_is_not_one(string id)
    {
        var act = () => new MeetingLogBuilder().Intern(id);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("id");
    }

    [Fact]
    public void A_key_not_given_by_Intern_is_refused_at_each_overload()
    {
        var builder = new MeetingLogBuilder();
        var org = builder.Intern("b1");
        var member = builder.Intern("m1");

        builder.Invoking(b => b.Add("x", 2, Day, new[] { MeetingKind.GeneralMeeting })).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("organizationKey");
        builder.Invoking(b => b.Add("x", -1, Day, new[] { MeetingKind.GeneralMeeting })).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("organizationKey");
        builder.Invoking(b => b.Add("x", org, Day, new[] { MeetingKind.PartyLecture }, 2)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("lecturerKey");
        builder.Count.Should().Be(0, "a refused meeting is not added");

        builder.Add("x", org, Day, new[] { MeetingKind.PartyLecture }, member);
        builder.Invoking(b => b.Attendee(2)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("memberKey");
        builder.Invoking(b => b.Absence(-1, AbsenceReason.Illness)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("memberKey");
        builder.Invoking(b => b.Absence(member, null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("reason");
        builder.Attendee(member).Absence(org, AbsenceReason.Illness).Count.Should().Be(1);
    }

    [Fact]
    public void Keyed_attendees_need_a_meeting_first_and_an_unbuilt_builder()
    {
        var builder = new MeetingLogBuilder();
        var member = builder.Intern("m1");
        builder.Invoking(b => b.Attendee(member)).Should().Throw<InvalidOperationException>();

        builder.Add("x", builder.Intern("b1"), Day, new[] { MeetingKind.GeneralMeeting }).Attendee(member);
        builder.TryBuild(Tree(), out _, out _);

        builder.Invoking(b => b.Intern("m2")).Should().Throw<InvalidOperationException>();
        builder.Invoking(b => b.Attendee(member)).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Kinds_given_as_an_array_or_a_sequence_share_one_combination_and_bad_kinds_are_refused_either_way()
    {
        var tree = Tree();
        var builder = new MeetingLogBuilder();
        var b1 = builder.Intern("b1");
        builder.Add("a", b1, Day, new[] { MeetingKind.GeneralMeeting, MeetingKind.ThemedPartyDay });
        builder.Add("b", b1, Day.PlusDays(1), new List<MeetingKind> { MeetingKind.GeneralMeeting, MeetingKind.ThemedPartyDay });
        builder.Add("c", b1, Day.PlusDays(2), new[] { MeetingKind.GeneralMeeting, MeetingKind.ThemedPartyDay });

        builder.Invoking(b => b.Add("d", b1, Day, Array.Empty<MeetingKind>())).Should().Throw<ArgumentException>().WithMessage("*at least one kind*");
        builder.Invoking(b => b.Add("e", b1, Day, new MeetingKind[] { MeetingKind.GeneralMeeting, null! })).Should().Throw<ArgumentException>().WithMessage("*null kind*");

        builder.TryBuild(tree, out var log, out _).Should().BeTrue();
        log!.Records.Select(r => r.Kinds).Should().AllSatisfy(k => k.Should().Equal(MeetingKind.GeneralMeeting, MeetingKind.ThemedPartyDay));
    }
}
