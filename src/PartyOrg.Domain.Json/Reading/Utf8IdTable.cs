using System;
using System.Runtime.InteropServices;

namespace PartyOrg.Domain.Json.Reading;

/// <summary>
/// A map from the UTF-8 bytes of an id to a number, looked up without decoding the bytes to a string: open addressing
/// over one array of (hash, entry) pairs, the keys' bytes side by side in one arena, and a small direct-mapped cache of
/// the ids used last in front. A bulk section names the same few ids again and again (a branch's members in each of its
/// meetings), so most lookups are answered by the cache without touching the large table. The cache keeps ids of up to 16
/// bytes as two words, so a hit compares two numbers. The hash is seeded per process where the platform offers it
/// (<c>System.HashCode</c>), so crafted ids cannot make the probes collide on purpose.
/// </summary>
internal sealed class Utf8IdTable
{
    private const int CacheBits = 12;
    private const int CacheMask = (1 << CacheBits) - 1;
    private const int Short = 16;

    private readonly CacheLine[] cache = new CacheLine[1 << CacheBits];
    private readonly ulong seed = Seed();
    private long[] slots = new long[64];
    private int[] starts = new int[32];
    private int[] values = new int[32];
    private byte[] arena = new byte[1024];
    private int count;

    /// <summary>The number of ids added.</summary>
    internal int Count => count;

    /// <summary>The number given for <paramref name="key"/>, or -1 when it was not added.</summary>
    internal int Find(ReadOnlySpan<byte> key) => Probe(key, out _, out _, out _, out _);

    /// <summary>
    /// The number given for <paramref name="key"/>; when it was not added, adds it with <paramref name="value"/> and
    /// gives that: <see cref="Find"/> then <see cref="Add"/> with one hash and one probe.
    /// </summary>
    internal int FindOrAdd(ReadOnlySpan<byte> key, int value)
    {
        if ((count + 1) * 2 > slots.Length)
        {
            Grow();
        }

        var found = Probe(key, out var a, out var b, out var hash, out var empty);
        if (found >= 0)
        {
            return found;
        }

        Store(key, value);
        slots[empty] = ((long)hash << 32) | (uint)(count + 1);
        cache[hash & CacheMask] = new CacheLine(a, b, key.Length + 1, count, value);
        count++;
        return value;
    }

