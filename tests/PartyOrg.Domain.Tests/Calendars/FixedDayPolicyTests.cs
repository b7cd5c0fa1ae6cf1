using System;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Calendars;
using Xunit;

namespace PartyOrg.Domain.Tests.Calendars;

public sealed class FixedDayPolicyTests
{
    [Theory]
    [InlineData(2026, 5, 1)]
    [InlineData(2026, 11, 6)]
    [InlineData(2026, 2, 6)]
    public void FirstFriday_DateIn_IsFirstFriday(int y, int m, int d) =>
        FixedDayPolicy.FirstFriday.DateIn(y, m).Should().Be(new LocalDate(y, m, d));

    [Fact]
    public void DayOfMonth_31InFebruary_LastDay() =>
        FixedDayPolicy.DayOfMonth(31).DateIn(2026, 2).Should().Be(new LocalDate(2026, 2, 28));

    [Fact]
    public void NthWeekday_LastWednesday_And_FifthMissing()
    {
        FixedDayPolicy.NthWeekday(-1, IsoDayOfWeek.Wednesday).DateIn(2026, 9).Should().Be(new LocalDate(2026, 9, 30));
        FixedDayPolicy.NthWeekday(5, IsoDayOfWeek.Monday).DateIn(2026, 2).Should().Be(new LocalDate(2026, 2, 23));
        FixedDayPolicy.NthWeekday(3, IsoDayOfWeek.Tuesday).ToString().Should().Be("third Tuesday");
        FixedDayPolicy.DayOfMonth(15).ToString().Should().Be("day 15");
    }

    [Fact]
    public void Factories_OutOfRange_Throw()
    {
        ((Action)(() => FixedDayPolicy.DayOfMonth(0))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => FixedDayPolicy.NthWeekday(6, IsoDayOfWeek.Monday))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => FixedDayPolicy.NthWeekday(1, IsoDayOfWeek.None))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Equality_ByValue() =>
        FixedDayPolicy.NthWeekday(1, IsoDayOfWeek.Friday).Should().Be(FixedDayPolicy.FirstFriday);
}
