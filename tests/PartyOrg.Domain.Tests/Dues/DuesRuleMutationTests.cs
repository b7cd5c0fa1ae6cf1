using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Dues;
using PartyOrg.Domain.Organizations;
using Xunit;
using static PartyOrg.Domain.Tests.Dues.DuesFixture;

namespace PartyOrg.Domain.Tests.Dues;

/// <summary>
/// The values the DUES-* rules report and the edges of the audit window, pinned exactly: the shortfall, the period of an
/// unapproved arrangement, what was found of its approval, and the rules and parameters the built-in profile is assembled
/// with.
/// </summary>
public sealed class DuesRuleMutationTests
{
    private const string Reduced = "{ \"member\": \"m-1\", \"kind\": \"reduced\", \"amount\": \"5.00\", \"from\": \"2026-03\", \"until\": \"2026-03\", ";

    [Fact]
    public void BuiltInProfile_AssemblesEveryDuesRule_WithTheStandardScheduleAndHalfUpRounding()
    {
        var profile = BuiltInProfileFactory.Create(Sector.StateOrgans);

        profile.Rules.Select(r => r.Descriptor.Id).Where(id => id.StartsWith("DUES-", System.StringComparison.Ordinal)).Should().BeEquivalentTo(
            "DUES-RATE-BANDS", "DUES-RETIRED", "DUES-FLAT", "DUES-CHANGE-AND-VOLUNTARY", "DUES-PAYMENT-TIMING", "DUES-HARDSHIP", "DUES-PROBATIONARY-START");
        profile.Get(DuesParameters.Schedule).Should().BeSameAs(DuesRateSchedule.Standard);
        profile.Get(DuesParameters.Rounding).Should().Be(DuesRounding.HalfUp);
    }

    [Fact]
    public void Flat_Underpaid_TheShortfallIsDueMinusPaid()
    {
        var f = Findings(Document(Row("m-5", "2026-03", null, "0.15", "2026-03-10")), "DUES-FLAT").Should().ContainSingle().Subject;

        f.Expected.Should().Be("0.20");
        f.Actual.Should().Be("0.15");
        f.Period!.ToString().Should().Be("2026-03");
        f.Message.Chinese.Should().Contain("0.05").And.NotContain("0.35");
        f.Message.English.Should().Contain("0.05").And.NotContain("0.35");
    }

    [Fact]
    public void Retired_Underpaid_TheShortfallIsDueMinusPaid()
    {
        // 6,000 is above the 5,000 edge: 1 % of the whole pension, 60.00; 20.00 paid, 40.00 short (not 80.00).
        var f = Findings(Document(Row("m-4", "2026-03", "6000.00", "20.00", "2026-03-10")), "DUES-RETIRED").Should().ContainSingle().Subject;

        f.Expected.Should().Be("60.00");
        f.Actual.Should().Be("20.00");
        f.Message.English.Should().Contain("40.00").And.NotContain("80.00");
        f.Message.Chinese.Should().Contain("40.00").And.NotContain("80.00");
    }

    [Fact]
    public void Hardship_UnapprovedArrangementOfOneMonth_IsReportedForThatMonth()
    {
        var json = Document(Row("m-1", "2026-03", "6500.00", "5.00", "2026-03-10"), Reduced + "\"approvedOn\": \"2026-02-26\" }");

        var f = Findings(json, "DUES-HARDSHIP").Should().ContainSingle().Subject;
        f.Period.Should().Be(ReportingPeriod.Month(2026, 3));
        f.Severity.Should().Be(Severity.Warning);
        f.SubjectId.Should().Be("m-1");
        f.OrganizationId.Should().Be("b-1");
    }

    [Fact]
    public void Hardship_WithoutAnApprover_TheActualIsNotApproved()
    {
        var json = Document(Row("m-1", "2026-03", "6500.00", "5.00", "2026-03-10"), Reduced + "\"approvedOn\": \"2026-02-26\" }");

        var f = Findings(json, "DUES-HARDSHIP").Should().ContainSingle().Subject;
        f.ActualText.English.Should().Be("not approved");
        f.ActualText.Chinese.Should().Be("未批准");
    }

    [Fact]
    public void Hardship_ApprovedByTheBranchItself_TheActualNamesTheApproverAndTheDay()
    {
        var json = Document(Row("m-1", "2026-03", "6500.00", "5.00", "2026-03-10"), Reduced + "\"approvedBy\": \"b-1\", \"approvedOn\": \"2026-02-26\" }");

        var f = Findings(json, "DUES-HARDSHIP").Should().ContainSingle().Subject;
        f.ActualText.English.Should().Be("approved by b-1 on 2026-02-26");
        f.ActualText.Chinese.Should().Be("b-1于2026-02-26批准");
    }

    [Fact]
    public void Hardship_UnapprovedExemption_IsReportedWithoutAReducedAmount()
    {
        var exempt = "{ \"member\": \"m-1\", \"kind\": \"exempt\", \"from\": \"2026-03\", \"until\": \"2026-03\", \"approvedBy\": \"b-1\", \"approvedOn\": \"2026-02-26\" }";
        var reduced = Findings(Document(Row("m-1", "2026-03", "6500.00", "5.00", "2026-03-10"), Reduced + "\"approvedBy\": \"b-1\", \"approvedOn\": \"2026-02-26\" }"), "DUES-HARDSHIP")
            .Should().ContainSingle().Subject;
        var exempted = Findings(Document(Row("m-1", "2026-03", "6500.00"), exempt), "DUES-HARDSHIP").Should().ContainSingle().Subject;

        reduced.Message.English.Should().Contain("5.00");
        reduced.Message.Chinese.Should().Contain("5.00");
        exempted.Period.Should().Be(ReportingPeriod.Month(2026, 3));
        exempted.Message.English.Should().NotContain("5.00");
    }

    [Theory]
    [InlineData(2026, 3, 31, 2026, 11, 22, true)] // the window starts on the last day of the month
    [InlineData(2026, 4, 1, 2026, 11, 22, false)]
    [InlineData(2026, 1, 1, 2026, 3, 1, true)] // the window ends on the first day of the month
    [InlineData(2026, 1, 1, 2026, 2, 28, false)]
    public void Window_AMonthOverlappingItByOneDay_IsJudged(int sy, int sm, int sd, int ey, int em, int ed, bool judged)
    {
        var doc = Load(Document(Row("m-1", "2026-03", "6500.00", "1.00", "2026-03-10")));
        var input = doc.ToComplianceInput(new LocalDate(2026, 11, 22), new DateInterval(new LocalDate(sy, sm, sd), new LocalDate(ey, em, ed)));

        var periods = new ComplianceChecker(ComplianceProfile.StateOrgans).Check(input).Findings
            .Where(f => f.RuleId == "DUES-RATE-BANDS").Select(f => f.Period!.ToString()).ToArray();

        if (judged)
        {
            periods.Should().Equal("2026-03");
        }
        else
        {
            periods.Should().BeEmpty();
        }
    }
}
