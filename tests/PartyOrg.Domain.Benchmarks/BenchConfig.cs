using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace PartyOrg.Domain.Benchmarks;

/// <summary>
/// The configuration every benchmark here uses: allocated bytes (MemoryDiagnoser) and the per-record columns.
/// Jobs come from the command line (<c>--job short</c>, <c>--job dry</c>, <c>--inProcess</c>) or BenchmarkDotNet's default.
/// </summary>
public sealed class BenchConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public BenchConfig()
    {
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new RecordsColumn(), new PerRecordColumn(bytes: false), new PerRecordColumn(bytes: true));
    }
}
