using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Json.Contracts;
using PartyOrg.Domain.Regulations;
using Xunit;

namespace PartyOrg.Domain.Tests.Json;

/// <summary>
/// The report of <c>check</c> written straight from the findings, chunk by chunk on several threads: byte for byte the
/// text of the contracts serialized (the JSON report of <see cref="ReportContracts.FromReport(ComplianceReport, string?)"/>,
/// and each finding's contract on one line for NDJSON), whatever the number of threads and the size of the chunks.
/// </summary>
public sealed class CheckReportWriterTests
{
    private static readonly Lazy<ComplianceInput> SampleInput = new(() =>
    {
        var result = PartyOrgDocument.Parse(File.ReadAllText(RepoFiles.PathOf("docs", "examples", "exported-organ.json")));
        result.Problems.Should().BeEmpty();
        var doc = result.Document!;
        return doc.ToComplianceInput(doc.AsOf!.Value);
    });

    private static readonly Lazy<ComplianceReport> Sample = new(() => new ComplianceChecker(ComplianceProfile.StateOrgans).Check(SampleInput.Value));

    /// <summary>The JSON report as the contracts' serialization writes it.</summary>
    internal static byte[] Expected(ComplianceReport report, string? source)
    {
        using var stream = new MemoryStream();
        PartyOrgJson.Serialize(stream, ReportContracts.FromReport(report, source));
        return stream.ToArray();
    }

    /// <summary>The NDJSON lines as each finding's contract serialized on one line gives them (the document's name first).</summary>
    internal static byte[] ExpectedLines(ComplianceReport report, string? document)
    {
        var options = PartyOrgJson.CreateOptions();
        options.WriteIndented = false;
        var text = new StringBuilder();
        foreach (var finding in report.Findings)
        {
            var json = JsonSerializer.Serialize(ReportContracts.FromFinding(finding), options.GetTypeInfo(typeof(FindingContract)));
            if (document is not null)
            {
                json = "{\"document\":\"" + JsonEncodedText.Encode(document, options.Encoder) + "\"," + json.Substring(1);
            }

            text.Append(json).Append('\n');
        }

        return new UTF8Encoding(false).GetBytes(text.ToString());
    }

    internal static byte[] Report(ComplianceReport report, string? source, int threads, int chunk)
    {
        using var stream = new MemoryStream();
        CheckReportWriter.WriteReport(stream, report, source, threads, chunk);
        return stream.ToArray();
    }

    internal static byte[] Lines(ComplianceReport report, string? document, int threads, int chunk)
    {
        using var stream = new MemoryStream();
        CheckReportWriter.WriteLines(stream, report, document, threads, chunk);
        return stream.ToArray();
    }

