using System;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Development;
using Xunit;
using static PartyOrg.Domain.Tests.Development.DevelopmentFixture;

namespace PartyOrg.Domain.Tests.Development;

/// <summary>The intervals of the member's path as one dated profile parameter read by the DEV-* rules and the planner.</summary>
public sealed class DevelopmentIntervalsTests
{
    private static readonly LocalDate AsOf = new(2026, 11, 22);

    private static Applicant Admitted(LocalDate approvedOn)
    {
        var d = TightDates(new LocalDate(2022, 3, 7));
        var a = Pipeline(d);
        return new Applicant(a.Id, a.Name, a.BranchId, a.BirthDate, a.Applied, a.Talked, a.Activist, a.LiaisonIds, a.Reviews, a.Candidate, a.SponsorIds,
            a.PoliticalReview, a.Training, a.PreAudit, null, a.PublicNotices, a.Admission, approvedOn, new AdmissionApproval("oc", approvedOn), null, a.Probation);
    }

    private static ComplianceProfile With(DevelopmentIntervals intervals) =>
        ComplianceProfile.StateOrgans.WithParameter(DevelopmentParameters.Intervals, intervals);

    [Fact]
    public void National_IsTheBuiltInValue_WithItsCitations()
    {
        var profile = ComplianceProfile.StateOrgans;
        profile.Get(DevelopmentParameters.Intervals, AsOf).Should().BeSameAs(DevelopmentIntervals.National);
        profile.SourceOf(DevelopmentParameters.Intervals, AsOf).Citations.Select(c => c.ToString()).Should().HaveCount(3);
        DevelopmentIntervals.National.ToText().Chinese.Should().Be("年满18周岁；谈话1个月内；考察间隔不超过6个月；培养12个月以上；审批3个月内、最长6个月；转正审批3个月内；预备期12个月（可延长6至12个月）；接收后3个月内离开单位须报告");
        DevelopmentIntervals.National.ToText().English.Should().Be(DevelopmentIntervals.National.ToString());
        DevelopmentIntervals.National.ToString().Should().Be("age 18; talk 1; review 6; activist 12; approval 3–6; conversion 3; probation 12 (+6–12); leaving 3 (months)");
    }

    [Fact]
    public void EveryDevelopmentRuleWithAnInterval_DeclaresTheParameter()
    {
        var readers = RuleCatalog.Descriptors
            .Where(r => r.Parameters.Any(k => k.Name == DevelopmentParameters.Intervals.Name)).Select(r => r.Id).OrderBy(x => x, StringComparer.Ordinal);
        readers.Should().Equal("DEV-ACTIVIST-MIN-1Y", "DEV-ACTIVIST-REVIEW-6M", "DEV-APPROVAL-3M", "DEV-CONVERSION-PROCEDURE", "DEV-MIN-AGE-18",
            "DEV-PREAUDIT-AND-3M-LEAVING", "DEV-PROBATION-1Y", "DEV-PROBATION-EXTENSION", "DEV-TALK-WITHIN-1M", "MEM-PARTY-AGE");
    }

    [Theory]
    [InlineData(3, 0, null)]
    [InlineData(4, 0, null)]
    [InlineData(4, 1, "Warning")]
    [InlineData(8, 0, "Warning")]
    [InlineData(8, 1, "Error")]
    public void ApprovalMonths_FromTheProfile_MoveTheBoundaries(int months, int days, string? severity)
    {
        var profile = With(DevelopmentIntervals.National.WithApprovalMonths(4, 8));
        var meeting = Admitted(AsOf).Admission!.Meeting;
        var date = meeting.PlusMonths(months).PlusDays(days);
        var found = Check(profile, Tree(), AsOf, null, Admitted(date)).Where(f => f.RuleId == "DEV-APPROVAL-3M").ToArray();
        found.Select(f => f.Severity.ToString()).Should().Equal(severity is null ? Array.Empty<string>() : new[] { severity });
    }

    [Fact]
    public void TheLateMessage_StatesTheApprovalMonthsOfTheProfile()
    {
        var meeting = Admitted(AsOf).Admission!.Meeting;
        var late = Admitted(meeting.PlusMonths(4).PlusDays(1));
        var national = Check(Tree(), AsOf, late).Single(f => f.RuleId == "DEV-APPROVAL-3M");
        national.Message.Chinese.Should().Contain("超过3个月");
        national.Message.English.Should().Contain("beyond 3 months");

        var local = Check(With(DevelopmentIntervals.National.WithApprovalMonths(4, 8)), Tree(), AsOf, null, Admitted(meeting.PlusMonths(5))).Single(f => f.RuleId == "DEV-APPROVAL-3M");
        local.Message.Chinese.Should().Contain("超过4个月");
        local.Message.English.Should().Contain("beyond 4 months");
    }

    [Theory]
    [InlineData(18, "2008-03-10", false)]
    [InlineData(18, "2008-03-11", true)]
    [InlineData(20, "2006-03-10", false)]
    [InlineData(20, "2006-03-11", true)]
    public void MinimumAge_FromTheProfile(int age, string birth, bool finding)
    {
        var profile = With(DevelopmentIntervals.National.WithMinimumAge(age));
        var applied = new LocalDate(2026, 3, 10);
        var a = new Applicant("a", "甲", "b-1", LocalDate.FromDateTime(DateTime.Parse(birth, System.Globalization.CultureInfo.InvariantCulture)), applied, applied);
        var found = Check(profile, Tree(), AsOf, null, a).Where(f => f.RuleId == "DEV-MIN-AGE-18").ToArray();
        found.Should().HaveCount(finding ? 1 : 0);
        if (finding)
        {
            found[0].Message.Chinese.Should().Contain("未满" + age + "周岁");
            found[0].Message.English.Should().Contain("under " + age);
        }
    }

