using System.Linq;
using System.Text.Json;
using FluentAssertions;
using PartyOrg.Domain.Tests.Cli;
using Xunit;
using static PartyOrg.Domain.Tests.Dues.DuesFixture;

namespace PartyOrg.Domain.Tests.Dues;

/// <summary><c>partyorg dues</c>: the rows, the totals, the findings and the exit codes of the contract.</summary>
public sealed class DuesCommandTests
{
    private static readonly string Ledger = Document(
        Row("m-1", "2026-03", "6500.00", "97.50", "2026-03-10") + ","
        + Row("m-1", "2026-04", "6500.00", "90.00", "2026-04-10") + ","
        + Row("m-4", "2026-03", "5000.00", "25.00", "2026-03-28", ", \"arrangement\": \"quarterly-with-consent\"") + ","
        + Row("m-5", "2026-03", null, "0.20", "2026-03-10", ", \"voluntary\": \"1000.00\""));

    [Fact]
    public void Json_FollowsTheContract()
    {
        var (exit, output, error) = CliRunner.Run(Ledger, "dues", "-", "--format", "json");
        error.Should().BeEmpty();
        exit.Should().Be(1, "the April underpayment is an error finding");
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        root.GetProperty("asOf").GetString().Should().Be("2026-11-22");
        root.GetProperty("rounding").GetString().Should().Be("half-up");
        var first = root.GetProperty("dues")[0];
        first.GetProperty("member").GetString().Should().Be("m-1");
        first.GetProperty("month").GetString().Should().Be("2026-03");
        first.GetProperty("category").GetString().Should().Be("salaried");
        first.GetProperty("base").GetString().Should().Be("6500.00");
        first.GetProperty("rate").GetString().Should().Be("0.015");
        first.GetProperty("amountDue").GetString().Should().Be("97.50");
        first.GetProperty("paid").GetString().Should().Be("97.50");
        first.GetProperty("paidOn").GetString().Should().Be("2026-03-10");
        first.GetProperty("balance").GetString().Should().Be("0.00");
        first.GetProperty("arrangement").GetString().Should().Be("monthly");
        first.GetProperty("dueBy").GetString().Should().Be("2026-03-31");
        first.GetProperty("exemption").ValueKind.Should().Be(JsonValueKind.Null);
        first.GetProperty("voluntary").ValueKind.Should().Be(JsonValueKind.Null);
        first.GetProperty("remitToCentre").GetBoolean().Should().BeFalse();
        var april = root.GetProperty("dues")[1];
        april.GetProperty("balance").GetString().Should().Be("-7.50");
        var retired = root.GetProperty("dues")[2];
        retired.GetProperty("rate").GetString().Should().Be("0.005");
        retired.GetProperty("dueBy").GetString().Should().Be("2026-03-31");
        var student = root.GetProperty("dues")[3];
        student.GetProperty("rate").ValueKind.Should().Be(JsonValueKind.Null);
        student.GetProperty("base").ValueKind.Should().Be(JsonValueKind.Null);
        student.GetProperty("amountDue").GetString().Should().Be("0.20");
        student.GetProperty("voluntary").GetString().Should().Be("1000.00");
        student.GetProperty("remitToCentre").GetBoolean().Should().BeTrue();
        root.GetProperty("totals")[0].GetProperty("branch").GetString().Should().Be("b-1");
        root.GetProperty("totals")[0].GetProperty("amountDue").GetString().Should().Be("220.20");
        root.GetProperty("totals")[0].GetProperty("paid").GetString().Should().Be("212.70");
        root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString())
            .Should().Equal("DUES-RATE-BANDS", "DUES-CHANGE-AND-VOLUNTARY");
    }

    [Fact]
    public void Month_SelectsOneMonth_AndTheLibraryGivesTheSameNumbers()
    {
        var (exit, output, _) = CliRunner.Run(Ledger, "dues", "-", "--month", "2026-04", "--format", "csv");
        exit.Should().Be(1);
        var lines = output.TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(2);
        lines[1].Should().Be("m-1,b-1,2026-04,salaried,6500.00,0.015,97.50,90.00,2026-04-10,-7.50,monthly,2026-04-30,,,false");

        var doc = Load(Ledger);
        var statement = Domain.Dues.DuesStatement.Compute(doc.Tree, doc.Dues!, new NodaTime.LocalDate(2026, 11, 22), Domain.Dues.DuesCalculator.Standard);
        statement.Lines.Single(l => l.Month == new NodaTime.YearMonth(2026, 4)).Balance.Should().Be(-7.50m);
    }

    [Fact]
    public void MarchOnly_HasNoErrorFinding_ExitZero()
    {
        var (exit, output, _) = CliRunner.Run(Ledger, "dues", "-", "--from", "2026-03", "--to", "2026-03-31", "--lang", "en");
        exit.Should().Be(0);
        output.Should().Contain("DUES-CHANGE-AND-VOLUNTARY").And.NotContain("DUES-RATE-BANDS");
    }

    [Theory]
    [InlineData("--month", "2026-3")]
    [InlineData("--rounding", "up")]
    public void BadOptions_ExitTwo(string option, string value)
    {
        CliRunner.Run(Ledger, "dues", "-", option, value).Exit.Should().Be(2);
    }

    [Fact]
    public void BadMoney_ExitTwo_WithItsPath()
    {
        var (exit, _, error) = CliRunner.Run(Document(Row("m-1", "2026-03", "6500.001")), "dues", "-");
        exit.Should().Be(2);
        error.Should().Contain("$.dues[0].base");
    }

    [Fact]
    public void Rounding_Option_IsApplied()
    {
        var json = Document(Row("m-1", "2026-03", "2501.00"));
        CliRunner.Run(json, "dues", "-", "--format", "csv").Out.Should().Contain(",12.51,");
        CliRunner.Run(json, "dues", "-", "--format", "csv", "--rounding", "half-even").Out.Should().Contain(",12.50,");
    }

    [Fact]
    public void Check_IncludesTheDuesFindings()
    {
        var (exit, output, _) = CliRunner.Run(Ledger, "check", "-", "--format", "json");
        exit.Should().Be(1);
        output.Should().Contain("\"DUES-RATE-BANDS\"");
    }
}
