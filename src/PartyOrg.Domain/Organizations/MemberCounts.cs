using System;

namespace PartyOrg.Domain.Organizations;

/// <summary>Member counts: full (正式), probationary (预备) and total. An immutable value.</summary>
public readonly struct MemberCounts : IEquatable<MemberCounts>
{
    /// <summary>Creates counts.</summary>
    /// <param name="full">Full members.</param>
    /// <param name="probationary">Probationary members.</param>
    public MemberCounts(int full, int probationary)
    {
        Full = Internal.Guard.NotNegative(full, nameof(full));
        Probationary = Internal.Guard.NotNegative(probationary, nameof(probationary));
    }

    /// <summary>Full members (正式党员).</summary>
    public int Full { get; }

    /// <summary>Probationary members (预备党员).</summary>
    public int Probationary { get; }

    /// <summary>All members (党员).</summary>
    public int Total => Full + Probationary;

    /// <summary>The sum of two counts.</summary>
    /// <param name="a">A count.</param>
    /// <param name="b">Another count.</param>
    /// <returns>The sum.</returns>
    public static MemberCounts operator +(MemberCounts a, MemberCounts b) => new(a.Full + b.Full, a.Probationary + b.Probationary);

    /// <inheritdoc />
    public bool Equals(MemberCounts other) => Full == other.Full && Probationary == other.Probationary;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MemberCounts c && Equals(c);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Full * 397) ^ Probationary);

    /// <summary>"full + probationary".</summary>
    /// <returns>A summary.</returns>
    public override string ToString() => $"{Full} full + {Probationary} probationary";
}
