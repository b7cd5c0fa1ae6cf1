using System.IO;
using System.Text.Json;
using FluentAssertions;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Tests.Json;
using Xunit;

namespace PartyOrg.Domain.Tests.Assessment;

/// <summary>docs/schema/partyorg-scorecard.schema.json accepts every built-in scorecard and the documented example.</summary>
public sealed class ScorecardSchemaTests
{
    private static SchemaValidator Schema() => SchemaValidator.Load("partyorg-scorecard.schema.json");

    [Theory]
    [InlineData("national-classification")]
    [InlineData("local-five-star")]
    [InlineData("local-weighted-classification")]
    public void BuiltIn_ValidatesAgainstTheSchema(string name)
    {
        using var doc = JsonDocument.Parse(ScorecardJson.BuiltInText(name));
        Schema().Validate(doc.RootElement).Should().BeEmpty();
    }

    [Fact]
    public void Example_ValidatesAndLoads()
    {
        var text = File.ReadAllText(RepoFiles.PathOf("docs", "examples", "scorecards", "county-points.json"));
        using var doc = JsonDocument.Parse(text);
        Schema().Validate(doc.RootElement).Should().BeEmpty();
        ScorecardJson.Parse(text).Problems.Should().BeEmpty();
    }

    [Fact]
    public void Schema_RejectsAnItemWithoutEvidence()
    {
        using var doc = JsonDocument.Parse("""{"id":"x","version":"1","title":{"zh-CN":"x","en":"x"},"scope":"local","issuingUnit":"u","source":"s","inForce":{"from":"2020-01-01"},"grades":[],"bands":[],"indicators":[{"id":"i","name":{"zh-CN":"i","en":"i"},"max":1,"items":[{"id":"a","name":{"zh-CN":"a","en":"a"},"max":1,"scoring":"held"}]}]}""");
        Schema().Validate(doc.RootElement).Should().Contain(e => e.Contains("evidence"));
    }
}
