using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using PartyOrg.Cli;
using PartyOrg.Cli.Commands;
using PartyOrg.Cli.Output;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

/// <summary>The System.CommandLine front end, through the tool's own entry point (<see cref="CliApp.Run(string[], CommandIo)"/>).</summary>
public sealed class FrontEndTests
{
    private static string Minimal => CliRunner.Example("minimal.json");

    [Theory]
    [InlineData("chek", "check")]
    [InlineData("calender", "calendar")]
    [InlineData("rule", "rules")]
    [InlineData("dmeo", "demo")]
    public void MistypedCommand_SuggestsTheCommand_Exit2(string typed, string expected)
    {
        var (exit, output, error) = CliRunner.Run(string.Empty, typed, "x.json");
        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain($"unknown command \"{typed}\"; did you mean {expected}?").And.Contain("Usage: partyorg <command>");
    }

    [Fact]
    public void FarCommand_HasNoSuggestion()
    {
        var (exit, _, error) = CliRunner.Run(string.Empty, "zzzzzz");
        exit.Should().Be(2);
        error.Should().Contain("unknown command \"zzzzzz\"").And.NotContain("did you mean");
    }

    [Fact]
    public void MistypedOption_SuggestsTheOption_WithTheUsageLine()
    {
        var (exit, output, error) = CliRunner.Run(string.Empty, "check", Minimal, "--formt", "json");
        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("unknown option --formt; did you mean --format?")
            .And.Contain("Usage: partyorg check FILE|DIR... [--as-of DATE]");
    }

    [Theory]
    [InlineData("check", "--from", "2026-01-01")]
    [InlineData("check", "--to", "2026-06-30")]
    [InlineData("dues", "--from", "2026-01")]
    [InlineData("calendar", "--from", "2026-01-01")]
    public void FromWithoutTo_IsAUsageError(params string[] args)
    {
        var (exit, output, error) = CliRunner.Run(string.Empty, args.Take(1).Append(Minimal).Concat(args.Skip(1)).ToArray());
        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().MatchRegex("--(from|to) needs --(to|from)").And.Contain("Usage: partyorg " + args[0]);
    }

    [Fact]
    public void FromWithTo_IsAccepted()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, "check", Minimal, "--from", "2026-01-01", "--to", "2026-06-30", "--format", "json");
        exit.Should().Be(0);
        output.Should().Contain("\"from\": \"2026-01-01\"").And.Contain("\"to\": \"2026-06-30\"");
    }

    [Theory]
    [InlineData("check", "--format")]
    [InlineData("check", "--lang", "en", "--lang", "zh-CN")]
    [InlineData("check", "--format", "yaml")]
    [InlineData("check", "--as-of", "2026-02-30")]
    [InlineData("generate", "--size", "huge")]
    public void BadOptionValues_Exit2_WithTheUsageLine(params string[] args)
    {
        var full = args[0] == "check" ? args.Take(1).Append(Minimal).Concat(args.Skip(1)).ToArray() : args;
        var (exit, output, error) = CliRunner.Run(string.Empty, full);
        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("Usage: partyorg " + args[0]);
        CliRunner.HasStackTrace(error).Should().BeFalse();
    }

    [Fact]
    public void NoCommand_Exit2_WithTheUsageLine()
    {
        var (exit, _, error) = CliRunner.Run(string.Empty);
        exit.Should().Be(2);
        error.Should().Contain(FrontEnd.RootUsage);
    }

    [Fact]
    public void EqualsSyntax_AndStandardInput_Work()
    {
        var json = System.IO.File.ReadAllText(Minimal);
        var (exit, output, _) = CliRunner.Run(json, "check", "-", "--format=json");
        exit.Should().Be(0);
        output.Should().StartWith("{");
    }

    [Fact]
    public void AtSign_IsAFileName_NotAResponseFile()
    {
        var (exit, _, error) = CliRunner.Run(string.Empty, "check", "@does-not-exist.json");
        exit.Should().Be(2);
        error.Should().Contain("cannot read @does-not-exist.json");
    }

    [Fact]
    public void HelpOnEveryCommand_IsBilingual_WithExamples()
    {
        foreach (var command in CliApp.Commands)
        {
            var (exit, output, _) = CliRunner.Run(string.Empty, command.Name, "--help");
            exit.Should().Be(0, command.Name);
            output.Should().Contain("Example", command.Name);
            Regex.IsMatch(command.Summary, @"\p{IsCJKUnifiedIdeographs}").Should().BeTrue(command.Name + " summary has Chinese");
            Regex.IsMatch(command.Summary, "[A-Za-z]{3}").Should().BeTrue(command.Name + " summary has English");
        }

        CliRunner.Run(string.Empty, "help", "check").Out.Should().StartWith("partyorg check FILE");
        CliRunner.Run(string.Empty, "--help").Exit.Should().Be(0);
    }

    [Fact]
    public void Completion_ListsCommands_Options_AndValues()
    {
        CliRunner.Run(string.Empty, "[suggest:11]", "partyorg ch").Out.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Should().Equal("check");
        CliRunner.Run(string.Empty, "[suggest:26]", "partyorg check x --for").Out.Should().Contain("--format");
        CliRunner.Run(string.Empty, "[suggest:31]", "partyorg check x --lang ").Out.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Should().Equal("both", "en", "zh-CN");
    }

    [Theory]
    [InlineData("chek", "check", 1)]
    [InlineData("check", "check", 0)]
    [InlineData("ab", "ba", 1)]
    [InlineData("kitten", "sitting", 3)]
    public void Distance_CountsEditsAndTranspositions(string a, string b, int expected) => FrontEnd.Distance(a, b).Should().Be(expected);

    [Fact]
    public void Nearest_RespectsTheLimit()
    {
        FrontEnd.Nearest("formt", new[] { "format", "from" }).Should().Be("format");
        FrontEnd.Nearest("xyz", new[] { "format", "from" }).Should().BeNull();
    }
}

