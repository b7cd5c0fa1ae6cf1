using System;
using System.Globalization;

namespace PartyOrg.Domain.Dues;

/// <summary>One band of a rate table: bases up to and including <see cref="UpperBound"/> pay <see cref="Rate"/> of the whole base.</summary>
public sealed class DuesRateBand
{
    /// <summary>Creates a band.</summary>
    /// <param name="upperBound">The inclusive upper bound of the base (含), or null for the open top band.</param>
    /// <param name="rate">The rate as a fraction (0.015 is 1.5 %).</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative bound, or a rate outside 0–1.</exception>
    public DuesRateBand(decimal? upperBound, decimal rate)
    {
        if (upperBound is < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(upperBound), upperBound, "a band's upper bound must not be negative");
        }

        if (rate < 0m || rate > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "a rate is a fraction between 0 and 1");
        }

        UpperBound = upperBound;
        Rate = rate;
    }

    /// <summary>The inclusive upper bound (含), or null for the top band.</summary>
    public decimal? UpperBound { get; }

    /// <summary>The rate on the whole base.</summary>
    public decimal Rate { get; }

    /// <inheritdoc />
    public override string ToString() =>
        (UpperBound is { } u ? "≤ " + u.ToString(CultureInfo.InvariantCulture) : "above") + ": " + Rate.ToString(CultureInfo.InvariantCulture);
}
