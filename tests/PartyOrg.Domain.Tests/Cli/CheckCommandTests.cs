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
    public void Check_Ndjson_OneLinePerFinding_SameFindingsAsJson()
    {
        var (jsonExit, json, _) = CliRunner.Run(NoDate, "check", "-", "--format", "json", "--as-of", "2026-06-30");
        var (exit, ndjson, error) = CliRunner.Run(NoDate, "check", "-", "--format", "ndjson", "--as-of", "2026-06-30");
        exit.Should().Be(jsonExit);
        error.Should().BeEmpty();
        using var report = JsonDocument.Parse(json);
        var expected = report.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetRawText()).ToArray();
        expected.Should().NotBeEmpty();
        ndjson.Should().EndWith("\n");
        var lines = ndjson.TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(expected.Length);
        lines.Select(l => JsonSerializer.Serialize(JsonDocument.Parse(l).RootElement)).Should().Equal(expected.Select(e => JsonSerializer.Serialize(JsonDocument.Parse(e).RootElement)));
    }

    [Fact]
    public void Check_Directory_MergedJsonReport_WithRollUp()
    {
        var dir = Directory.CreateTempSubdirectory("partyorg-many-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "a.json"), Minimal);
            File.WriteAllText(Path.Combine(dir, "b.json"), NoDate);
            File.WriteAllText(Path.Combine(dir, "notes.txt"), "not a document");
            var (exit, output, error) = CliRunner.Run(string.Empty, "check", dir, "--format", "json", "--as-of", "2026-06-30");
            var (_, single, _) = CliRunner.Run(NoDate, "check", "-", "--format", "json", "--as-of", "2026-06-30");
            error.Should().BeEmpty();
            exit.Should().Be(1, "b.json has an error finding");
            using var json = JsonDocument.Parse(output);
            var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToArray();
            documents.Select(d => Path.GetFileName(d.GetProperty("document").GetString())).Should().Equal("a.json", "b.json");
            using var alone = JsonDocument.Parse(single);
            documents[1].GetProperty("report").GetRawText().Should().Be(alone.RootElement.GetRawText());
            var summary = json.RootElement.GetProperty("summary");
            summary.GetProperty("documents").GetInt32().Should().Be(2);
            summary.GetProperty("unreadable").GetInt32().Should().Be(0);
            summary.GetProperty("errors").GetInt32().Should().Be(documents.Sum(d => d.GetProperty("report").GetProperty("summary").GetProperty("errors").GetInt32()));
            summary.GetProperty("findings").GetInt32().Should().Be(documents.Sum(d => d.GetProperty("report").GetProperty("findings").GetArrayLength()));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Check_SeveralFiles_OneUnreadable_OthersReported_Exit2()
    {
        var dir = Directory.CreateTempSubdirectory("partyorg-many-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "good.json"), NoDate);
            File.WriteAllText(Path.Combine(dir, "bad.json"), "{\"organizations\":[{\"id\":\"b\"}]}");
            var (exit, output, error) = CliRunner.Run(string.Empty, "check", Path.Combine(dir, "good.json"), Path.Combine(dir, "bad.json"), "--format", "ndjson", "--as-of", "2026-06-30");
            exit.Should().Be(2);
            error.Should().Contain("bad.json (2 problems); nothing was checked:").And.Contain("$.organizations[0].kind: required property is missing");
            var (_, alone, _) = CliRunner.Run(NoDate, "check", "-", "--format", "ndjson", "--as-of", "2026-06-30");
            alone.Should().NotBeEmpty();
            output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(alone.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Length)
                .And.OnlyContain(l => l.StartsWith("{\"document\":\"" + Path.Combine(dir, "good.json").Replace("\\", "\\\\") + "\",\"ruleId\":"));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
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
