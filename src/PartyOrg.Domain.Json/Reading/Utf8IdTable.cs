using System;

namespace PartyOrg.Domain.Json.Reading;

/// <summary>
/// A map from the UTF-8 bytes of an id to a number, looked up without decoding the bytes to a string: open addressing
/// over one array of (hash, entry) pairs, the keys' bytes side by side in one arena, and a small direct-mapped cache of
/// the ids used last in front. A bulk section names the same few ids again and again (a branch's members in each of its
/// meetings), so most lookups are answered by the cache without touching the large table. The hash is randomized per
/// process where the platform offers it (<c>System.HashCode</c>), so crafted ids cannot make the probes collide on purpose.
/// </summary>
internal sealed class Utf8IdTable
{
    private const int CacheBits = 12;
    private const int CacheMask = (1 << CacheBits) - 1;

    private readonly int[] cache = new int[1 << CacheBits];
    private long[] slots = new long[64];
    private int[] starts = new int[32];
    private int[] values = new int[32];
    private byte[] arena = new byte[1024];
    private int count;

    /// <summary>The number of ids added.</summary>
    internal int Count => count;

    /// <summary>The number given for <paramref name="key"/>, or -1 when it was not added.</summary>
    internal int Find(ReadOnlySpan<byte> key)
    {
        var hash = Hash(key);
        var cached = cache[hash & CacheMask] - 1;
        if (cached >= 0 && Equals(cached, key))
        {
            return values[cached];
        }

        var mask = slots.Length - 1;
        var tag = (long)hash << 32;
        for (var s = hash & mask; ; s = (s + 1) & mask)
        {
            var slot = slots[s];
            if (slot == 0)
            {
                return -1;
            }

            if ((slot & unchecked((long)0xFFFFFFFF00000000)) == tag)
            {
                var entry = (int)(slot & 0xFFFFFFFF) - 1;
                if (Equals(entry, key))
                {
                    cache[hash & CacheMask] = entry + 1;
                    return values[entry];
                }
            }
        }
    }

    /// <summary>Adds <paramref name="key"/> (not added before: <see cref="Find"/> gave -1) with its number.</summary>
    internal void Add(ReadOnlySpan<byte> key, int value)
    {
        if ((count + 1) * 2 > slots.Length)
        {
            Grow();
        }

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
        var hash = Hash(key);
        Place(hash, count);
        cache[hash & CacheMask] = count + 1;
        count++;
    }

    private static int Hash(ReadOnlySpan<byte> key)
    {
#if NET6_0_OR_GREATER
        var h = default(HashCode);
        h.AddBytes(key);
        return h.ToHashCode() & 0x7FFFFFFF;
#else
        // FNV-1a, then a final mix.
        var h = 2166136261u;
        foreach (var b in key)
        {
            h = (h ^ b) * 16777619u;
        }

        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        return (int)(h & 0x7FFFFFFF);
#endif
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
}
