using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using PartyOrg.Cli.Sample;
using PartyOrg.Domain.Compliance;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

/// <summary>The demo in zh-CN is Chinese: once ids, rule ids and the product name are taken out, no Latin word is left.</summary>
public sealed class DemoLanguageTests
{
    [Fact]
    public void ChineseDemo_HasNoEnglishFragments()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, "demo", "--lang", "zh-CN");
        exit.Should().Be(0);
        var tree = SampleOrgan.BuildTree();
        var tokens = tree.Organizations.Select(o => o.Id)
            .Concat(tree.Members.Select(m => m.Id))
            .Concat(SampleOrgan.BuildInput().Meetings!.Records.Select(r => r.Id))
            .Concat(RuleCatalog.Descriptors.Select(d => d.Id))
            .Concat(new[] { "PartyOrg.Domain" })
            .OrderByDescending(t => t.Length)
            .ToArray();
        var offending = output.Split('\n')
            .Select(line => tokens.Aggregate(line, (l, t) => l.Replace(t, string.Empty)))
            .Where(line => Regex.IsMatch(line, "[A-Za-z]{2,}"))
            .ToArray();
        offending.Should().BeEmpty();
    }

    [Fact]
    public void ChineseDemo_RangesReadZhi_NotDots()
    {
        var (_, output, _) = CliRunner.Run(string.Empty, "demo", "--lang", "zh-CN");
        output.Should().NotContain("..");
        output.Should().Contain("5至9人");
    }
}
