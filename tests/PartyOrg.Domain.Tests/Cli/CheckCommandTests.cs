using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

public sealed class CheckCommandTests
{
    private static readonly string Minimal = File.ReadAllText(CliRunner.Example("minimal.json"));
    private static readonly string NoDate = "{\"organizations\":[{\"id\":\"b-1\",\"kind\":\"branch\",\"name\":\"一支部\"}],\"members\":[{\"id\":\"m-1\",\"name\":\"张三\",\"branch\":\"b-1\",\"status\":\"full\"}]}";

    [Fact]
    public void Check_CompliantDocument_Exit0()
    {
        var (exit, output, error) = CliRunner.Run(string.Empty, "check", CliRunner.Example("minimal.json"));
        exit.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().StartWith("截至 2026-11-22（文档 asOf）");
    }

    [Fact]
    public void Check_ErrorFinding_Exit1_AndJsonContract()
    {
        var (exit, output, _) = CliRunner.Run(NoDate, "check", "-", "--format", "json", "--as-of", "2026-06-30");
        exit.Should().Be(1);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("asOf").GetString().Should().Be("2026-06-30");
        root.GetProperty("asOfSource").GetString().Should().Be("option");
        root.GetProperty("profile").GetString().Should().Be("state-organs");
        root.GetProperty("window").GetProperty("from").GetString().Should().Be("2026-01-01");
        var finding = root.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("ruleId").GetString() == "ORG-BRANCH-MIN-MEMBERS");
        finding.GetProperty("severity").GetString().Should().Be("error");
        finding.GetProperty("subject").GetString().Should().Be("b-1");
        finding.GetProperty("citations")[0].GetProperty("regulation").GetString().Should().Be("branch-work-regulations-2018");
        finding.GetProperty("message").GetProperty("zh-CN").GetString().Should().Contain("b-1".Length > 0 ? "一支部" : string.Empty);
        root.GetProperty("summary").GetProperty("errors").GetInt32().Should().BeGreaterThan(0);
    }

    [Fact]
    public void Check_NoDateAnywhere_UsesTodayInChinaStandardTime()
    {
        // 2026-12-31 20:00 UTC is already 2027-01-01 in Beijing.
        var (_, output, _) = CliRunner.Run(NoDate, Instant.FromUtc(2026, 12, 31, 20, 0), "check", "-", "--lang", "en");
        output.Should().StartWith("As of 2027-01-01 (today, China Standard Time)");
        var (_, json, _) = CliRunner.Run(NoDate, Instant.FromUtc(2026, 12, 31, 20, 0), "check", "-", "--format", "json");
        json.Should().Contain("\"asOf\": \"2027-01-01\"").And.Contain("\"asOfSource\": \"clock\"");
    }

    [Fact]
    public void Check_AsOfOption_OverridesTheDocument()
    {
        var (_, output, _) = CliRunner.Run(Minimal, "check", "-", "--as-of", "2025-05-05", "--format", "markdown", "--lang", "en");
        output.Should().Contain("- As of: 2025-05-05 (--as-of)").And.Contain("- Audit window: 2025-01-01 — 2025-05-05");
    }

    [Fact]
    public void Check_Window_FromTo()
    {
        var (_, output, _) = CliRunner.Run(Minimal, "check", "-", "--from", "2026-04-01", "--to", "2026-06-30", "--format", "json");
        output.Should().Contain("\"from\": \"2026-04-01\"").And.Contain("\"to\": \"2026-06-30\"");
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--as-of", "2026-02-30")]
    [InlineData("--profile", "nope")]
    [InlineData("--from", "2026-12-01", "--to", "2026-01-01")]
    [InlineData("--lang", "fr")]
    public void Check_BadUsage_Exit2(params string[] options)
    {
        var (exit, output, error) = CliRunner.Run(Minimal, new[] { "check", "-" }.Concat(options).ToArray());
        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("partyorg check: ");
        CliRunner.HasStackTrace(error).Should().BeFalse();
    }

    [Fact]
    public void Check_MissingFile_Exit2()
    {
        var (exit, _, error) = CliRunner.Run(string.Empty, "check", "/nonexistent/organ.json");
        exit.Should().Be(2);
        error.Should().Be("partyorg check: cannot read /nonexistent/organ.json: no such file\n");
    }

    [Fact]
    public void Check_ProfileOption_ChangesTheProfile()
    {
        var (_, output, _) = CliRunner.Run(Minimal, "check", "-", "--profile", "university", "--format", "json");
        output.Should().Contain("\"profile\": \"university\"");
    }

    [Fact]
    public void Check_Help_HasExamples()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, "check", "--help");
        exit.Should().Be(0);
        output.Should().Contain("Examples:").And.Contain("partyorg check docs/examples/minimal.json");
    }

    [Fact]
    public void Rules_ListsTheCatalogue_InEveryFormat()
    {
        CliRunner.Run(string.Empty, "rules").Out.Should().Contain("ORG-BRANCH-MIN-MEMBERS").And.Contain("《中国共产党支部工作条例（试行）》第四条");
        CliRunner.Run(string.Empty, "rules", "--format", "markdown", "--lang", "en").Out.Should().Contain("| ORG-BRANCH-MIN-MEMBERS | error |");
        using var json = JsonDocument.Parse(CliRunner.Run(string.Empty, "rules", "--format", "json", "--profile", "rural").Out);
        json.RootElement.GetProperty("profile").GetString().Should().Be("rural");
        var rule = json.RootElement.GetProperty("rules").EnumerateArray().First(r => r.GetProperty("id").GetString() == "ORG-BRANCH-MIN-MEMBERS");
        rule.GetProperty("parameters")[0].GetProperty("name").GetString().Should().Be("branch.min-full-members");
    }

    [Fact]
    public void Sample_IsTheCommittedExample()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, "sample");
        exit.Should().Be(0);
        output.Should().Be(File.ReadAllText(CliRunner.Example("sample-organ.json")),
            "docs/examples/sample-organ.json is the exported demo sample; regenerate it with `partyorg sample --output docs/examples/sample-organ.json`");
    }

    [Fact]
    public void Demo_StillRuns() => CliRunner.Run(string.Empty, "demo", "--lang", "en").Exit.Should().Be(0);
}
