using System;
using System.IO;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

/// <summary>
/// The tool's runtime settings measured for large documents (docs/performance.md) are the ones it ships with: the
/// runtime configuration built beside the tool (and embedded in its Native AOT build) names them.
/// </summary>
public class RuntimeConfigurationTests
{
    [Fact]
    public void Collector_IsTheServerOne_WithFixedHeaps_NoBackgroundCollection_NoPinnedThreads()
    {
        var options = Options();

        options.GetProperty("System.GC.Server").GetBoolean().Should().BeTrue("a province's full collections then run on every core");
        options.GetProperty("System.GC.DynamicAdaptationMode").GetInt32().Should().Be(0, "DATAS would start from one heap");
        options.GetProperty("System.GC.HeapCount").GetInt32().Should().Be(4, "a large machine's run keeps a small one's memory");
        options.GetProperty("System.GC.NoAffinitize").GetBoolean().Should().BeTrue();
        options.GetProperty("System.GC.Concurrent").GetBoolean().Should().BeFalse();
        options.TryGetProperty("System.GC.ConserveMemory", out _).Should().BeFalse("left at its default (docs/performance.md)");
    }

    [Fact]
    public void DynamicPgo_IsOff()
    {
        Options().GetProperty("System.Runtime.TieredPGO").GetBoolean().Should().BeFalse();
    }

    private static JsonElement Options()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "PartyOrg.Cli.runtimeconfig.json");
        File.Exists(path).Should().BeTrue($"the tool's runtime configuration is copied beside the tests ({path})");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }
}
