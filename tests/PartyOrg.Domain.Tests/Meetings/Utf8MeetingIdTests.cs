using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Meetings;
using Xunit;
using static PartyOrg.Domain.Tests.Meetings.MeetingFixture;

namespace PartyOrg.Domain.Tests.Meetings;

/// <summary>
/// Meeting ids kept as UTF-8 (<see cref="Utf8IdColumn"/>) and given as UTF-8
/// (<see cref="MeetingLogBuilder.Add(ReadOnlySpan{byte}, int, LocalDate, IEnumerable{MeetingKind}, int, string?)"/>):
/// the same log and problems as ids given as strings; ids read back as they were given.
/// </summary>
public sealed class Utf8MeetingIdTests
{
    private static readonly LocalDate Day = new(2026, 3, 6);

    /// <summary>The same meetings under <paramref name="ids"/>, each given as a string or as UTF-8 as <paramref name="asUtf8"/> says.</summary>
    private static MeetingLogBuilder Builder(IReadOnlyList<string> ids, Func<int, bool> asUtf8, bool prepare)
    {
        var builder = new MeetingLogBuilder();
        var branch = builder.Intern("b1");
        for (var i = 0; i < ids.Count; i++)
        {
            var date = Day.PlusDays(i % 300);
            if (asUtf8(i))
            {
                builder.Add(Encoding.UTF8.GetBytes(ids[i]), branch, date, new[] { MeetingKind.GeneralMeeting });
            }
            else
            {
                builder.Add(ids[i], branch, date, new[] { MeetingKind.GeneralMeeting });
            }

            builder.Attendee(builder.Intern("m" + (1 + (i % 3)).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return prepare ? builder.Prepare() : builder;
    }

    [Fact]
    public void Ids_given_as_utf8_or_as_strings_build_the_same_log_and_the_same_problems() =>
        // Ids from a small alphabet (with a CJK letter) repeat often: the duplicate check is met in sorted and unsorted
        // orders, with the repeat next to its twin or far from it; prepared or not.
        Gen.Select(Gen.Int[0, 3].Array[1, 3].Select(parts => string.Concat(parts.Select(p => "ab支1"[p]))).Array[1, 40], Gen.Bool.Array[40], Gen.Bool, Gen.Bool)
            .Sample((ids, utf8, sorted, prepare) =>
            {
                var given = sorted ? ids.OrderBy(s => Encoding.UTF8.GetBytes(s), ByteOrder.Instance).ToArray() : ids;
                var tree = Tree();
                var plain = Builder(given, _ => false, false).TryBuild(tree, out var expected, out var expectedProblems);
                var mixed = Builder(given, i => utf8[i], prepare).TryBuild(tree, out var log, out var problems);

                mixed.Should().Be(plain);
                mixed.Should().Be(given.Distinct(StringComparer.Ordinal).Count() == given.Length);
                problems.Should().Equal(expectedProblems);
                if (plain)
                {
                    log!.Records.Should().Equal(expected!.Records);
                    Enumerable.Range(0, log.Count).Select(log.IdAt).Should().Equal(given);
                }
            }, iter: 300);

    [Fact]
    public void A_repeated_id_is_found_in_order_and_out_of_order_and_distinct_ids_pass()
    {
        Column("a", "b", "c").AllDistinct().Should().BeTrue();
        Column("c", "a", "b").AllDistinct().Should().BeTrue();
        Column("a", "b", "b").AllDistinct().Should().BeFalse();
        Column("b", "a", "b").AllDistinct().Should().BeFalse();
        Column("ab", "a", "abc").AllDistinct().Should().BeTrue();
        Column().AllDistinct().Should().BeTrue();
        Column("x").AllDistinct().Should().BeTrue();
    }

    [Fact]
    public void Many_ids_over_several_chunks_are_read_back_as_given()
    {
        // 200,000 ids of 9–14 bytes fill the growing first chunk and two more; an id of 2 MB gets a chunk of its own.
        var column = new Utf8IdColumn();
        var ids = Enumerable.Range(0, 200_000).Select(i => "mt-" + (i * 7919 % 1_000_003).ToString("D6", System.Globalization.CultureInfo.InvariantCulture) + new string('x', i % 6)).ToList();
        ids.Insert(100_000, new string('长', 700_000));
        foreach (var id in ids)
        {
            column.Add(id);
        }

        column.Count.Should().Be(ids.Count);
        Enumerable.Range(0, ids.Count).Where(i => column.StringAt(i) != ids[i]).Should().BeEmpty();
        column.AllDistinct().Should().BeTrue();
        column.Add(ids[123_456]);
        column.AllDistinct().Should().BeFalse();
    }

    [Fact]
    public void A_string_with_an_unpaired_surrogate_is_kept_as_given_and_told_apart()
    {
        // UTF-8 cannot hold an unpaired surrogate: the string is kept as given, and its bytes differ from those of the
        // replacement character, which a valid UTF-8 id could have.
        var column = new Utf8IdColumn();
        column.Add("a\uD800");
        column.Add("a\uFFFD");
        column.Add("a\uD83D\uDE00");
        column.Add("\uDC00a");

        column.StringAt(0).Should().Be("a\uD800");
        column.StringAt(1).Should().Be("a\uFFFD");
        column.StringAt(2).Should().Be("a\uD83D\uDE00");
        column.StringAt(3).Should().Be("\uDC00a");
        column.AllDistinct().Should().BeTrue();
        column.Add("a\uD800");
        column.AllDistinct().Should().BeFalse();
    }

    [Theory]
    [InlineData(new byte[0], "non-empty")]
    [InlineData(new byte[] { 0x20 }, "non-empty")]
    [InlineData(new byte[] { 0x20, 0x61 }, "white space")]
    [InlineData(new byte[] { 0x61, 0x20 }, "white space")]
    [InlineData(new byte[] { 0x61, 0xE3, 0x80, 0x80 }, "white space")]
    [InlineData(new byte[] { 0x61, 0xC3 }, "not valid UTF-8")]
    [InlineData(new byte[] { 0xFF, 0x61 }, "not valid UTF-8")]
    [InlineData(new byte[] { 0x61, 0xED, 0xA0, 0x80 }, "not valid UTF-8")]
    public void An_id_given_as_utf8_that_is_not_one_is_refused(byte[] id, string reason)
    {
        var builder = new MeetingLogBuilder();
        var branch = builder.Intern("b1");

        var act = () => builder.Add(id, branch, Day, new[] { MeetingKind.GeneralMeeting });

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "utf8Id" && e.Message.Contains(reason));
        builder.Count.Should().Be(0);
    }

    [Fact]
    public void An_id_given_as_utf8_at_the_edges_of_ascii_is_accepted_and_read_back()
    {
        var builder = new MeetingLogBuilder();
        var branch = builder.Intern("b1");
        builder.Add(new byte[] { 0x21 }, branch, Day, new[] { MeetingKind.GeneralMeeting });
        builder.Add(new byte[] { 0x7E, 0x20, 0x7F }, branch, Day, new[] { MeetingKind.GeneralMeeting });
        builder.Add(Encoding.UTF8.GetBytes("会议\U0001F600"), branch, Day, new[] { MeetingKind.GeneralMeeting });

        builder.ToRecords().Select(r => r.Id).Should().Equal("!", "~ \u007F", "会议\U0001F600");
    }

    [Fact]
    public void A_bad_kind_list_names_the_id_given_as_utf8()
    {
        var builder = new MeetingLogBuilder();
        var branch = builder.Intern("b1");

        var act = () => builder.Add(Encoding.UTF8.GetBytes("会-1"), branch, Day, Array.Empty<MeetingKind>());

        act.Should().Throw<ArgumentException>().WithMessage("Meeting \"会-1\" needs at least one kind.*");
    }

    private static Utf8IdColumn Column(params string[] ids)
    {
        var column = new Utf8IdColumn();
        foreach (var id in ids)
        {
            column.Add(Encoding.UTF8.GetBytes(id));
        }

        return column;
    }

    private sealed class ByteOrder : IComparer<byte[]>
    {
        internal static readonly ByteOrder Instance = new();

        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
