using System;

namespace PartyOrg.Domain.Dues;

/// <summary>A computed monthly amount: the amount in yuan (rounded to 0.01) and the rate applied (null for fixed amounts).</summary>
public readonly struct DuesAmount : IEquatable<DuesAmount>
{
    /// <summary>Creates an amount.</summary>
    /// <param name="amount">The amount in yuan.</param>
    /// <param name="rate">The rate on the whole base, or null for a fixed amount.</param>
    public DuesAmount(decimal amount, decimal? rate)
    {
        Amount = amount;
        Rate = rate;
    }

    /// <summary>The amount in yuan, at most two decimal places.</summary>
    public decimal Amount { get; }

    /// <summary>The rate on the whole base; null for farmers and the flat categories.</summary>
    public decimal? Rate { get; }

    /// <inheritdoc />
    public bool Equals(DuesAmount other) => Amount == other.Amount && Rate == other.Rate;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DuesAmount a && Equals(a);

    /// <inheritdoc />
    public override int GetHashCode() => (Amount.GetHashCode() * 397) ^ Rate.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => DuesMoney.Format(Amount) + (Rate is { } r ? " (" + r.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")" : string.Empty);
}
