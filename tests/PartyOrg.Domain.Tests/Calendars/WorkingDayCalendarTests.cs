using System;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Calendars;
using Xunit;

namespace PartyOrg.Domain.Tests.Calendars;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.ChinaMainland2025And2026;

    [Theory]
    [InlineData(2026, 2, 14, true)]   // Saturday worked for the Spring Festival (调休上班)
    [InlineData(2026, 2, 16, false)]  // Spring Festival holiday, a Monday
    [InlineData(2026, 10, 1, false)]  // National Day
    [InlineData(2026, 10, 10, true)]  // Saturday worked
    [InlineData(2026, 11, 21, false)] // an ordinary Saturday
    [InlineData(2026, 11, 20, true)]  // an ordinary Friday
    [InlineData(2025, 1, 26, true)]   // Sunday worked before the 2025 Spring Festival
    [InlineData(2025, 10, 8, false)]  // 2025 National Day and Mid-Autumn, 8 days
    [InlineData(2025, 6, 2, false)]   // 2025 Dragon Boat Festival, a Monday
    public void IsWorkingDay_OfficialArrangement_MatchesNotice(int y, int m, int d, bool working) =>
        China.IsWorkingDay(new LocalDate(y, m, d)).Should().Be(working);

    [Fact]
    public void Holidays_2026SpringFestival_NineDays()
    {
        China.Holidays.Should().Contain(new LocalDate(2026, 2, 15)).And.Contain(new LocalDate(2026, 2, 23)).And.NotContain(new LocalDate(2026, 2, 24));
        China.AdjustedWorkingDays.Should().HaveCount(11);
    }

    [Fact]
    public void NextWorkingDay_FromHoliday_SkipsHolidayAndWeekend()
    {
        China.NextWorkingDay(new LocalDate(2026, 10, 1)).Should().Be(new LocalDate(2026, 10, 8));
        China.PreviousWorkingDay(new LocalDate(2026, 10, 4)).Should().Be(new LocalDate(2026, 9, 30));
    }

    [Fact]
    public void AdjustWithin_NoWorkingDayAfterInBounds_GoesBack()
    {
        var bounds = new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 31));
        WorkingDayCalendar.WeekendsOnly.AdjustWithin(new LocalDate(2026, 1, 31), bounds).Should().Be(new LocalDate(2026, 1, 30));
    }

    [Fact]
    public void Constructor_DayBothHolidayAndWorking_Throws()
    {
        var day = new LocalDate(2027, 1, 1);
        var act = () => new WorkingDayCalendar(new[] { day }, new[] { day });
        act.Should().Throw<ArgumentException>().WithMessage("*2027-01-01*");
    }

    [Fact]
    public void WithHolidays_AppSuppliedYear_Honoured()
    {
        var c = WorkingDayCalendar.WeekendsOnly.WithHolidays(new[] { new LocalDate(2027, 1, 1) }).WithAdjustedWorkingDays(new[] { new LocalDate(2027, 1, 2) });
        c.IsWorkingDay(new LocalDate(2027, 1, 1)).Should().BeFalse();
        c.IsWorkingDay(new LocalDate(2027, 1, 2)).Should().BeTrue();
    }

    [Fact]
    public void NextWorkingDay_NoWorkingDayAtAll_Throws()
    {
        var all = new WorkingDayCalendar(weekend: new[]
        {
            IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday,
            IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday,
        });
        var act = () => all.NextWorkingDay(new LocalDate(2026, 1, 1));
        act.Should().Throw<ArgumentException>();
    }
}
