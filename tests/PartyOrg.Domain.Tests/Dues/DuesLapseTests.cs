using System.Linq;
using FluentAssertions;
using PartyOrg.Domain.Compliance;
using Xunit;
using static PartyOrg.Domain.Tests.Dues.DuesFixture;

namespace PartyOrg.Domain.Tests.Dues;

/// <summary>The dues limb of LIFE-SELF-LAPSE-6M: six consecutive months unpaid without proper reason.</summary>
public sealed class DuesLapseTests
{
    private const string Lapse = "LIFE-SELF-LAPSE-6M";

    private static string Unpaid(string member, int fromMonth, int count, int year = 2026) =>
        string.Join(",", Enumerable.Range(fromMonth, count).Select(m => Row(member, year + "-" + m.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), "6500.00")));

    [Theory]
    [InlineData(5, Severity.Warning)]
    [InlineData(6, Severity.Error)]
    public void SixUnpaidMonths_IsTheLapse_FiveIsAnAlert(int months, Severity severity)
    {
        var f = Findings(Document(Unpaid("m-1", 1, months)), Lapse).Single();
        f.Severity.Should().Be(severity);
        f.SubjectId.Should().Be("m-1");
        f.Actual.Should().Be(months.ToString(System.Globalization.CultureInfo.InvariantCulture));
        f.Period.ToString().Should().Be(months == 6 ? "2026-01-01/2026-06-30" : "2026-01-01/2026-05-31");
        f.Message.Chinese.Should().Contain("没有交纳党费");
        f.Message.English.Should().Contain("paid no dues");
    }

    [Fact]
    public void APaidMonth_OrAMonthWithoutARow_EndsTheRun()
    {
        var paidInApril = Unpaid("m-1", 1, 3) + "," + Row("m-1", "2026-04", "6500.00", "97.50", "2026-04-05") + "," + Unpaid("m-1", 5, 3);
        Findings(Document(paidInApril), Lapse).Select(f => f.Actual).Should().Equal("3", "3");
        var gap = Unpaid("m-1", 1, 3) + "," + Unpaid("m-1", 5, 3);
        Findings(Document(gap), Lapse).Select(f => f.Actual).Should().Equal("3", "3");
    }

    [Fact]
    public void ExemptedMonths_AndMonthsNotYetDue_DoNotCount()
    {
        var exempt = "{ \"member\": \"m-1\", \"kind\": \"exempt\", \"from\": \"2026-01\", \"until\": \"2026-12\", \"approvedBy\": \"oc\", \"approvedOn\": \"2025-12-20\" }";
        Findings(Document(Unpaid("m-1", 1, 8), exempt), Lapse).Should().BeEmpty();
        // As of 2026-06-30 June is not overdue yet: five months.
        Findings(Document(Unpaid("m-1", 1, 6), asOf: "2026-06-30"), Lapse).Single().Actual.Should().Be("5");
        Findings(Document(Unpaid("m-1", 1, 6), asOf: "2026-07-01"), Lapse).Single().Severity.Should().Be(Severity.Error);
    }

    [Fact]
    public void MonthsBeforeAdmission_OweNothing()
    {
        // m-9 was admitted 2026-02-15: January owes nothing, so February–June are five months.
        Findings(Document(Unpaid("m-9", 1, 6)), Lapse).Single().Actual.Should().Be("5");
    }

    [Fact]
    public void BothLimbsInOverlappingMonths_OneFindingNamingBothGrounds()
    {
        // b-1 holds a themed Party day every month of 2026 attended by m-2 only; m-1 misses them all and pays nothing Mar–Aug.
        var meetings = string.Join(",", Enumerable.Range(1, 10).Select(m =>
            "{ \"id\": \"t" + m + "\", \"organization\": \"b-1\", \"kinds\": [\"themed-party-day\"], \"date\": \"2026-" + m.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + "-10\", \"attendees\": [\"m-2\"] }"));
        var json = Document(Unpaid("m-1", 3, 6), meetings: meetings);
        var f = Findings(json, Lapse).Where(x => x.SubjectId == "m-1").ToArray();
        f.Should().ContainSingle();
        f[0].Period.ToString().Should().Be("2026-01-01/2026-10-31");
        f[0].Actual.Should().Be("10");
        f[0].Message.English.Should().Contain("10 consecutive months without organizational life").And.Contain("6 consecutive months without paying dues");
        f[0].Severity.Should().Be(Severity.Error);
    }

    [Fact]
    public void AttendanceLimbAlone_IsUnchanged_WhenTheLedgerIsClean()
    {
        var meetings = string.Join(",", Enumerable.Range(1, 6).Select(m =>
            "{ \"id\": \"t" + m + "\", \"organization\": \"b-1\", \"kinds\": [\"themed-party-day\"], \"date\": \"2026-0" + m + "-10\", \"attendees\": [\"m-2\"] }"));
        var json = Document(Row("m-1", "2026-03", "6500.00", "97.50", "2026-03-05"), meetings: meetings);
        var f = Findings(json, Lapse).Single(x => x.SubjectId == "m-1");
        f.Message.English.Should().Contain("held organizational life every month").And.NotContain("dues");
    }
}
