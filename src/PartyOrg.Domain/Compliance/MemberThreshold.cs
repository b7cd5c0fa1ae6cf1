using System;
using System.Globalization;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// 人数门槛 — a member-count threshold with its bound semantics: inclusive ("以上", ≥ n) or exclusive ("超过", &gt; n).
/// The organ thresholds are inclusive ("50人以上" ≥ 50); the handbook thresholds for other units are exclusive
/// ("超过50名" &gt; 50). An immutable value.
/// </summary>
public readonly struct MemberThreshold : IEquatable<MemberThreshold>
{
    /// <summary>Creates a threshold.</summary>
    /// <param name="count">The number in the text (e.g. 50).</param>
    /// <param name="inclusive">True for "以上/不少于" (≥), false for "超过/多于" (&gt;).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public MemberThreshold(int count, bool inclusive)
    {
        Count = Internal.Guard.NotNegative(count, nameof(count));
        Inclusive = inclusive;
    }

    /// <summary>The number in the text.</summary>
    public int Count { get; }

    /// <summary>True when the number itself meets the threshold (以上, ≥); false when it must be exceeded (超过, &gt;).</summary>
    public bool Inclusive { get; }

    /// <summary>The least count that meets the threshold.</summary>
    public int LeastMeeting => Inclusive ? Count : Count + 1;

    /// <summary>"≥ n" (以上) or "&gt; n" (超过).</summary>
    /// <param name="count">The count.</param>
    /// <returns>True when <paramref name="count"/> meets the threshold.</returns>
    public bool IsMetBy(int count) => count >= LeastMeeting;

    /// <summary>An inclusive threshold ("n人以上", ≥ n).</summary>
    /// <param name="count">The number.</param>
    /// <returns>The threshold.</returns>
    public static MemberThreshold AtLeast(int count) => new(count, true);

    /// <summary>An exclusive threshold ("超过n人", &gt; n).</summary>
    /// <param name="count">The number.</param>
    /// <returns>The threshold.</returns>
    public static MemberThreshold MoreThan(int count) => new(count, false);

    /// <inheritdoc />
    public bool Equals(MemberThreshold other) => Count == other.Count && Inclusive == other.Inclusive;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MemberThreshold t && Equals(t);

    /// <inheritdoc />
    public override int GetHashCode() => (Count * 2) + (Inclusive ? 1 : 0);

    /// <summary>"≥ 50" or "&gt; 50".</summary>
    /// <returns>The bound as text.</returns>
    public override string ToString() => (Inclusive ? "≥ " : "> ") + Count.ToString(CultureInfo.InvariantCulture);
}
