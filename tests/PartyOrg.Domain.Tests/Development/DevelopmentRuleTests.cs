using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Development;
using PartyOrg.Domain.Organizations;
using Xunit;
using static PartyOrg.Domain.Tests.Development.DevelopmentFixture;

namespace PartyOrg.Domain.Tests.Development;

public sealed class DevelopmentRuleTests
{
    private static readonly LocalDate AsOf = new(2026, 11, 22);

    private static string[] RulesOf(Applicant a, LocalDate? asOf = null) => Ids(Check(Tree(), asOf ?? AsOf, a));

    [Theory]
    [InlineData("2008-03-10", false)] // 18th birthday on the application day
    [InlineData("2008-03-11", true)]
    [InlineData("2000-01-01", false)]
    public void MinAge18_OnTheApplicationDate(string birth, bool finding) =>
        RulesOf(new Applicant("a", "甲", "b-1", LocalDate.FromDateTime(System.DateTime.Parse(birth)), new LocalDate(2026, 3, 10), new LocalDate(2026, 3, 10)))
            .Contains("DEV-MIN-AGE-18").Should().Be(finding);

    [Fact]
    public void MinAge18_Feb29Birthday_IsEighteenOnFeb28() =>
        RulesOf(new Applicant("a", "甲", "b-1", new LocalDate(2004, 2, 29), new LocalDate(2022, 2, 28), new LocalDate(2022, 2, 28))).Should().NotContain("DEV-MIN-AGE-18");

    [Theory]
    [InlineData("2026-02-28", false)] // 31 January + 1 month = 28 February
    [InlineData("2026-03-01", true)]
    [InlineData("2026-01-30", true)] // before the application
    public void TalkWithin1M_ClampsAtMonthEnd(string talked, bool finding) =>
        RulesOf(new Applicant("a", "甲", "b-1", applied: new LocalDate(2026, 1, 31), talked: LocalDate.FromDateTime(System.DateTime.Parse(talked))))
            .Contains("DEV-TALK-WITHIN-1M").Should().Be(finding);

    [Fact]
    public void TalkWithin1M_NoTalk_IsOverdueOnlyAfterTheMonth()
    {
        var a = new Applicant("a", "甲", "b-1", applied: new LocalDate(2026, 10, 22));
        RulesOf(a, new LocalDate(2026, 11, 22)).Should().NotContain("DEV-TALK-WITHIN-1M");
        RulesOf(a, new LocalDate(2026, 11, 23)).Should().Contain("DEV-TALK-WITHIN-1M");
    }

    [Theory]
    [InlineData(new[] { "m-1" }, false)]
    [InlineData(new[] { "m-1", "m-2" }, false)]
    [InlineData(new[] { "m-1", "m-2", "m-3" }, true)]
    [InlineData(new string[0], true)]
    public void Liaisons_OneOrTwo(string[] liaisons, bool finding) =>
        RulesOf(new Applicant("a", "甲", "b-1", applied: new LocalDate(2025, 1, 1), talked: new LocalDate(2025, 1, 2), activist: new LocalDate(2025, 3, 1),
            liaisonIds: liaisons, reviews: new[] { new LocalDate(2025, 9, 1), new LocalDate(2026, 3, 1), new LocalDate(2026, 9, 1) }))
            .Contains("DEV-LIAISON-1-2").Should().Be(finding);

    [Fact]
    public void Liaison_WhoIsProbationary_IsAFinding()
    {
        var tree = Tree(new Member("m-9", "预备", MembershipStatus.Probationary, "b-1", admittedOn: new LocalDate(2025, 12, 1)));
        var a = new Applicant("a", "甲", "b-1", applied: new LocalDate(2026, 1, 1), talked: new LocalDate(2026, 1, 2), activist: new LocalDate(2026, 3, 1),
            liaisonIds: new[] { "m-9" }, reviews: new[] { new LocalDate(2026, 9, 1) });
        Ids(Check(tree, AsOf, a)).Should().Equal("DEV-LIAISON-1-2");
    }

    [Theory]
    [InlineData("2026-09-01", "2026-11-22", false)] // exactly 6 months after the designation
    [InlineData("2026-09-02", "2026-11-22", true)]
    [InlineData("2026-09-01", "2027-03-02", true)] // overdue again on the as-of date
    public void ActivistReview_EverySixMonths(string review, string asOf, bool finding) =>
        RulesOf(new Applicant("a", "甲", "b-1", applied: new LocalDate(2026, 1, 1), talked: new LocalDate(2026, 1, 2), activist: new LocalDate(2026, 3, 1),
                liaisonIds: new[] { "m-1" }, reviews: new[] { LocalDate.FromDateTime(System.DateTime.Parse(review)) }), LocalDate.FromDateTime(System.DateTime.Parse(asOf)))
            .Contains("DEV-ACTIVIST-REVIEW-6M").Should().Be(finding);

