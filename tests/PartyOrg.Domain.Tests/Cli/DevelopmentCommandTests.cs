using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using PartyOrg.Domain.Tests.Json;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

public sealed class DevelopmentCommandTests
{
    [Fact]
    public void Json_HasTheContractFields_AndExitsOneOnAnErrorFinding()
    {
        var (exit, output, error) = CliRunner.Run(string.Empty, "development", RepoFiles.PathOf("docs", "examples", "development.json"), "--format", "json");
        error.Should().BeEmpty();
        exit.Should().Be(1);
        using var doc = JsonDocument.Parse(output);
        var first = doc.RootElement.GetProperty("applicants")[0];
        first.GetProperty("applicant").GetString().Should().Be("a-1");
        first.GetProperty("stage").GetString().Should().Be("full");
        first.GetProperty("eligibleFrom").GetString().Should().Be("2017-04-02");
        first.GetProperty("talkDue").GetString().Should().Be("2023-04-01");
        first.GetProperty("activistReviewDue").ValueKind.Should().Be(JsonValueKind.Null);
        first.GetProperty("candidateFrom").GetString().Should().Be("2024-05-10");
        first.GetProperty("approvalDue").GetString().Should().Be("2024-09-28");
        first.GetProperty("approvalLimit").GetString().Should().Be("2024-12-28");
        first.GetProperty("probationEnd").GetString().Should().Be("2025-06-28");
        first.GetProperty("conversionApprovalDue").GetString().Should().Be("2025-09-30");
        first.GetProperty("fullSince").GetString().Should().Be("2025-06-28");
        first.GetProperty("duesFrom").GetString().Should().Be("2024-06-28");
        first.GetProperty("partyStandingYears").GetInt32().Should().Be(1);
        first.GetProperty("nextStep").GetProperty("step").GetString().Should().Be("none");
        doc.RootElement.GetProperty("findings").GetArrayLength().Should().Be(5);
    }

    [Fact]
    public void Table_ListsEveryApplicant()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, "development", RepoFiles.PathOf("docs", "examples", "development.json"), "--lang", "en");
        exit.Should().Be(1);
        output.Should().Contain("a-4").And.Contain("talk with the applicant").And.Contain("DEV-SPONSORS-2");
    }

    [Fact]
    public void ImpossibleData_ExitsTwoWithThePath()
    {
        var text = File.ReadAllText(RepoFiles.PathOf("docs", "examples", "development.json")).Replace("\"sponsors\": [\"m-4\"]", "\"sponsors\": [\"m-99\"]");
        var (exit, _, error) = CliRunner.Run(text, "development", "-");
        exit.Should().Be(2);
        error.Should().Contain("$.development[2].sponsors[0]: no member \"m-99\"");
    }
}

public sealed class DevelopmentCommandApprovalChainTests
{
    [Fact]
    public void ApprovalChainFindingsOfApplicants_AreListed()
    {
        var text = File.ReadAllText(RepoFiles.PathOf("docs", "examples", "development.json"))
            .Replace("{ \"id\": \"wc\", \"kind\": \"working-committee\", \"name\": \"某市级机关工委\" },",
                "{ \"id\": \"wc\", \"kind\": \"working-committee\", \"name\": \"某市级机关工委\" }, { \"id\": \"lg-drc\", \"kind\": \"leading-group\", \"name\": \"党组\", \"leads\": \"oc-drc\" },");
        var (_, output, error) = CliRunner.Run(text, "development", "-", "--format", "json");
        error.Should().BeEmpty();
        using var doc = JsonDocument.Parse(output);
        doc.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("ruleId").GetString() == "ORGAN-APPROVAL-CHAIN").Select(f => f.GetProperty("subject").GetString())
            .Should().Equal("a-1", "a-1");
    }
}