    [Theory]
    [InlineData(1, "2026-02-28", false)] // 31 January + 1 month = 28 February
    [InlineData(1, "2026-03-01", true)]
    [InlineData(2, "2026-03-31", false)]
    [InlineData(2, "2026-04-01", true)]
    public void TalkMonths_FromTheProfile(int months, string talked, bool finding)
    {
        var profile = With(DevelopmentIntervals.National.WithTalkMonths(months));
        var a = new Applicant("a", "甲", "b-1", applied: new LocalDate(2026, 1, 31), talked: LocalDate.FromDateTime(DateTime.Parse(talked, System.Globalization.CultureInfo.InvariantCulture)));
        Ids(Check(profile, Tree(), AsOf, null, a)).Contains("DEV-TALK-WITHIN-1M").Should().Be(finding);
    }

    [Fact]
    public void ThePlanner_UsesTheIntervalsItIsGiven()
    {
        var meeting = Admitted(AsOf).Admission!.Meeting;
        var a = Admitted(meeting.PlusMonths(1));
        var national = DevelopmentPlanner.Plan(a, AsOf);
        national.ApprovalDue.Should().Be(meeting.PlusMonths(3));
        national.ApprovalLimit.Should().Be(meeting.PlusMonths(6));
        national.ProbationEnd.Should().Be(meeting.PlusYears(1));
        national.Intervals.Should().BeSameAs(DevelopmentIntervals.National);

        var local = DevelopmentPlanner.Plan(a, AsOf, DevelopmentIntervals.National.WithApprovalMonths(4, 8).WithProbation(18, 6, 12));
        local.ApprovalDue.Should().Be(meeting.PlusMonths(4));
        local.ApprovalLimit.Should().Be(meeting.PlusMonths(8));
        local.ProbationEnd.Should().Be(meeting.PlusMonths(18));
    }

    [Fact]
    public void ThePlanner_AndTheRules_AgreeOnTheProbationEnd()
    {
        var intervals = DevelopmentIntervals.National.WithProbation(18, 6, 12);
        var meeting = Admitted(AsOf).Admission!.Meeting;
        var a = Admitted(meeting.PlusMonths(1));
        var end = DevelopmentPlanner.Plan(a, AsOf, intervals).ProbationEnd!.Value;
        DevelopmentDates.ProbationEnd(a, intervals).Should().Be(end);
        DevelopmentDates.ProbationEnd(a).Should().Be(meeting.PlusYears(1));
    }

    [Theory]
    [InlineData(6, false)]
    [InlineData(5, true)]
    [InlineData(12, false)]
    [InlineData(13, true)]
    public void ExtensionBounds_National(int months, bool finding)
    {
        var d = TightDates(new LocalDate(2022, 3, 7));
        var a = Pipeline(d);
        var extended = a.WithAdmission(a.Admission, a.Approval, new Probation(extension: new ProbationExtension(months, a.Admission!.Meeting.PlusYears(1))));
        Check(Tree(), AsOf, extended).Any(f => f.RuleId == "DEV-PROBATION-EXTENSION" && f.Actual.Contains("extended by", StringComparison.Ordinal)).Should().Be(finding);
    }

    [Theory]
    [InlineData(13, -1, "minimumAge")]
    [InlineData(31, -1, "minimumAge")]
    [InlineData(18, 0, "talkMonths")]
    [InlineData(18, 121, "talkMonths")]
    public void Constructor_RefusesOutOfRangeValues_NamingTheParameter(int age, int talk, string parameter)
    {
        var act = () => new DevelopmentIntervals(age, talk == -1 ? 1 : talk, 6, 12, 3, 6, 3, 12, 6, 12, 3);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(parameter);
    }

    [Fact]
    public void Constructor_AcceptsTheBounds()
    {
        new DevelopmentIntervals(14, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1).MinimumAge.Should().Be(14);
        new DevelopmentIntervals(30, 120, 120, 120, 120, 120, 120, 120, 120, 120, 120).TalkMonths.Should().Be(DevelopmentIntervals.MaximumMonths);
    }

    [Fact]
    public void Constructor_RefusesReversedPairs()
    {
        var limit = () => DevelopmentIntervals.National.WithApprovalMonths(4, 3);
        limit.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("approvalLimitMonths");
        DevelopmentIntervals.National.WithApprovalMonths(4, 4).ApprovalLimitMonths.Should().Be(4);
        var extension = () => DevelopmentIntervals.National.WithProbation(12, 7, 6);
        extension.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("extensionMaximumMonths");
    }

    [Theory]
    [InlineData(1, "1个月", "1 month")]
    [InlineData(3, "3个月", "3 months")]
    [InlineData(12, "1年", "1 year")]
    [InlineData(18, "18个月", "18 months")]
    [InlineData(24, "2年", "2 years")]
    public void Describe_WholeYearsAsYears(int months, string chinese, string english)
    {
        var text = DevelopmentIntervals.Describe(months);
        text.Chinese.Should().Be(chinese);
        text.English.Should().Be(english);
    }
}
