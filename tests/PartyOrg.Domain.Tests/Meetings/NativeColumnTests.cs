using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using Xunit;

namespace PartyOrg.Domain.Tests.Meetings;

/// <summary>
/// The meeting builder's columns in memory of their own read back what was added, across the first chunk's growth and
/// the chunks after it, and refuse every use once released; the builder releases them when its log is built.
/// </summary>
public sealed class NativeColumnTests
{
    private static readonly LocalDate Day = new(2026, 3, 10);

    [Fact]
    public void A_column_reads_back_what_was_added_as_a_list_would() =>
        // Up to three chunks of 32,768 values: the first chunk's doubling from 16 and the boundaries between chunks.
        Gen.Int[0, 3 * 32768 + 5].Sample(count =>
        {
            var column = new NativeColumn<int>();
            var expected = new List<int>(count);
            for (var i = 0; i < count; i++)
            {
                column.Add(i * 7);
                expected.Add(i * 7);
            }

            column.Count.Should().Be(count);
            column.ToArray().Should().Equal(expected);
            column.ToArray(2).Should().Equal(expected.Concat(new[] { 0, 0 }));
            foreach (var i in new[] { 0, 15, 16, 32767, 32768, 65535, 65536, count - 1 }.Where(i => i >= 0 && i < count))
            {
                column[i].Should().Be(i * 7);
            }

            column.Invoking(c => c[count]).Should().Throw<ArgumentOutOfRangeException>();
            column.Invoking(c => c[-1]).Should().Throw<ArgumentOutOfRangeException>();
            column.Release();
        }, iter: 40);

    [Fact]
    public void Values_added_in_runs_read_back_as_added_one_by_one() =>
        // Runs of 0 to 40,000 values after 0 to 40,000 single ones: runs that fill the growing first chunk, cross into the
        // next chunks and span several.
        Gen.Select(Gen.Int[0, 40000], Gen.Int[0, 40000].Array[0, 4]).Sample((singles, runs) =>
        {
            var column = new NativeColumn<int>();
            var expected = new List<int>();
            for (var i = 0; i < singles; i++)
            {
                column.Add(i);
                expected.Add(i);
            }

            foreach (var run in runs)
            {
                var values = Enumerable.Range(expected.Count, run).Select(v => -v).ToArray();
                column.AddRange(values);
                expected.AddRange(values);
            }

            column.Count.Should().Be(expected.Count);
            column.ToArray().Should().Equal(expected);
            if (expected.Count > 0)
            {
                column[expected.Count - 1].Should().Be(expected[^1]);
            }

            column.Release();
        }, iter: 40);

    [Fact]
    public void A_meeting_s_attendees_added_at_once_are_those_added_one_by_one_and_a_bad_key_adds_none()
    {
        var b = new OrganizationTreeBuilder();
        b.Add(new Organization("oc", OrganizationKind.OrganCommittee, "机关党委"));
        b.Add(new Organization("b1", OrganizationKind.Branch, "一支部", "oc"));
        b.Add(new Member("m1", "甲", MembershipStatus.Full, "b1"));
        b.Add(new Member("m2", "乙", MembershipStatus.Full, "b1"));
        var tree = b.Build();
        var one = new MeetingLogBuilder();
        var many = new MeetingLogBuilder();
        foreach (var builder in new[] { one, many })
        {
            builder.Add("mt1", "b1", Day, new[] { MeetingKind.GeneralMeeting });
        }

        one.Attendee(one.Intern("m2")).Attendee(one.Intern("m1"));
        var keys = new[] { many.Intern("m2"), many.Intern("m1") };
        many.Invoking(m => m.Attendees(new[] { keys[0], 99 })).Should().Throw<ArgumentOutOfRangeException>();
        many.Attendees(keys).Attendees(ReadOnlySpan<int>.Empty);

        one.ToRecords().Single().Attendees.Should().Equal("m2", "m1");
        many.ToRecords().Single().Attendees.Should().Equal("m2", "m1");
        many.TryBuild(tree, out var log, out _).Should().BeTrue();
        log!.Records.Single().Attendees.Should().Equal("m2", "m1");
        new MeetingLogBuilder().Invoking(m => m.Attendees(keys)).Should().Throw<InvalidOperationException>("no meeting was added yet");
    }

    [Fact]
    public void A_released_column_refuses_every_use()
    {
        var column = new NativeColumn<LocalDate>();
        for (var i = 0; i < 40000; i++)
        {
            column.Add(Day.PlusDays(i % 300));
        }

        column[39999].Should().Be(Day.PlusDays(39999 % 300));
        column.Release();
        column.Released.Should().BeTrue();
        column.Invoking(c => c[0]).Should().Throw<ArgumentOutOfRangeException>();
        column.Invoking(c => c.ToArray()).Should().Throw<InvalidOperationException>();
        column.Invoking(c => c.Add(Day)).Should().Throw<InvalidOperationException>();
        column.Invoking(c => c.Release()).Should().NotThrow("releasing twice gives nothing back twice");
    }

    [Fact]
    public void The_builder_lets_its_meetings_go_once_a_log_is_built_but_not_when_the_build_fails()
    {
        var b = new OrganizationTreeBuilder();
        b.Add(new Organization("oc", OrganizationKind.OrganCommittee, "机关党委"));
        b.Add(new Organization("b1", OrganizationKind.Branch, "一支部", "oc"));
        b.Add(new Member("m1", "甲", MembershipStatus.Full, "b1"));
        var tree = b.Build();
        var built = new MeetingLogBuilder();
        built.Add("mt1", "b1", Day, new[] { MeetingKind.GeneralMeeting }).Attendee("m1");
        built.TryBuild(tree, out var log, out _).Should().BeTrue();
        log!.Records.Single().Attendees.Should().Equal("m1");
        built.Invoking(b => b.ToRecords()).Should().Throw<InvalidOperationException>().WithMessage("*read them from the log*");

        var failed = new MeetingLogBuilder();
        failed.Add("mt1", "b1", Day, new[] { MeetingKind.GeneralMeeting }).Attendee("m9");
        failed.TryBuild(tree, out _, out var problems).Should().BeFalse();
        problems.Should().NotBeEmpty();
        failed.ToRecords().Single().Attendees.Should().Equal("m9");
    }
}
