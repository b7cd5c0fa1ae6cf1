using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using PartyOrg.Domain.Compliance;

namespace PartyOrg.Domain.Benchmarks;

/// <summary>The full audit (合规检查) of one year: every rule of the state-organs profile over every data set generated.</summary>
[Config(typeof(BenchConfig))]
public class AuditBenchmarks
{
    private ComplianceChecker checker = null!;
    private ComplianceInput input = null!;

    /// <summary>The size: small, city or province.</summary>
    [ParamsSource(nameof(Sizes))]
    public string Size { get; set; } = "small";

    /// <summary>The sizes (see <see cref="SyntheticData.Sizes"/>).</summary>
    public static IEnumerable<string> Sizes => SyntheticData.Sizes;

    /// <summary>Generates the data and builds the tree and input.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var document = SyntheticData.Get(Size);
        input = document.BuildInput(document.BuildTree());
        checker = new ComplianceChecker(ComplianceProfile.StateOrgans);
    }

    /// <summary>The full audit.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public ComplianceReport Audit() => checker.Check(input);
}
