using BenchmarkDotNet.Attributes;
using PartyOrg.Cli.Generation;
using PartyOrg.Domain.Elections;

namespace PartyOrg.Domain.Benchmarks;

/// <summary>The tally (计票) of one large election: 2,000 entitled voters, 30 candidates for 25 seats.</summary>
[Config(typeof(BenchConfig))]
[FixedRecords(2000)]
public class ElectionTallyBenchmarks
{
    private ElectionInput input = null!;

    /// <summary>Builds the election.</summary>
    [GlobalSetup]
    public void Setup() => input = SyntheticOrgan.LargeElection(entitled: 2000, candidates: 30);

    /// <summary>Tallies it.</summary>
    /// <returns>The outcome.</returns>
    [Benchmark]
    public ElectionOutcome Tally() => ElectionTally.Tally(input);
}
