using System;
using NodaTime;

namespace PartyOrg.Domain.Organizations;

/// <summary>A period during which a member has no right to vote, elect or stand. An immutable value.</summary>
public sealed class RightsRestriction : IEquatable<RightsRestriction>
{
    /// <summary>Creates a restriction.</summary>
    /// <param name="kind">Party probation or suspension.</param>
    /// <param name="from">The first day.</param>
    /// <param name="until">The last day (inclusive), or null while it lasts.</param>
    /// <exception cref="ArgumentException"><paramref name="until"/> is before <paramref name="from"/>.</exception>
    public RightsRestriction(RestrictionKind kind, LocalDate from, LocalDate? until = null)
    {
        Kind = kind ?? throw new ArgumentNullException(nameof(kind));
        if (until is { } u && u < from)
        {
            throw new ArgumentException($"The restriction ends ({u:uuuu-MM-dd}) before it starts ({from:uuuu-MM-dd}).", nameof(until));
        }

        From = from;
        Until = until;
    }

    /// <summary>Party probation or suspension.</summary>
    public RestrictionKind Kind { get; }

    /// <summary>The first day.</summary>
    public LocalDate From { get; }

    /// <summary>The last day (inclusive), or null while it lasts.</summary>
    public LocalDate? Until { get; }

    /// <summary>Whether the restriction applies on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when From ≤ date ≤ Until.</returns>
    public bool IsActiveOn(LocalDate date) => date >= From && (Until is null || date <= Until.Value);

    /// <inheritdoc />
    public bool Equals(RightsRestriction? other) => other is not null && Kind.Equals(other.Kind) && From == other.From && Until == other.Until;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RightsRestriction r && Equals(r);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Kind.GetHashCode() * 397) ^ From.GetHashCode() ^ (Until?.GetHashCode() ?? 0));
}
