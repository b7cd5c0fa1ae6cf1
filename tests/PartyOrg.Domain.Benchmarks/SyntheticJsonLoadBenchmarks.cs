using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using PartyOrg.Cli.Generation;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;

namespace PartyOrg.Domain.Benchmarks;

/// <summary>
/// The JSON door in process, load and audit apart: loading (streaming read, validating, building) the synthetic input
/// document, and the full audit of the document as loaded. Whole-process figures (province included) come from
/// <c>run-door.sh</c> (docs/performance.md).
/// </summary>
[Config(typeof(BenchConfig))]
public class SyntheticJsonLoadBenchmarks
{
    private byte[] json = null!;
    private ComplianceInput loaded = null!;
    private ComplianceChecker checker = null!;

    /// <summary>The size: small or city (the province document, about 1.9 GB, is measured whole-process by run-door.sh).</summary>
    [Params("small", "city")]
    public string Size { get; set; } = "city";

    /// <summary>Generates the document, writes it to memory and loads it once (for the audit).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var document = SyntheticData.Get(Size);
        var input = document.BuildInput(document.BuildTree());
        using var stream = new MemoryStream();
        SyntheticJson.Write(input, stream);
        json = stream.ToArray();
        SyntheticData.Remember(Size, "json-bytes", json.Length);
        var doc = PartyOrgDocument.Load(json).GetDocumentOrThrow();
        loaded = doc.ToComplianceInput(input.AsOf, input.Window);
        checker = new ComplianceChecker(ComplianceProfile.StateOrgans);
    }

    /// <summary>Loads it (from a stream, as a file or standard input is read).</summary>
    /// <returns>The load result.</returns>
    [Benchmark]
    public LoadResult Load()
    {
        using var stream = new MemoryStream(json, false);
        return PartyOrgDocument.Load(stream);
    }

    /// <summary>The full audit of the document as loaded.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public ComplianceReport AuditLoaded() => checker.Check(loaded);
}
