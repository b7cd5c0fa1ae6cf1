using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using FluentAssertions;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Json.Reading;
using Xunit;

namespace PartyOrg.Domain.Tests.Json;

/// <summary>
/// A document that can be read again is read first with the sections' elements delimited by their brackets alone, each
/// element checked whole by its section's reader; anything that way does not judge sends the document to the tokenising
/// way. Whatever the text, both give the same problems and the same document.
/// </summary>
public sealed class QuickElementsTests
{
    private static readonly string[] Examples = Directory.GetFiles(RepoFiles.PathOf("docs", "examples"), "*.json")
        .OrderBy(x => x, StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    /// <summary>Bytes a mutation puts in: JSON's structure, escapes, control characters, the start of literals and numbers.</summary>
    private static readonly byte[] Inserted = Encoding.UTF8.GetBytes("{}[],:\"\\\u0001\u001f\t\n n0-.e/u中");

    [Fact]
    public void Mutated_documents_give_the_same_problems_and_document_read_quickly_or_tokenised() =>
        Gen.Select(Gen.Int[0, Examples.Length - 1], Gen.Int, Gen.Int[1, 4]).Sample((example, seed, edits) =>
        {
            var random = new Random(seed);
            var bytes = Mutate(Encoding.UTF8.GetBytes(Examples[example]), random, edits);
            Same(bytes, random);
        }, iter: 600);

    [Fact]
    public void Generated_meetings_and_flat_sections_mutated_give_the_same_results_read_quickly_or_tokenised() =>
        Gen.Int.Sample(seed =>
        {
            var random = new Random(seed);
            var text = (seed & 1) == 0 ? FastPathEquivalenceTests.MeetingsDocument(random) : FastPathEquivalenceTests.FlatSectionsDocument(random);
            var bytes = Encoding.UTF8.GetBytes(text);
            Same(random.Next(4) == 0 ? bytes : Mutate(bytes, random, 1 + random.Next(3)), random);
        }, iter: 600);

    [Theory]
    [InlineData("\"topic\":\"a\u0001b\"")] // a raw control character inside a string
    [InlineData("\"topic\":\"a\\qb\"")] // an escape JSON does not have
    [InlineData("\"topic\":\"ab\",")] // a trailing comma inside the element
    [InlineData("\"topic\":01")] // a number with a leading zero
    [InlineData("\"topic\":tru")] // a broken literal
    [InlineData("\"topic\":\"ab\"}, {\"x")] // a string left open
    public void A_syntax_error_inside_a_meeting_is_the_tokenising_reader_s_problem(string field)
    {
        var text = "{\"organizations\":[{\"id\":\"b\",\"kind\":\"branch\",\"name\":\"B\"}],\"meetings\":[{\"id\":\"m1\",\"organization\":\"b\",\"kinds\":[\"general-meeting\"],\"date\":\"2026-03-01\"},"
            + "{\"id\":\"m2\",\"organization\":\"b\",\"kinds\":[\"general-meeting\"],\"date\":\"2026-04-01\"," + field + "}]}";
        var bytes = Encoding.UTF8.GetBytes(text);
        var quick = PartyOrgDocument.Load(bytes);
        var tokenised = PartyOrgDocument.Load(bytes, new PartyOrgLoadOptions { QuickElements = false });

        quick.Success.Should().BeFalse();
        quick.Problems.Should().ContainSingle().Which.Message.Should().StartWith("not valid JSON at line 1, byte ");
        quick.Problems.Select(p => p.ToString()).Should().Equal(tokenised.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_control_character_backslash_or_quote_anywhere_in_a_long_string_is_judged_as_the_tokenising_reader_judges_it()
    {
        // Strings are scanned eight bytes at a time: each position of a 24-byte id and topic, in and across the words.
        foreach (var special in new[] { "\u0001", "\u001f", "\\", "\\n", "\"", "\t", "é", "中" })
        {
            for (var at = 0; at <= 24; at++)
            {
                var id = "abcdefghijklmnopqrstuvwx".Insert(at, special);
                var text = "{\"organizations\":[{\"id\":\"b\",\"kind\":\"branch\",\"name\":\"B\"}],\"meetings\":[{\"id\":\"" + id
                    + "\",\"organization\":\"b\",\"kinds\":[\"general-meeting\"],\"date\":\"2026-03-01\",\"topic\":\"" + id + "\"}]}";
                var bytes = Encoding.UTF8.GetBytes(text);
                var quick = PartyOrgDocument.Load(bytes);
                var tokenised = PartyOrgDocument.Load(bytes, new PartyOrgLoadOptions { QuickElements = false });
                quick.Problems.Select(p => p.ToString()).Should().Equal(tokenised.Problems.Select(p => p.ToString()), text);
                quick.Success.Should().Be(tokenised.Success, text);
                if (quick.Success)
                {
                    quick.Document!.Meetings!.Records[0].Id.Should().Be(tokenised.Document!.Meetings!.Records[0].Id);
                    quick.Document.Meetings.Records[0].Topic.Should().Be(tokenised.Document.Meetings.Records[0].Topic);
                }
            }
        }
    }

    [Theory]
    [InlineData("[]", 2)]
    [InlineData("[{}]", 4)]
    [InlineData("[\"]\"]", 5)]
    [InlineData("[\"\\\"]\"]", 7)]
    [InlineData("[\"\\\\\"]", 6)]
    [InlineData("{\"a\":[[[]]]}", 12)]
    [InlineData("{\"a\":\"}", -1)]
    [InlineData("{\"a\":\"\\", -1)]
    [InlineData("[[", -1)]
    public void An_element_s_end_is_found_by_its_brackets_with_strings_and_escapes_skipped(string text, int length) =>
        JsonStreamSource.ElementLength(Encoding.UTF8.GetBytes(text + "  ,{"), out _).Should().Be(length);

    /// <summary>
    /// The scan by 64-byte blocks gives the byte-by-byte scan's length and nesting for any text: elements of nested
    /// objects and arrays whose strings hold brackets, quotes escaped or not, runs of backslashes and multi-byte
    /// characters, placed anywhere across block boundaries, cut short or followed by more text.
    /// </summary>
    [Fact]
    public void The_block_scan_of_an_element_s_end_equals_the_byte_by_byte_scan() =>
        Gen.Int.Sample(seed =>
        {
            var random = new Random(seed);
            var text = new StringBuilder();
            Element(random, text, 0);
            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            if (random.Next(4) == 0)
            {
                bytes = bytes.AsSpan(0, random.Next(bytes.Length + 1)).ToArray(); // cut short
            }

            var tail = Encoding.UTF8.GetBytes(random.Next(2) == 0 ? ",{\"a\":\"]\"}" : new string(' ', random.Next(70)));
            var all = bytes.Concat(tail).ToArray();
            var expected = JsonStreamSource.ElementLengthByBytes(all, out var expectedNesting);
            var length = JsonStreamSource.ElementLength(all, out var nesting);
            length.Should().Be(expected, "text {0}", Encoding.UTF8.GetString(all));
            if (expected >= 0)
            {
                nesting.Should().Be(expectedNesting);
            }
        }, iter: 3000);

    private static void Element(Random random, StringBuilder text, int depth)
    {
        var array = random.Next(2) == 0;
        text.Append(array ? '[' : '{');
        var count = random.Next(6);
        for (var k = 0; k < count; k++)
        {
            if (k > 0)
            {
                text.Append(',');
            }

            if (!array)
            {
                String(random, text);
                text.Append(':');
            }

            switch (depth < 4 ? random.Next(4) : random.Next(2))
            {
                case 0:
                    String(random, text);
                    break;
                case 1:
                    text.Append(random.Next(1000));
                    break;
                default:
                    Element(random, text, depth + 1);
                    break;
            }
        }

        text.Append(array ? ']' : '}');
    }

    private static void String(Random random, StringBuilder text)
    {
        const string Pieces = "ab中{}[],:";
        text.Append('"');
        var length = random.Next(random.Next(8) == 0 ? 90 : 12);
        for (var k = 0; k < length; k++)
        {
            switch (random.Next(12))
            {
                case 0:
                    text.Append(@"\""");
                    break;
                case 1:
                    text.Append(new string('\\', 2 * random.Next(1, 3)));
                    break;
                case 2:
                    text.Append(@"\u005c");
                    break;
                default:
                    text.Append(Pieces[random.Next(Pieces.Length)]);
                    break;
            }
        }

        text.Append('"');
    }

    [Fact]
    public void An_element_s_nesting_is_counted()
    {
        JsonStreamSource.ElementLength(Encoding.UTF8.GetBytes("{\"a\":[{\"b\":[]}],\"c\":{}}"), out var nesting).Should().Be(23);
        nesting.Should().Be(4);
    }

    private static void Same(byte[] bytes, Random random)
    {
        // Sometimes two threads and small batches (a worker's failure ends the quick read), a low depth limit, few
        // elements per array: the limits are judged the same way.
        var threads = random.Next(3) == 0 ? 2 : 1;
        var depth = random.Next(4) == 0 ? 3 + random.Next(6) : PartyOrgLoadOptions.DefaultMaxDepth;
        var elements = random.Next(5) == 0 ? 1 + random.Next(3) : PartyOrgLoadOptions.DefaultMaxArrayLength;
        var batch = 1 + random.Next(600);
        PartyOrgLoadOptions Options(bool quickly) => new() { MaxThreads = threads, SectionBatchBytes = batch, MaxDepth = depth, MaxArrayLength = elements, QuickElements = quickly };
        var quick = PartyOrgDocument.Load(bytes, Options(true));
        var tokenised = PartyOrgDocument.Load(bytes, Options(false));

        var text = Encoding.UTF8.GetString(bytes);
        quick.Problems.Select(p => p.ToString()).Should().Equal(tokenised.Problems.Select(p => p.ToString()), text);
        quick.Success.Should().Be(tokenised.Success, text);
        if (quick.Success)
        {
            PartyOrgJson.Serialize(quick.Document!.Contract).Should().Be(PartyOrgJson.Serialize(tokenised.Document!.Contract), text);
        }
    }

    private static byte[] Mutate(byte[] bytes, Random random, int edits)
    {
        var list = new List<byte>(bytes);
        for (var e = 0; e < edits && list.Count > 0; e++)
        {
            var at = random.Next(list.Count);
            switch (random.Next(5))
            {
                case 0:
                    list.RemoveAt(at);
                    break;
                case 1:
                    list.Insert(at, Inserted[random.Next(Inserted.Length)]);
                    break;
                case 2:
                    list[at] = Inserted[random.Next(Inserted.Length)];
                    break;
                case 3:
                    var length = Math.Min(list.Count - at, 1 + random.Next(40));
                    list.InsertRange(random.Next(list.Count), list.GetRange(at, length));
                    break;
                default:
                    list.RemoveRange(at, list.Count - at);
                    break;
            }
        }

        return list.ToArray();
    }
}