    private static Applicant Admitted(
        System.Func<System.Collections.Generic.Dictionary<string, LocalDate>, Applicant, Applicant>? change = null)
    {
        var d = TightDates(new LocalDate(2022, 3, 7));
        var a = Pipeline(d);
        return change is null ? a : change(d, a);
    }

    [Fact]
    public void RecordStartingAtAdmission_IsJudgedOnlyFromThere()
    {
        var meeting = new LocalDate(2020, 6, 1);
        var conversion = meeting.PlusYears(1);
        Applicant Record(LocalDate? candidate) => new(
            "a", "甲", "b-1", candidate: candidate,
            publicNotices: new[] { new PublicNotice(NoticeStage.Conversion, conversion.PlusDays(-10), conversion.PlusDays(-1)) },
            admission: new BranchVote(meeting, 5, 4, 4), higherTalk: meeting.PlusDays(10), approval: new AdmissionApproval("oc", meeting.PlusMonths(1)),
            probation: new Probation(conversion: new Conversion(new BranchVote(conversion, 5, 4, 4), conversion.PlusMonths(1))));
        RulesOf(Record(null)).Should().BeEmpty();
        RulesOf(Record(meeting.PlusMonths(-2))).Should().Equal("DEV-POLITICAL-REVIEW", "DEV-PREAUDIT-AND-3M-LEAVING", "DEV-PUBLIC-NOTICE", "DEV-SPONSORS-2", "DEV-TRAINING-3D-24H");
    }

    [Fact]
    public void TightPipeline_IsCompliant() => RulesOf(Admitted()).Should().BeEmpty();

    /// <summary>
    /// DEV-PUBLIC-NOTICE judges the longest candidate notice that ends by the admission meeting, whatever the order of
    /// the notices (the first of equals), and ignores one that ends after the meeting. Monday–Friday outside the
    /// calendar's years: a notice Monday–Wednesday has 3 working days, Monday–Thursday 4, Monday–Friday 5 (the minimum).
    /// </summary>
    [Theory]
    [InlineData("3,4", "4:0")]
    [InlineData("4,3", "4:0")]
    [InlineData("4,3,4", "4:0")] // two of equal length: the first is reported
    [InlineData("3,5", "")] // exactly the minimum
    [InlineData("3,late", "3:0")] // the longer one ends after the meeting
    [InlineData("late", "none")]
    public void PublicNotice_TheLongestNoticeEndingByTheMeeting_IsJudged(string notices, string reported)
    {
        var a = Admitted();
        var meeting = a.Admission!.Meeting;
        var monday = meeting.PlusDays(-7 * 8);
        while (monday.DayOfWeek != IsoDayOfWeek.Monday)
        {
            monday = monday.PlusDays(-1);
        }

        // Each notice in its own week, in the order given; "late" runs from before the meeting to after it.
        var candidate = notices.Split(',').Select((n, week) => n == "late"
            ? new PublicNotice(NoticeStage.Candidate, meeting.PlusDays(-10), meeting.PlusDays(10))
            : new PublicNotice(NoticeStage.Candidate, monday.PlusWeeks(week), monday.PlusWeeks(week).PlusDays(int.Parse(n) - 1))).ToArray();
        var changed = new Applicant(a.Id, a.Name, a.BranchId, a.BirthDate, a.Applied, a.Talked, a.Activist, a.LiaisonIds, a.Reviews, a.Candidate, a.SponsorIds,
            a.PoliticalReview, a.Training, a.PreAudit, null, candidate.Concat(a.PublicNotices.Where(n => n.Stage == NoticeStage.Conversion)), a.Admission,
            a.HigherTalk, a.Approval, null, a.Probation);

        var findings = Check(Tree(), AsOf, changed).Where(f => f.RuleId == "DEV-PUBLIC-NOTICE").ToArray();
        if (reported.Length == 0)
        {
            findings.Should().BeEmpty();
            return;
        }

        findings.Should().ContainSingle();
        findings[0].ExpectedText.English.Should().Be($"a candidate notice of at least 5 working days ending on or before the meeting of {DevelopmentLog.Format(meeting)}");
        if (reported == "none")
        {
            findings[0].ActualText.English.Should().Be("no candidate notice before the meeting");
            return;
        }

        var days = int.Parse(reported.Split(':')[0]);
        var first = candidate.First(n => n.To <= meeting && n.WorkingDays(WorkingDayCalendar.WeekendsOnly) == days);
        findings[0].ActualText.English.Should().Be($"notice from {DevelopmentLog.Format(first.From)} to {DevelopmentLog.Format(first.To)}: {days} working days");
    }

