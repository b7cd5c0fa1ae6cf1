using System;

namespace PartyOrg.Cli.Generation;

/// <summary>
/// 确定性随机数 — a small seeded pseudo-random generator (SplitMix64) whose sequence is fixed for a seed on every
/// platform and .NET version, so synthetic data is reproducible byte for byte. Never reads the clock.
/// </summary>
public sealed class DeterministicRandom
{
    private ulong state;

    /// <summary>Creates a generator.</summary>
    /// <param name="seed">The seed.</param>
    public DeterministicRandom(long seed)
    {
        state = unchecked((ulong)seed ^ 0x9E3779B97F4A7C15UL);
    }

    /// <summary>The next 64 random bits.</summary>
    /// <returns>The bits.</returns>
    public ulong NextUInt64()
    {
        unchecked
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>A number in [0, <paramref name="maxExclusive"/>).</summary>
    /// <param name="maxExclusive">The exclusive upper bound (positive).</param>
    /// <returns>The number.</returns>
    public int Next(int maxExclusive)
    {
        if (maxExclusive <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxExclusive), maxExclusive, "expected a positive bound");
        }

        return (int)((NextUInt64() >> 33) % (ulong)maxExclusive);
    }

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>] (both included).</summary>
    /// <param name="min">The smallest value.</param>
    /// <param name="max">The largest value.</param>
    /// <returns>The number.</returns>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>A number in [0, 1).</summary>
    /// <returns>The number.</returns>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="p"/>.</summary>
    /// <param name="p">The probability.</param>
    /// <returns>The draw.</returns>
    public bool Chance(double p) => NextDouble() < p;
}
