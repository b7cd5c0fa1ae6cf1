using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Compliance;
using Xunit;
using static PartyOrg.Domain.Tests.Dues.DuesFixture;

namespace PartyOrg.Domain.Tests.Dues;

/// <summary>The DUES-* rules: compliant, violation and the exact boundary of each.</summary>
public sealed class DuesRuleTests
{
    [Theory]
    [InlineData("97.50", false)]
    [InlineData("97.49", true)]
    [InlineData("120.00", false)] // more than due: never a finding
    public void RateBands_UnderpaymentByOneFen_IsAFinding(string paid, bool finding)
    {
        var f = Findings(Document(Row("m-1", "2026-03", "6500.00", paid, "2026-03-10")), "DUES-RATE-BANDS");
        if (!finding)
        {
            f.Should().BeEmpty();
            return;
        }

        var one = f.Single();
        one.Severity.Should().Be(Severity.Error);
        one.SubjectId.Should().Be("m-1");
        one.OrganizationId.Should().Be("b-1");
        one.Period.ToString().Should().Be("2026-03");
        one.Expected.Should().Be("97.50");
        one.Actual.Should().Be("97.49");
        one.Message.English.Should().Contain("0.01 yuan short").And.Contain("1.5%");
    }

    [Fact]
    public void RateBands_NothingPaid_IsATimingMatterNotAnUnderpayment()
    {
        Findings(Document(Row("m-1", "2026-03", "6500.00")), "DUES-RATE-BANDS").Should().BeEmpty();
        Findings(Document(Row("m-1", "2026-03", "6500.00")), "DUES-PAYMENT-TIMING").Should().ContainSingle();
    }

    [Theory]
    [InlineData("5000.00", "25.00", false)]
    [InlineData("5000.01", "25.00", true)] // one fen above the edge: 1 % is due on the whole pension
    [InlineData("5000.01", "50.00", false)]
    public void Retired_PensionEdge(string pension, string paid, bool finding)
    {
        var f = Findings(Document(Row("m-4", "2026-03", pension, paid, "2026-03-10")), "DUES-RETIRED");
        f.Should().HaveCount(finding ? 1 : 0);
        Findings(Document(Row("m-4", "2026-03", pension, paid, "2026-03-10")), "DUES-RATE-BANDS").Should().BeEmpty("a retired member is judged by DUES-RETIRED");
    }

    [Theory]
    [InlineData("m-5", null, "0.20", 0)]
    [InlineData("m-5", null, "0.19", 1)]
    [InlineData("m-3", "1.00", "1.00", 0)]
    [InlineData("m-3", "0.20", "0.20", 0)]
    [InlineData("m-3", "1.01", "1.01", 1)] // outside the national 0.20–1.00
    [InlineData("m-3", "0.19", "0.19", 1)]
    [InlineData("m-3", "0.50", "0.40", 1)]
    public void Flat_AmountsAndTheFarmerRange(string member, string? monthlyBase, string paid, int count)
    {
        Findings(Document(Row(member, "2026-03", monthlyBase, paid, "2026-03-10")), "DUES-FLAT").Should().HaveCount(count);
    }

    [Theory]
    [InlineData("2026-03-31", "monthly", 0)]
    [InlineData("2026-04-01", "monthly", 1)]
    [InlineData("2026-03-31", "quarterly-with-consent", 0)]
    [InlineData("2026-04-01", "quarterly-with-consent", 1)]
    [InlineData("2026-09-30", "arrears-with-consent", 0)]
    [InlineData("2026-10-01", "arrears-with-consent", 1)]
    public void PaymentTiming_DueByEdge(string paidOn, string arrangement, int count)
    {
        var month = arrangement == "quarterly-with-consent" ? "2026-01" : "2026-03";
        var f = Findings(Document(Row("m-1", month, "6500.00", "97.50", paidOn, ", \"arrangement\": \"" + arrangement + "\"")), "DUES-PAYMENT-TIMING");
        f.Should().HaveCount(count);
        f.Where(x => x.Severity != Severity.Warning).Should().BeEmpty();
    }

    [Theory]
    [InlineData("2026-03-31", 0)] // unpaid on the due date itself: not yet late
    [InlineData("2026-04-01", 1)]
    public void PaymentTiming_UnpaidAfterDueBy(string asOf, int count)
    {
        Findings(Document(Row("m-1", "2026-03", "6500.00"), asOf: asOf), "DUES-PAYMENT-TIMING").Should().HaveCount(count);
    }

    [Theory]
    [InlineData("999.99", 0)]
    [InlineData("1000.00", 1)]
    public void Voluntary_FromOneThousand_GoesToTheCentre(string voluntary, int count)
    {
        var f = Findings(Document(Row("m-1", "2026-03", "6500.00", "97.50", "2026-03-10", ", \"voluntary\": \"" + voluntary + "\"")));
        f.Where(x => x.RuleId == "DUES-CHANGE-AND-VOLUNTARY").Should().HaveCount(count);
        f.Where(x => x.RuleId == "DUES-CHANGE-AND-VOLUNTARY" && x.Severity != Severity.Info).Should().BeEmpty();
        f.Where(x => x.RuleId != "DUES-CHANGE-AND-VOLUNTARY").Should().BeEmpty("voluntary extra is never a finding");
    }

