using System.IO;
using FluentAssertions;
using PartyOrg.Domain.Tests.Json;
using PartyOrg.Domain.Tests.TestSupport;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

/// <summary>
/// Golden outputs of <c>partyorg check</c>: the JSON report on every example document, the sample organ and a generated
/// document must stay byte-identical unless a change means to alter them (then run with PARTYORG_ACCEPT_SNAPSHOTS=1,
/// review the diff of tests/PartyOrg.Domain.Tests/Cli/Golden and say why in CHANGELOG).
/// </summary>
public sealed class GoldenCheckTests
{
    public static TheoryData<string> Examples() => new() { "minimal", "sample-organ", "interchange", "exported-organ", "dues" };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Check_OnAnExample_IsByteIdenticalToTheGoldenReport(string example)
    {
        var path = RepoFiles.PathOf("docs", "examples", example + ".json");
        var (exit, output, error) = CliRunner.Run(string.Empty, "check", path, "--format", "json");
        error.Should().BeEmpty();
        exit.Should().BeInRange(0, 1, "a readable document gives 0 or 1");
        Snapshot.Verify(output, "tests", "PartyOrg.Domain.Tests", "Cli", "Golden", example + ".check.json");
    }

    [Fact]
    public void Check_OnTheSampleOrgan_IsByteIdenticalInJsonAndMarkdown()
    {
        var (sampleExit, sample, _) = CliRunner.Run(string.Empty, "sample");
        sampleExit.Should().Be(0);
        var (_, json, jsonError) = CliRunner.Run(sample, "check", "-", "--format", "json");
        jsonError.Should().BeEmpty();
        Snapshot.Verify(json, "tests", "PartyOrg.Domain.Tests", "Cli", "Golden", "sample.check.json");
        var (_, markdown, _) = CliRunner.Run(sample, "check", "-", "--format", "markdown", "--lang", "en");
        Snapshot.Verify(markdown, "tests", "PartyOrg.Domain.Tests", "Cli", "Golden", "sample.check.en.md");
    }

    [Fact]
    public void Check_OnAGeneratedDocument_IsByteIdenticalToTheGoldenReport()
    {
        var (generateExit, document, _) = CliRunner.Run(string.Empty, "generate", "--size", "small", "--seed", "20261130");
        generateExit.Should().Be(0);
        var (exit, output, error) = CliRunner.Run(document, "check", "-", "--as-of", "2026-11-30", "--format", "json");
        error.Should().BeEmpty();
        exit.Should().Be(1, "the generated organ carries deliberate error findings");
        Snapshot.Verify(output, "tests", "PartyOrg.Domain.Tests", "Cli", "Golden", "generated-small.check.json");
    }
}
