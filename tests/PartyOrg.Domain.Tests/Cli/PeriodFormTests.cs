using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using PartyOrg.Domain.Tests.Calendars;
using PartyOrg.Domain.Tests.Json;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

/// <summary>
/// The <c>period</c> of every output is one of the contract's forms (null, <c>2026</c>, <c>2026-Q1</c>, <c>2026-03</c>,
/// or an ISO 8601 interval of dates), and <c>check</c>'s output validates against docs/schema/partyorg-check-output.schema.json,
/// on the examples and on generated documents (every rule that fires there is walked).
/// </summary>
public sealed class PeriodFormTests
{
    private static SchemaValidator OutputSchema() => SchemaValidator.Load("partyorg-check-output.schema.json");

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(RepoFiles.PathOf("docs", "examples"), "*.json").OrderBy(x => x, System.StringComparer.Ordinal))
        {
            data.Add("example:" + Path.GetFileName(f));
        }

        data.Add("generated:small:1");
        data.Add("generated:small:2");
        data.Add("generated:small:20261122");
        data.Add("generated:city:1");
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Check_EveryFindingsPeriod_IsAContractForm_AndTheOutputMatchesTheSchema(string source)
    {
        var text = Load(source);
        var schema = OutputSchema();
        var rules = new HashSet<string>(System.StringComparer.Ordinal);
        var findings = 0;

        // The document's own "as of", a year end (every period closed) and mid-year (open periods, warnings near their end).
        foreach (var asOf in new[] { null, "2026-12-31", "2026-06-25" })
        {
            var args = new List<string> { "check", "-", "--format", "json" };
            if (asOf is not null)
            {
                args.AddRange(new[] { "--as-of", asOf });
            }

            var (exit, output, error) = CliRunner.Run(text, args.ToArray());
            error.Should().BeEmpty();
            exit.Should().BeInRange(0, 1);
            using var doc = JsonDocument.Parse(output);
            schema.Validate(doc.RootElement).Should().BeEmpty();
            foreach (var f in doc.RootElement.GetProperty("findings").EnumerateArray())
            {
                findings++;
                rules.Add(f.GetProperty("ruleId").GetString()!);
                var period = f.GetProperty("period");
                if (period.ValueKind != JsonValueKind.Null)
                {
                    ReportingPeriodTests.ContractForm.IsMatch(period.GetString()!).Should().BeTrue(
                        $"{f.GetProperty("ruleId").GetString()} on {f.GetProperty("subject").GetString()} wrote period \"{period.GetString()}\"");
                }
            }
        }

        if (source.StartsWith("generated:", System.StringComparison.Ordinal))
        {
            findings.Should().BeGreaterThan(0);
            rules.Should().Contain("LIFE-SELF-LAPSE-6M", "the generated documents have lapse runs, whose period is an interval");
        }
    }

    [Fact]
    public void TermsAndCalendar_Periods_AreContractForms()
    {
        var text = Load("generated:small:1");
        var (exit, output, error) = CliRunner.Run(text, "terms", "-", "--format", "json");
        error.Should().BeEmpty();
        exit.Should().BeInRange(0, 1);
        using (var doc = JsonDocument.Parse(output))
        {
            foreach (var f in doc.RootElement.GetProperty("findings").EnumerateArray())
            {
                var p = f.GetProperty("period");
                (p.ValueKind == JsonValueKind.Null || ReportingPeriodTests.ContractForm.IsMatch(p.GetString()!)).Should().BeTrue(p.GetRawText());
            }
        }

        (exit, output, error) = CliRunner.Run(text, "calendar", "-", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "json");
        error.Should().BeEmpty();
        exit.Should().Be(0);
        using (var doc = JsonDocument.Parse(output))
        {
            var periods = doc.RootElement.GetProperty("events").EnumerateArray()
                .Where(e => e.TryGetProperty("period", out var p) && p.ValueKind == JsonValueKind.String)
                .Select(e => e.GetProperty("period").GetString()!).ToArray();
            periods.Should().NotBeEmpty();
            periods.Should().OnlyContain(p => ReportingPeriodTests.ContractForm.IsMatch(p));
        }
    }

    [Fact]
    public void OutputSchema_Period_AcceptsTheContractFormsOnly()
    {
        var schema = OutputSchema();
        foreach (var (period, ok) in new (string?, bool)[]
        {
            ("2026", true), ("2026-Q1", true), ("2026-03", true), ("2026-03-01/2026-08-31", true), (null, true),
            ("2026-H1", false), ("2026-13", false), ("2026-Q5", false), ("2026-03-01--2026-08-31", false),
        })
        {
            var json = "{\"asOf\":\"2026-11-22\",\"profile\":\"state-organs\",\"findings\":[{\"ruleId\":\"X-Y\",\"severity\":\"error\",\"subject\":\"b\","
                + "\"organization\":null,\"period\":" + (period is null ? "null" : "\"" + period + "\"")
                + ",\"expected\":\"\",\"actual\":\"\",\"citations\":[],\"message\":{\"zh-CN\":\"\",\"en\":\"\"}}],"
                + "\"summary\":{\"organizations\":1,\"errors\":1,\"warnings\":0,\"infos\":0}}";
            using var doc = JsonDocument.Parse(json);
            schema.Validate(doc.RootElement).Should().HaveCount(ok ? 0 : 1, period ?? "null");
        }
    }

    private static string Load(string source)
    {
        var parts = source.Split(':');
        if (parts[0] == "example")
        {
            return File.ReadAllText(RepoFiles.PathOf("docs", "examples", parts[1]));
        }

        var (exit, output, error) = CliRunner.Run(string.Empty, "generate", "--size", parts[1], "--seed", parts[2]);
        exit.Should().Be(0, error);
        return output;
    }
}
