using System;
using System.IO;
using FluentAssertions;
using NodaTime.Testing;
using PartyOrg.Cli;
using PartyOrg.Cli.Commands;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

/// <summary>The calendar window's maximum, and the last-resort message for a failure no input should cause.</summary>
public sealed class LastResortTests
{
    private sealed class FailingWriter : StringWriter
    {
        public override void Write(char value) => throw new InvalidOperationException("disk full");

        public override void Write(string? value) => throw new InvalidOperationException("disk full");

        public override void Write(char[] buffer, int index, int count) => throw new InvalidOperationException("disk full");
    }

    [Fact]
    public void UnexpectedFailure_OneLineNamingTheInput_AskingForAReport_Exit2()
    {
        var error = new StringWriter { NewLine = "\n" };
        var exit = CliApp.Run(new[] { "check", CliRunner.Example("sample-organ.json"), "--format", "json" },
            new CommandIo(new StringReader(string.Empty), new FailingWriter(), error, null, new FakeClock(CliRunner.Now)));
        exit.Should().Be(2);
        var text = error.ToString();
        text.Should().StartWith("partyorg check: unexpected failure while processing " + CliRunner.Example("sample-organ.json") + " (InvalidOperationException: disk full). ")
            .And.Contain("This is a defect, please report it");
        text.TrimEnd('\n').Should().NotContain("\n");
        CliRunner.HasStackTrace(text).Should().BeFalse();
    }

    [Fact]
    public void Calendar_WindowOfFiveYearsLessADay_IsAccepted()
    {
        var (exit, output, error) = CliRunner.Run(string.Empty, "calendar", CliRunner.Example("minimal.json"), "--from", "2026-01-01", "--to", "2030-12-31", "--format", "json");
        error.Should().BeEmpty();
        exit.Should().Be(0);
        output.Should().Contain("\"to\": \"2030-12-31\"");
    }

    [Fact]
    public void Calendar_WindowOfFiveYears_IsRefused()
    {
        var (exit, output, error) = CliRunner.Run(string.Empty, "calendar", CliRunner.Example("minimal.json"), "--from", "2026-01-01", "--to", "2031-01-01");
        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be("partyorg calendar: the window 2026-01-01 … 2031-01-01 is longer than 5 years; --to must be before 2031-01-01 (run one calendar per term or per year)\n"
            + "Usage: partyorg calendar FILE --from DATE --to DATE [--as-of DATE] [--profile NAME] [--format table|json|ics] [--lang zh-CN|en]\n");
    }
}
