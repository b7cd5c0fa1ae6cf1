using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using NodaTime.Testing;
using PartyOrg.Cli;
using PartyOrg.Cli.Commands;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Json.Contracts;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

/// <summary>
/// The JSON and NDJSON reports: written as UTF-8 bytes to standard output when the console hands it over, the same
/// bytes as the text written to a captured writer; findings and texts written by their converters, the same text as
/// the contracts' source-generated metadata gives (so the converters are the contract, not a second version of it).
/// </summary>
public sealed class ReportOutputTests
{
    private static readonly string NoDate = "{\"organizations\":[{\"id\":\"b-1\",\"kind\":\"branch\",\"name\":\"一支部\"}],\"members\":[{\"id\":\"m-1\",\"name\":\"张三\",\"branch\":\"b-1\",\"status\":\"full\"}]}";

    private static (int Exit, byte[] Bytes, string Out, string Error) RunBytes(params string[] args)
    {
        var bytes = new MemoryStream();
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var io = new CommandIo(new StringReader(string.Empty), output, error, null, new FakeClock(CliRunner.Now)) { OpenStandardOutput = () => bytes };
        var exit = CliApp.Run(args, io);
        return (exit, bytes.ToArray(), output.ToString(), error.ToString());
    }

    /// <summary>The generated metadata alone: the options of the contract without the two converters.</summary>
    private static JsonSerializerOptions MetadataOnly(bool indented)
    {
        var options = PartyOrgJson.CreateOptions();
        options.WriteIndented = indented;
        var converters = options.Converters.Where(c => c is FindingContractConverter or TextContractConverter).ToList();
        converters.Should().HaveCount(2, "CreateOptions registers both converters");
        foreach (var c in converters)
        {
            options.Converters.Remove(c);
        }

        return options;
    }

    private static JsonSerializerOptions Contract(bool indented)
    {
        var options = PartyOrgJson.CreateOptions();
        options.WriteIndented = indented;
        return options;
    }

    private static PartyOrg.Domain.Compliance.ComplianceReport SampleReport()
    {
        var result = PartyOrgDocument.Parse(File.ReadAllText(CliRunner.Example("exported-organ.json")));
        result.Problems.Should().BeEmpty();
        var doc = result.Document!;
        var report = new PartyOrg.Domain.Compliance.ComplianceChecker(doc.Profile).Check(doc.ToComplianceInput(doc.AsOf!.Value));
        report.Findings.Should().HaveCountGreaterThan(3);
        report.Findings.Select(f => f.RuleId).Distinct().Count().Should().BeLessThan(report.Findings.Count, "some rule reports more than one finding, so citations are shared");
        return report;
    }

