using System;
using System.Collections.Generic;
using System.Text;

namespace PartyOrg.Domain.Meetings;

/// <summary>
/// The meetings' ids as UTF-8 bytes side by side in large chunks, not one string object each: a province's millions of
/// meeting ids cost their bytes and 12 bytes of position each, and the garbage collector sees a few arrays instead of
/// millions of strings. An id is made a string only when asked for (<see cref="StringAt"/>). Ids given as strings are kept
/// as their UTF-8 bytes; the rare string that UTF-8 cannot hold (an unpaired surrogate) is kept as given besides, and its
/// bytes encode the surrogate as three bytes (as WTF-8 does), which no valid UTF-8 id has — so equal bytes still mean
/// equal ids. Append-only, not thread-safe.
/// </summary>
internal sealed class Utf8IdColumn
{
    // Chunks of 1 MiB (the first grows from 256 bytes by doubling): no id spans two chunks, an id longer than a chunk
    // gets one of its own.
    private const int ChunkBytes = 1 << 20;
    private static readonly UTF8Encoding Strict = new(false, true);

    private readonly List<byte[]> chunks = new();
    private readonly ChunkedColumn<long> at = new();
    private readonly ChunkedColumn<int> lengths = new();
    private Dictionary<int, string>? unpaired;
    private int used;

    /// <summary>The number of ids.</summary>
    internal int Count => lengths.Count;

    /// <summary>Id <paramref name="index"/>'s bytes.</summary>
    internal ReadOnlySpan<byte> this[int index]
    {
        get
        {
            var position = at[index];
            return new ReadOnlySpan<byte>(chunks[(int)(position >> 32)], (int)position, lengths[index]);
        }
    }

    /// <summary>
    /// Checks that <paramref name="utf8"/> is an id as <see cref="Internal.Guard.Id"/> wants it (not empty, not blank, no
    /// leading or trailing white space) and valid UTF-8.
    /// </summary>
    /// <exception cref="ArgumentException">It is not.</exception>
    internal static void Check(ReadOnlySpan<byte> utf8, string name)
    {
        if (utf8.Length == 0)
        {
            throw new ArgumentException("Expected a non-empty value.", name);
        }

        foreach (var b in utf8)
        {
            if (b >= 0x80)
            {
                // Not all ASCII: decoded (strictly) and checked as a string.
                Internal.Guard.Id(Decode(utf8, name), name);
                return;
            }
        }

        if (char.IsWhiteSpace((char)utf8[0]) || char.IsWhiteSpace((char)utf8[utf8.Length - 1]))
        {
            Internal.Guard.Id(Decode(utf8, name), name);
        }
    }

    /// <summary>Adds an id given as UTF-8 (checked by <see cref="Check"/>).</summary>
    internal void Add(ReadOnlySpan<byte> utf8)
    {
        var (chunk, offset) = Reserve(utf8.Length);
        utf8.CopyTo(new Span<byte>(chunk, offset, utf8.Length));
    }

    /// <summary>Adds an id given as a string.</summary>
    internal void Add(string id)
    {
        if (HasSurrogate(id))
        {
            AddWithSurrogates(id);
            return;
        }

        var length = Encoding.UTF8.GetByteCount(id);
        var (chunk, offset) = Reserve(length);
        Encoding.UTF8.GetBytes(id, 0, id.Length, chunk, offset);
    }

    /// <summary>Id <paramref name="index"/> as a string (a new one each time).</summary>
    internal string StringAt(int index)
    {
        if (unpaired is not null && unpaired.TryGetValue(index, out var kept))
        {
            return kept;
        }

        var position = at[index];
        return Encoding.UTF8.GetString(chunks[(int)(position >> 32)], (int)position, lengths[index]);
    }

