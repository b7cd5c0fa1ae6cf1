using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Json.Contracts;
using Xunit;

namespace PartyOrg.Domain.Tests.Json;

/// <summary>JSON is written to the output as it is produced, byte for byte as the string form.</summary>
public sealed class StreamingOutputTests
{
    private sealed class CountingWriter : StringWriter
    {
        public int Writes { get; private set; }

        public override void Write(char[] buffer, int index, int count)
        {
            Writes++;
            base.Write(buffer, index, count);
        }
    }

    [Fact]
    public void Serialize_ToAWriter_SameTextAsTheString_InSeveralChunks()
    {
        var contract = new InputDocument
        {
            Organizations = Enumerable.Range(0, 3000)
                .Select(i => new OrganizationContract { Id = "b-" + i, Kind = "branch", Name = "第" + i + "党支部（含中文与 \"引号\"）" })
                .ToArray(),
        };
        var writer = new CountingWriter();
        PartyOrgJson.Serialize(writer, contract);
        writer.ToString().Should().Be(PartyOrgJson.Serialize(contract));
        writer.Writes.Should().BeGreaterThan(1, "the serializer flushes to the writer as it goes");
    }

    [Fact]
    public void A_deferred_report_contract_writes_the_same_json_as_the_whole_one()
    {
        var result = PartyOrgDocument.Parse(File.ReadAllText(RepoFiles.PathOf("docs", "examples", "exported-organ.json")));
        result.Problems.Should().BeEmpty();
        var doc = result.Document!;
        var report = new PartyOrg.Domain.Compliance.ComplianceChecker(doc.Profile).Check(doc.ToComplianceInput(doc.AsOf!.Value));
        report.Findings.Should().HaveCountGreaterThan(3);
        var whole = ReportContracts.FromReport(report, "document");
        var deferred = ReportContracts.FromReportDeferred(report, "document");
        deferred.Findings.Should().HaveCount(report.Findings.Count);
        deferred.Findings[2].RuleId.Should().Be(report.Findings[2].RuleId);
        var writer = new StringWriter();
        PartyOrgJson.Serialize(writer, deferred);
        writer.ToString().Should().Be(PartyOrgJson.Serialize(whole));
    }

    [Fact]
    public void Serialize_ToAStream_SameBytesAsTheString()
    {
        var contract = new InputDocument { Organizations = new[] { new OrganizationContract { Id = "b", Kind = "branch", Name = "支部" } } };
        using var stream = new MemoryStream();
        PartyOrgJson.Serialize(stream, contract);
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(PartyOrgJson.Serialize(contract));
    }
}