    private const string ApprovedExempt = "{ \"member\": \"m-1\", \"kind\": \"exempt\", \"from\": \"2026-03\", \"until\": \"2026-04\", \"branchDecidedOn\": \"2026-02-20\", \"approvedBy\": \"oc\", \"approvedOn\": \"2026-02-26\" }";

    [Fact]
    public void Hardship_ApprovedExemption_NothingDue_NoFinding()
    {
        var json = Document(Row("m-1", "2026-03", "6500.00") + "," + Row("m-1", "2026-04", "6500.00"), ApprovedExempt);
        Findings(json).Should().BeEmpty();
    }

    [Theory]
    [InlineData("\"approvedBy\": \"b-1\", \"approvedOn\": \"2026-02-26\"")] // the branch itself
    [InlineData("\"approvedOn\": \"2026-02-26\"")]
    [InlineData("\"approvedBy\": \"oc\", \"approvedOn\": \"2026-12-01\"")] // after the audit date
    public void Hardship_WithoutApproval_OneFindingPerArrangement_AndTheAmountStands(string approval)
    {
        var exemption = "{ \"member\": \"m-1\", \"kind\": \"reduced\", \"amount\": \"5.00\", \"from\": \"2026-03\", \"until\": \"2026-04\", " + approval + " }";
        var json = Document(Row("m-1", "2026-03", "6500.00", "5.00", "2026-03-10") + "," + Row("m-1", "2026-04", "6500.00", "5.00", "2026-04-10"), exemption);
        var f = Findings(json);
        f.Where(x => x.RuleId == "DUES-HARDSHIP").Should().ContainSingle().Which.Period.ToString().Should().Be("2026-03-01/2026-04-30");
        f.Where(x => x.RuleId == "DUES-RATE-BANDS").Should().HaveCount(2, "without approval 97.50 is still due");
    }

    [Fact]
    public void Hardship_ApprovedReduction_ReducedAmountIsDue()
    {
        var exemption = "{ \"member\": \"m-1\", \"kind\": \"reduced\", \"amount\": \"5.00\", \"from\": \"2026-03\", \"approvedBy\": \"oc\", \"approvedOn\": \"2026-02-26\" }";
        Findings(Document(Row("m-1", "2026-03", "6500.00", "5.00", "2026-03-10"), exemption)).Should().BeEmpty();
        Findings(Document(Row("m-1", "2026-03", "6500.00", "4.99", "2026-03-10"), exemption), "DUES-RATE-BANDS").Should().ContainSingle();
    }

    [Fact]
    public void ProbationaryStart_MonthBeforeAdmissionOwesNothing_AdmissionMonthInFull()
    {
        var json = Document(Row("m-9", "2026-01", "4000.00") + "," + Row("m-9", "2026-02", "4000.00", "40.00", "2026-02-20"));
        Findings(json).Should().BeEmpty("January ends before the admission meeting of 2026-02-15; February is due in full and paid");
        Findings(Document(Row("m-9", "2026-02", "4000.00"), asOf: "2026-03-01"), "DUES-PAYMENT-TIMING").Should().ContainSingle("the admission month is due");
        var paidBefore = Findings(Document(Row("m-9", "2026-01", "4000.00", "40.00", "2026-01-20")), "DUES-PROBATIONARY-START");
        paidBefore.Should().ContainSingle().Which.Severity.Should().Be(Severity.Info);
    }

    [Fact]
    public void NoDuesSection_NoDuesRuleRuns_EmptySectionIsPresent()
    {
        var doc = Load(Document(string.Empty));
        doc.Dues.Should().NotBeNull();
        doc.Dues!.Rows.Should().BeEmpty();
        var noSection = Document(string.Empty).Replace(", \"dues\": []", string.Empty).Replace("\"dues\": []", string.Empty);
        var withoutDues = Load(noSection.Replace("} ], }", "} ] }"));
        withoutDues.Dues.Should().BeNull();
    }

    [Fact]
    public void Window_OnlyMonthsInsideItAreJudged()
    {
        var doc = Load(Document(Row("m-1", "2025-03", "6500.00", "1.00", "2025-03-10") + "," + Row("m-1", "2026-03", "6500.00", "1.00", "2026-03-10")));
        var input = doc.ToComplianceInput(new LocalDate(2026, 11, 22));
        new ComplianceChecker(ComplianceProfile.StateOrgans).Check(input).Findings.Where(f => f.RuleId == "DUES-RATE-BANDS")
            .Select(f => f.Period.ToString()).Should().Equal("2026-03");
    }
}
