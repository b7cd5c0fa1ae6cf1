using System.Globalization;
using BenchmarkDotNet.Attributes;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Benchmarks;

/// <summary>Loading (validating and building) and writing input documents of growing size: the cost should grow linearly.</summary>
[MemoryDiagnoser]
public class JsonLoadBenchmarks
{
    private byte[] document = System.Array.Empty<byte>();
    private ComplianceInput input = null!;

    /// <summary>The number of members (30 per branch).</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Members { get; set; }

    /// <summary>Builds the tree and its JSON once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var b = new OrganizationTreeBuilder();
        b.Add(new Organization("oc", OrganizationKind.OrganCommittee, "机关党委"));
        var branches = (Members / 30) + 1;
        for (var i = 0; i < branches; i++)
        {
            b.Add(new Organization("b-" + i.ToString(CultureInfo.InvariantCulture), OrganizationKind.Branch, "第" + i.ToString(CultureInfo.InvariantCulture) + "党支部", "oc"));
        }

        for (var m = 0; m < Members; m++)
        {
            b.Add(new Member("m-" + m.ToString(CultureInfo.InvariantCulture), "党员" + m.ToString(CultureInfo.InvariantCulture), MembershipStatus.Full,
                "b-" + (m % branches).ToString(CultureInfo.InvariantCulture), admittedOn: new LocalDate(2001, 7, 1), fullSince: new LocalDate(2002, 7, 1)));
        }

        input = new ComplianceInput(b.Build(), new LocalDate(2026, 11, 22));
        document = System.Text.Encoding.UTF8.GetBytes(PartyOrgDocumentWriter.Write(input));
    }

    /// <summary>Validates the whole document and builds the tree.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public LoadResult Load() => PartyOrgDocument.Load(document);

    /// <summary>Writes the input as a document.</summary>
    /// <returns>The JSON text.</returns>
    [Benchmark]
    public string Write() => PartyOrgDocumentWriter.Write(input);
}
