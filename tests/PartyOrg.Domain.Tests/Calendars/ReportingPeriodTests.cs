using System;
using CsCheck;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Calendars;
using Xunit;

namespace PartyOrg.Domain.Tests.Calendars;

public class ReportingPeriodTests
{
    /// <summary>The forms of <c>period</c> in the JSON contract: a year, a quarter, a month, or an ISO 8601 interval of dates.</summary>
    internal static readonly System.Text.RegularExpressions.Regex ContractForm =
        new(@"^(\d{4}|\d{4}-Q[1-4]|\d{4}-(0[1-9]|1[0-2])|\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2})$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    [Fact]
    public void HalfYear_ReadAsH1_WrittenAsItsInterval()
    {
        var p = ReportingPeriod.Parse("2026-H2");
        p.Kind.Should().Be(PeriodKind.HalfYear);
        p.Start.Should().Be(new LocalDate(2026, 7, 1));
        p.End.Should().Be(new LocalDate(2026, 12, 31));
        p.ToString().Should().Be("2026-07-01/2026-12-31");
        ReportingPeriod.HalfYear(2026, 1).ToString().Should().Be("2026-01-01/2026-06-30");
    }

    [Theory]
    [InlineData(PeriodKind.Month, "2026-03")]
    [InlineData(PeriodKind.Quarter, "2026-Q1")]
    [InlineData(PeriodKind.HalfYear, "2026-01-01/2026-06-30")]
    [InlineData(PeriodKind.Year, "2026")]
    public void ToString_EveryKind_IsAContractForm(PeriodKind kind, string expected)
    {
        var text = ReportingPeriod.Containing(kind, new LocalDate(2026, 3, 15)).ToString();
        text.Should().Be(expected);
        ContractForm.IsMatch(text).Should().BeTrue();
        ContractForm.IsMatch(ReportingPeriod.Custom(new LocalDate(2026, 3, 1), new LocalDate(2026, 8, 31)).ToString()).Should().BeTrue();
        ContractForm.IsMatch("2026-H1").Should().BeFalse();
    }

    [Theory]
    [InlineData("2026-03", PeriodKind.Month, "2026-03-01", "2026-03-31")]
    [InlineData("2024-02", PeriodKind.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2026-Q1", PeriodKind.Quarter, "2026-01-01", "2026-03-31")]
    [InlineData("2026-Q4", PeriodKind.Quarter, "2026-10-01", "2026-12-31")]
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
                var parsed = ReportingPeriod.Parse(period.ToString());
                return period.Contains(date)
                    && parsed.Start == period.Start && parsed.End == period.End
                    && ContractForm.IsMatch(period.ToString())
                    && period.Next().Start == period.End.PlusDays(1);
            });
    }

    /// <summary>The text of the NodaTime and number patterns (what ToString wrote before its digit-by-digit path).</summary>
    private static string PatternText(ReportingPeriod p)
    {
        var ci = System.Globalization.CultureInfo.InvariantCulture;
        return p.Kind switch
        {
            PeriodKind.Month => p.Start.ToString("uuuu'-'MM", ci),
            PeriodKind.Quarter => p.Start.Year.ToString("0000", ci) + "-Q" + (((p.Start.Month - 1) / 3) + 1).ToString(ci),
            PeriodKind.Year => p.Start.Year.ToString("0000", ci),
            _ => p.Start.ToString("uuuu'-'MM'-'dd", ci) + "/" + p.End.ToString("uuuu'-'MM'-'dd", ci),
        };
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(99)]
    [InlineData(100)]
    [InlineData(999)]
    [InlineData(1000)]
    [InlineData(2026)]
    [InlineData(9998)]
    [InlineData(0)]
    [InlineData(-1)]
    public void ToString_EveryKindAndMonth_ThePatternsText(int year)
    {
        for (var month = 1; month <= 12; month++)
        {
            var day = new LocalDate(year, month, month == 2 ? 28 : 30);
            foreach (var kind in new[] { PeriodKind.Month, PeriodKind.Quarter, PeriodKind.HalfYear, PeriodKind.Year })
            {
                var p = ReportingPeriod.Containing(kind, day);
                p.ToString().Should().Be(PatternText(p), $"{kind} of {day}");
            }

            var custom = ReportingPeriod.Custom(new LocalDate(year, month, 1), day.PlusDays(300));
            custom.ToString().Should().Be(PatternText(custom));
        }

        var last = ReportingPeriod.Custom(new LocalDate(9999, 1, 9), new LocalDate(9999, 12, 31));
        last.ToString().Should().Be("9999-01-09/9999-12-31");
        ReportingPeriod.Year(9999).ToString().Should().Be("9999");
    }

    [Fact]
    public void ToString_AnyPeriod_ThePatternsText()
    {
        Gen.Int[-50, 9998].Select(Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[0, 4])
            .Sample((y, m, d, k) =>
            {
                var date = new LocalDate(y, m, d);
                var period = k == 4 ? ReportingPeriod.Custom(date, date.PlusDays(d * 7)) : ReportingPeriod.Containing((PeriodKind)k, date);
                return period.ToString() == PatternText(period);
            });
    }
}