    [Theory]
    [InlineData(3, null, false)]
    [InlineData(null, 24.0, false)]
    [InlineData(2, 23.5, true)]
    [InlineData(2, null, true)]
    public void Training_3DaysOr24Hours(int? days, double? hours, bool finding)
    {
        var a = Admitted();
        a = new Applicant(a.Id, a.Name, a.BranchId, a.BirthDate, a.Applied, a.Talked, a.Activist, a.LiaisonIds, a.Reviews, a.Candidate, a.SponsorIds, a.PoliticalReview,
            new CandidateTraining(days, (decimal?)hours), a.PreAudit, null, a.PublicNotices, a.Admission, a.HigherTalk, a.Approval, null, a.Probation);
        var findings = Check(Tree(), AsOf, a);
        findings.Any(f => f.RuleId == "DEV-TRAINING-3D-24H").Should().Be(finding);
        findings.Where(f => f.RuleId == "DEV-TRAINING-3D-24H").Select(f => f.Severity).Distinct().Should().BeSubsetOf(new[] { Severity.Warning });
    }

    [Theory]
    [InlineData(10, 6, 6, 0, false)]
    [InlineData(10, 5, 5, 0, true)] // exactly half present: no quorum
    [InlineData(10, 6, 5, 1, false)] // written opinions of absent voters count
    [InlineData(10, 6, 4, 1, true)] // exactly half in favour fails
    public void BranchVote_MoreThanHalf(int entitled, int present, int votesFor, int written, bool finding)
    {
        var a = Admitted();
        var vote = new BranchVote(a.Admission!.Meeting, entitled, present, votesFor, written);
        RulesOf(a.WithAdmission(vote, a.Approval, a.Probation)).Contains("DEV-BRANCH-VOTE").Should().Be(finding);
    }

    [Fact]
    public void BranchVote_EntitledComputedFromTheBranch()
    {
        var a = Admitted();
        var vote = new BranchVote(a.Admission!.Meeting, null, 3, 2);
        RulesOf(a.WithAdmission(vote, a.Approval, a.Probation)).Should().Contain("DEV-BRANCH-VOTE"); // 5 full members: 2 × 2 ≤ 5
        RulesOf(a.WithAdmission(new BranchVote(a.Admission.Meeting, null, 3, 3), a.Approval, a.Probation)).Should().NotContain("DEV-BRANCH-VOTE");
    }

    [Theory]
    [InlineData(3, 0, null)]
    [InlineData(3, 1, Severity.Warning)]
    [InlineData(6, 0, Severity.Warning)]
    [InlineData(6, 1, Severity.Error)]
    public void Approval_3MonthsWarning_6MonthsError(int months, int days, Severity? severity)
    {
        var a = Admitted();
        var date = a.Admission!.Meeting.PlusMonths(months).PlusDays(days);
        var changed = new Applicant(a.Id, a.Name, a.BranchId, a.BirthDate, a.Applied, a.Talked, a.Activist, a.LiaisonIds, a.Reviews, a.Candidate, a.SponsorIds,
            a.PoliticalReview, a.Training, a.PreAudit, null, a.PublicNotices, a.Admission, date, new AdmissionApproval("oc", date), null, a.Probation);
        var found = Check(Tree(), AsOf, changed).Where(f => f.RuleId == "DEV-APPROVAL-3M").ToArray();
        if (severity is null)
        {
            found.Should().BeEmpty();
        }
        else
        {
            found.Select(f => f.Severity).Should().Equal(severity.Value);
        }
    }

