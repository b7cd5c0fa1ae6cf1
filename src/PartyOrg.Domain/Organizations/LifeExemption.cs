using System;
using NodaTime;

namespace PartyOrg.Domain.Organizations;

/// <summary>
/// A period in which organisational life and study are not required of a member (教育管理条例 Art. 23 ¶2): the member
/// is not judged by the six-month lapse check in any month the period touches. An immutable value.
/// </summary>
public sealed class LifeExemption : IEquatable<LifeExemption>
{
    /// <summary>Creates an exemption.</summary>
    /// <param name="reason">Why life is not required.</param>
    /// <param name="from">The first day.</param>
    /// <param name="until">The last day (inclusive), or null while it lasts.</param>
    /// <exception cref="ArgumentException"><paramref name="until"/> is before <paramref name="from"/>.</exception>
    public LifeExemption(LifeExemptionReason reason, LocalDate from, LocalDate? until = null)
    {
        Reason = reason ?? throw new ArgumentNullException(nameof(reason));
        if (until is { } u && u < from)
        {
            throw new ArgumentException($"The exemption ends ({u:uuuu-MM-dd}) before it starts ({from:uuuu-MM-dd}).", nameof(until));
        }

        From = from;
        Until = until;
    }

    /// <summary>Why life is not required.</summary>
    public LifeExemptionReason Reason { get; }

    /// <summary>The first day.</summary>
    public LocalDate From { get; }

    /// <summary>The last day (inclusive), or null while it lasts.</summary>
    public LocalDate? Until { get; }

    /// <summary>Whether the exemption covers at least one day of the range <paramref name="start"/>..<paramref name="end"/> (inclusive).</summary>
    /// <param name="start">The first day of the range.</param>
    /// <param name="end">The last day of the range.</param>
    /// <returns>True when the two overlap.</returns>
    public bool Overlaps(LocalDate start, LocalDate end) => From <= end && (Until is null || Until.Value >= start);

    /// <inheritdoc />
    public bool Equals(LifeExemption? other) => other is not null && Reason.Equals(other.Reason) && From == other.From && Until == other.Until;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LifeExemption e && Equals(e);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Reason.GetHashCode() * 397) ^ From.GetHashCode() ^ (Until?.GetHashCode() ?? 0));
}
