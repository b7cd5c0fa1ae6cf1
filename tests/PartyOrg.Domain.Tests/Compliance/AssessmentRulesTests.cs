using System;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.AssessmentData;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Organizations;
using Xunit;
using static PartyOrg.Domain.Tests.Meetings.MeetingFixture;

namespace PartyOrg.Domain.Tests.Compliance;

/// <summary>ASSESS-RECTIFICATION-OVERDUE: plan, monthly progress, 转化期限 and 回头看, each compliant, late and at its exact boundary.</summary>
public sealed class AssessmentRulesTests
{
    private const string Rule = "ASSESS-RECTIFICATION-OVERDUE";
    private static readonly LocalDate Identified = new(2026, 3, 1);

    private static Finding[] Check(RectificationRecord record, LocalDate asOf) =>
        new ComplianceChecker(ComplianceProfile.StateOrgans)
            .Check(new ComplianceInput(Tree(), asOf).WithWindow(Year2026).WithRectifications(new RectificationLog(new[] { record })))
            .Findings.Where(f => f.RuleId == Rule).ToArray();

    private static RectificationRecord Record(LocalDate? planFiled = null, LocalDate? verified = null, YearMonth[]? progress = null, LocalDate? reBy = null, LocalDate? reOn = null) =>
        new("r-1", "b1", new[] { WeaknessType.NoOrganizationalLife }, Identified, new LocalDate(2026, 9, 1), null, planFiled, "m1", progress, verified, reBy, reOn);

    [Fact]
    public void WithoutRectifications_TheRuleDoesNotRun()
    {
        new ComplianceChecker(ComplianceProfile.StateOrgans).Check(new ComplianceInput(Tree(), YearEnd)).Findings.Should().NotContain(f => f.RuleId == Rule);
    }

    [Fact]
    public void OnTrack_NoFinding()
    {
        var months = new[] { 4, 5, 6, 7 }.Select(m => new YearMonth(2026, m)).ToArray();
        Check(Record(new LocalDate(2026, 3, 20), new LocalDate(2026, 8, 20), months, new LocalDate(2026, 11, 30), new LocalDate(2026, 11, 10)), YearEnd).Should().BeEmpty();
    }

    [Theory]
    [InlineData(31, false)] // identified 2026-03-01 + 30 days = 2026-03-31: filed on the day
    [InlineData(32, true)]
    public void Plan_DueThirtyDaysAfterIdentification_ByDefault(int day, bool late)
    {
        var filed = new LocalDate(2026, 3, 1).PlusDays(day - 1);
        var findings = Check(Record(filed, new LocalDate(2026, 4, 20)), new LocalDate(2026, 12, 31));
        findings.Any(f => f.Expected == "2026-03-31").Should().Be(late);
    }

    [Fact]
    public void Plan_NotFiled_IsAFindingOnlyOnceItIsDue()
    {
        Check(Record(), new LocalDate(2026, 3, 31)).Should().BeEmpty();
        var f = Check(Record(), new LocalDate(2026, 4, 1)).Should().ContainSingle().Subject;
        f.SubjectId.Should().Be("b1");
        f.Actual.Should().Be("not done by 2026-04-01");
        f.Message.Chinese.Should().Contain("整改方案");
    }

    [Fact]
    public void Deadline_VerificationAfterIt_IsAnError_OnTheDayIsNot()
    {
        var months = new[] { 4, 5, 6, 7, 8 }.Select(m => new YearMonth(2026, m)).ToArray();
        Check(Record(new LocalDate(2026, 3, 10), new LocalDate(2026, 9, 1), months), YearEnd).Should().BeEmpty();
        var late = Check(Record(new LocalDate(2026, 3, 10), new LocalDate(2026, 9, 2), months), YearEnd).Should().ContainSingle().Subject;
        late.Severity.Should().Be(Severity.Error);
        late.Expected.Should().Be("2026-09-01");
        late.Actual.Should().Be("2026-09-02");
    }