    [Fact]
    public void Approval_ByAGeneralBranch_IsAFinding()
    {
        var a = Admitted();
        RulesOf(a.WithAdmission(a.Admission, new AdmissionApproval("gb", a.Approval!.Date), a.Probation)).Should().Equal("DEV-APPROVAL-3M");
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(1, true)]
    [InlineData(3, true)]
    public void Sponsors_ExactlyTwo(int count, bool finding)
    {
        var a = Admitted();
        var changed = new Applicant(a.Id, a.Name, a.BranchId, a.BirthDate, a.Applied, a.Talked, a.Activist, a.LiaisonIds, a.Reviews, a.Candidate,
            new[] { "m-1", "m-2", "m-3" }.Take(count), a.PoliticalReview, a.Training, a.PreAudit, null, a.PublicNotices, a.Admission, a.HigherTalk, a.Approval, null, a.Probation);
        RulesOf(changed).Contains("DEV-SPONSORS-2").Should().Be(finding);
    }

    [Fact]
    public void Sponsor_UnderPartyProbation_IsAFinding()
    {
        var a = Admitted();
        var day = a.Admission!.Meeting;
        var tree = Tree(new Member("m-8", "察看", MembershipStatus.Full, "b-1", admittedOn: new LocalDate(2000, 1, 1), fullSince: new LocalDate(2001, 1, 1),
            restrictions: new[] { new RightsRestriction(RestrictionKind.PartyProbation, day.PlusDays(-10), day.PlusYears(1)) }));
        var changed = new Applicant(a.Id, a.Name, a.BranchId, a.BirthDate, a.Applied, a.Talked, a.Activist, a.LiaisonIds, a.Reviews, a.Candidate,
            new[] { "m-1", "m-8" }, a.PoliticalReview, a.Training, a.PreAudit, null, a.PublicNotices, a.Admission, a.HigherTalk, a.Approval, null, a.Probation);
        Ids(Check(tree, AsOf, changed)).Should().Equal("DEV-SPONSORS-2");
    }

    [Theory]
    [InlineData(6, false)]
    [InlineData(12, false)]
    [InlineData(5, true)]
    [InlineData(13, true)]
    public void Extension_SixToTwelveMonths(int months, bool finding)
    {
        var a = Admitted();
        var end = a.Admission!.Meeting.PlusYears(1);
        var p = new Probation(new ProbationExtension(months, end), new Conversion(new BranchVote(end.PlusMonths(months), 5, 3, 3), end.PlusMonths(months + 1)));
        var notices = new[] { a.PublicNotices[0], new PublicNotice(NoticeStage.Conversion, end.PlusMonths(months).PlusDays(-10), end.PlusMonths(months).PlusDays(-1)) };
        var changed = new Applicant(a.Id, a.Name, a.BranchId, a.BirthDate, a.Applied, a.Talked, a.Activist, a.LiaisonIds, a.Reviews, a.Candidate, a.SponsorIds,
            a.PoliticalReview, a.Training, a.PreAudit, null, notices, a.Admission, a.HigherTalk, a.Approval, null, p);
        RulesOf(changed, end.PlusMonths(months + 2)).Contains("DEV-PROBATION-EXTENSION").Should().Be(finding);
    }

    [Fact]
    public void ProbationEnded_WithoutConversion_IsAFindingFromTheDayAfter()
    {
        var a = Admitted();
        var open = a.WithAdmission(a.Admission, a.Approval, null);
        var end = a.Admission!.Meeting.PlusYears(1);
        RulesOf(open, end).Should().NotContain("DEV-PROBATION-EXTENSION");
        RulesOf(open, end.PlusDays(1)).Should().Contain("DEV-PROBATION-EXTENSION");
    }

    [Fact]
    public void ProbationaryMember_WithoutRecord_PastOneYear_IsAFindingOnTheMember()
    {
        var tree = Tree(new Member("m-9", "预备", MembershipStatus.Probationary, "b-1", admittedOn: new LocalDate(2025, 11, 22)));
        Check(tree, new LocalDate(2026, 11, 22)).Should().BeEmpty();
        var findings = Check(tree, new LocalDate(2026, 11, 23));
        findings.Select(f => (f.RuleId, f.SubjectId)).Should().Equal(("DEV-PROBATION-EXTENSION", "m-9"));
    }

    [Fact]
    public void ConversionApproval_Within3Months()
    {
        var a = Admitted();
        var c = a.Conversion!;
        RulesOf(a.WithAdmission(a.Admission, a.Approval, new Probation(conversion: new Conversion(c.Vote, c.Meeting.PlusMonths(3))))).Should().BeEmpty();
        RulesOf(a.WithAdmission(a.Admission, a.Approval, new Probation(conversion: new Conversion(c.Vote, c.Meeting.PlusMonths(3).PlusDays(1)))))
            .Should().Equal("DEV-CONVERSION-PROCEDURE");
    }

