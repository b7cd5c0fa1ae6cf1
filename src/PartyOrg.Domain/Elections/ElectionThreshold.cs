using System;

namespace PartyOrg.Domain.Elections;

/// <summary>
/// 当选票数 — the winning threshold of a vote: more than half of the denominator (超过半数, strict), i.e.
/// <see cref="VotesNeeded"/> = the smallest whole number greater than <see cref="Denominator"/> / 2. The denominator
/// is the entitled voters under the 2020 rules and the voters present under the 1990 interim rules (§M7).
/// An immutable value.
/// </summary>
public sealed class ElectionThreshold : IEquatable<ElectionThreshold>
{
    /// <summary>Creates a threshold.</summary>
    /// <param name="entitled">应到会有选举权人数.</param>
    /// <param name="basis">What the denominator counts.</param>
    /// <param name="denominator">The number whose half must be exceeded.</param>
    public ElectionThreshold(int entitled, ThresholdBasis basis, int denominator)
    {
        Entitled = Internal.Guard.NotNegative(entitled, nameof(entitled));
        Basis = basis ?? throw new ArgumentNullException(nameof(basis));
        Denominator = Internal.Guard.NotNegative(denominator, nameof(denominator));
        VotesNeeded = (denominator / 2) + 1;
    }

    /// <summary>应到会有选举权人数 — the entitled voters.</summary>
    public int Entitled { get; }

    /// <summary>Whether the denominator is the entitled voters or those present.</summary>
    public ThresholdBasis Basis { get; }

    /// <summary>The number whose half must be exceeded.</summary>
    public int Denominator { get; }

    /// <summary>The smallest whole number of for-votes that wins: ⌊denominator / 2⌋ + 1.</summary>
    public int VotesNeeded { get; }

    /// <summary>Whether <paramref name="votesFor"/> exceeds half of the denominator (integer test: for × 2 &gt; denominator).</summary>
    /// <param name="votesFor">For-votes.</param>
    /// <returns>True when it wins.</returns>
    public bool IsMetBy(int votesFor) => (long)votesFor * 2 > Denominator;

    /// <inheritdoc />
    public bool Equals(ElectionThreshold? other) =>
        other is not null && Entitled == other.Entitled && Basis.Equals(other.Basis) && Denominator == other.Denominator;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ElectionThreshold t && Equals(t);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Entitled * 397) ^ Denominator ^ Basis.Value);

    /// <summary>"&gt; 40/2: ≥ 21".</summary>
    /// <returns>A summary.</returns>
    public override string ToString() => $"> {Denominator}/2: ≥ {VotesNeeded}";
}