    /// <summary>
    /// Fetches into the processor's cache the slot where <paramref name="key"/> is looked up first: a hint that changes
    /// nothing (a later <see cref="FindOrAdd"/> of the key then finds the slot at hand). Where the processor has no such
    /// instruction, nothing.
    /// </summary>
    internal unsafe void Prefetch(ReadOnlySpan<byte> key)
    {
#if NET
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            Words(key, out var a, out var b);
            var slot = Hash(key, a, b) & (slots.Length - 1);

            // The slot's address may be stale by the time it is fetched (the collector may move the array): a fetch of
            // any address is harmless.
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(System.Runtime.CompilerServices.Unsafe.AsPointer(ref slots[slot]));
        }
#endif
    }

    /// <summary>Whether entry <paramref name="entry"/> (the one added as the entry-th, from 0) exists and is <paramref name="key"/>.</summary>
    internal bool KeyIs(int entry, ReadOnlySpan<byte> key)
    {
        if ((uint)entry >= (uint)count)
        {
            return false;
        }

        // The last bytes first: ids tried as guesses are mostly neighbours (m-0000041 for m-0000042), which differ there.
        var start = starts[entry];
        var length = starts[entry + 1] - start;
        return length == key.Length && (length == 0 || arena[start + length - 1] == key[length - 1]) && arena.AsSpan(start, length).SequenceEqual(key);
    }

    /// <summary>Adds <paramref name="key"/> (not added before: <see cref="Find"/> gave -1) with its number.</summary>
    internal void Add(ReadOnlySpan<byte> key, int value) => FindOrAdd(key, value);

    /// <summary>
    /// The number of <paramref name="key"/> from the cache or the table, or -1 with <paramref name="empty"/> the slot where
    /// it would go; its words and hash for the caller that adds it.
    /// </summary>
    private int Probe(ReadOnlySpan<byte> key, out ulong a, out ulong b, out int hash, out int empty)
    {
        Words(key, out a, out b);
        hash = Hash(key, a, b);
        ref var line = ref cache[hash & CacheMask];
        empty = -1;
        if (line.Length == key.Length + 1 && line.A == a && line.B == b && (key.Length <= Short || Equals(line.Entry, key)))
        {
            return line.Value;
        }

        var mask = slots.Length - 1;
        var tag = (long)hash << 32;
        for (var s = hash & mask; ; s = (s + 1) & mask)
        {
            var slot = slots[s];
            if (slot == 0)
            {
                empty = s;
                return -1;
            }

            if ((slot & unchecked((long)0xFFFFFFFF00000000)) == tag)
            {
                var entry = (int)(slot & 0xFFFFFFFF) - 1;
                if (Equals(entry, key))
                {
                    line = new CacheLine(a, b, key.Length + 1, entry, values[entry]);
                    return values[entry];
                }
            }
        }
    }

    /// <summary>Keeps the bytes and the number of entry <see cref="count"/> (not yet counted or placed).</summary>
    private void Store(ReadOnlySpan<byte> key, int value)
    {
        if (count + 1 >= starts.Length)
        {
            Array.Resize(ref starts, starts.Length * 2);
            Array.Resize(ref values, starts.Length);
        }

        var start = starts[count];
        if (start + key.Length > arena.Length)
        {
            Array.Resize(ref arena, Math.Max(arena.Length * 2, start + key.Length));
        }

        key.CopyTo(arena.AsSpan(start));
        starts[count + 1] = start + key.Length;
        values[count] = value;
    }

    /// <summary>A key of up to 16 bytes as two words (with its length, they are the key); longer keys give zeros.</summary>
    private static void Words(ReadOnlySpan<byte> key, out ulong a, out ulong b)
    {
        if (key.Length > Short)
        {
            a = b = 0;
        }
        else if (key.Length >= 8)
        {
            // Two overlapping reads: with the length known, they hold every byte.
            a = MemoryMarshal.Read<ulong>(key);
            b = key.Length > 8 ? MemoryMarshal.Read<ulong>(key.Slice(key.Length - 8)) : 0;
        }
        else
        {
            a = 0;
            for (var i = 0; i < key.Length; i++)
            {
                a |= (ulong)key[i] << (8 * i);
            }

            b = 0;
        }
    }

    /// <summary>A different seed per process where the platform has one, so that crafted ids cannot collide on purpose.</summary>
    private static ulong Seed()
    {
#if NET6_0_OR_GREATER
        return ((ulong)(uint)HashCode.Combine(0x5EED) << 32) | (uint)HashCode.Combine(0x5EED, 1);
#else
        return 0x9E3779B97F4A7C15;
#endif
    }

    private int Hash(ReadOnlySpan<byte> key, ulong a, ulong b)
    {
        ulong h;
        if (key.Length <= Short)
        {
            h = Mix((a ^ seed) * 0x9E3779B97F4A7C15 ^ (b + (ulong)key.Length) * 0xC2B2AE3D27D4EB4F);
        }
        else
        {
            h = seed ^ (ulong)key.Length;
            var i = 0;
            for (; i + 8 <= key.Length; i += 8)
            {
                h = Mix(h ^ (MemoryMarshal.Read<ulong>(key.Slice(i)) * 0x9E3779B97F4A7C15));
            }

            for (; i < key.Length; i++)
            {
                h = Mix(h ^ (key[i] * 0xC2B2AE3D27D4EB4FUL));
            }
        }

        return (int)(h & 0x7FFFFFFF);
    }

    private static ulong Mix(ulong h)
    {
        h ^= h >> 29;
        h *= 0x165667B19E3779F9;
        h ^= h >> 32;
        return h;
    }

    private bool Equals(int entry, ReadOnlySpan<byte> key) =>
        arena.AsSpan(starts[entry], starts[entry + 1] - starts[entry]).SequenceEqual(key);

    private void Place(int hash, int entry)
    {
        var mask = slots.Length - 1;
        var s = hash & mask;
        while (slots[s] != 0)
        {
            s = (s + 1) & mask;
        }

        slots[s] = ((long)hash << 32) | (uint)(entry + 1);
    }

    private void Grow()
    {
        var old = slots;
        slots = new long[old.Length * 2];
        foreach (var slot in old)
        {
            if (slot != 0)
            {
                Place((int)(slot >> 32), (int)(slot & 0xFFFFFFFF) - 1);
            }
        }
    }

    /// <summary>An id used lately: its words and length (0: none), its entry and its number.</summary>
    private readonly struct CacheLine
    {
        internal readonly ulong A;
        internal readonly ulong B;
        internal readonly int Length;
        internal readonly int Entry;
        internal readonly int Value;

        internal CacheLine(ulong a, ulong b, int length, int entry, int value)
        {
            A = a;
            B = b;
            Length = length;
            Entry = entry;
            Value = value;
        }
    }
}
