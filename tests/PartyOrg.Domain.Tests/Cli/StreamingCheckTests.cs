using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using PartyOrg.Cli.Generation;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Tests.Json;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

/// <summary>The streaming loader on generated data: the findings of the in-process API, whatever the chunking.</summary>
public sealed class StreamingCheckTests
{
    private static readonly Lazy<(ComplianceInput Input, byte[] Json)> Small = new(() =>
    {
        var document = SyntheticOrgan.Generate(SyntheticSize.Parse("small"));
        var input = document.BuildInput(document.BuildTree());
        using var buffer = new MemoryStream();
        SyntheticJson.Write(input, buffer);
        return (input, buffer.ToArray());
    });

    [Fact]
    public void Load_GeneratedDocument_GivesTheFindingsOfTheInProcessApi()
    {
        var (input, json) = Small.Value;
        var checker = new ComplianceChecker(ComplianceProfile.StateOrgans);
        var inProcess = checker.Check(input);

        using var stream = new StreamingLoadTests.Trickle(json, 4093);
        var loaded = PartyOrgDocument.Load(stream);
        loaded.Problems.Should().BeEmpty();
        var streamed = checker.Check(loaded.Document!.ToComplianceInput(input.AsOf, input.Window));

        inProcess.Findings.Should().NotBeEmpty();
        streamed.Findings.Select(f => f.ToString()).Should().Equal(inProcess.Findings.Select(f => f.ToString()));
        streamed.Findings.Should().Equal(inProcess.Findings);
    }

    [Fact]
    public void Load_GeneratedDocument_OneByteAtATime_GivesTheSameDocument()
    {
        var json = Small.Value.Json;
        var whole = PartyOrgDocument.Load(json).Document!;
        using var stream = new StreamingLoadTests.Trickle(json, 1);
        var trickled = PartyOrgDocument.Load(stream).Document!;
        PartyOrgJson.Serialize(trickled.Contract).Should().Be(PartyOrgJson.Serialize(whole.Contract));
    }

}
