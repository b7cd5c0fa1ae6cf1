using System;
using NodaTime;

namespace PartyOrg.Domain.Calendars;

/// <summary>
/// 支持的日期范围 — the dates a record may carry: 1900-01-01 to 2199-12-31. Earlier or later dates are typing errors,
/// not records; the bound keeps every computed deadline (a term's expiry plus its grace periods, the next reporting
/// period) far from the limits of <see cref="LocalDate"/>. Records (meetings, terms, elections) refuse other dates.
/// </summary>
public static class SupportedDates
{
    /// <summary>The earliest supported date, 1900-01-01.</summary>
    public static LocalDate Earliest { get; } = new(1900, 1, 1);

    /// <summary>The latest supported date, 2199-12-31.</summary>
    public static LocalDate Latest { get; } = new(2199, 12, 31);

    /// <summary>Whether <paramref name="date"/> is between <see cref="Earliest"/> and <see cref="Latest"/> (inclusive).</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when supported.</returns>
    public static bool Contains(LocalDate date) => date >= Earliest && date <= Latest;

    /// <summary>Returns <paramref name="date"/> when supported.</summary>
    /// <param name="date">The date.</param>
    /// <param name="paramName">The parameter name for the exception.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is before 1900-01-01 or after 2199-12-31.</exception>
    public static LocalDate Check(LocalDate date, string paramName)
    {
        if (!Contains(date))
        {
            throw new ArgumentOutOfRangeException(paramName, date, "Expected a date between 1900-01-01 and 2199-12-31, not " + Format(date) + ".");
        }

        return date;
    }

    /// <summary>Formats a date as <c>uuuu-MM-dd</c> (invariant; the year is the absolute year, never an era year).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Format(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
}
