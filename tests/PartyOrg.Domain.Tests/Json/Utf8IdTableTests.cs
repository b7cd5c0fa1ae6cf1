using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using FluentAssertions;
using PartyOrg.Domain.Json.Reading;
using Xunit;

namespace PartyOrg.Domain.Tests.Json;

/// <summary>The loader's id table answers as a dictionary of the ids' bytes would, through its cache and its growth.</summary>
public sealed class Utf8IdTableTests
{
    [Fact]
    public void Finds_what_was_added_and_nothing_else_as_a_dictionary_would() =>
        // Keys from a small alphabet repeat often (cache hits) and collide in the cache's 4,096 slots (cache misses);
        // thousands of keys make the table grow several times.
        AgreesWithADictionary(Gen.Byte[(byte)'a', (byte)'f'].Array[0, 6].Array[1, 5000]);

    [Fact]
    public void Keys_either_side_of_sixteen_bytes_are_told_apart_as_a_dictionary_would() =>
        // Up to 16 bytes a key is kept in the cache as two words, longer ones are compared byte by byte: keys of 7 to 20
        // bytes from two letters differ in the last bytes of the words, in the bytes the two words share, and past them.
        AgreesWithADictionary(Gen.Byte[(byte)'a', (byte)'b'].Array[7, 20].Array[1, 3000]);

    [Fact]
    public void Fetching_a_key_s_slot_ahead_changes_nothing() =>
        // Keys of 0 to 20 bytes (the two-word form and the long one), fetched ahead before, between and after their adds,
        // through the table's growth: every find answers as without.
        Gen.Byte[(byte)'a', (byte)'c'].Array[0, 20].Array[1, 400].Sample(keys =>
        {
            var table = new Utf8IdTable();
            var plain = new Utf8IdTable();
            foreach (var key in keys)
            {
                table.Prefetch(key);
                table.FindOrAdd(key, plain.Count).Should().Be(plain.FindOrAdd(key, plain.Count));
                table.Prefetch(key);
            }

            foreach (var key in keys)
            {
                table.Find(key).Should().Be(plain.Find(key));
            }

            table.Count.Should().Be(plain.Count);
        }, iter: 60);

    [Fact]
    public void An_entry_s_key_is_its_bytes_exactly() =>
        // KeyIs compares the last bytes first: keys of one length that share their last byte, that are a prefix of another
        // or end the same, and the empty key, are each their own entry's only, and an entry past the end is none.
        Gen.Byte[(byte)'0', (byte)'2'].Array[0, 5].Array[1, 200].Sample(keys =>
        {
            var table = new Utf8IdTable();
            var entries = new List<byte[]>();
            foreach (var key in keys)
            {
                if (table.Find(key) < 0)
                {
                    table.Add(key, entries.Count);
                    entries.Add(key);
                }
            }

            foreach (var key in keys)
            {
                for (var e = -1; e <= entries.Count; e++)
                {
                    table.KeyIs(e, key).Should().Be(e >= 0 && e < entries.Count && entries[e].AsSpan().SequenceEqual(key));
                }
            }
        }, iter: 100);

    private static void AgreesWithADictionary(Gen<byte[][]> gen)
    {
        gen.Sample(keys =>
        {
            var table = new Utf8IdTable();
            var expected = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                var text = Encoding.ASCII.GetString(key);
                var found = table.Find(key);
                if (expected.TryGetValue(text, out var value))
                {
                    found.Should().Be(value);
                }
                else
                {
                    found.Should().Be(-1);
                    table.Add(key, expected.Count * 7);
                    expected.Add(text, expected.Count * 7);
                }
            }

            table.Count.Should().Be(expected.Count);
            foreach (var pair in expected)
            {
                table.Find(Encoding.ASCII.GetBytes(pair.Key)).Should().Be(pair.Value);
            }
        }, iter: 60);
    }

    [Fact]
    public void Find_or_add_answers_as_find_then_add_would() =>
        // One hash and one probe for both: through the cache, collisions and the table's growth, an id seen before gives
        // its number, a new one is added with the number offered, and a later find agrees.
        Gen.Byte[(byte)'a', (byte)'e'].Array[0, 6].Array[1, 4000].Sample(keys =>
        {
            var table = new Utf8IdTable();
            var expected = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                var text = Encoding.ASCII.GetString(key);
                var offered = (expected.Count * 3) + 1;
                var value = table.FindOrAdd(key, offered);
                if (expected.TryGetValue(text, out var known))
                {
                    value.Should().Be(known);
                }
                else
                {
                    value.Should().Be(offered);
                    expected.Add(text, offered);
                }
            }

            table.Count.Should().Be(expected.Count);
            foreach (var pair in expected)
            {
                table.Find(Encoding.ASCII.GetBytes(pair.Key)).Should().Be(pair.Value);
            }
        }, iter: 60);

    [Fact]
    public void The_pool_gives_the_same_index_with_any_hint_right_wrong_or_out_of_range() =>
        // A hint is the index guessed (it and the few either side of it are compared first); whatever it is — the id's own index,
        // the one before, an id of another length or one byte apart, -3, past the end — the answer is the id's index,
        // as without a hint, and an id seen for the first time is added once.
        Gen.Select(Gen.Byte[(byte)'a', (byte)'c'].Array[1, 4].Array[1, 300], Gen.Int[-3, 400].Array[300]).Sample((keys, hints) =>
        {
            var pool = new IdPool();
            var plain = new IdPool();
            for (var i = 0; i < keys.Length; i++)
            {
                var index = pool.IndexOf(keys[i], hints[i]);
                index.Should().Be(plain.IndexOf(keys[i]));
                pool[index].Should().Be(Encoding.ASCII.GetString(keys[i]));
            }
        }, iter: 200);

    [Fact]
    public void Keys_that_differ_only_in_length_or_in_one_byte_are_different()
    {
        var table = new Utf8IdTable();
        table.Add(Encoding.UTF8.GetBytes("m-0000017"), 1);
        table.Add(Encoding.UTF8.GetBytes("m-00000170"), 2);
        table.Add(Encoding.UTF8.GetBytes("支部"), 3);
        table.Add(ReadOnlySpan<byte>.Empty, 4);

        table.Find(Encoding.UTF8.GetBytes("m-0000017")).Should().Be(1);
        table.Find(Encoding.UTF8.GetBytes("m-00000170")).Should().Be(2);
        table.Find(Encoding.UTF8.GetBytes("支部")).Should().Be(3);
        table.Find(ReadOnlySpan<byte>.Empty).Should().Be(4);
        table.Find(Encoding.UTF8.GetBytes("m-0000018")).Should().Be(-1);
        table.Find(Encoding.UTF8.GetBytes("m-000001")).Should().Be(-1);
        table.Find(Encoding.UTF8.GetBytes("支")).Should().Be(-1);
    }

    [Fact]
    public void A_hundred_thousand_ids_are_all_found_after_the_table_grew()
    {
        var table = new Utf8IdTable();
        var ids = Enumerable.Range(0, 100_000).Select(i => Encoding.UTF8.GetBytes("m-" + i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        for (var i = 0; i < ids.Length; i++)
        {
            table.Add(ids[i], i);
        }

        Enumerable.Range(0, ids.Length).Where(i => table.Find(ids[i]) != i).Should().BeEmpty();
        table.Find(Encoding.UTF8.GetBytes("m-0100000")).Should().Be(-1);
    }
}
