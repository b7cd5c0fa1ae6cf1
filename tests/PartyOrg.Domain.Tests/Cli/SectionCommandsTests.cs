using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using PartyOrg.Cli.Sample;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

public sealed class SectionCommandsTests
{
    private static readonly string Sample = CliRunner.Example("sample-organ.json");
    private static readonly string Interchange = CliRunner.Example("interchange.json");

    [Fact]
    public void ExportedSample_GivesTheSameFindingsAsTheInMemorySample()
    {
        var expected = new ComplianceChecker(ComplianceProfile.StateOrgans).Check(SampleOrgan.BuildInput());
        var loaded = PartyOrgDocument.Load(File.ReadAllBytes(Sample)).GetDocumentOrThrow();
        var actual = new ComplianceChecker(loaded.Profile).Check(loaded.ToComplianceInput(loaded.AsOf!.Value));
        actual.Findings.Should().Equal(expected.Findings);
        loaded.Meetings!.Records.Should().Equal(SampleOrgan.BuildInput().Meetings!.Records);
    }

    [Fact]
    public void Terms_Json_FollowsTheContract()
    {
        var (exit, output, error) = CliRunner.Run(string.Empty, "terms", Interchange, "--format", "json");
        error.Should().BeEmpty();
        exit.Should().Be(0);
        using var doc = JsonDocument.Parse(output);
        var b1 = doc.RootElement.GetProperty("terms").EnumerateArray().Single(t => t.GetProperty("organization").GetString() == "b-1");
        b1.GetProperty("start").GetString().Should().Be("2024-03-01");
        b1.GetProperty("years").GetInt32().Should().Be(3);
        b1.GetProperty("expiry").GetString().Should().Be("2027-03-01");
        b1.GetProperty("reminderDue").GetString().Should().Be("2026-09-01");
        b1.GetProperty("status").GetString().Should().Be("postponed");
        b1.GetProperty("adjustment").GetProperty("kind").GetString().Should().Be("postpone");
        var wc = doc.RootElement.GetProperty("terms").EnumerateArray().Single(t => t.GetProperty("organization").GetString() == "wc");
        wc.GetProperty("status").GetString().Should().Be("no-term");
        wc.GetProperty("adjustment").ValueKind.Should().Be(JsonValueKind.Null);
        doc.RootElement.GetProperty("findings").EnumerateArray().Should().OnlyContain(f => f.GetProperty("ruleId").GetString()!.StartsWith("TERM-"));
    }

    [Fact]
    public void Terms_Table_ErrorFindingsExit1() =>
        CliRunner.Run(string.Empty, "terms", Sample).Exit.Should().Be(1);

