using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using PartyOrg.Cli;
using PartyOrg.Cli.Commands;
using PartyOrg.Cli.Demo;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

/// <summary>Commands and demo sections are registered explicitly (no reflection scan at start); <c>--version</c> names the commit.</summary>
public class RegistrationAndVersionTests
{
    [Fact]
    public void EveryCommandClass_IsRegisteredOnce()
    {
        var classes = typeof(CliApp).Assembly.GetTypes()
            .Where(t => typeof(ICommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => t.Name)
            .OrderBy(n => n)
            .ToArray();
        classes.Should().Contain("CheckCommand");
        CliApp.Commands.Select(c => c.GetType().Name).OrderBy(n => n).Should().Equal(classes);
        CliApp.Commands.Select(c => c.Name).Should().OnlyHaveUniqueItems();
        CliApp.Commands.Select(c => c.Order).Should().BeInAscendingOrder();
    }

    [Fact]
    public void EveryDemoSectionClass_IsRegisteredOnce()
    {
        var classes = typeof(CliApp).Assembly.GetTypes()
            .Where(t => typeof(IDemoSection).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => t.Name)
            .OrderBy(n => n)
            .ToArray();
        classes.Should().Contain("HierarchySection");
        DemoCommand.Sections.Select(s => s.GetType().Name).OrderBy(n => n).Should().Equal(classes);
        DemoCommand.Sections.Select(s => s.Order).Should().BeInAscendingOrder();
    }

    [Fact]
    public void Version_PrintsTheSemanticVersionAndTheCommit()
    {
        var (exit, output, error) = CliRunner.Run(string.Empty, "--version");

        exit.Should().Be(CliApp.Ok);
        error.Should().BeEmpty();
        output.Trim().Should().Be(CliApp.Version);
        Regex.IsMatch(CliApp.Version, @"^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?\+[0-9a-f]{40}$").Should().BeTrue($"\"{CliApp.Version}\" is version+commit");
    }
}
