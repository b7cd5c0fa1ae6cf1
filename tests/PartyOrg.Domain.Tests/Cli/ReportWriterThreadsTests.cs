using System;
using System.Linq;
using FluentAssertions;
using PartyOrg.Cli.Generation;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Tests.Json;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

/// <summary>The report of a generated organ (dozens of findings of many rules) formatted on several threads: the single-threaded bytes.</summary>
public sealed class ReportWriterThreadsTests
{
    private static readonly Lazy<ComplianceReport> Generated = new(() =>
    {
        var document = SyntheticOrgan.Generate(SyntheticSize.Parse("small"));
        var input = document.BuildInput(document.BuildTree());
        return new ComplianceChecker(ComplianceProfile.StateOrgans).Check(input, 2);
    });

    [Theory]
    [InlineData(2, 1)]
    [InlineData(2, 4)]
    [InlineData(3, 5)]
    [InlineData(16, 1)]
    public void GeneratedOrgan_OnThreads_TheSingleThreadedBytes(int threads, int chunk)
    {
        var report = Generated.Value;
        report.Findings.Count.Should().BeGreaterThan(12 * chunk, "more chunks than the writer keeps in flight");
        report.Findings.Select(f => f.RuleId).Distinct().Should().HaveCountGreaterThan(5);
        var single = CheckReportWriterTests.Report(report, "option", 1, CheckReportWriter.DefaultChunkSize);

        single.Should().Equal(CheckReportWriterTests.Expected(report, "option"));
        CheckReportWriterTests.Report(report, "option", threads, chunk).Should().Equal(single);
        CheckReportWriterTests.Lines(report, "x.json", threads, chunk).Should().Equal(CheckReportWriterTests.Lines(report, "x.json", 1, CheckReportWriter.DefaultChunkSize));
        CheckReportWriterTests.Lines(report, null, threads, chunk).Should().Equal(CheckReportWriterTests.ExpectedLines(report, null));
    }
}
