using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using NodaTime;
using PartyOrg.Domain.Dues;

namespace PartyOrg.Domain.Benchmarks;

/// <summary>
/// A year of dues (党费) for every member of the generated data (province: 2 million members × 12 months = 24 million
/// member-months): the calculator on each member-month, summed. The per-record columns divide by member-months; the
/// allocation column must read 0 (the calculator allocates nothing per member-month).
/// </summary>
[Config(typeof(BenchConfig))]
[PerMemberMonth]
public class DuesBenchmarks
{
    private DuesCategory[] categories = null!;
    private decimal[] bases = null!;
    private YearMonth[] months = null!;
    private DuesCalculator calculator = null!;

    /// <summary>The size: small, city or province.</summary>
    [ParamsSource(nameof(Sizes))]
    public string Size { get; set; } = "small";

    /// <summary>The sizes (see <see cref="SyntheticData.Sizes"/>).</summary>
    public static IEnumerable<string> Sizes => SyntheticData.Sizes;

    /// <summary>Each generated member gets a category (a tenth retired, one in fifty a student, the rest salaried) and a base of 2,000–17,000 yuan.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var members = SyntheticData.Get(Size).Members;
        categories = new DuesCategory[members.Count];
        bases = new decimal[members.Count];
        for (var i = 0; i < members.Count; i++)
        {
            categories[i] = i % 10 == 9 ? DuesCategory.Retired : i % 50 == 7 ? DuesCategory.Student : DuesCategory.Salaried;
            bases[i] = 2000m + ((i * 7919L) % 1_500_001L) / 100m;
        }

        months = new YearMonth[12];
        for (var m = 0; m < 12; m++)
        {
            months[m] = new YearMonth(2026, m + 1);
        }

        calculator = DuesCalculator.Standard;
    }

    /// <summary>A year of dues: 12 × members calls of <see cref="DuesCalculator.Compute(DuesCategory, decimal?, YearMonth)"/>.</summary>
    /// <returns>The total due (so the work is not optimized away).</returns>
    [Benchmark]
    public decimal YearOfDues()
    {
        var total = 0m;
        for (var m = 0; m < months.Length; m++)
        {
            var month = months[m];
            for (var i = 0; i < bases.Length; i++)
            {
                total += calculator.Compute(categories[i], bases[i], month).Amount;
            }
        }

        return total;
    }
}
