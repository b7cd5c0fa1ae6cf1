using System.IO;
using FluentAssertions;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

/// <summary>The tool as a separate process (the installed tool when PARTYORG_TOOL names it, else <c>dotnet PartyOrg.Cli.dll</c>).</summary>
public sealed class ToolEndToEndTests
{
    [Fact]
    public void Tool_CheckExample_Exit0Or1()
    {
        var (exit, output, error) = CliRunner.RunProcess(null, null, "check", CliRunner.Example("interchange.json"), "--lang", "en");
        error.Should().BeEmpty();
        exit.Should().BeOneOf(0, 1);
        output.Should().StartWith("As of 2026-11-22 (document asOf)");
    }

    [Fact]
    public void Tool_StandardInput_NonUtf8_Exit2()
    {
        // Bytes that are not UTF-8 cannot be written through a text pipe; an unpaired surrogate becomes invalid bytes instead.
        var (exit, _, error) = CliRunner.RunProcess("{\"organizations\":[", null, "check", "-");
        exit.Should().Be(2);
        error.Should().StartWith("partyorg check: cannot read standard input (1 problem); nothing was checked:\n$: not valid JSON");
    }

    [Fact]
    public void Tool_Demo_Runs()
    {
        var (exit, output, _) = CliRunner.RunProcess(null, null, "demo", "--lang", "en");
        exit.Should().Be(0);
        output.Should().Contain("PartyOrg.Domain demo");
    }

    [Fact]
    public void Tool_UnknownCommand_Exit2() => CliRunner.RunProcess(null, null, "frobnicate").Exit.Should().Be(2);
}
