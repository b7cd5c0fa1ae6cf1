using System.IO;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

/// <summary>The tool as a separate process (the installed tool when PARTYORG_TOOL names it, else <c>dotnet PartyOrg.Cli.dll</c>).</summary>
public sealed class ToolEndToEndTests
{
    [Fact]
    public void Tool_CheckExample_Exit1()
    {
        var (exit, output, error) = CliRunner.RunProcess(null, null, "check", CliRunner.Example("interchange.json"), "--lang", "en");
        error.Should().BeEmpty();
        exit.Should().Be(1, "the interchange example has error findings");
        output.Should().StartWith("As of 2026-11-22 (document asOf)");
    }

    [Fact]
    public void Tool_StandardInput_TruncatedJson_Exit2()
    {
        var (exit, output, error) = CliRunner.RunProcess("{\"organizations\":[", null, "check", "-");
        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("partyorg check: cannot read standard input (1 problem); nothing was checked:\n$: not valid JSON");
    }

    [Fact]
    public void Tool_StandardInput_NonUtf8Bytes_Exit2()
    {
        // GBK-encoded 中国 in a name: the raw bytes reach the loader, which refuses them instead of guessing.
        var bytes = System.Text.Encoding.ASCII.GetBytes("{\"organizations\":[{\"id\":\"b\",\"kind\":\"branch\",\"name\":\"")
            .Concat(new byte[] { 0xD6, 0xD0, 0xB9, 0xFA }).Concat(System.Text.Encoding.ASCII.GetBytes("\"}]}")).ToArray();
        var (exit, _, error) = CliRunner.RunProcessBytes(bytes, null, "check", "-");
        exit.Should().Be(2);
        error.Should().Contain("$: the document is not valid UTF-8: byte 0xD6 at line 1");
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
