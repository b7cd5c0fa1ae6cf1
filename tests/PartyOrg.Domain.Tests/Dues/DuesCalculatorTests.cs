using System;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Dues;
using PartyOrg.Domain.Regulations;
using Xunit;

namespace PartyOrg.Domain.Tests.Dues;

/// <summary>The calculator: decimal, the rate on the whole base, inclusive upper bounds, dated rates, explicit rounding.</summary>
public sealed class DuesCalculatorTests
{
    private static readonly YearMonth March = new(2026, 3);
    private static readonly DuesCalculator Calc = DuesCalculator.Standard;

    [Theory]
    [InlineData("0.00", "0.00", "0.005")]
    [InlineData("2999.99", "15.00", "0.005")]
    [InlineData("3000.00", "15.00", "0.005")]
    [InlineData("3000.01", "30.00", "0.01")]
    [InlineData("4999.99", "50.00", "0.01")]
    [InlineData("5000.00", "50.00", "0.01")]
    [InlineData("5000.01", "75.00", "0.015")]
    [InlineData("6500.00", "97.50", "0.015")]
    [InlineData("9999.99", "150.00", "0.015")]
    [InlineData("10000.00", "150.00", "0.015")]
    [InlineData("10000.01", "200.00", "0.02")]
    [InlineData("25000.00", "500.00", "0.02")]
    public void SalaryBands_BothSidesOfEveryEdge_RateOnTheWholeBase(string monthlyBase, string amount, string rate)
    {
        foreach (var category in new[] { DuesCategory.Salaried, DuesCategory.AnnualSalary, DuesCategory.SelfEmployed })
        {
            var result = Calc.Compute(category, decimal.Parse(monthlyBase, System.Globalization.CultureInfo.InvariantCulture), March);
            DuesMoney.Format(result.Amount).Should().Be(amount, category.Name + " on " + monthlyBase);
            result.Rate.Should().Be(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void WholeBase_NotMarginal()
    {
        // Marginal would be 3000×0.5% + 2000×1% + 1500×1.5% = 57.50; the regulation applies 1.5 % to all 6,500.
        Calc.Compute(DuesCategory.Salaried, 6500m, March).Amount.Should().Be(97.50m);
    }

    [Theory]
    [InlineData("4999.99", "25.00", "0.005")]
    [InlineData("5000.00", "25.00", "0.005")]
    [InlineData("5000.01", "50.00", "0.01")]
    [InlineData("8000.00", "80.00", "0.01")]
    public void PensionBands_BothSidesOfTheEdge(string monthlyBase, string amount, string rate)
    {
        var result = Calc.Compute(DuesCategory.Retired, decimal.Parse(monthlyBase, System.Globalization.CultureInfo.InvariantCulture), March);
        DuesMoney.Format(result.Amount).Should().Be(amount);
        result.Rate.Should().Be(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void FlatCategories_PayTwentyFen_AndIgnoreTheBase()
    {
        foreach (var c in new[] { DuesCategory.Student, DuesCategory.Unemployed, DuesCategory.Relief, DuesCategory.MinimumLivingAllowance })
        {
            Calc.Compute(c, null, March).Should().Be(new DuesAmount(0.20m, null));
            Calc.Compute(c, 9000m, March).Amount.Should().Be(0.20m);
        }
    }

    [Fact]
    public void Farmer_PaysTheProvincialAmount()
    {
        Calc.Compute(DuesCategory.Farmer, 0.50m, March).Should().Be(new DuesAmount(0.50m, null));
    }

    [Theory]
    [InlineData("half-up", "12.51")]
    [InlineData("half-even", "12.50")]
    [InlineData("truncate", "12.50")]
    public void Rounding_IsExplicit(string mode, string expected)
    {
        // 2,501 × 0.5 % = 12.505 exactly: the midpoint.
        var calc = new DuesCalculator(DuesRateSchedule.Standard, DuesRounding.FromName(mode));
        DuesMoney.Format(calc.Compute(DuesCategory.Salaried, 2501m, March).Amount).Should().Be(expected);
    }

    [Fact]
    public void Truncate_DropsFractionsOfAFen()
    {
        var calc = new DuesCalculator(DuesRateSchedule.Standard, DuesRounding.Truncate);
        calc.Compute(DuesCategory.Salaried, 2999.99m, March).Amount.Should().Be(14.99m); // 14.99995
        DuesCalculator.Standard.Compute(DuesCategory.Salaried, 2999.99m, March).Amount.Should().Be(15.00m);
    }

    [Fact]
    public void RatesAreDated_NoneBeforeApril2008()
    {
        Calc.Compute(DuesCategory.Salaried, 6500m, new YearMonth(2008, 4)).Amount.Should().Be(97.50m);
        var act = () => Calc.Compute(DuesCategory.Salaried, 6500m, new YearMonth(2008, 3));
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*2008-03*2008-04*");
        DuesRateSchedule.Standard.For(new YearMonth(2008, 3)).Should().BeNull();
        DuesRateSchedule.Standard.For(new YearMonth(2030, 1))!.Source.Should().Be(Regulation.DuesRegulations);
    }

    [Fact]
    public void ALaterVersion_AppliesFromItsMonth()
    {
        var later = new DuesRateTable(new YearMonth(2030, 1), Regulation.DuesRegulations,
            new[] { new DuesRateBand(3000m, 0.01m), new DuesRateBand(null, 0.02m) }, new[] { new DuesRateBand(null, 0.01m) }, 0.50m, 0.20m, 1.00m, 1000m, 6);
        var calc = new DuesCalculator(new DuesRateSchedule(new[] { DuesRateTable.Regulations2008, later }), DuesRounding.HalfUp);
        calc.Compute(DuesCategory.Salaried, 3000m, new YearMonth(2029, 12)).Amount.Should().Be(15.00m);
        calc.Compute(DuesCategory.Salaried, 3000m, new YearMonth(2030, 1)).Amount.Should().Be(30.00m);
        calc.Compute(DuesCategory.Student, null, new YearMonth(2030, 1)).Amount.Should().Be(0.50m);
    }

    [Fact]
    public void BadInput_IsRejected()
    {
        ((Action)(() => Calc.Compute(DuesCategory.Salaried, null, March))).Should().Throw<ArgumentException>().WithMessage("*salaried needs a base*");
        ((Action)(() => Calc.Compute(DuesCategory.Retired, -1m, March))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*negative*");
        ((Action)(() => new DuesLedgerRow("m-1", March, 100.001m))).Should().Throw<ArgumentException>().WithMessage("*two decimal places*");
        ((Action)(() => new DuesLedgerRow("m-1", March, -5m))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => new DuesLedgerRow("m-1", March, 100m, 1m))).Should().Throw<ArgumentException>().WithMessage("*paidOn*");
        ((Action)(() => new DuesRateTable(March, Regulation.DuesRegulations, new[] { new DuesRateBand(5000m, 0.01m), new DuesRateBand(3000m, 0.01m), new DuesRateBand(null, 0.02m) },
            new[] { new DuesRateBand(null, 0.01m) }, 0.2m, 0.2m, 1m, 1000m, 6))).Should().Throw<ArgumentException>().WithMessage("*ascend*");
    }

    [Fact]
    public void DueBy_ByArrangement()
    {
        new DuesLedgerRow("m", new YearMonth(2026, 2), 1m).DueBy(6).Should().Be(new LocalDate(2026, 2, 28));
        new DuesLedgerRow("m", new YearMonth(2026, 2), 1m, arrangement: DuesArrangement.QuarterlyWithConsent).DueBy(6).Should().Be(new LocalDate(2026, 3, 31));
        new DuesLedgerRow("m", new YearMonth(2026, 11), 1m, arrangement: DuesArrangement.QuarterlyWithConsent).DueBy(6).Should().Be(new LocalDate(2026, 12, 31));
        new DuesLedgerRow("m", new YearMonth(2026, 8), 1m, arrangement: DuesArrangement.ArrearsWithConsent).DueBy(6).Should().Be(new LocalDate(2027, 2, 28));
    }
}
