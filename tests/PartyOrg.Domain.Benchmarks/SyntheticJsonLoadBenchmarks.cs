using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using PartyOrg.Cli.Generation;
using PartyOrg.Domain.Json;

namespace PartyOrg.Domain.Benchmarks;

/// <summary>Loading (validating, building) the synthetic input document from JSON: the city document (with meetings, terms, elections).</summary>
[Config(typeof(BenchConfig))]
public class SyntheticJsonLoadBenchmarks
{
    private byte[] json = null!;

    /// <summary>The size: small or city (the province document is about 1.8 GB, beyond the loader's default limit; not benchmarked).</summary>
    [Params("small", "city")]
    public string Size { get; set; } = "city";

    /// <summary>Generates the document and writes it to memory.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var document = SyntheticData.Get(Size);
        var input = document.BuildInput(document.BuildTree());
        using var stream = new MemoryStream();
        SyntheticJson.Write(input, stream);
        json = stream.ToArray();
        SyntheticData.Remember(Size, "json-bytes", json.Length);
    }

    /// <summary>Loads it.</summary>
    /// <returns>The load result.</returns>
    [Benchmark]
    public LoadResult Load() => PartyOrgDocument.Load(json);
}
