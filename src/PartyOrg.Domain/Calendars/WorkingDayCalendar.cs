using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace PartyOrg.Domain.Calendars;

/// <summary>
/// 工作日历 — an immutable <see cref="IWorkingDayCalendar"/> from data: the weekend days (Saturday and Sunday by
/// default), the holidays (放假日) and the adjusted working days (调休上班日, weekend days that are worked). An adjusted
/// working day wins over the weekend; a holiday wins over everything.
/// </summary>
/// <remarks>
/// <para>
/// The application supplies the data: the State Council publishes each year's arrangement late in the previous year
/// (国务院办公厅关于××年部分节假日安排的通知). <see cref="ChinaMainland2025And2026"/> holds the two published
/// arrangements for 2025 and 2026; for other years add the dates with <see cref="WithHolidays"/> and
/// <see cref="WithAdjustedWorkingDays"/>, or start from <see cref="WeekendsOnly"/>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var calendar = WorkingDayCalendar.ChinaMainland2025And2026
///     .WithHolidays(new[] { new LocalDate(2027, 1, 1) });
/// calendar.IsWorkingDay(new LocalDate(2026, 2, 14)); // true: a Saturday worked for the Spring Festival
/// </code>
/// </example>
public sealed class WorkingDayCalendar : IWorkingDayCalendar
{
    private readonly HashSet<LocalDate> holidays;
    private readonly HashSet<LocalDate> adjustedWorkingDays;
    private readonly IsoDayOfWeek[] weekend;

    /// <summary>Creates a calendar.</summary>
    /// <param name="holidays">Days off (holidays and the weekdays they swallow).</param>
    /// <param name="adjustedWorkingDays">Weekend days that are working days (调休上班).</param>
    /// <param name="weekend">The weekly rest days; Saturday and Sunday when null.</param>
    /// <exception cref="ArgumentException">A day is both a holiday and an adjusted working day, or a weekend day is listed twice.</exception>
    public WorkingDayCalendar(IEnumerable<LocalDate>? holidays = null, IEnumerable<LocalDate>? adjustedWorkingDays = null, IEnumerable<IsoDayOfWeek>? weekend = null)
    {
        this.holidays = new HashSet<LocalDate>(holidays ?? Array.Empty<LocalDate>());
        this.adjustedWorkingDays = new HashSet<LocalDate>(adjustedWorkingDays ?? Array.Empty<LocalDate>());
        var clash = this.holidays.Where(this.adjustedWorkingDays.Contains).OrderBy(d => d).ToArray();
        if (clash.Length > 0)
        {
            throw new ArgumentException($"{clash[0]:uuuu-MM-dd} is listed both as a holiday and as an adjusted working day.", nameof(adjustedWorkingDays));
        }

        this.weekend = (weekend ?? new[] { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday }).ToArray();
        if (this.weekend.Distinct().Count() != this.weekend.Length || this.weekend.Contains(IsoDayOfWeek.None))
        {
            throw new ArgumentException("The weekend lists a day twice or an invalid day.", nameof(weekend));
        }
    }

    /// <summary>Saturdays and Sundays are rest days; no holidays.</summary>
    public static WorkingDayCalendar WeekendsOnly { get; } = new();

    /// <summary>
    /// Mainland China 2025 and 2026, from the State Council General Office notices: 《国务院办公厅关于2025年部分节假日安排的通知》
    /// (国办发明电〔2024〕12号, 12 November 2024) and 《国务院办公厅关于2026年部分节假日安排的通知》 (4 November 2025), both
    /// published by Xinhua. Dates outside 2025–2026 follow the plain weekend.
    /// </summary>
    public static WorkingDayCalendar ChinaMainland2025And2026 { get; } = new(
        Days(
            (2025, 1, 1, 1), (2025, 1, 28, 8), (2025, 4, 4, 3), (2025, 5, 1, 5), (2025, 5, 31, 3), (2025, 10, 1, 8),
            (2026, 1, 1, 3), (2026, 2, 15, 9), (2026, 4, 4, 3), (2026, 5, 1, 5), (2026, 6, 19, 3), (2026, 9, 25, 3), (2026, 10, 1, 7)),
        Days(
            (2025, 1, 26, 1), (2025, 2, 8, 1), (2025, 4, 27, 1), (2025, 9, 28, 1), (2025, 10, 11, 1),
            (2026, 1, 4, 1), (2026, 2, 14, 1), (2026, 2, 28, 1), (2026, 5, 9, 1), (2026, 9, 20, 1), (2026, 10, 10, 1)));

    /// <summary>The holidays, in date order.</summary>
    public IReadOnlyList<LocalDate> Holidays => holidays.OrderBy(d => d).ToArray();

    /// <summary>The adjusted working days, in date order.</summary>
    public IReadOnlyList<LocalDate> AdjustedWorkingDays => adjustedWorkingDays.OrderBy(d => d).ToArray();

    /// <summary>The weekly rest days.</summary>
    public IReadOnlyList<IsoDayOfWeek> Weekend => Internal.ReadOnly.View(weekend, ref weekendView);

    private IReadOnlyList<IsoDayOfWeek>? weekendView;

    /// <inheritdoc />
    public bool IsWorkingDay(LocalDate date)
    {
        if (holidays.Contains(date))
        {
            return false;
        }

        return adjustedWorkingDays.Contains(date) || Array.IndexOf(weekend, date.DayOfWeek) < 0;
    }

    /// <summary>A copy with more holidays.</summary>
    /// <param name="days">The days off to add.</param>
    /// <returns>The new calendar.</returns>
    public WorkingDayCalendar WithHolidays(IEnumerable<LocalDate> days) =>
        new(holidays.Concat(days ?? throw new ArgumentNullException(nameof(days))), adjustedWorkingDays, weekend);

    /// <summary>A copy with more adjusted working days (调休上班).</summary>
    /// <param name="days">The weekend days worked.</param>
    /// <returns>The new calendar.</returns>
    public WorkingDayCalendar WithAdjustedWorkingDays(IEnumerable<LocalDate> days) =>
        new(holidays, adjustedWorkingDays.Concat(days ?? throw new ArgumentNullException(nameof(days))), weekend);

    private static IEnumerable<LocalDate> Days(params (int Year, int Month, int Day, int Count)[] runs)
    {
        foreach (var run in runs)
        {
            var start = new LocalDate(run.Year, run.Month, run.Day);
            for (var i = 0; i < run.Count; i++)
            {
                yield return start.PlusDays(i);
            }
        }
    }
}