    [Fact]
    public void PartyAge_IsTheEndOfProbation()
    {
        var d = TightDates(new LocalDate(2022, 3, 7));
        var end = d["meeting"].PlusYears(1);
        var a = Pipeline(d);
        a = new Applicant(a.Id, a.Name, a.BranchId, a.BirthDate, a.Applied, a.Talked, a.Activist, a.LiaisonIds, a.Reviews, a.Candidate, a.SponsorIds,
            a.PoliticalReview, a.Training, a.PreAudit, null, a.PublicNotices, a.Admission, a.HigherTalk, a.Approval, "m-12", a.Probation);
        var right = Tree(new Member("m-12", "新", MembershipStatus.Full, "b-1", admittedOn: d["meeting"], fullSince: end));
        var wrong = Tree(new Member("m-12", "新", MembershipStatus.Full, "b-1", admittedOn: d["meeting"], fullSince: d["conversionApproval"]));
        Check(right, AsOf, a).Should().BeEmpty();
        Check(wrong, AsOf, a).Select(f => (f.RuleId, f.SubjectId)).Should().Equal(("MEM-PARTY-AGE", "m-12"));
        var plan = DevelopmentPlanner.Plan(a, AsOf);
        plan.Stage.Should().Be(DevelopmentStage.Full);
        plan.FullSince.Should().Be(end);
        plan.PartyStandingYears.Should().Be(Period.Between(end, AsOf, PeriodUnits.Years).Years);
    }
}

public sealed class DevelopmentApprovalChainTests
{
    private static PartyOrg.Domain.Organizations.OrganizationTree OrganTree()
    {
        var b = PartyOrg.Domain.Organizations.OrganizationTree.CreateBuilder()
            .Add(new Organization("wc", OrganizationKind.WorkingCommittee, "工委"))
            .Add(new Organization("lg", OrganizationKind.LeadingGroup, "党组", leadsId: "oc"))
            .Add(new Organization("oc", OrganizationKind.OrganCommittee, "机关党委", "wc"))
            .Add(new Organization("b-1", OrganizationKind.Branch, "第一党支部", "oc", BranchForm.Regular));
        for (var i = 1; i <= 5; i++)
        {
            b.Add(new Member("m-" + i, "党员" + i, MembershipStatus.Full, "b-1", admittedOn: new LocalDate(2000, 1, 1), fullSince: new LocalDate(2001, 1, 1)));
        }

        return b.Build();
    }

    [Theory]
    [InlineData(0, false)] // decided on the day of the approval
    [InlineData(1, true)] // decided after the approval
    public void OrganLedByAPartyGroup_DecidesBeforeTheApproval(int daysAfter, bool finding)
    {
        var d = TightDates(new LocalDate(2022, 3, 7));
        var a = Pipeline(d);
        var approval = new AdmissionApproval("oc", d["approval"], null, d["approval"].PlusDays(daysAfter));
        var conversion = new Conversion(a.Conversion!.Vote, a.Conversion.ApprovedOn, a.Conversion.ApprovedOn);
        var all = new ComplianceChecker(ComplianceProfile.StateOrgans).Check(new ComplianceInput(OrganTree(), new LocalDate(2026, 11, 22))
            .WithWorkingDays(Weekdays).WithDevelopment(DevelopmentLog.Create(OrganTree(), new[] { a.WithAdmission(a.Admission, approval, new Probation(conversion: conversion)) })));
        all.Findings.Any(f => f.RuleId == "ORGAN-APPROVAL-CHAIN" && f.SubjectId == "a-1").Should().Be(finding);
    }

    [Fact]
    public void OrganLedByAPartyGroup_ConversionWithoutDecision_IsAFinding()
    {
        var a = Pipeline(TightDates(new LocalDate(2022, 3, 7)));
        var approval = new AdmissionApproval("oc", a.Approval!.Date, "lg", a.Approval.Date);
        var all = new ComplianceChecker(ComplianceProfile.StateOrgans).Check(new ComplianceInput(OrganTree(), new LocalDate(2026, 11, 22))
            .WithWorkingDays(Weekdays).WithDevelopment(DevelopmentLog.Create(OrganTree(), new[] { a.WithAdmission(a.Admission, approval, a.Probation) })));
        all.Findings.Where(f => f.RuleId == "ORGAN-APPROVAL-CHAIN").Select(f => f.Actual).Should().Equal("no decision of the Party group recorded");
    }
}
