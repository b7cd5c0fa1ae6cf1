using System.IO;
using FluentAssertions;
using NodaTime.Testing;
using PartyOrg.Cli;
using PartyOrg.Cli.Commands;
using PartyOrg.Cli.Output;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

/// <summary>Progress goes to standard error only when it is a terminal, never to standard output, and --quiet hides it.</summary>
public sealed class ProgressTests
{
    private static (int Exit, string Out, string Error) Run(bool errorIsTerminal, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var io = new CommandIo(new StringReader(string.Empty), output, error, null, new FakeClock(CliRunner.Now)) { ErrorIsTerminal = errorIsTerminal };
        var exit = CliApp.Run(args, io);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Check_OnATerminal_ShowsProgress_OnStandardErrorOnly()
    {
        var sample = CliRunner.Example("sample-organ.json");
        var plain = Run(false, "check", sample, "--format", "json");
        var terminal = Run(true, "check", sample, "--format", "json");
        plain.Error.Should().BeEmpty();
        terminal.Out.Should().Be(plain.Out);
        terminal.Exit.Should().Be(plain.Exit);
        terminal.Error.Should().Contain("读取文档").And.Contain("检查中").And.EndWith("\r\u001b[2K");
    }

    [Fact]
    public void Check_Quiet_ShowsNothing()
    {
        var (_, _, error) = Run(true, "check", CliRunner.Example("sample-organ.json"), "--quiet");
        error.Should().BeEmpty();
    }

    [Fact]
    public void Check_UnreadableInput_ErasesTheLine_BeforeTheProblems()
    {
        var (exit, output, error) = Run(true, "check", CliRunner.Example("does-not-exist.json"));
        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("\r\u001b[2Kpartyorg check: cannot read");
    }

    [Fact]
    public void Generate_OnATerminal_ShowsTheStages()
    {
        var plain = Run(false, "generate", "--size", "small");
        var terminal = Run(true, "generate", "--size", "small");
        terminal.Out.Should().Be(plain.Out);
        plain.Error.Should().BeEmpty();
        terminal.Error.Should().Contain("generating small").And.Contain("writing JSON");
        Run(true, "generate", "--size", "small", "--quiet").Error.Should().BeEmpty();
    }

    [Fact]
    public void ProgressLine_Disabled_WritesNothing()
    {
        var error = new StringWriter();
        using (var progress = new ProgressLine(error, enabled: false))
        {
            progress.Stage("x");
            progress.Count(new MemoryStream()).Should().BeOfType<MemoryStream>();
        }

        error.ToString().Should().BeEmpty();
    }

    [Fact]
    public void ProgressLine_CountsBytes()
    {
        var error = new StringWriter();
        using var progress = new ProgressLine(error, enabled: true);
        progress.Stage("writing");
        using var counted = progress.Count(new MemoryStream());
        counted.Write(new byte[3 * 1048576], 0, 3 * 1048576);
        progress.Text().Should().StartWith("writing  3.0 MB  ");
    }
}