    [Fact]
    public void MonthlyProgress_EachClosedMonthWithoutAReport_IsAWarning()
    {
        var findings = Check(Record(new LocalDate(2026, 3, 10), progress: new[] { new YearMonth(2026, 4) }), new LocalDate(2026, 6, 30));
        findings.Select(f => f.Period!.ToString()).Should().Equal("2026-05", "2026-06");
        findings.Should().OnlyContain(f => f.Severity == Severity.Warning);
        Check(Record(new LocalDate(2026, 3, 10), progress: new[] { new YearMonth(2026, 4) }), new LocalDate(2026, 6, 29)).Select(f => f.Period!.ToString()).Should().Equal("2026-05");
    }

    [Fact]
    public void ReInspection_LateOrMissing_IsAFinding()
    {
        var months = new[] { 4 }.Select(m => new YearMonth(2026, m)).ToArray();
        Check(Record(new LocalDate(2026, 3, 10), new LocalDate(2026, 5, 1), months, new LocalDate(2026, 11, 30)), new LocalDate(2026, 11, 30)).Should().BeEmpty();
        Check(Record(new LocalDate(2026, 3, 10), new LocalDate(2026, 5, 1), months, new LocalDate(2026, 11, 30)), new LocalDate(2026, 12, 1))
            .Should().ContainSingle().Which.Message.English.Should().Contain("re-inspected");
    }

    [Fact]
    public void Record_RefusesImpossibleDates()
    {
        var act = () => new RectificationRecord("r", "b1", new[] { WeaknessType.PoorService }, Identified, Identified.PlusDays(-1));
        act.Should().Throw<ArgumentException>().WithMessage("*deadline*before the identification*");
        var noType = () => new RectificationRecord("r", "b1", Array.Empty<WeaknessType>(), Identified, Identified);
        noType.Should().Throw<ArgumentException>();
        var reWithoutVerify = () => new RectificationRecord("r", "b1", new[] { WeaknessType.PoorService }, Identified, Identified, reInspectedOn: Identified);
        reWithoutVerify.Should().Throw<ArgumentException>().WithMessage("*回头看 follows 销号*");
    }

    [Fact]
    public void StageFollowsTheDates()
    {
        var r = Record(new LocalDate(2026, 3, 10), new LocalDate(2026, 6, 1), new[] { new YearMonth(2026, 4) }, null, new LocalDate(2026, 7, 1));
        r.StageOn(new LocalDate(2026, 3, 5)).Should().Be(RectificationStage.Identified);
        r.StageOn(new LocalDate(2026, 3, 20)).Should().Be(RectificationStage.PlanFiled);
        r.StageOn(new LocalDate(2026, 4, 2)).Should().Be(RectificationStage.Rectifying);
        r.StageOn(new LocalDate(2026, 6, 1)).Should().Be(RectificationStage.Verified);
        r.StageOn(new LocalDate(2026, 7, 1)).Should().Be(RectificationStage.ReInspected);
    }

    [Fact]
    public void GradeQuota_IsSilentInCheck_ItNeedsAnAssessment()
    {
        var findings = new ComplianceChecker(ComplianceProfile.StateOrgans)
            .Check(new ComplianceInput(Tree(), YearEnd).WithRectifications(new RectificationLog(Array.Empty<RectificationRecord>()))).Findings;
        findings.Should().NotContain(f => f.RuleId.StartsWith("ASSESS-", StringComparison.Ordinal));
        ComplianceProfile.StateOrgans.IsEnabled("ASSESS-GRADE-QUOTA").Should().BeTrue();
    }

    [Fact]
    public void TenNationalTypes()
    {
        WeaknessType.List.Should().HaveCount(10);
        WeaknessType.FromValue(1).ChineseName.Should().Contain("书记长期缺职");
        WeaknessType.FromValue(10).ChineseName.Should().Contain("群众意见大");
    }
}
