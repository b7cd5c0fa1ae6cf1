using System;
using System.Globalization;
using NodaTime;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Terms;

/// <summary>
/// 党章规定的任期范围 — the range of term lengths the Party Constitution in force on a term's start allows for a body
///. Since the 2017 Constitution: basic committees, general branches and branches 3 to 5
/// years. Before it (the 2012 text and its predecessors): basic committees 3 to 5 years, general branches and
/// branches 2 or 3 years. An immutable value.
/// </summary>
public sealed class ConstitutionalTermRange
{
    private ConstitutionalTermRange(int minYears, int maxYears, Citation citation)
    {
        MinYears = minYears;
        MaxYears = maxYears;
        Citation = citation;
    }

    /// <summary>The shortest term allowed, in years (inclusive: 三年至五年 includes both ends).</summary>
    public int MinYears { get; }

    /// <summary>The longest term allowed, in years (inclusive).</summary>
    public int MaxYears { get; }

    /// <summary>The article of the Constitution version in force.</summary>
    public Citation Citation { get; }

    /// <summary>Whether <paramref name="years"/> is inside the range.</summary>
    /// <param name="years">A term length.</param>
    /// <returns>True when MinYears ≤ years ≤ MaxYears.</returns>
    public bool Contains(int years) => years >= MinYears && years <= MaxYears;

    /// <summary>The range for a body of <paramref name="kind"/> whose term starts on <paramref name="start"/>, or null for a kind without a term.</summary>
    /// <param name="kind">The organization kind.</param>
    /// <param name="start">The term's start (its election date).</param>
    /// <returns>The range, or null.</returns>
    public static ConstitutionalTermRange? For(OrganizationKind kind, LocalDate start)
    {
        if (kind is null)
        {
            throw new ArgumentNullException(nameof(kind));
        }

        if (!kind.HasTerm)
        {
            return null;
        }

        if (start >= Regulation.Constitution.InForceFrom)
        {
            return new ConstitutionalTermRange(3, 5, new Citation(Regulation.Constitution, 31));
        }

        if (start >= Regulation.Constitution2017.InForceFrom)
        {
            return new ConstitutionalTermRange(3, 5, new Citation(Regulation.Constitution2017, 31));
        }

        return kind.IsCommittee
            ? new ConstitutionalTermRange(3, 5, new Citation(Regulation.Constitution2012, 30, articleConfirmed: false))
            : new ConstitutionalTermRange(2, 3, new Citation(Regulation.Constitution2012, 30, articleConfirmed: false));
    }

    /// <summary>"3–5".</summary>
    /// <returns>The range.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0}–{1}", MinYears, MaxYears);
}
