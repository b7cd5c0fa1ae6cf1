using System.Linq;
using FluentAssertions;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

public sealed class DeterminismTests
{
    public static TheoryData<string> Formats() => new() { "table", "json", "markdown" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Check_SameBytesInEveryCulture(string format)
    {
        var outputs = new[] { "zh-CN", "en-US", "ar-SA", "tr-TR", string.Empty }
            .Select(c => CliRunner.RunInCulture(c, "check", CliRunner.Example("sample-organ.json"), "--format", format))
            .ToArray();
        outputs.Select(o => o.Out).Distinct().Should().ContainSingle();
        outputs[0].Exit.Should().Be(1);
    }

    [Fact]
    public void Check_FindingsAreSortedBySubjectRulePeriod()
    {
        var json = CliRunner.Run(string.Empty, "check", CliRunner.Example("sample-organ.json"), "--format", "json").Out;
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var keys = doc.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => f.GetProperty("subject").GetString()! + "\u0000" + f.GetProperty("ruleId").GetString()!).ToArray();
        keys.Should().NotBeEmpty();
        keys.Should().Equal(keys.OrderBy(k => k, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Check_SameBytesInEveryTimeZone_ChildProcess()
    {
        var a = CliRunner.RunProcess(null, "Pacific/Kiritimati", "check", CliRunner.Example("sample-organ.json"), "--format", "json");
        var b = CliRunner.RunProcess(null, "America/Adak", "check", CliRunner.Example("sample-organ.json"), "--format", "json");
        a.Error.Should().BeEmpty();
        a.Exit.Should().Be(1);
        b.Should().Be(a);
    }
}