    /// <summary>A report of the given findings over the sample's organizations.</summary>
    private static ComplianceReport ReportOf(params Finding[] findings) =>
        new("state-organs", SampleInput.Value.Tree, new LocalDate(2026, 6, 30), new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 30)), findings);

    public static TheoryData<int, int> ThreadsAndChunks() => new()
    {
        { 1, 256 },
        { 1, 1 },
        { 2, 1 },
        { 2, 3 },
        { 3, 7 },
        { 8, 2 },
        { 2, 256 },
    };

    [Theory]
    [MemberData(nameof(ThreadsAndChunks))]
    public void Report_SameBytesAsTheContractsSerialized(int threads, int chunk)
    {
        var report = Sample.Value;
        report.Findings.Should().HaveCountGreaterThan(3);

        Report(report, "document", threads, chunk).Should().Equal(Expected(report, "document"));
        Report(report, null, threads, chunk).Should().Equal(Expected(report, null), "asOfSource omitted");
    }

    [Theory]
    [MemberData(nameof(ThreadsAndChunks))]
    public void Lines_SameBytesAsEachContractOnOneLine(int threads, int chunk)
    {
        var report = Sample.Value;

        Lines(report, null, threads, chunk).Should().Equal(ExpectedLines(report, null));
        Lines(report, "dir/省 \"a\".json", threads, chunk).Should().Equal(ExpectedLines(report, "dir/省 \"a\".json"));
    }

    [Fact]
    public void NoFindings_AnEmptyArray_AndNoLines()
    {
        var report = ReportOf();

        var json = Report(report, "clock", 2, 4);

        json.Should().Equal(Expected(report, "clock"));
        Encoding.UTF8.GetString(json).Should().Contain("\"findings\": []");
        Lines(report, "a.json", 2, 4).Should().BeEmpty();
    }

    public static TheoryData<string, Finding[]> Findings()
    {
        var two = new[] { new Citation(Regulation.BranchWorkRegulations, 16, 2), new Citation(Regulation.Constitution, 31, articleConfirmed: false) };
        return new TheoryData<string, Finding[]>
        {
            {
                "every field present",
                new[]
                {
                    new Finding("R-ALL", Severity.Error, "m-1", "b-1", ReportingPeriod.Quarter(2026, 1), "≥ 3", "2", two,
                        new LocalizedText("支部“一”开会2次", "Branch \"one\" met twice"), new LocalizedText("至少3次", "at least 3"), new LocalizedText("2次", "2")),
                }
            },
            {
                "every optional field absent (no organization, no period, no citation)",
                new[] { new Finding("R-NONE", Severity.Info, "m-2", null, null, string.Empty, string.Empty, Array.Empty<Citation>(), new LocalizedText("无", "none")) }
            },
            {
                "characters that need escaping and non-ASCII text in ids, values and messages",
                new[]
                {
                    new Finding("R-\"Q\"", Severity.Warning, "成员\\\"甲\"\t<b>&'", "支部/\u0001\u007f", ReportingPeriod.Custom(new LocalDate(2026, 3, 1), new LocalDate(2026, 8, 31)),
                        "≥ 1\n次", "0 \"次\"\r", two.Take(1),
                        new LocalizedText("支部“一”</script>\n第二行\u2028\ud83d\ude00", "Branch \"one\" \u0001 \\ tab\there \ud800 end")),
                }
            },
            {
                "severities, periods and shared citations mixed",
                Enumerable.Range(0, 40).Select(i => new Finding(
                    "R-" + (i % 3), (Severity)(i % 3), "s-" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture), i % 4 == 0 ? null : "b-" + (i % 5),
                    i % 5 == 0 ? null : ReportingPeriod.Month(2026, 1 + (i % 12)), "≥ " + i, "甲" + i, i % 2 == 0 ? two : two.Reverse().ToArray(),
                    new LocalizedText("消息" + i, "message " + i))).ToArray()
            },
        };
    }

    [Theory]
    [MemberData(nameof(Findings))]
    public void Findings_WrittenAsTheirContracts(string because, Finding[] findings)
    {
        var report = ReportOf(findings);

        foreach (var (threads, chunk) in new[] { (1, 256), (2, 1), (3, 2) })
        {
            Report(report, "option", threads, chunk).Should().Equal(Expected(report, "option"), because);
            Lines(report, null, threads, chunk).Should().Equal(ExpectedLines(report, null), because);
            Lines(report, "文档.json", threads, chunk).Should().Equal(ExpectedLines(report, "文档.json"), because);
        }
    }

    [Fact]
    public void Findings_WithAndWithoutOptionalFields_TextHasNullsWhereTheContractWritesThem()
    {
        var report = ReportOf(Findings().Select(row => ((Finding[])row[1])[0]).Take(2).ToArray());
        using var json = JsonDocument.Parse(Report(report, null, 1, 256));
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToArray();

        var all = findings.Single(f => f.GetProperty("ruleId").GetString() == "R-ALL");
        all.GetProperty("organization").GetString().Should().Be("b-1");
        all.GetProperty("period").GetString().Should().Be("2026-Q1");
        all.GetProperty("citations").GetArrayLength().Should().Be(2);
        var none = findings.Single(f => f.GetProperty("ruleId").GetString() == "R-NONE");
        none.GetProperty("organization").ValueKind.Should().Be(JsonValueKind.Null);
        none.GetProperty("period").ValueKind.Should().Be(JsonValueKind.Null);
        none.GetProperty("citations").GetArrayLength().Should().Be(0);
        none.GetProperty("message").GetProperty("en").GetString().Should().Be("none");
    }

    [Fact]
    public void Report_WritesEveryPropertyOfTheContract()
    {
        using var json = JsonDocument.Parse(Report(Sample.Value, "document", 2, 3));
        var written = json.RootElement.EnumerateObject().Select(p => p.Name).ToArray();

        written.Should().Equal("asOf", "asOfSource", "profile", "window", "findings", "summary");
        written.Should().HaveCount(typeof(CheckReportContract).GetProperties().Length, "a property added to the report's contract must be written by CheckReportWriter");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(29)]
    public void AFailureOnAnyThread_ReachesTheCaller(int failing)
    {
        var findings = new Failing(Sample.Value.Findings, failing);
        var written = 0;

        Action write = () => CheckReportWriter.Chunks(findings, 3, 1, () => new FindingJsonWriter(PartyOrgJson.Options(true), FindingJsonWriter.Layout.ReportElement), _ => written++);

        write.Should().Throw<InvalidOperationException>().WithMessage("finding " + failing);
        written.Should().BeLessOrEqualTo(failing, "chunks are written in order, none after the one that failed");
    }

    [Fact]
    public void BadArguments_Refused()
    {
        var report = Sample.Value;
        var stream = new MemoryStream();

        ((Action)(() => CheckReportWriter.WriteReport(stream, report, null, 0))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxThreads");
        ((Action)(() => CheckReportWriter.WriteLines(stream, report, null, 1, 0))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("chunkSize");
        ((Action)(() => CheckReportWriter.WriteReport(null!, report, null, 1))).Should().Throw<ArgumentNullException>();
        ((Action)(() => CheckReportWriter.WriteLines(stream, null!, null, 1))).Should().Throw<ArgumentNullException>();
        stream.Length.Should().Be(0);
    }

    /// <summary>Findings whose element at one index cannot be read.</summary>
    private sealed class Failing : IReadOnlyList<Finding>
    {
        private readonly IReadOnlyList<Finding> inner;
        private readonly int failing;

        public Failing(IReadOnlyList<Finding> inner, int failing)
        {
            this.inner = inner;
            this.failing = failing;
        }

        public int Count => Math.Max(inner.Count, 30);

        public Finding this[int index] => index == failing ? throw new InvalidOperationException("finding " + index) : inner[index % inner.Count];

        public IEnumerator<Finding> GetEnumerator() => Enumerable.Range(0, Count).Select(i => this[i]).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
