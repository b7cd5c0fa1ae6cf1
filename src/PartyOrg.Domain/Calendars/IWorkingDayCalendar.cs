using System;
using NodaTime;

namespace PartyOrg.Domain.Calendars;

/// <summary>
/// 工作日历 — tells working days (工作日) from rest days: weekends, public holidays (法定节假日) and the weekend days
/// made working days by a holiday swap (调休上班). The library ships no clock and no live data: the application
/// supplies the calendar (see <see cref="WorkingDayCalendar"/>).
/// </summary>
public interface IWorkingDayCalendar
{
    /// <summary>Whether <paramref name="date"/> is a working day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True for a working day.</returns>
    bool IsWorkingDay(LocalDate date);
}

/// <summary>Moves dates to working days of an <see cref="IWorkingDayCalendar"/>.</summary>
public static class WorkingDayCalendarExtensions
{
    /// <summary>The longest run of rest days searched before giving up (a calendar with no working day is an error).</summary>
    private const int MaxSearchDays = 366;

    /// <summary>The first working day on or after <paramref name="date"/>.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="date">The date.</param>
    /// <returns>The working day.</returns>
    /// <exception cref="ArgumentException">No working day within a year (the calendar marks everything as rest).</exception>
    public static LocalDate NextWorkingDay(this IWorkingDayCalendar calendar, LocalDate date) => Step(calendar, date, 1);

    /// <summary>The last working day on or before <paramref name="date"/>.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="date">The date.</param>
    /// <returns>The working day.</returns>
    /// <exception cref="ArgumentException">No working day within a year.</exception>
    public static LocalDate PreviousWorkingDay(this IWorkingDayCalendar calendar, LocalDate date) => Step(calendar, date, -1);

    /// <summary>
    /// The working day nearest <paramref name="date"/> inside <paramref name="bounds"/>: the date itself when it is a working
    /// day, else the next working day in the bounds, else the previous one; the date itself when the bounds hold no working day.
    /// </summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="date">The preferred date (inside the bounds).</param>
    /// <param name="bounds">The range the result must stay in (e.g. the month of a 主题党日).</param>
    /// <returns>The adjusted date.</returns>
    public static LocalDate AdjustWithin(this IWorkingDayCalendar calendar, LocalDate date, DateInterval bounds)
    {
        if (calendar is null)
        {
            throw new ArgumentNullException(nameof(calendar));
        }

        if (bounds is null)
        {
            throw new ArgumentNullException(nameof(bounds));
        }

        for (var d = date; d <= bounds.End; d = d.PlusDays(1))
        {
            if (calendar.IsWorkingDay(d))
            {
                return d;
            }
        }

        for (var d = date.PlusDays(-1); d >= bounds.Start; d = d.PlusDays(-1))
        {
            if (calendar.IsWorkingDay(d))
            {
                return d;
            }
        }

        return date;
    }

    private static LocalDate Step(IWorkingDayCalendar calendar, LocalDate date, int step)
    {
        if (calendar is null)
        {
            throw new ArgumentNullException(nameof(calendar));
        }

        var d = date;
        for (var i = 0; i <= MaxSearchDays; i++)
        {
            if (calendar.IsWorkingDay(d))
            {
                return d;
            }

            d = d.PlusDays(step);
        }

        throw new ArgumentException($"The calendar has no working day within {MaxSearchDays} days of {date:uuuu-MM-dd}.", nameof(calendar));
    }
}
