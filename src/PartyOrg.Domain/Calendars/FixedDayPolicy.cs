using System;
using System.Globalization;
using NodaTime;

namespace PartyOrg.Domain.Calendars;

/// <summary>
/// 固定日 — the "relatively fixed day" (相对固定1天) of a monthly activity such as the 主题党日: a day of the month
/// ("the 15th") or the n-th weekday ("the first Friday", "the last Wednesday"). A holiday is moved to a working day by
/// the planner's <see cref="IWorkingDayCalendar"/>. An immutable value.
/// </summary>
/// <example>
/// <code>
/// FixedDayPolicy.FirstFriday.DateIn(2026, 5);          // 2026-05-01 (a holiday: the planner moves it)
/// FixedDayPolicy.DayOfMonth(15).DateIn(2026, 2);        // 2026-02-15
/// FixedDayPolicy.NthWeekday(-1, IsoDayOfWeek.Wednesday); // the last Wednesday
/// </code>
/// </example>
public sealed class FixedDayPolicy : IEquatable<FixedDayPolicy>
{
    private FixedDayPolicy(int day, int nth, IsoDayOfWeek weekday)
    {
        Day = day;
        Nth = nth;
        Weekday = weekday;
    }

    /// <summary>每月第一个星期五 — the first Friday of each month (a common local choice).</summary>
    public static FixedDayPolicy FirstFriday { get; } = new(0, 1, IsoDayOfWeek.Friday);

    /// <summary>The day of the month (1–31; a later day than the month has means its last day), or 0 for an n-th weekday policy.</summary>
    public int Day { get; }

    /// <summary>For an n-th weekday policy: 1–5, or −1 for the last; 0 for a day-of-month policy.</summary>
    public int Nth { get; }

    /// <summary>For an n-th weekday policy: the weekday; <see cref="IsoDayOfWeek.None"/> otherwise.</summary>
    public IsoDayOfWeek Weekday { get; }

    /// <summary>A fixed day of the month, e.g. the 15th (每月15日); 31 means the last day of every month.</summary>
    /// <param name="day">1 to 31.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not 1 to 31.</exception>
    public static FixedDayPolicy DayOfMonth(int day) =>
        day is >= 1 and <= 31 ? new FixedDayPolicy(day, 0, IsoDayOfWeek.None) : throw new ArgumentOutOfRangeException(nameof(day), day, "A day of the month is 1 to 31.");

    /// <summary>The n-th weekday of the month, e.g. the first Friday (每月第一个星期五) or, with −1, the last.</summary>
    /// <param name="nth">1 to 5 (a fifth weekday the month lacks means its last), or −1 for the last.</param>
    /// <param name="weekday">The weekday.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nth"/> or <paramref name="weekday"/> is out of range.</exception>
    public static FixedDayPolicy NthWeekday(int nth, IsoDayOfWeek weekday)
    {
        if (nth is not (>= 1 and <= 5 or -1))
        {
            throw new ArgumentOutOfRangeException(nameof(nth), nth, "The n-th weekday is 1 to 5, or -1 for the last.");
        }

        if (weekday == IsoDayOfWeek.None)
        {
            throw new ArgumentOutOfRangeException(nameof(weekday), weekday, "A weekday is Monday to Sunday.");
        }

        return new FixedDayPolicy(0, nth, weekday);
    }

    /// <summary>The policy's day in a month (before any working-day adjustment).</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The date.</returns>
    public LocalDate DateIn(int year, int month)
    {
        var first = new LocalDate(year, month, 1);
        var last = first.PlusMonths(1).PlusDays(-1);
        if (Nth == 0)
        {
            return Day >= last.Day ? last : new LocalDate(year, month, Day);
        }

        if (Nth == -1)
        {
            var back = ((int)last.DayOfWeek - (int)Weekday + 7) % 7;
            return last.PlusDays(-back);
        }

        var offset = ((int)Weekday - (int)first.DayOfWeek + 7) % 7;
        var date = first.PlusDays(offset + (7 * (Nth - 1)));
        return date > last ? date.PlusDays(-7) : date;
    }

    /// <inheritdoc />
    public bool Equals(FixedDayPolicy? other) => other is not null && Day == other.Day && Nth == other.Nth && Weekday == other.Weekday;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FixedDayPolicy p && Equals(p);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Day * 397) ^ (Nth * 31) ^ (int)Weekday);

    /// <summary>"day 15", "first Friday", "last Wednesday".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        if (Nth == 0)
        {
            return "day " + Day.ToString(CultureInfo.InvariantCulture);
        }

        var ordinal = Nth switch { -1 => "last", 1 => "first", 2 => "second", 3 => "third", 4 => "fourth", _ => "fifth" };
        return ordinal + " " + Weekday;
    }
}
