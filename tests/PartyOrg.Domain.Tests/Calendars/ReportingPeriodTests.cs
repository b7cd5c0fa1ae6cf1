using System;
using CsCheck;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Calendars;
using Xunit;

namespace PartyOrg.Domain.Tests.Calendars;

public class ReportingPeriodTests
{
    [Theory]
    [InlineData("2026-03", PeriodKind.Month, "2026-03-01", "2026-03-31")]
    [InlineData("2024-02", PeriodKind.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2026-Q1", PeriodKind.Quarter, "2026-01-01", "2026-03-31")]
    [InlineData("2026-Q4", PeriodKind.Quarter, "2026-10-01", "2026-12-31")]
    [InlineData("2026-H2", PeriodKind.HalfYear, "2026-07-01", "2026-12-31")]
    [InlineData("2026", PeriodKind.Year, "2026-01-01", "2026-12-31")]
    [InlineData("2026-03-01/2026-07-15", PeriodKind.Custom, "2026-03-01", "2026-07-15")]
    public void Parse_ContractForms_RoundTrip(string text, PeriodKind kind, string start, string end)
    {
        var p = ReportingPeriod.Parse(text);
        p.Kind.Should().Be(kind);
        p.Start.ToString("yyyy-MM-dd", null).Should().Be(start);
        p.End.ToString("yyyy-MM-dd", null).Should().Be(end);
        p.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-13")]
    [InlineData("2026-Q5")]
    [InlineData("2026-H3")]
    [InlineData("26")]
    [InlineData("2026-02-30/2026-03-01")]
    [InlineData("2026-03-02/2026-03-01")]
    public void TryParse_Invalid_ReturnsFalse(string text)
    {
        ReportingPeriod.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void IsClosedOn_LastDay_IsClosed()
    {
        var q1 = ReportingPeriod.Quarter(2026, 1);
        q1.IsClosedOn(new LocalDate(2026, 3, 30)).Should().BeFalse();
        q1.IsClosedOn(new LocalDate(2026, 3, 31)).Should().BeTrue();
    }

    [Fact]
    public void CompareTo_MonthBeforeItsQuarter()
    {
        ReportingPeriod.Month(2026, 1).CompareTo(ReportingPeriod.Quarter(2026, 1)).Should().BeNegative();
        ReportingPeriod.Quarter(2026, 1).CompareTo(ReportingPeriod.Month(2026, 2)).Should().BeNegative();
    }

    [Fact]
    public void Containing_AnyDate_ContainsItAndRoundTrips()
    {
        Gen.Int[1, 3000].Select(Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[0, 3])
            .Sample((y, m, d, k) =>
            {
                var date = new LocalDate(y, m, d);
                var period = ReportingPeriod.Containing((PeriodKind)k, date);
                return period.Contains(date)
                    && ReportingPeriod.Parse(period.ToString()).Equals(period)
                    && period.Next().Start == period.End.PlusDays(1);
            });
    }
}
