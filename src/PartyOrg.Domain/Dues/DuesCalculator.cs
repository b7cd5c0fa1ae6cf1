using System;
using NodaTime;

namespace PartyOrg.Domain.Dues;

/// <summary>
/// 党费计算 — the monthly amount of one member: <c>decimal</c> throughout, the rate on the <b>whole</b> base (upper bounds
/// inclusive), the version of the rates in force for the month, rounded once to 0.01 yuan. Allocation-free.
/// </summary>
/// <example>
/// <code>
/// var calc = new DuesCalculator(DuesRateSchedule.Standard, DuesRounding.HalfUp);
/// calc.Compute(DuesCategory.Salaried, 6500m, new YearMonth(2026, 3)).Amount; // 97.50 (1.5 % of 6,500)
/// </code>
/// </example>
public sealed class DuesCalculator
{
    /// <summary>Creates a calculator.</summary>
    /// <param name="schedule">The dated rates.</param>
    /// <param name="rounding">The rounding to 0.01 yuan.</param>
    public DuesCalculator(DuesRateSchedule schedule, DuesRounding rounding)
    {
        Schedule = schedule ?? throw new ArgumentNullException(nameof(schedule));
        Rounding = rounding ?? throw new ArgumentNullException(nameof(rounding));
    }

    /// <summary>The national rates, rounded half-up.</summary>
    public static DuesCalculator Standard { get; } = new(DuesRateSchedule.Standard, DuesRounding.HalfUp);

    /// <summary>The dated rates.</summary>
    public DuesRateSchedule Schedule { get; }

    /// <summary>The rounding.</summary>
    public DuesRounding Rounding { get; }

    /// <summary>The amount due for one month before any hardship arrangement.</summary>
    /// <param name="category">The member's category that month.</param>
    /// <param name="monthlyBase">The base (ignored for the flat categories; required for the others).</param>
    /// <param name="month">The month.</param>
    /// <returns>The amount and rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No rates are in force for the month, or the base is negative.</exception>
    /// <exception cref="ArgumentException">The category needs a base and none is given, or it has more than two decimals.</exception>
    public DuesAmount Compute(DuesCategory category, decimal? monthlyBase, YearMonth month)
    {
        if (category is null)
        {
            throw new ArgumentNullException(nameof(category));
        }

        var table = Schedule.For(month)
            ?? throw new ArgumentOutOfRangeException(nameof(month), DuesMonths.Format(month),
                "no dues rates are in force for " + DuesMonths.Format(month) + "; the first version applies from " + DuesMonths.Format(Schedule.FirstMonth));
        return Compute(table, category, monthlyBase);
    }

    /// <summary>The amount due under a given version of the rates.</summary>
    /// <param name="table">The version.</param>
    /// <param name="category">The category.</param>
    /// <param name="monthlyBase">The base (ignored for the flat categories).</param>
    /// <returns>The amount and rate.</returns>
    public DuesAmount Compute(DuesRateTable table, DuesCategory category, decimal? monthlyBase)
    {
        if (table is null)
        {
            throw new ArgumentNullException(nameof(table));
        }

        switch (category.Basis)
        {
            case DuesBasis.Flat:
                return new DuesAmount(table.FlatAmount, null);
            case DuesBasis.ProvincialAmount:
                return new DuesAmount(Rounding.Round(RequireBase(category, monthlyBase)), null);
            default:
                var b = RequireBase(category, monthlyBase);
                var rate = table.RateFor(category.Basis, b);
                return new DuesAmount(Rounding.Round(b * rate), rate);
        }
    }

    private static decimal RequireBase(DuesCategory category, decimal? monthlyBase)
    {
        if (monthlyBase is not { } b)
        {
            throw new ArgumentException("the category " + category.Name + " needs a base", nameof(monthlyBase));
        }

        if (b < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(monthlyBase), b, "a base must not be negative");
        }

        return b;
    }
}