/// <summary>Terminal output: every line of the demo fits 120 columns and is in one language; an empty report says so.</summary>
public sealed class TerminalOutputTests
{
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    [InlineData("both")]
    public void Demo_EveryLineFits120Columns(string lang)
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, "demo", "--lang", lang);
        exit.Should().Be(0);
        var lines = output.Split('\n');
        lines.Length.Should().BeGreaterThan(200);
        lines.Where(l => TextTable.Width(l) > 120).Should().BeEmpty();
    }

    [Theory]
    [InlineData("check", "sample-organ.json")]
    [InlineData("terms", "sample-organ.json")]
    [InlineData("elect", "sample-organ.json")]
    [InlineData("dues", "dues.json")]
    [InlineData("rules", null)]
    public void TextOutput_OfEveryCommand_Fits120Columns(string command, string? example)
    {
        foreach (var lang in new[] { "zh-CN", "en" })
        {
            var args = example is null ? new[] { command, "--lang", lang } : new[] { command, CliRunner.Example(example), "--lang", lang };
            var (_, output, _) = CliRunner.Run(string.Empty, args);
            output.Split('\n').Length.Should().BeGreaterThan(5);
            output.Split('\n').Where(l => TextTable.Width(l) > 120).Should().BeEmpty(command + " " + lang);
        }
    }

    [Fact]
    public void Demo_English_HasNoChineseOutsideTheData()
    {
        var (_, output, _) = CliRunner.Run(string.Empty, "demo", "--lang", "en");
        // Chinese in the English report is data only: names of organizations, members, meetings, vote items (quoted
        // or in the hierarchy table); labels and sentences are English.
        var labelLines = output.Split('\n').Where(l => l.StartsWith("== ", System.StringComparison.Ordinal) || l.Contains("-----", System.StringComparison.Ordinal));
        labelLines.Where(l => Regex.IsMatch(l, @"\p{IsCJKUnifiedIdeographs}")).Should().BeEmpty();
        output.Should().NotContain("；").And.NotContain("（");
    }

    [Fact]
    public void Demo_Both_IsTheChineseReportThenTheEnglishReport()
    {
        var both = CliRunner.Run(string.Empty, "demo").Out;
        var zh = CliRunner.Run(string.Empty, "demo", "--lang", "zh-CN").Out;
        var en = CliRunner.Run(string.Empty, "demo", "--lang", "en").Out;
        both.Should().Be(zh + "\n" + en);
        both.Should().NotContain(" / ");
    }

    [Fact]
    public void Check_WithoutFindings_SaysSo()
    {
        CliRunner.Run(string.Empty, "check", CliRunner.Example("minimal.json"), "--lang", "en").Out.Should().Contain("\nNo findings.\n");
        CliRunner.Run(string.Empty, "check", CliRunner.Example("minimal.json")).Out.Should().Contain("\n未发现问题。\n");
    }

    [Fact]
    public void Table_WrapsCjkByDisplayWidth()
    {
        var table = new TextTable("对象", "说明");
        table.Add("b-1", string.Concat(Enumerable.Repeat("党支部应当每月召开党小组会", 8)));
        var writer = new System.IO.StringWriter { NewLine = "\n" };
        table.Write(writer, 60);
        var lines = writer.ToString().TrimEnd('\n').Split('\n');
        lines.Length.Should().BeGreaterThan(4);
        lines.Should().OnlyContain(l => TextTable.Width(l) <= 60);
        string.Concat(lines.Skip(2).Select(l => l.Length > 5 ? l.Substring(5).Trim() : string.Empty)).Should().Be(string.Concat(Enumerable.Repeat("党支部应当每月召开党小组会", 8)));
    }

    [Theory]
    [InlineData("short line", 20, 1)]
    [InlineData("aaaa bbbb cccc dddd eeee ffff", 20, 2)]
    [InlineData("一二三四五六七八九十一二三四五六七八九十一二", 20, 3)]
    public void Wrap_BreaksAtTheWidth(string text, int width, int expectedLines)
    {
        var lines = WrappingWriter.Wrap(text, width);
        lines.Should().HaveCount(expectedLines);
        lines.Should().OnlyContain(l => TextTable.Width(l) <= width);
    }

    [Fact]
    public void Wrap_NeverStartsALineWithClosingPunctuation()
    {
        var lines = WrappingWriter.Wrap("一二三四五六七八九，一二三四五六七八九十", 20);
        lines.Should().OnlyContain(l => !l.TrimStart().StartsWith("，", System.StringComparison.Ordinal));
    }
}
