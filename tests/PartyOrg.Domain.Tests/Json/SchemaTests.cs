using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using PartyOrg.Domain.Json;
using Xunit;

namespace PartyOrg.Domain.Tests.Json;

public sealed class SchemaTests
{
    private static MiniJsonSchema Schema()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(RepoFiles.PathOf("docs", "schema", "partyorg-input.schema.json")));
        return new MiniJsonSchema(doc.RootElement.Clone());
    }

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
    [InlineData("{}", "missing organizations")]
    [InlineData("{\"organizations\":[{\"id\":\"b\",\"kind\":\"brnch\",\"name\":\"x\"}]}", "not in enum")]
    [InlineData("{\"organizations\":[],\"asOf\":\"26-1-1\"}", "does not match")]
    [InlineData("{\"organizations\":[],\"extra\":1}", "not allowed")]
    [InlineData("{\"organizations\":[],\"x-note\":1}", null)]
    [InlineData("{\"organizations\":[{\"id\":\" b\",\"kind\":\"branch\",\"name\":\"x\"}]}", "does not match")]
    [InlineData("{\"organizations\":[],\"elections\":[{\"id\":\"e\",\"organization\":\"b\",\"date\":\"2026-01-01\",\"kind\":\"general\",\"seats\":1.5,\"attended\":1,\"ballotsIssued\":1,\"ballotsReturned\":1,\"candidates\":[]}]}", "expected integer")]
    [InlineData("{\"organizations\":[],\"terms\":[{\"organization\":\"b\",\"start\":\"2020-01-01\",\"years\":11}]}", "above maximum")]
    [InlineData("{\"organizations\":[],\"terms\":[{\"organization\":\"b\",\"start\":\"2020-01-01\",\"years\":10}]}", null)]
    [InlineData("{\"organizations\":[],\"elections\":[{\"id\":\"e\",\"organization\":\"b\",\"date\":\"2026-01-01\",\"kind\":\"general\",\"seats\":1,\"attended\":10000001,\"ballotsIssued\":1,\"ballotsReturned\":1,\"candidates\":[]}]}", "above maximum")]
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
