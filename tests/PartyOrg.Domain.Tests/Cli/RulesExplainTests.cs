using System.Linq;
using System.Text.Json;
using FluentAssertions;
using PartyOrg.Domain.Compliance;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

/// <summary><c>partyorg rules --explain</c> and <c>rules --format json</c>.</summary>
public sealed class RulesExplainTests
{
    [Fact]
    public void Explain_PrintsBothLanguages_SourceFile_AndParameterProvenance()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, "rules", "--explain", "MTG-COMMITTEE-MONTHLY", "--as-of", "2026-11-22");
        exit.Should().Be(0);
        output.Should().Contain("支部委员会会议一般每月召开1次").And.Contain("A branch committee meets once a month as a rule");
        output.Should().Contain("src/PartyOrg.Domain/Compliance/Rules/Meetings/MtgCommitteeMonthlyRule.cs");
        output.Should().Contain("meetings.due-soon-days = 7").And.Contain("library default");
        output.Should().Contain("《中国共产党支部工作条例（试行）》第十二条");
        output.Should().Contain("2026-11-22");
    }

    [Fact]
    public void Explain_UnknownRule_IsAUsageError()
    {
        var (exit, _, error) = CliRunner.Run(string.Empty, "rules", "--explain", "MTG-NOPE");
        exit.Should().Be(2);
        error.Should().Contain("MTG-NOPE").And.Contain("MTG-COMMITTEE-MONTHLY");
    }

    [Fact]
    public void Json_ListsEveryCatalogueRule_WithSourceFileAndParameters()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, "rules", "--format", "json");
        exit.Should().Be(0);
        using var doc = JsonDocument.Parse(output);
        var rules = doc.RootElement.GetProperty("rules").EnumerateArray().ToArray();
        rules.Select(r => r.GetProperty("id").GetString()).Should().BeEquivalentTo(RuleCatalog.Descriptors.Select(d => d.Id));
        rules.Should().OnlyContain(r => r.GetProperty("sourceFile").GetString()!.StartsWith("src/PartyOrg.Domain/Compliance/Rules/", System.StringComparison.Ordinal));
        var optIn = rules.Single(r => r.GetProperty("id").GetString() == "MTG-LECTURE-BRANCH-SECRETARY");
        optIn.GetProperty("inProfile").GetBoolean().Should().BeFalse();
        var lapse = rules.Single(r => r.GetProperty("id").GetString() == "LIFE-SELF-LAPSE-6M");
        var months = lapse.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "life.self-lapse-months");
        months.GetProperty("value").GetString().Should().Be("6");
        months.GetProperty("basis").GetString().Should().Be("national");
        months.GetProperty("citations").GetArrayLength().Should().BeGreaterThan(0);
    }
}
