using System;
using NodaTime;

namespace PartyOrg.Domain.Terms;

/// <summary>
/// 任期 — one term of an elected body: it starts on the election date and lasts <see cref="Years"/> years (or, when
/// not recorded, the length the <see cref="TermPolicy"/> gives for the body's kind and the rules in force at the
/// start). An optional <see cref="Adjustment"/> postpones or advances the next election. An immutable value.
/// </summary>
public sealed class Term : IEquatable<Term>
{
    /// <summary>Creates a term.</summary>
    /// <param name="organizationId">The elected body (committee, general branch or branch).</param>
    /// <param name="start">The election date that began the term.</param>
    /// <param name="years">The nominal length, or null to take it from the policy.</param>
    /// <param name="adjustment">A postponement or advance of the next election, or null.</param>
    /// <exception cref="ArgumentException">The id is blank; <paramref name="start"/> is outside 1900–2199
    /// (<see cref="Calendars.SupportedDates"/>); <paramref name="years"/> is not between 1 and <see cref="MaxYears"/>;
    /// the adjustment's date is not after the start.</exception>
    public Term(string organizationId, LocalDate start, int? years = null, TermAdjustment? adjustment = null)
    {
        OrganizationId = Internal.Guard.Id(organizationId, nameof(organizationId));
        Start = Calendars.SupportedDates.Check(start, nameof(start));
        if (years is { } y && (y <= 0 || y > MaxYears))
        {
            throw new ArgumentOutOfRangeException(nameof(years), y, $"Term of \"{organizationId}\" starting {start:uuuu-MM-dd}: years must be between 1 and {MaxYears}.");
        }

        Years = years;
        if (adjustment is not null && adjustment.Until <= start)
        {
            throw new ArgumentException($"Term of \"{organizationId}\" starting {start:uuuu-MM-dd}: the adjusted election date {adjustment.Until:uuuu-MM-dd} must be after the start.", nameof(adjustment));
        }

        Adjustment = adjustment;
    }

    /// <summary>
    /// The longest recorded term accepted: 10 years, twice the longest the Constitution allows (5 years, see
    /// <see cref="ConstitutionalTermRange"/>), so that a recorded 6 to 10 years is still reported by
    /// the constitutional-range check while every computed expiry stays within a few years of <see cref="Calendars.SupportedDates.Latest"/>.
    /// </summary>
    public const int MaxYears = 10;

    /// <summary>The elected body.</summary>
    public string OrganizationId { get; }

    /// <summary>The election date that began the term.</summary>
    public LocalDate Start { get; }

    /// <summary>The recorded nominal length in years, or null (the policy decides).</summary>
    public int? Years { get; }

    /// <summary>A postponement or advance of the next election, or null.</summary>
    public TermAdjustment? Adjustment { get; }

    /// <summary>The expiry of a term of <paramref name="years"/> years: <see cref="Start"/> plus that many years.</summary>
    /// <param name="years">The length.</param>
    /// <returns>The expiry date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is not between 0 and <see cref="MaxYears"/>.</exception>
    public LocalDate ExpiryAfter(int years) => years is >= 0 and <= MaxYears
        ? Start.PlusYears(years)
        : throw new ArgumentOutOfRangeException(nameof(years), years, $"Expected 0 to {MaxYears} years.");

    /// <summary>A copy with an adjustment.</summary>
    /// <param name="adjustment">The adjustment, or null.</param>
    /// <returns>The copy.</returns>
    public Term WithAdjustment(TermAdjustment? adjustment) => new(OrganizationId, Start, Years, adjustment);

    /// <summary>A copy with a recorded length.</summary>
    /// <param name="years">The length, or null.</param>
    /// <returns>The copy.</returns>
    public Term WithYears(int? years) => new(OrganizationId, Start, years, Adjustment);

    /// <inheritdoc />
    public bool Equals(Term? other) =>
        other is not null && OrganizationId == other.OrganizationId && Start == other.Start && Years == other.Years && Equals(Adjustment, other.Adjustment);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Term t && Equals(t);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(OrganizationId) * 397) ^ Start.GetHashCode());

    /// <summary>"organization from start (years)".</summary>
    /// <returns>A summary.</returns>
    public override string ToString() => $"{OrganizationId} from {Start:uuuu-MM-dd}" + (Years is { } y ? $" ({y} years)" : string.Empty);
}
