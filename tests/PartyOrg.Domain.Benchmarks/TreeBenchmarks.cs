using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using PartyOrg.Cli.Generation;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Benchmarks;

/// <summary>Validating and building the organization tree (组织体系) from organizations, members and posts.</summary>
[Config(typeof(BenchConfig))]
[PerMember]
public class TreeBenchmarks
{
    private SyntheticDocument document = null!;

    /// <summary>The size: small, city or province.</summary>
    [ParamsSource(nameof(Sizes))]
    public string Size { get; set; } = "small";

    /// <summary>The sizes (see <see cref="SyntheticData.Sizes"/>).</summary>
    public static IEnumerable<string> Sizes => SyntheticData.Sizes;

    /// <summary>Generates the data.</summary>
    [GlobalSetup]
    public void Setup() => document = SyntheticData.Get(Size);

    /// <summary>Validate and build.</summary>
    /// <returns>The tree.</returns>
    [Benchmark]
    public OrganizationTree BuildTree() => document.BuildTree();
}
