using System;
using System.Globalization;
using NodaTime;
using PartyOrg.Domain.Calendars;

namespace PartyOrg.Domain.Meetings;

/// <summary>
/// 一般安排时段 — the months in which a meeting is held "as a rule" (一般), e.g. the 组织生活会 in the fourth quarter
/// (months 10–12). A soft preference: a meeting held in the period but outside the window meets the obligation and gives a
/// warning. An immutable value.
/// </summary>
public sealed class SchedulingWindow : IEquatable<SchedulingWindow>
{
    /// <summary>Creates a window of calendar months.</summary>
    /// <param name="firstMonth">The first month, 1 to 12.</param>
    /// <param name="lastMonth">The last month, <paramref name="firstMonth"/> to 12.</param>
    /// <exception cref="ArgumentOutOfRangeException">The months are out of range or reversed.</exception>
    public SchedulingWindow(int firstMonth, int lastMonth)
    {
        if (firstMonth is < 1 or > 12 || lastMonth < firstMonth || lastMonth > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(lastMonth), $"Months {firstMonth}–{lastMonth}: expected 1 ≤ first ≤ last ≤ 12.");
        }

        FirstMonth = firstMonth;
        LastMonth = lastMonth;
    }

    /// <summary>第四季度 — October to December.</summary>
    public static SchedulingWindow FourthQuarter { get; } = new(10, 12);

    /// <summary>The first month.</summary>
    public int FirstMonth { get; }

    /// <summary>The last month.</summary>
    public int LastMonth { get; }

    /// <summary>The part of <paramref name="period"/> inside the window (the months of the period's first year), or null when none.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The dates, or null.</returns>
    public DateInterval? Within(ReportingPeriod period)
    {
        var start = new LocalDate(period.Start.Year, FirstMonth, 1);
        var end = new LocalDate(period.Start.Year, LastMonth, CalendarSystem.Iso.GetDaysInMonth(period.Start.Year, LastMonth));
        if (start < period.Start)
        {
            start = period.Start;
        }

        if (end > period.End)
        {
            end = period.End;
        }

        return end < start ? null : new DateInterval(start, end);
    }

    /// <inheritdoc />
    public bool Equals(SchedulingWindow? other) => other is not null && FirstMonth == other.FirstMonth && LastMonth == other.LastMonth;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SchedulingWindow w && Equals(w);

    /// <inheritdoc />
    public override int GetHashCode() => (FirstMonth * 13) + LastMonth;

    /// <summary>"months 10–12".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "months {0}–{1}", FirstMonth, LastMonth);
}
