using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using PartyOrg.Domain.Json;
using Xunit;

namespace PartyOrg.Domain.Tests.Json;

public sealed class SchemaTests
{
    private static SchemaValidator Schema() => SchemaValidator.Load("partyorg-input.schema.json");

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(RepoFiles.PathOf("docs", "examples"), "*.json").OrderBy(x => x, System.StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(f));
        }

        return data;
    }

    [Fact]
    public void Examples_folder_HasTheThreeRequiredExamples() =>
        Directory.GetFiles(RepoFiles.PathOf("docs", "examples"), "*.json").Select(Path.GetFileName).Should().Contain(new[] { "minimal.json", "interchange.json", "sample-organ.json" });

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_ValidatesAgainstSchemaAndLoads(string file)
    {
        var text = File.ReadAllText(RepoFiles.PathOf("docs", "examples", file));
        using var doc = JsonDocument.Parse(text);
        Schema().Validate(doc.RootElement).Should().BeEmpty();
        var result = PartyOrgDocument.Parse(text);
        result.Problems.Select(p => p.ToString()).Should().BeEmpty();
        result.Success.Should().BeTrue();
    }

    [Theory]
    [InlineData("{}", ": required: ")]
    [InlineData("{\"organizations\":[{\"id\":\"b\",\"kind\":\"brnch\",\"name\":\"x\"}]}", "/organizations/0/kind: enum: ")]
    [InlineData("{\"organizations\":[],\"asOf\":\"26-1-1\"}", "/asOf: pattern: ")]
    [InlineData("{\"organizations\":[],\"extra\":1}", "/extra: ")]
    [InlineData("{\"organizations\":[],\"x-note\":1}", null)]
    [InlineData("{\"organizations\":[{\"id\":\" b\",\"kind\":\"branch\",\"name\":\"x\"}]}", "/organizations/0/id: pattern: ")]
    [InlineData("{\"organizations\":[],\"elections\":[{\"id\":\"e\",\"organization\":\"b\",\"date\":\"2026-01-01\",\"kind\":\"general\",\"seats\":1.5,\"attended\":1,\"ballotsIssued\":1,\"ballotsReturned\":1,\"candidates\":[]}]}", "/elections/0/seats: type: ")]
    [InlineData("{\"organizations\":[],\"terms\":[{\"organization\":\"b\",\"start\":\"2020-01-01\",\"years\":11}]}", "/terms/0/years: maximum: ")]
    [InlineData("{\"organizations\":[],\"terms\":[{\"organization\":\"b\",\"start\":\"2020-01-01\",\"years\":10}]}", null)]
    [InlineData("{\"organizations\":[],\"elections\":[{\"id\":\"e\",\"organization\":\"b\",\"date\":\"2026-01-01\",\"kind\":\"general\",\"seats\":1,\"attended\":10000001,\"ballotsIssued\":1,\"ballotsReturned\":1,\"candidates\":[]}]}", "/elections/0/attended: maximum: ")]
    public void Schema_RejectsWhatTheLoaderRejects(string json, string? error)
    {
        using var doc = JsonDocument.Parse(json);
        var errors = Schema().Validate(doc.RootElement);
        if (error is null)
        {
            errors.Should().BeEmpty();
        }
        else
        {
            errors.Should().Contain(e => e.Contains(error));
        }
    }
}
