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
        // Without asOf the date comes from the clock: Kiritimati (UTC+14) and Adak (UTC−10) never share a calendar
        // day, so a machine-zone "today" would differ; the tool must use China Standard Time in both.
        var document = System.Text.Json.Nodes.JsonNode.Parse(System.IO.File.ReadAllText(CliRunner.Example("sample-organ.json")))!.AsObject();
        document.Remove("asOf").Should().BeTrue();
        var json = document.ToJsonString();
        var china = NodaTime.DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var before = NodaTime.SystemClock.Instance.GetCurrentInstant().InZone(china).Date;
        var a = CliRunner.RunProcess(json, "Pacific/Kiritimati", "check", "-", "--format", "json");
        var b = CliRunner.RunProcess(json, "America/Adak", "check", "-", "--format", "json");
        var after = NodaTime.SystemClock.Instance.GetCurrentInstant().InZone(china).Date;
        a.Error.Should().BeEmpty();
        b.Error.Should().BeEmpty();
        string AsOf(string output)
        {
            using var report = System.Text.Json.JsonDocument.Parse(output);
            report.RootElement.GetProperty("asOfSource").GetString().Should().Be("clock");
            return report.RootElement.GetProperty("asOf").GetString()!;
        }

        var today = new[] { before, after }.Select(d => d.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        today.Should().Contain(AsOf(a.Out));
        if (before == after)
        {
            b.Should().Be(a);
        }
    }
}
