using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using PartyOrg.Cli.Generation;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

/// <summary>The audit on several threads: the report of the single-threaded run, finding for finding and byte for byte.</summary>
public sealed class ParallelCheckTests
{
    private static readonly Lazy<(ComplianceInput Input, string Json)> Generated = new(() =>
    {
        var document = SyntheticOrgan.Generate(SyntheticSize.Parse("small"));
        var input = document.BuildInput(document.BuildTree());
        using var buffer = new MemoryStream();
        SyntheticJson.Write(input, buffer);
        return (input, System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    });

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(64)]
    public void Check_OnThreads_GivesTheSingleThreadedReport(int threads)
    {
        var input = Generated.Value.Input;
        var checker = new ComplianceChecker(ComplianceProfile.StateOrgans);
        var single = checker.Check(input);

        var parallel = checker.Check(input, threads);

        single.Findings.Select(f => f.RuleId).Distinct().Should().HaveCountGreaterThan(5, "the generated organ breaks many rules");
        parallel.Findings.Should().Equal(single.Findings);
        parallel.Findings.Select(f => f.ToString()).Should().Equal(single.Findings.Select(f => f.ToString()));
        PartyOrgJson.Serialize(ReportContracts.FromReport(parallel, "x")).Should().Be(PartyOrgJson.Serialize(ReportContracts.FromReport(single, "x")));
    }

    [Fact]
    public void Check_OneThread_IsTheSingleThreadedRun()
    {
        var input = Generated.Value.Input;
        var checker = new ComplianceChecker(ComplianceProfile.StateOrgans);

        checker.Check(input, 1).Findings.Should().Equal(checker.Check(input).Findings);
    }

    [Fact]
    public void Check_NoThread_IsRefused()
    {
        var checker = new ComplianceChecker(ComplianceProfile.StateOrgans);

        checker.Invoking(c => c.Check(Generated.Value.Input, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxThreads");
        checker.Invoking(c => c.Check(null!, 2)).Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("json")]
    [InlineData("ndjson")]
    public void CheckCommand_Threads_OutputIsByteForByteTheSame(string format)
    {
        var json = Generated.Value.Json;
        var (exit1, one, error1) = CliRunner.Run(json, "check", "-", "--format", format, "--threads", "1");
        var (exit4, four, error4) = CliRunner.Run(json, "check", "-", "--format", format, "--threads", "4");
        var (exitDefault, byDefault, _) = CliRunner.Run(json, "check", "-", "--format", format);

        error1.Should().BeEmpty();
        error4.Should().BeEmpty();
        exit1.Should().Be(1, "the generated organ has error findings");
        one.Length.Should().BeGreaterThan(10_000);
        (exit4, four).Should().Be((exit1, one));
        (exitDefault, byDefault).Should().Be((exit1, one));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1025")]
    [InlineData("two")]
    public void CheckCommand_BadThreads_IsAUsageError(string value)
    {
        var (exit, output, error) = CliRunner.Run(Generated.Value.Json, "check", "-", "--threads", value);

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("--threads must be a whole number from 1 to 1024");
    }

    [Fact]
    public void CheckCommand_ThreadsBoundary_1024_IsAccepted()
    {
        var (exit, _, error) = CliRunner.Run(Generated.Value.Json, "check", "-", "--format", "ndjson", "--threads", "1024");

        error.Should().BeEmpty();
        exit.Should().Be(1);
    }
}