    /// <summary>
    /// Whether no id is there twice: in one pass when the ids come in strictly increasing order of their bytes (as
    /// numbered ids mostly do), otherwise with a hash table over the bytes.
    /// </summary>
    internal bool AllDistinct()
    {
        var n = Count;
        var increasing = true;
        for (var i = 1; i < n && increasing; i++)
        {
            increasing = this[i - 1].SequenceCompareTo(this[i]) < 0;
        }

        if (increasing)
        {
            return true;
        }

        // Open addressing over the ids' indices (+1; 0 is empty), the slots at least twice the ids.
        var size = 16;
        while (size < 2 * n)
        {
            size *= 2;
        }

        var slots = new int[size];
        var mask = size - 1;
        for (var i = 0; i < n; i++)
        {
            var id = this[i];
            for (var s = Hash(id) & mask; ; s = (s + 1) & mask)
            {
                if (slots[s] == 0)
                {
                    slots[s] = i + 1;
                    break;
                }

                if (this[slots[s] - 1].SequenceEqual(id))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static int Hash(ReadOnlySpan<byte> bytes)
    {
#if NET6_0_OR_GREATER
        // Seeded per process: crafted ids cannot make the probes collide on purpose.
        var hash = default(HashCode);
        hash.AddBytes(bytes);
        return hash.ToHashCode() & 0x7FFFFFFF;
#else
        var h = 2166136261u;
        foreach (var b in bytes)
        {
            h = (h ^ b) * 16777619u;
        }

        return (int)(h & 0x7FFFFFFF);
#endif
    }

    private static string Decode(ReadOnlySpan<byte> utf8, string name)
    {
        try
        {
#if NETSTANDARD2_0
            return Strict.GetString(utf8.ToArray());
#else
            return Strict.GetString(utf8);
#endif
        }
        catch (DecoderFallbackException)
        {
            throw new ArgumentException("The id is not valid UTF-8.", name);
        }
    }

    private static bool HasSurrogate(string id)
    {
        foreach (var c in id)
        {
            if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A string with surrogates: pairs as UTF-8, an unpaired one as three bytes; the string kept if it has one.</summary>
    private void AddWithSurrogates(string id)
    {
        var bytes = new List<byte>(id.Length * 3);
        var odd = false;
        for (var i = 0; i < id.Length; i++)
        {
            int code = id[i];
            if (char.IsHighSurrogate(id[i]) && i + 1 < id.Length && char.IsLowSurrogate(id[i + 1]))
            {
                code = char.ConvertToUtf32(id[i], id[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(id[i]))
            {
                odd = true;
            }

            if (code < 0x80)
            {
                bytes.Add((byte)code);
            }
            else if (code < 0x800)
            {
                bytes.Add((byte)(0xC0 | (code >> 6)));
                bytes.Add((byte)(0x80 | (code & 0x3F)));
            }
            else if (code < 0x10000)
            {
                bytes.Add((byte)(0xE0 | (code >> 12)));
                bytes.Add((byte)(0x80 | ((code >> 6) & 0x3F)));
                bytes.Add((byte)(0x80 | (code & 0x3F)));
            }
            else
            {
                bytes.Add((byte)(0xF0 | (code >> 18)));
                bytes.Add((byte)(0x80 | ((code >> 12) & 0x3F)));
                bytes.Add((byte)(0x80 | ((code >> 6) & 0x3F)));
                bytes.Add((byte)(0x80 | (code & 0x3F)));
            }
        }

        if (odd)
        {
            (unpaired ??= new Dictionary<int, string>())[Count] = id;
        }

        var array = bytes.ToArray();
        var (chunk, offset) = Reserve(array.Length);
        Array.Copy(array, 0, chunk, offset, array.Length);
    }

    /// <summary>Room for the next id's <paramref name="length"/> bytes, its position and length recorded.</summary>
    private (byte[] Chunk, int Offset) Reserve(int length)
    {
        if (chunks.Count == 0)
        {
            chunks.Add(new byte[Math.Max(256, length)]);
            used = 0;
        }

        var last = chunks[chunks.Count - 1];
        if (used + length > last.Length)
        {
            if (chunks.Count == 1 && last.Length < ChunkBytes)
            {
                // The first chunk doubles while small: a short log does not pay for a whole chunk.
                var grown = new byte[Math.Max(Math.Min(ChunkBytes, last.Length * 2), used + length)];
                Array.Copy(last, grown, used);
                chunks[0] = last = grown;
            }
            else
            {
                chunks.Add(last = new byte[Math.Max(ChunkBytes, length)]);
                used = 0;
            }
        }

        var offset = used;
        at.Add(((long)(chunks.Count - 1) << 32) | (uint)offset);
        lengths.Add(length);
        used += length;
        return (last, offset);
    }
}
