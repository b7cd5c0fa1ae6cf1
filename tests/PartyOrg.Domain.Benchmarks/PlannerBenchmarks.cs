using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using NodaTime;
using PartyOrg.Cli.Generation;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Benchmarks;

/// <summary>The meeting planner (会议计划): every obligation of every organization for one year.</summary>
[Config(typeof(BenchConfig))]
public class PlannerBenchmarks
{
    private OrganizationTree tree = null!;
    private MeetingPlanner planner = null!;
    private DateInterval year = null!;

    /// <summary>The size: small, city or province.</summary>
    [ParamsSource(nameof(Sizes))]
    public string Size { get; set; } = "small";

    /// <summary>The sizes (see <see cref="SyntheticData.Sizes"/>).</summary>
    public static IEnumerable<string> Sizes => SyntheticData.Sizes;

    /// <summary>Generates the data and builds the tree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        tree = SyntheticData.Get(Size).BuildTree();
        planner = ComplianceProfile.StateOrgans.MeetingPlanner();
        year = new DateInterval(new LocalDate(SyntheticOrgan.Year, 1, 1), new LocalDate(SyntheticOrgan.Year, 12, 31));
    }

    /// <summary>Plans the year.</summary>
    /// <returns>The obligations.</returns>
    [Benchmark]
    public IReadOnlyList<MeetingObligation> PlanYear() => planner.Plan(tree, year);
}