    public static TheoryData<string[]> Commands() => new()
    {
        new[] { "check", CliRunner.Example("exported-organ.json"), "--format", "json" },
        new[] { "check", CliRunner.Example("exported-organ.json"), "--format", "ndjson" },
        new[] { "check", CliRunner.Example("sample-organ.json"), "--format", "json", "--as-of", "2026-06-30" },
        new[] { "check", CliRunner.Example("exported-organ.json"), CliRunner.Example("sample-organ.json"), "--format", "json" },
        new[] { "check", CliRunner.Example("exported-organ.json"), CliRunner.Example("sample-organ.json"), "--format", "ndjson" },
        new[] { "check", CliRunner.Example("minimal.json"), "--format", "json" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Report_AsBytesOnStandardOutput_SameBytesAsTheCapturedText(string[] args)
    {
        var (exitText, text, errorText) = CliRunner.Run(string.Empty, args);
        var (exitBytes, bytes, outBytes, errorBytes) = RunBytes(args);

        text.Should().NotBeEmpty();
        exitBytes.Should().Be(exitText);
        errorBytes.Should().Be(errorText);
        outBytes.Should().BeEmpty("the report went to the byte stream");
        bytes.Should().Equal(new UTF8Encoding(false).GetBytes(text));
    }

    [Fact]
    public void Report_SeveralDocuments_OneUnreadable_AsBytes_SameAsText()
    {
        var dir = Directory.CreateTempSubdirectory("partyorg-bytes-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "a.json"), NoDate);
            File.WriteAllText(Path.Combine(dir, "b.json"), "{\"organizations\":[{\"id\":\"b\"}]}");
            File.WriteAllText(Path.Combine(dir, "c.json"), NoDate);
            foreach (var format in new[] { "json", "ndjson" })
            {
                var args = new[] { "check", dir, "--format", format, "--as-of", "2026-06-30" };
                var (exitText, text, errorText) = CliRunner.Run(string.Empty, args);
                var (exitBytes, bytes, outBytes, errorBytes) = RunBytes(args);
                exitText.Should().Be(2);
                exitBytes.Should().Be(2);
                errorBytes.Should().Be(errorText).And.Contain("b.json");
                outBytes.Should().BeEmpty();
                bytes.Should().Equal(new UTF8Encoding(false).GetBytes(text), format);
            }
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Report_TextWrittenBeforeIt_ComesOutFirst()
    {
        var bytes = new MemoryStream();
        var output = new StringWriter { NewLine = "\n" };
        output.Write("before ");
        var flushed = new FlushRecorder(output, bytes);
        var io = new CommandIo(new StringReader(string.Empty), flushed, new StringWriter(), null, new FakeClock(CliRunner.Now)) { OpenStandardOutput = () => bytes };
        CliApp.Run(new[] { "check", CliRunner.Example("minimal.json"), "--format", "json" }, io);

        flushed.BytesWhenFlushed.Should().Be(0, "what the writer holds is flushed before the report's bytes are written");
        bytes.Length.Should().BeGreaterThan(0);
    }

    [Fact]
    public void DeferredReport_ConverterText_SameAsTheMetadata_IndentedAndOnOneLine()
    {
        var report = SampleReport();
        foreach (var indented in new[] { true, false })
        {
            var deferred = ReportContracts.FromReportDeferred(report, "document");
            var contract = Contract(indented);
            var first = JsonSerializer.Serialize(deferred, contract.GetTypeInfo(typeof(CheckReportContract)));
            var again = JsonSerializer.Serialize(deferred, contract.GetTypeInfo(typeof(CheckReportContract)));
            var metadata = JsonSerializer.Serialize(ReportContracts.FromReport(report, "document"), MetadataOnly(indented).GetTypeInfo(typeof(CheckReportContract)));

            first.Should().Be(metadata);
            again.Should().Be(metadata, "the citations' JSON made the first time is reused");
            first.Should().Contain("\"citations\"").And.Contain("\"zh-CN\"");
        }
    }

    [Fact]
    public void SharedCitations_WrittenAtAnotherDepth_IndentedForThatDepth()
    {
        var report = SampleReport();
        var deferred = ReportContracts.FromReportDeferred(report, "document");
        var findings = deferred.Findings.ToArray();
        var contract = Contract(true);
        var metadata = MetadataOnly(true);

        // A finding alone (citations one level shallower than in the report), then inside the report, then alone again.
        JsonSerializer.Serialize(findings[0], contract.GetTypeInfo(typeof(FindingContract)))
            .Should().Be(JsonSerializer.Serialize(findings[0], metadata.GetTypeInfo(typeof(FindingContract))));
        JsonSerializer.Serialize(deferred, contract.GetTypeInfo(typeof(CheckReportContract)))
            .Should().Be(JsonSerializer.Serialize(deferred, metadata.GetTypeInfo(typeof(CheckReportContract))));
        var terms = new TermsReportContract { Findings = findings };
        JsonSerializer.Serialize(terms, contract.GetTypeInfo(typeof(TermsReportContract)))
            .Should().Be(JsonSerializer.Serialize(terms, metadata.GetTypeInfo(typeof(TermsReportContract))));
        JsonSerializer.Serialize(findings[0], Contract(false).GetTypeInfo(typeof(FindingContract)))
            .Should().Be(JsonSerializer.Serialize(findings[0], MetadataOnly(false).GetTypeInfo(typeof(FindingContract))));
    }

    public static TheoryData<string, FindingContract> Findings()
    {
        var citation = new CitationContract
        {
            Regulation = "branch-work-regulations-2018",
            Article = "第十六条第二款",
            ArticleNumber = 16,
            Paragraph = 2,
            ArticleConfirmed = false,
            Text = new TextContract { Chinese = "《条例》第十六条第二款", English = "Regulations, Art. 16, para. 2" },
        };
        return new TheoryData<string, FindingContract>
        {
            {
                "every field",
                new FindingContract
                {
                    RuleId = "R-1", Severity = "error", Subject = "m-1", Organization = "b-1", Period = "2026-Q1",
                    Expected = "≥ 3", Actual = "2 \"次\"\n", Citations = new[] { citation, new CitationContract { Regulation = "charter" } },
                    Message = new TextContract { Chinese = "支部“一”</script>", English = "Branch \"one\" \u0001\ud800" },
                }
            },
            { "defaults: organization and period written as null", new FindingContract() },
            {
                "nulls omitted where the contract omits them",
                new FindingContract { RuleId = null!, Severity = null!, Subject = null!, Expected = null!, Actual = null!, Citations = null!, Message = null! }
            },
            {
                "a text with nulls",
                new FindingContract { Message = new TextContract { Chinese = null!, English = "en" }, Citations = Array.Empty<CitationContract>() }
            },
        };
    }

    [Theory]
    [MemberData(nameof(Findings))]
    public void FindingConverter_WritesWhatTheMetadataWrites(string because, FindingContract finding)
    {
        foreach (var indented in new[] { true, false })
        {
            JsonSerializer.Serialize(finding, Contract(indented).GetTypeInfo(typeof(FindingContract)))
                .Should().Be(JsonSerializer.Serialize(finding, MetadataOnly(indented).GetTypeInfo(typeof(FindingContract))), because);
            var report = new CheckReportContract { Findings = new[] { finding, finding } };
            JsonSerializer.Serialize(report, Contract(indented).GetTypeInfo(typeof(CheckReportContract)))
                .Should().Be(JsonSerializer.Serialize(report, MetadataOnly(indented).GetTypeInfo(typeof(CheckReportContract))), because);
        }
    }

    [Fact]
    public void FindingConverter_WritesEveryPropertyOfTheContract()
    {
        var finding = (FindingContract)Findings().Select(row => row[1]).First();
        using var json = JsonDocument.Parse(PartyOrgJson.Serialize(finding));
        var written = json.RootElement.EnumerateObject().Select(p => p.Name).ToArray();

        written.Should().HaveCount(typeof(FindingContract).GetProperties().Length, "a property added to the contract must be written by its converter");
    }

    [Fact]
    public void Contracts_WrittenByTheConverters_ReadBack()
    {
        var report = ReportContracts.FromReport(SampleReport(), "document");
        var json = PartyOrgJson.Serialize(report);

        var read = JsonSerializer.Deserialize(json, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<CheckReportContract>)PartyOrgJson.CreateOptions().GetTypeInfo(typeof(CheckReportContract)))!;

        read.Findings.Should().HaveCount(report.Findings.Count);
        read.Findings[1].RuleId.Should().Be(report.Findings[1].RuleId);
        read.Findings[1].Message.English.Should().Be(report.Findings[1].Message.English);
        read.Findings[1].Citations.Should().HaveCount(report.Findings[1].Citations.Count);
        read.Findings[1].Citations[0].Text.Chinese.Should().Be(report.Findings[1].Citations[0].Text.Chinese);
        PartyOrgJson.Serialize(read).Should().Be(json);
    }

    /// <summary>Records how many bytes the stream held when the writer was first flushed.</summary>
    private sealed class FlushRecorder : TextWriter
    {
        private readonly StringWriter inner;
        private readonly Stream bytes;

        public FlushRecorder(StringWriter inner, Stream bytes)
        {
            this.inner = inner;
            this.bytes = bytes;
        }

        public long BytesWhenFlushed { get; private set; } = -1;

        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value) => inner.Write(value);

        public override void Flush()
        {
            if (BytesWhenFlushed < 0)
            {
                BytesWhenFlushed = bytes.Length;
            }

            inner.Flush();
        }
    }
}