    [Fact]
    public void Elect_Json_FollowsTheContract()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, "elect", Interchange, "--format", "json");
        exit.Should().Be(0);
        using var doc = JsonDocument.Parse(output);
        var e = doc.RootElement.GetProperty("elections")[0];
        e.GetProperty("id").GetString().Should().Be("e-1");
        e.GetProperty("quorate").GetBoolean().Should().BeTrue();
        e.GetProperty("ballotsValid").GetBoolean().Should().BeTrue();
        e.GetProperty("enoughCandidates").GetBoolean().Should().BeTrue();
        e.GetProperty("elected").EnumerateArray().Select(x => x.GetString()).Should().Equal("m-1");
        e.GetProperty("tiedForLastSeat").GetArrayLength().Should().Be(0);
        e.GetProperty("shortfall").GetInt32().Should().Be(0);
        e.GetProperty("threshold").GetProperty("entitled").GetInt32().Should().Be(2);
        e.GetProperty("threshold").GetProperty("votesNeeded").GetInt32().Should().Be(2);
        e.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()).Should().Contain("ELEC-QUORUM-4-5");
    }

    [Fact]
    public void Elect_EntitledComputedFromMembers()
    {
        var json = File.ReadAllText(Interchange).Replace("\"entitled\": 2, ", string.Empty);
        var (exit, output, _) = CliRunner.Run(json, "elect", "-", "--format", "json");
        exit.Should().Be(0);
        output.Should().Contain("\"entitled\": 2");
    }

    [Fact]
    public void Elect_MorePresentThanEntitledMembers_Exit2WithPath()
    {
        var json = File.ReadAllText(Interchange).Replace("\"entitled\": 2, \"attended\": 2, \"voters\": 2,", "\"attended\": 5,");
        var (exit, _, error) = CliRunner.Run(json, "elect", "-");
        exit.Should().Be(2);
        error.Should().Contain("$.elections[0].entitled: absent, and the members with voting rights on 2024-03-01 are 2, fewer than the 5 present");
    }

    [Fact]
    public void Elect_TableInEnglish() =>
        CliRunner.Run(string.Empty, "elect", Sample, "--lang", "en").Out.Should().Contain("Elected: m-005, m-006, m-007, m-008, m-009");

    [Fact]
    public void Calendar_Json_HasMeetingObligationsAndTermMilestones()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, "calendar", Sample, "--from", "2026-12-01", "--to", "2027-03-31", "--format", "json");
        exit.Should().Be(0);
        using var doc = JsonDocument.Parse(output);
        var events = doc.RootElement.GetProperty("events").EnumerateArray().ToArray();
        events.Should().Contain(e => e.GetProperty("category").GetString() == "meeting" && e.GetProperty("type").GetString() == "general-meeting" && e.GetProperty("period").GetString() == "2027-Q1");
        events.Should().Contain(e => e.GetProperty("category").GetString() == "term" && e.GetProperty("organization").GetString() == "b-1" && e.GetProperty("type").GetString() == "election");
        events.Select(e => e.GetProperty("uid").GetString()).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Calendar_Ics_IsRfc5545AndStable()
    {
        var run = CliRunner.Run(string.Empty, "calendar", Sample, "--from", "2027-01-01", "--to", "2027-03-31", "--format", "ics");
        run.Exit.Should().Be(0);
        var ics = run.Out;
        ics.Should().StartWith("BEGIN:VCALENDAR\r\n").And.EndWith("END:VCALENDAR\r\n");
        ics.Should().Contain("\r\nVERSION:2.0\r\n").And.Contain("\r\nPRODID:-//PartyOrg.Domain//partyorg calendar//ZH\r\n").And.Contain("\r\nCALSCALE:GREGORIAN\r\n");
        ics.Should().Contain("DTSTAMP:20261122T000000Z").And.Contain("DTSTART;VALUE=DATE:20270101");
        ics.Replace("\r\n", "\n").Split('\n').Should().OnlyContain(l => !l.Contains('\r'));
        var parsed = Ical.Net.Calendar.Load(ics)!;
        parsed.Events.Should().NotBeEmpty();
        parsed.Events.Select(e => e.Uid).Should().OnlyHaveUniqueItems();
        parsed.Events.Should().OnlyContain(e => e.IsAllDay);
        CliRunner.Run(string.Empty, "calendar", Sample, "--from", "2027-01-01", "--to", "2027-03-31", "--format", "ics").Out.Should().Be(ics);
    }

    [Theory]
    [InlineData("calendar", "--to", "2027-01-01")]
    [InlineData("calendar", "--from", "2027-02-01", "--to", "2027-01-01")]
    public void Calendar_BadRange_Exit2(params string[] args) =>
        CliRunner.Run(string.Empty, args.Take(1).Concat(new[] { Sample }).Concat(args.Skip(1)).ToArray()).Exit.Should().Be(2);

    [Theory]
    [InlineData("terms")]
    [InlineData("elect")]
    [InlineData("calendar")]
    [InlineData("rules")]
    [InlineData("sample")]
    public void EveryCommand_HasHelpWithExamples(string command)
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, command, "--help");
        exit.Should().Be(0);
        output.Should().Contain("Examples:");
    }

    [Theory]
    [InlineData("terms")]
    [InlineData("elect")]
    [InlineData("calendar", "--from", "2026-01-01", "--to", "2026-12-31")]
    public void EveryDocumentCommand_UnreadableInput_Exit2(params string[] args)
    {
        var (exit, output, error) = CliRunner.Run("{\"organizations\":[{\"id\":\"b\",\"kind\":\"brnch\",\"name\":\"x\"}]}", args.Take(1).Concat(new[] { "-" }).Concat(args.Skip(1)).ToArray());
        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("$.organizations[0].kind: unknown value \"brnch\"");
    }
}
