using System.Linq;
using FluentAssertions;
using PartyOrg.Domain.Assessment;
using PartyOrg.Domain.Json;
using Xunit;

namespace PartyOrg.Domain.Tests.Assessment;

/// <summary>Scorecard definitions as JSON: the built-ins load, and an inconsistent definition is refused with the path of each bad field.</summary>
public sealed class ScorecardJsonTests
{
    private const string Minimal = """
    {
      "id": "x", "version": "1", "title": { "zh-CN": "x", "en": "x" }, "scope": "local", "issuingUnit": "u", "source": "s",
      "inForce": { "from": "2020-01-01" }, "total": 100,
      "grades": [ { "id": "good", "name": { "zh-CN": "好", "en": "good" } }, { "id": "poor", "name": { "zh-CN": "差", "en": "poor" } } ],
      "assessors": [ { "id": "self", "weight": 0.4 }, { "id": "superior", "weight": 0.6 } ],
      "indicators": [ { "id": "i", "name": { "zh-CN": "i", "en": "i" }, "max": 100, "items": [
        { "id": "a", "name": { "zh-CN": "a", "en": "a" }, "max": 60, "scoring": "deduct", "perOccurrence": 1, "evidence": { "kind": "findings", "families": ["MTG"] } },
        { "id": "b", "name": { "zh-CN": "b", "en": "b" }, "max": 40, "scoring": "points", "evidence": { "kind": "entered" } } ] } ],
      "bands": [ { "grade": "good", "min": 60 }, { "grade": "poor", "min": 0, "below": 60 } ]
    }
    """;

    [Theory]
    [InlineData("national-classification", "national", 7, 100)]
    [InlineData("local-five-star", "local", 8, 110)]
    [InlineData("local-weighted-classification", "local", 7, 100)]
    public void BuiltIns_Load_AreConsistent_AndSayWhereTheyComeFrom(string name, string scope, int indicators, decimal total)
    {
        var card = ScorecardJson.BuiltIn(name);
        card.Scope.Name.Should().Be(scope);
        card.Indicators.Should().HaveCount(indicators);
        card.Total.Should().Be(total);
        card.Source.Should().NotBeNullOrWhiteSpace();
        card.Validate().Should().BeEmpty();
    }

    [Fact]
    public void National_HasTheFourGradesAndTheSatisfactionCap()
    {
        var card = ScorecardJson.BuiltIn("national-classification");
        card.Grades.Select(g => g.Name!.Chinese).Should().Equal("好", "较好", "一般", "较差");
        card.Bands.Select(b => b.Min).Should().Equal(90m, 80m, 60m, 0m);
        card.Caps.Should().ContainSingle(c => c.Item == "satisfaction" && c.Below == 0.9m && c.Grade == "average");
        card.Source.Should().Contain("组厅字〔2012〕6号");
    }

    [Fact]
    public void Minimal_Loads()
    {
        var result = ScorecardJson.Parse(Minimal);
        result.Problems.Should().BeEmpty();
        result.Scorecard!.Assessors.Sum(a => a.Weight).Should().Be(1m);
    }

    [Fact]
    public void WeightsNotSummingTo100_BandGap_ItemWithoutEvidence_AreRefusedTogetherWithTheirPaths()
    {
        var bad = Minimal
            .Replace("\"weight\": 0.6", "\"weight\": 0.5")
            .Replace("{ \"grade\": \"poor\", \"min\": 0, \"below\": 60 }", "{ \"grade\": \"poor\", \"min\": 0, \"below\": 55 }")
            .Replace(", \"evidence\": { \"kind\": \"entered\" }", string.Empty);
        var result = ScorecardJson.Parse(bad);
        result.Success.Should().BeFalse();
        result.Problems.Select(p => p.Path).Should().BeEquivalentTo("$.assessors", "$.bands[1].below", "$.indicators[0].items[1].evidence");
        result.Problems.Single(p => p.Path == "$.assessors").Message.Should().Contain("90 %");
        result.Problems.Single(p => p.Path == "$.bands[1].below").Message.Should().StartWith("gap: scores from 55 up to 60");
    }

    [Fact]
    public void ShapeProblems_HaveTheirPaths()
    {
        var bad = Minimal.Replace("\"scoring\": \"deduct\"", "\"scoring\": \"subtract\"").Replace("\"max\": 40", "\"max\": \"40\"").Replace("\"total\": 100", "\"totl\": 100");
        var result = ScorecardJson.Parse(bad);
        result.Problems.Select(p => p.Path).Should().Contain(new[] { "$.indicators[0].items[0].scoring", "$.indicators[0].items[1].max", "$.totl" });
    }

    [Fact]
    public void ItemMaximaMustAddUpToTheIndicatorAndTheTotal()
    {
        var result = ScorecardJson.Parse(Minimal.Replace("\"max\": 60", "\"max\": 50"));
        result.Problems.Select(p => p.Path).Should().Equal("$.indicators[0].max");
        result.Problems.Single().Message.Should().Be("the items' maxima add up to 90, not to the indicator's maximum 100");
        ScorecardJson.Parse(Minimal.Replace("\"total\": 100", "\"total\": 110")).Problems.Select(p => p.Path).Should().Equal("$.total");
    }

    [Fact]
    public void FindingsEvidence_MustDeduct_AndCapsOnItUseAtLeast()
    {
        var result = ScorecardJson.Parse(Minimal.Replace("\"scoring\": \"deduct\"", "\"scoring\": \"add\"")
            .Replace("\"bands\":", "\"caps\": [ { \"id\": \"c\", \"item\": \"a\", \"below\": 2, \"grade\": \"poor\" } ], \"directGrades\": [ { \"id\": \"d\", \"item\": \"a\", \"atLeast\": 1, \"grade\": \"good\" } ], \"bands\":"));
        result.Problems.Select(p => p.Path).Should().BeEquivalentTo("$.indicators[0].items[0].scoring", "$.caps[0].below", "$.directGrades[0].item");
    }

    [Fact]
    public void OverlapAndUnknownGrade_AreRefused()
    {
        var result = ScorecardJson.Parse(Minimal.Replace("\"below\": 60", "\"below\": 70").Replace("{ \"grade\": \"good\", \"min\": 60 }", "{ \"grade\": \"great\", \"min\": 60 }"));
        result.Problems.Select(p => p.Path).Should().BeEquivalentTo("$.bands[0].grade", "$.bands[1].below");
        result.Problems.Single(p => p.Path == "$.bands[1].below").Message.Should().StartWith("overlap");
    }

    [Fact]
    public void NotJson_IsOneProblemAtTheRoot()
    {
        ScorecardJson.Parse("{ \"id\": ").Problems.Should().ContainSingle().Which.Path.Should().Be("$");
    }
}
