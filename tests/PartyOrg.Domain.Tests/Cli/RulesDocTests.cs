using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using FluentAssertions;
using PartyOrg.Cli.Output;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

/// <summary>docs/rules.md is generated from the rule registry; this test fails when it is out of date.</summary>
public class RulesDocTests
{
    [Fact]
    public void RulesMarkdown_MatchesDocsRulesMd()
    {
        var path = Path.Combine(RepoRoot(), "docs", "rules.md");
        var expected = RulesMarkdown.Render();
        if (Environment.GetEnvironmentVariable("PARTYORG_ACCEPT_DOCS") == "1")
        {
            File.WriteAllText(path, expected, new UTF8Encoding(false));
        }

        File.Exists(path).Should().BeTrue("docs/rules.md is generated from the registry (run the tests with PARTYORG_ACCEPT_DOCS=1)");
        File.ReadAllText(path).Replace("\r\n", "\n").Should().Be(expected,
            "docs/rules.md must match the rule registry; regenerate it with PARTYORG_ACCEPT_DOCS=1 dotnet test and review the diff");
    }

    internal static string RepoRoot([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", ".."));
}
