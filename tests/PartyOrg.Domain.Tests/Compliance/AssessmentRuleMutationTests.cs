using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.AssessmentData;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Compliance;
using Xunit;
using static PartyOrg.Domain.Tests.Meetings.MeetingFixture;

namespace PartyOrg.Domain.Tests.Compliance;

/// <summary>
/// ASSESS-RECTIFICATION-OVERDUE: which records are judged (the organization is in the tree, identified on or before the
/// audit date) and the plan's own due day when the record gives one.
/// </summary>
public sealed class AssessmentRuleMutationTests
{
    private const string Rule = "ASSESS-RECTIFICATION-OVERDUE";
    private static readonly LocalDate Identified = new(2026, 3, 1);

    private static Finding[] Check(RectificationRecord record, LocalDate asOf) =>
        new ComplianceChecker(ComplianceProfile.StateOrgans)
            .Check(new ComplianceInput(Tree(), asOf).WithWindow(Year2026).WithRectifications(new RectificationLog(new[] { record })))
            .Findings.Where(f => f.RuleId == Rule).ToArray();

    /// <summary>A record whose plan was due on the day it was identified and filed the day after.</summary>
    private static RectificationRecord PlanFiledLate(string organization = "b1") =>
        new("r-1", organization, new[] { WeaknessType.NoOrganizationalLife }, Identified, new LocalDate(2026, 9, 1), Identified, Identified.PlusDays(1));

    [Fact]
    public void AGivenPlanDueDay_IsTheOneJudged()
    {
        var record = new RectificationRecord("r-1", "b1", new[] { WeaknessType.NoOrganizationalLife }, Identified, new LocalDate(2026, 9, 1),
            new LocalDate(2026, 3, 10), new LocalDate(2026, 3, 11), verifiedOn: new LocalDate(2026, 4, 20));

        var f = Check(record, new LocalDate(2026, 4, 30)).Should().ContainSingle().Subject;

        f.Expected.Should().Be("2026-03-10");
        f.Actual.Should().Be("2026-03-11");
        f.Period.Should().Be(ReportingPeriod.Month(2026, 3));
        f.SubjectId.Should().Be("b1");
    }

    [Fact]
    public void ARecordIdentifiedOnTheAuditDate_IsJudged()
    {
        var f = Check(PlanFiledLate(), Identified).Should().ContainSingle().Subject;

        f.Expected.Should().Be("2026-03-01");
        f.Actual.Should().Be("2026-03-02");
    }

    [Fact]
    public void ARecordIdentifiedAfterTheAuditDate_IsNotJudged()
    {
        Check(PlanFiledLate(), Identified.PlusDays(-1)).Should().BeEmpty();
    }

    [Fact]
    public void ARecordOfAnOrganizationOutsideTheTree_IsNotJudged()
    {
        Check(PlanFiledLate("zz"), new LocalDate(2026, 4, 30)).Should().BeEmpty();
        Check(PlanFiledLate(), new LocalDate(2026, 4, 30)).Select(f => f.Expected).Should().Contain("2026-03-01");
    }
}
