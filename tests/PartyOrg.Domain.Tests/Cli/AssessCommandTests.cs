using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using PartyOrg.Cli.Generation;
using PartyOrg.Domain.Assessment;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Tests.Json;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

/// <summary><c>partyorg assess</c>: grades, explanations, another scorecard file without code changes, errors with paths.</summary>
public sealed class AssessCommandTests
{
    private static readonly string Example = RepoFiles.PathOf("docs", "examples", "assessment.json");
    private static readonly string County = RepoFiles.PathOf("docs", "examples", "scorecards", "county-points.json");

    [Fact]
    public void National_GradesEveryBranch_WithTheSatisfactionCap()
    {
        var (exit, output, error) = CliRunner.Run(string.Empty, "assess", Example, "--scorecard", "national-classification", "--year", "2025", "--format", "json");
        error.Should().BeEmpty();
        exit.Should().Be(0);
        using var doc = JsonDocument.Parse(output);
        var orgs = doc.RootElement.GetProperty("organizations").EnumerateArray().ToArray();
        orgs.Select(o => o.GetProperty("organization").GetString()).Should().Equal("b-1", "b-2", "b-3");
        orgs.Select(o => o.GetProperty("grade").GetString()).Should().Equal("good", "average", "average");
        orgs[1].GetProperty("bandGrade").GetString().Should().Be("fairly-good");
        orgs[1].GetProperty("adjustments")[0].GetProperty("rule").GetString().Should().Be("satisfaction-below-90");
        var terms = orgs[1].GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("item").GetString() == "terms");
        terms.GetProperty("points").GetDecimal().Should().Be(0);
        terms.GetProperty("evidence")[0].GetProperty("reference").GetString().Should().Be("TERM-ON-TIME");
        var candidates = doc.RootElement.GetProperty("candidates").EnumerateArray().ToArray();
        candidates.Select(c => c.GetProperty("organization").GetString()).Should().Equal("b-1", "b-2", "b-3");
        candidates[0].GetProperty("signals").EnumerateArray().Select(x => x.GetProperty("signal").GetString()).Should().Equal("no-development-2y");
        doc.RootElement.GetProperty("unavailableSignals").GetArrayLength().Should().Be(0, "the development pipeline supplies no-development-2y");
    }

    [Fact]
    public void AnotherScorecardFile_GivesThatSchemesGrades()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, "assess", Example, "--scorecard", County, "--year", "2025", "--format", "json");
        exit.Should().Be(0);
        using var doc = JsonDocument.Parse(output);
        doc.RootElement.GetProperty("organizations").EnumerateArray().Select(o => o.GetProperty("grade").GetString()).Should().Equal("excellent", "excellent", "good");
        doc.RootElement.GetProperty("organizations")[0].GetProperty("score").GetDecimal().Should().Be(112m, "100 + 12 themed days × 0.5 + 2 awards × 3");
    }

    [Fact]
    public void Explain_PrintsTheSheetWithTheFindingsBehindIt()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, "assess", Example, "--scorecard", "national-classification", "--year", "2025", "--explain", "b-3", "--lang", "en");
        exit.Should().Be(0);
        output.Should().Contain("调查队党支部 (b-3)").And.Contain("LIFE-THEME-DAY-MONTHLY 2025-04").And.Contain("Grade: average");
        var md = CliRunner.Run(string.Empty, "assess", Example, "--scorecard", "local-five-star", "--year", "2025", "--format", "markdown");
        md.Out.Should().Contain("| Organisation |".Replace("Organisation", "组织")).And.Contain("### 比例检查");
    }

    [Fact]
    public void InconsistentScorecardFile_IsRefusedWithPaths_Exit2()
    {
        var file = Path.Combine(Path.GetTempPath(), "partyorg-bad-scorecard-" + System.Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, File.ReadAllText(County).Replace("\"below\": 105", "\"below\": 100"));
        try
        {
            var (exit, _, error) = CliRunner.Run(string.Empty, "assess", Example, "--scorecard", file, "--year", "2025");
            exit.Should().Be(2);
            error.Should().Contain("$.bands[1].below: gap: scores from 100 up to 105 fall in no band");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void UnknownScorecard_UnknownExplain_BadYear_AreUsageErrors()
    {
        CliRunner.Run(string.Empty, "assess", Example, "--scorecard", "no-such").Exit.Should().Be(2);
        CliRunner.Run(string.Empty, "assess", Example, "--scorecard", "national-classification", "--year", "2025", "--explain", "oc-1").Error.Should().Contain("\"oc-1\" was not graded");
        CliRunner.Run(string.Empty, "assess", Example, "--scorecard", "national-classification", "--year", "20x5").Error.Should().Contain("--year must be a year");
        CliRunner.Run(string.Empty, "assess", Example).Error.Should().Contain("--scorecard NAME|FILE is required");
    }

    [Fact]
    public void GeneratedOrgan_EveryBranchGraded_Deterministic()
    {
        var small = SyntheticOrgan.Generate(SyntheticSize.Small);
        var tree = small.BuildTree();
        var input = small.BuildInput(tree);
        var card = ScorecardJson.BuiltIn("local-five-star");
        var a = ScorecardEvaluator.Evaluate(card, ComplianceProfile.StateOrgans, input, input.AsOf.Year);
        var b = ScorecardEvaluator.Evaluate(card, ComplianceProfile.StateOrgans, SyntheticOrgan.Generate(SyntheticSize.Small).BuildInput(tree), input.AsOf.Year);
        var branches = tree.Organizations.Where(o => o.Kind == Domain.Organizations.OrganizationKind.Branch).Select(o => o.Id).ToArray();
        a.Organizations.Select(o => o.OrganizationId).Should().BeEquivalentTo(branches);
        a.Organizations.Select(o => (o.OrganizationId, o.Score, o.Grade)).Should().Equal(b.Organizations.Select(o => (o.OrganizationId, o.Score, o.Grade)));
        a.Organizations.Should().OnlyContain(o => o.Lines.All(l => l.Status == "scored"), "the generator enters every value the scorecard needs");
        PartyOrgJson.Serialize(ReportContracts.FromAssessment(a, WeakOrganizationScreen.Propose(a)))
            .Should().Be(PartyOrgJson.Serialize(ReportContracts.FromAssessment(b, WeakOrganizationScreen.Propose(b))));
    }
}
