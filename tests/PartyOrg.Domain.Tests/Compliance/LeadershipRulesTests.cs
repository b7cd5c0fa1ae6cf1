using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Leadership;
using PartyOrg.Domain.Organizations;
using Xunit;
using static PartyOrg.Domain.Tests.Meetings.MeetingFixture;

namespace PartyOrg.Domain.Tests.Compliance;

/// <summary>ORGAN-REPORTING, PG-ANNUAL-REPORT and EDU-32-56-HOURS on the meeting fixture (oc, lg, b1, b2; 2025 closed on 2026-01-10).</summary>
public sealed class LeadershipRulesTests
{
    private const string Organ = "ORGAN-REPORTING";
    private const string Pg = "PG-ANNUAL-REPORT";
    private const string Edu = "EDU-32-56-HOURS";
    private static readonly LocalDate AsOf = new(2026, 1, 10);
    private static readonly DateInterval Year2025 = new(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));
    private readonly OrganizationTree tree = Tree();

    private static LeadershipReport Review(string org, LocalDate date, ReviewGrade? grade = null) =>
        new(LeadershipReportKind.SecretaryReview, org, date.Year, date, grade: grade);

    private static List<LeadershipReport> AllReports2025() => new()
    {
        Review("oc", new LocalDate(2025, 12, 16), ReviewGrade.Good), Review("b1", new LocalDate(2025, 12, 16)), Review("b2", new LocalDate(2025, 11, 30)),
        new(LeadershipReportKind.PartyBuildingBriefing, "lg", 2025, new LocalDate(2025, 12, 22)),
        new(LeadershipReportKind.ComprehensiveReport, "lg", 2025, new LocalDate(2025, 12, 28), toOrganizationId: "oc"),
    };

    private IReadOnlyList<Finding> Check(IEnumerable<LeadershipReport>? reports, IEnumerable<TrainingRecord>? trainings, string ruleId,
        LocalDate? asOf = null, ComplianceProfile? profile = null, OrganizationTree? t = null)
    {
        var input = new ComplianceInput(t ?? tree, asOf ?? AsOf).WithWindow(Year2025);
        if (reports is not null)
        {
            input = input.WithReports(new LeadershipReportLog(reports));
        }

        if (trainings is not null)
        {
            input = input.WithTrainings(new TrainingLog(trainings));
        }

        return new ComplianceChecker(profile ?? ComplianceProfile.StateOrgans).Check(input).Findings.Where(f => f.RuleId == ruleId).ToArray();
    }

    [Fact]
    public void SectionsAbsent_RulesDoNotRun()
    {
        Check(null, null, Organ).Should().BeEmpty();
        Check(null, null, Pg).Should().BeEmpty();
        Check(null, null, Edu).Should().BeEmpty();
    }

    [Fact]
    public void AllReportsGiven_NoFinding()
    {
        Check(AllReports2025(), null, Organ).Should().BeEmpty();
        Check(AllReports2025(), null, Pg).Should().BeEmpty();
    }

    [Fact]
    public void EmptyReports_EveryObligationMissing()
    {
        var organ = Check(Array.Empty<LeadershipReport>(), null, Organ);
        organ.Select(f => f.SubjectId).Should().BeEquivalentTo(new[] { "oc", "b1", "b2", "lg" });
        organ.Should().OnlyContain(f => f.Severity == Severity.Error && f.Period!.ToString() == "2025" && f.Actual == "0");
        var pg = Check(Array.Empty<LeadershipReport>(), null, Pg).Single();
        pg.SubjectId.Should().Be("lg");
        pg.Message.Chinese.Should().Contain("党组全面报告");
    }

    [Fact]
    public void SecretaryReview_InJanuary_CountsForTheYearOfItsDate()
    {
        var reports = AllReports2025().Where(r => r.OrganizationId != "b2").ToList();
        reports.Add(new LeadershipReport(LeadershipReportKind.SecretaryReview, "b2", 2025, new LocalDate(2026, 1, 5)));
        var f = Check(reports, null, Organ).Single();
        f.SubjectId.Should().Be("b2");
        f.Message.English.Should().Contain("secretary's review");
    }

    [Fact]
    public void Review_OnLastDayOfYear_Counts_AndOpenYearIsNotJudged()
    {
        var reports = AllReports2025().Where(r => r.OrganizationId != "b2").ToList();
        reports.Add(Review("b2", new LocalDate(2025, 12, 31)));
        Check(reports, null, Organ).Should().BeEmpty();
        Check(Array.Empty<LeadershipReport>(), null, Organ, new LocalDate(2025, 12, 30)).Should().BeEmpty("2025 is still open");
        Check(Array.Empty<LeadershipReport>(), null, Organ, new LocalDate(2025, 12, 31)).Should().HaveCount(4);
    }

    [Fact]
    public void TemporaryBranch_AndBranchEstablishedLater_NotRequired()
    {
        var t = Tree(extra: b => b
            .Add(new Organization("tb", OrganizationKind.Branch, "临时支部", "oc", form: BranchForm.Temporary, establishedOn: new LocalDate(2025, 3, 1)))
            .Add(new Organization("b3", OrganizationKind.Branch, "第三支部", "oc", establishedOn: new LocalDate(2026, 1, 1))));
        Check(AllReports2025(), null, Organ, t: t).Should().BeEmpty();
    }

    [Fact]
    public void ReviewGrade_IsKeptOnTheRecord()
    {
        AllReports2025()[0].Grade.Should().Be(ReviewGrade.Good);
        ReviewGrade.List.OrderBy(g => g.Value).Select(g => g.ChineseName).Should().Equal("好", "较好", "一般", "差");
        ReviewGrade.FromName("fairly-good").Should().Be(ReviewGrade.FairlyGood);
    }

    [Fact]
    public void ComprehensiveReport_ThatIsABriefing_DoesNotCount()
    {
        var reports = AllReports2025().Where(r => r.Kind != LeadershipReportKind.ComprehensiveReport).ToList();
        Check(reports, null, Pg).Should().ContainSingle().Which.SubjectId.Should().Be("lg");
        Check(reports, null, Organ).Should().BeEmpty();
    }

    [Fact]
    public void OrganReporting_OnlyInTheStateOrgansProfile()
    {
        ComplianceProfile.StateOrgans.FindRule(Organ).Should().NotBeNull();
        ComplianceProfile.Rural.FindRule(Organ).Should().BeNull();
        ComplianceProfile.Rural.FindRule(Edu).Should().NotBeNull();
    }

    private static IEnumerable<TrainingRecord> Hours(decimal ordinary, decimal leaders)
    {
        for (var i = 1; i <= 11; i++)
        {
            var leader = i is 1 or 2 or 3 or 9 or 10; // branch and organ-committee seats of the fixture
            yield return new TrainingRecord("m" + i, 2025, leader ? leaders : ordinary);
        }
    }

    [Fact]
    public void Training_EnoughHours_NoFinding() => Check(null, Hours(32, 56), Edu).Should().BeEmpty();

    [Fact]
    public void Training_OrdinaryMember_Below32_Warning()
    {
        var f = Check(null, Hours(31.5m, 56), Edu);
        f.Select(x => x.SubjectId).Should().BeEquivalentTo(new[] { "m4", "m5", "m6", "m7", "m8", "m11" });
        var m5 = f.Single(x => x.SubjectId == "m5");
        m5.Severity.Should().Be(Severity.Warning);
        m5.Expected.Should().Be("≥ 32");
        m5.Actual.Should().Be("31.5");
        m5.OrganizationId.Should().Be("b1");
        m5.Period!.ToString().Should().Be("2025");
    }

    [Fact]
    public void Training_SecretaryOrCommitteeMember_Needs56()
    {
        var f = Check(null, Hours(32, 55.5m), Edu);
        f.Select(x => x.SubjectId).Should().BeEquivalentTo(new[] { "m1", "m2", "m3", "m9", "m10" });
        f.Single(x => x.SubjectId == "m9").Expected.Should().Be("≥ 56");
    }

    [Fact]
    public void Training_RowsAreSummed_AndAMemberWithoutRowsHasZero()
    {
        var rows = Hours(32, 56).Where(r => r.MemberId != "m5" && r.MemberId != "m6").ToList();
        rows.Add(new TrainingRecord("m5", 2025, 20));
        rows.Add(new TrainingRecord("m5", 2025, 12));
        rows.Add(new TrainingRecord("m6", 2024, 40));
        var f = Check(null, rows, Edu).Single();
        f.SubjectId.Should().Be("m6");
        f.Actual.Should().Be("0");
    }

    [Fact]
    public void Training_AdmittedDuringTheYear_OrExempt_NotJudged()
    {
        var t = Tree(extra: b => b
            .Add(new Member("m12", "新党员", MembershipStatus.Probationary, "b1", null, new LocalDate(2025, 1, 2)))
            .Add(new Member("m13", "老党员", MembershipStatus.Full, "b1", null, new LocalDate(1960, 1, 1), new LocalDate(1961, 1, 1),
                lifeExemption: new LifeExemption(LifeExemptionReason.ElderlyFrail, new LocalDate(2025, 12, 31))))
            .Add(new Member("m14", "一月一日", MembershipStatus.Probationary, "b1", null, new LocalDate(2025, 1, 1))));
        Check(null, Hours(32, 56), Edu, t: t).Should().ContainSingle().Which.SubjectId.Should().Be("m14");
    }

    [Fact]
    public void Training_HoursAreParameters()
    {
        var profile = ComplianceProfile.StateOrgans.WithParameter(LeadershipParameters.MemberTrainingHours, 40m);
        Check(null, Hours(32, 56), Edu, profile: profile).Should().HaveCount(6);
        ComplianceProfile.StateOrgans.Get(LeadershipParameters.SecretaryTrainingHours).Should().Be(56m);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0.25)]
    public void TrainingRecord_RejectsNegativeOrQuarterHours(double hours)
    {
        var act = () => new TrainingRecord("m1", 2025, (decimal)hours);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("hours");
    }
}
