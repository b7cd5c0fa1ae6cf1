using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Dues;
using Xunit;

namespace PartyOrg.Domain.Tests.Dues;

/// <summary>Properties of the calculator over many bases: monotone in the base, never more than two decimals, every band edge.</summary>
public sealed class DuesPropertyTests
{
    private static readonly YearMonth Month = new(2026, 5);

    public static IEnumerable<object[]> Cases() =>
        from category in DuesCategory.List.Where(c => c.Basis is DuesBasis.Banded or DuesBasis.Pension).OrderBy(c => c.Value)
        from rounding in DuesRounding.List.OrderBy(r => r.Value)
        select new object[] { category.Name, rounding.Name };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Amount_IsMonotoneInTheBase_AndHasAtMostTwoDecimals(string categoryName, string roundingName)
    {
        var category = DuesCategory.FromName(categoryName);
        var calc = new DuesCalculator(DuesRateSchedule.Standard, DuesRounding.FromName(roundingName));
        var random = new Random(20260301);
        var bases = Enumerable.Range(0, 4000).Select(_ => Math.Round((decimal)random.Next(0, 3_000_000) / 100m, 2))
            .Concat(Edges(category).SelectMany(e => new[] { e - 0.01m, e, e + 0.01m }))
            .Where(b => b >= 0m)
            .OrderBy(b => b)
            .ToArray();
        var previous = -1m;
        foreach (var b in bases)
        {
            var amount = calc.Compute(category, b, Month).Amount;
            amount.Should().BeGreaterThanOrEqualTo(previous, $"{category.Name}: the amount on {b} must not be below that on a smaller base");
            Scale(amount).Should().BeLessThanOrEqualTo(2, $"{category.Name} on {b} gives {amount}");
            previous = amount;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryBandEdge_BelongsToTheLowerBand_AndOneFenMoreToTheNext(string categoryName, string roundingName)
    {
        var category = DuesCategory.FromName(categoryName);
        var calc = new DuesCalculator(DuesRateSchedule.Standard, DuesRounding.FromName(roundingName));
        var bands = category.Basis == DuesBasis.Banded ? DuesRateTable.Regulations2008.Banded : DuesRateTable.Regulations2008.Pension;
        for (var i = 0; i < bands.Count - 1; i++)
        {
            var edge = bands[i].UpperBound!.Value;
            calc.Compute(category, edge, Month).Rate.Should().Be(bands[i].Rate, "the upper bound is inclusive (含)");
            calc.Compute(category, edge - 0.01m, Month).Rate.Should().Be(bands[i].Rate);
            calc.Compute(category, edge + 0.01m, Month).Rate.Should().Be(bands[i + 1].Rate, "one fen above the bound is the next band");
        }
    }

    [Fact]
    public void EveryFlatAmount_HasTwoDecimalsAtMost()
    {
        foreach (var c in DuesCategory.List.Where(c => c.Basis == DuesBasis.Flat))
        {
            Scale(DuesCalculator.Standard.Compute(c, null, Month).Amount).Should().BeLessThanOrEqualTo(2);
        }
    }

    private static IEnumerable<decimal> Edges(DuesCategory category) =>
        (category.Basis == DuesBasis.Banded ? DuesRateTable.Regulations2008.Banded : DuesRateTable.Regulations2008.Pension)
            .Where(b => b.UpperBound is not null).Select(b => b.UpperBound!.Value);

    private static int Scale(decimal d) => (decimal.GetBits(d)[3] >> 16) & 0xFF;
}

/// <summary>No binary floating point on a money path: no public member of the dues types takes or returns double or float.</summary>
public sealed class DuesNoFloatTests
{
    [Fact]
    public void DuesNamespace_HasNoDoubleOrFloatInItsPublicSurface()
    {
        var floats = new[] { typeof(double), typeof(float), typeof(double?), typeof(float?) };
        var offending = typeof(DuesCalculator).Assembly.GetTypes()
            .Where(t => t.Namespace == "PartyOrg.Domain.Dues" && t.IsPublic)
            .SelectMany(t => t.GetMembers(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly)
                .Where(m => m switch
                {
                    System.Reflection.PropertyInfo p => floats.Contains(p.PropertyType),
                    System.Reflection.MethodInfo mi => floats.Contains(mi.ReturnType) || mi.GetParameters().Any(x => floats.Contains(x.ParameterType)),
                    System.Reflection.ConstructorInfo c => c.GetParameters().Any(x => floats.Contains(x.ParameterType)),
                    _ => false,
                })
                .Select(m => t.Name + "." + m.Name))
            .ToArray();
        offending.Should().BeEmpty();
        typeof(DuesCalculator).Assembly.GetTypes().Count(t => t.Namespace == "PartyOrg.Domain.Dues" && t.IsPublic).Should().BeGreaterThan(10);
    }
}
