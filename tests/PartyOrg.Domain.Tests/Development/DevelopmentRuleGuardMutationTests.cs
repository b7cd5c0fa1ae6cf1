using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Development;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Terms;
using Xunit;
using static PartyOrg.Domain.Tests.Development.DevelopmentFixture;

namespace PartyOrg.Domain.Tests.Development;

/// <summary>
/// The DEV-* and MEM-* rules whose bodies are measured since their guards were rewritten, pinned at their edges: the
/// reviews an activist's half-year gaps are counted over, the first gap only, the actual of an approved and of an
/// unapproved step, a political review or pre-audit failed or dated after the meeting, the leaving window, a sponsor's
/// ended 留党察看, contact restored on the deadline, a member without a recorded full date, a return before the transfer
/// was due and the transfers of other members, and ORGAN-APPROVAL-CHAIN's approver of a term adjustment.
/// </summary>
public sealed class DevelopmentRuleGuardMutationTests
{
    private static readonly LocalDate AsOf = new(2026, 11, 22);
    private static readonly Dictionary<string, LocalDate> Dates = TightDates(new LocalDate(2022, 3, 7));

    private static Applicant Copy(Applicant a, IEnumerable<LocalDate>? reviews = null, DevelopmentCheck? politicalReview = null, DevelopmentCheck? preAudit = null,
        LocalDate? leavingUnitOn = null, LocalDate? higherTalk = null, bool noHigherTalk = false, AdmissionApproval? approval = null,
        IEnumerable<string>? sponsorIds = null, string? memberId = null, Probation? probation = null) => new(
        a.Id, a.Name, a.BranchId, a.BirthDate, a.Applied, a.Talked, a.Activist, a.LiaisonIds, reviews ?? a.Reviews, a.Candidate, sponsorIds ?? a.SponsorIds,
        politicalReview ?? a.PoliticalReview, a.Training, preAudit ?? a.PreAudit, leavingUnitOn ?? a.LeavingUnitOn, a.PublicNotices, a.Admission,
        noHigherTalk ? null : higherTalk ?? a.HigherTalk, approval ?? a.Approval, memberId ?? a.MemberId, probation ?? a.Probation);

    private static Finding[] Findings(Applicant a, string ruleId, OrganizationTree? tree = null) =>
        Check(tree ?? Tree(), AsOf, a).Where(f => f.RuleId == ruleId).ToArray();

    private static Finding[] Findings(MemberRelations relations, string ruleId, LocalDate asOf) =>
        Check(Tree(), asOf, relations).Where(f => f.RuleId == ruleId).ToArray();

    private static string D(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<Member> FullMembers() =>
        Enumerable.Range(1, 5).Select(i => new Member("m-" + i, "党员" + i, MembershipStatus.Full, "b-1", admittedOn: new LocalDate(2000, 1, 1), fullSince: new LocalDate(2001, 1, 1)));

    private static Applicant Activist(LocalDate activist, LocalDate? candidate, params LocalDate[] reviews) =>
        new("a-2", "积极分子", "b-1", birthDate: new LocalDate(1990, 1, 1), applied: activist, talked: activist, activist: activist,
            liaisonIds: new[] { "m-1" }, reviews: reviews, candidate: candidate);

    [Fact]
    public void ActivistReview_AReviewAfterTheCandidateListing_DoesNotCount()
    {
        var a = Pipeline(Dates);
        var late = a.Candidate!.Value.PlusMonths(5); // from the review at +8 months this would be a 9-month gap

        Findings(Copy(a, reviews: a.Reviews.Append(late)), "DEV-ACTIVIST-REVIEW-6M").Should().BeEmpty();
    }

    [Fact]
    public void ActivistReview_StillAnActivist_TheOpenGapToTheAuditDate()
    {
        var activist = new LocalDate(2025, 1, 10);
        var review = new LocalDate(2025, 7, 10); // exactly 6 months: no gap

        var f = Findings(Activist(activist, null, review), "DEV-ACTIVIST-REVIEW-6M").Should().ContainSingle().Subject;

        f.SubjectId.Should().Be("a-2");
        f.ExpectedText.English.Should().Be("a review by 2026-01-10");
        f.ActualText.English.Should().Be("no review from 2025-07-10 to " + D(AsOf));
    }

    [Fact]
    public void ActivistReview_AGapBetweenTwoReviews_IsTheGap_AndOnlyTheFirstGapIsReported()
    {
        var activist = new LocalDate(2025, 1, 10);
        var review = new LocalDate(2025, 8, 10); // 7 months; the gap from it to the audit date is open too

        var f = Findings(Activist(activist, null, review), "DEV-ACTIVIST-REVIEW-6M").Should().ContainSingle().Subject;

        f.ExpectedText.English.Should().Be("a review by 2025-07-10");
        f.ActualText.English.Should().StartWith("the gap from 2025-01-10 to 2025-08-10 exceeds ");
    }

    [Fact]
    public void ActivistReview_ListedAsCandidate_TheGapToTheListing()
    {
        var activist = new LocalDate(2025, 1, 10);

        var f = Findings(Activist(activist, new LocalDate(2025, 7, 11)), "DEV-ACTIVIST-REVIEW-6M").Should().ContainSingle().Subject;

        f.ActualText.English.Should().StartWith("the gap from 2025-01-10 to 2025-07-11 exceeds ");
        Findings(Activist(activist, new LocalDate(2025, 7, 10)), "DEV-ACTIVIST-REVIEW-6M").Should().BeEmpty();
    }

    [Fact]
    public void Approval_LateButApproved_TheActualIsTheApprovalDate()
    {
        var a = Pipeline(Dates);
        var approved = a.Admission!.Meeting.PlusMonths(4);

        var f = Findings(Copy(a, approval: new AdmissionApproval("oc", approved), higherTalk: approved), "DEV-APPROVAL-3M").Should().ContainSingle().Subject;

        f.Severity.Should().Be(Severity.Warning);
        f.ActualText.English.Should().Be("approved on " + D(approved));
    }

    [Fact]
    public void ConversionProcedure_TheActualIsTheApprovalDate_OrTheAuditDateWhileUnapproved()
    {
        var a = Pipeline(Dates);
        var vote = a.Conversion!.Vote;
        var late = vote.Meeting.PlusMonths(4);

        Findings(Copy(a, probation: new Probation(conversion: new Conversion(vote, late))), "DEV-CONVERSION-PROCEDURE")
            .Should().ContainSingle().Which.ActualText.English.Should().Be("approved on " + D(late));
        Findings(Copy(a, probation: new Probation(conversion: new Conversion(vote))), "DEV-CONVERSION-PROCEDURE")
            .Should().ContainSingle().Which.ActualText.English.Should().Be("not approved by " + D(AsOf));
    }

    [Fact]
    public void HigherTalk_TheActualIsTheTalkDate_OrNone()
    {
        var a = Pipeline(Dates);
        var late = a.Approval!.Date.PlusDays(1);

        Findings(Copy(a, higherTalk: late), "DEV-HIGHER-TALK").Should().ContainSingle().Which.ActualText.English.Should().Be("talked on " + D(late));
        Findings(Copy(a, noHigherTalk: true), "DEV-HIGHER-TALK").Should().ContainSingle().Which.ActualText.English.Should().Be("no talk recorded");
    }

    [Theory]
    [InlineData(-1, true, null)]
    [InlineData(0, true, null)]
    [InlineData(1, true, "political review concluded on ")]
    [InlineData(-1, false, "failed the political review of ")]
    public void PoliticalReview_PassedOnOrBeforeTheMeeting(int daysAfterMeeting, bool passed, string? actual)
    {
        var a = Pipeline(Dates);
        var day = a.Admission!.Meeting.PlusDays(daysAfterMeeting);

        var findings = Findings(Copy(a, politicalReview: new DevelopmentCheck(day, passed)), "DEV-POLITICAL-REVIEW");

        if (actual is null)
        {
            findings.Should().BeEmpty();
        }
        else
        {
            findings.Should().ContainSingle().Which.ActualText.English.Should().Be(actual + D(day));
        }
    }

    [Theory]
    [InlineData(-1, true, null)]
    [InlineData(0, true, null)]
    [InlineData(1, true, "pre-audit on ")]
    [InlineData(-1, false, "failed the pre-audit of ")]
    public void PreAudit_PassedOnOrBeforeTheMeeting(int daysAfterMeeting, bool passed, string? actual)
    {
        var a = Pipeline(Dates);
        var day = a.Admission!.Meeting.PlusDays(daysAfterMeeting);

        var findings = Findings(Copy(a, preAudit: new DevelopmentCheck(day, passed)), "DEV-PREAUDIT-AND-3M-LEAVING");

        if (actual is null)
        {
            findings.Should().BeEmpty();
        }
        else
        {
            var f = findings.Should().ContainSingle().Subject;
            f.Severity.Should().Be(Severity.Error);
            f.ActualText.English.Should().Be(actual + D(day));
        }
    }

    [Theory]
    [InlineData(0, -1, false)]
    [InlineData(0, 0, true)]
    [InlineData(3, 0, true)]
    [InlineData(3, 1, false)]
    public void Leaving_WithinThreeMonthsOfTheMeeting_IsAWarning(int months, int days, bool finding)
    {
        var a = Pipeline(Dates);
        var leaving = a.Admission!.Meeting.PlusMonths(months).PlusDays(days);

        var findings = Findings(Copy(a, leavingUnitOn: leaving), "DEV-PREAUDIT-AND-3M-LEAVING");

        if (finding)
        {
            var f = findings.Should().ContainSingle().Subject;
            f.Severity.Should().Be(Severity.Warning);
            f.ActualText.English.Should().Be("leaving the unit on " + D(leaving));
            f.ExpectedText.English.Should().Be("not leaving the unit by " + D(a.Admission.Meeting.PlusMonths(3)));
        }
        else
        {
            findings.Should().BeEmpty();
        }
    }

    [Fact]
    public void Sponsor_WhoseProbationWithinTheParty_EndedBeforeTheMeeting_IsNoFinding()
    {
        var a = Pipeline(Dates);
        var day = a.Admission!.Meeting;
        var tree = Tree(new Member("m-8", "察看期满", MembershipStatus.Full, "b-1", admittedOn: new LocalDate(2000, 1, 1), fullSince: new LocalDate(2001, 1, 1),
            restrictions: new[] { new RightsRestriction(RestrictionKind.PartyProbation, day.PlusYears(-2), day.PlusDays(-10)) }));

        Findings(Copy(a, sponsorIds: new[] { "m-1", "m-8" }), "DEV-SPONSORS-2", tree).Should().BeEmpty();
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void LostContact_RestoredByTheSixMonthDate_IsNoFinding(int daysAfterSixMonths, bool finding)
    {
        var since = new LocalDate(2025, 1, 15);
        var restored = since.PlusMonths(6).PlusDays(daysAfterSixMonths);
        var relations = MemberRelations.Create(Tree(), null, null, new[] { new LostContact("m-3", since, contactRestoredOn: restored) });

        var findings = Findings(relations, "MEM-LOST-CONTACT-6M", AsOf);

        if (finding)
        {
            var f = findings.Should().ContainSingle().Subject;
            f.SubjectId.Should().Be("m-3");
            f.OrganizationId.Should().Be("b-1");
            f.Period.Should().Be(ReportingPeriod.Custom(since, AsOf));
        }
        else
        {
            findings.Should().BeEmpty();
        }
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void LostContactRemoval_RestoredByTheTwoYearDate_IsNoFinding(int daysAfterTwoYears, bool finding)
    {
        var suspended = new LocalDate(2023, 7, 10);
        var restored = suspended.PlusYears(2).PlusDays(daysAfterTwoYears);
        var relations = MemberRelations.Create(Tree(), null, null,
            new[] { new LostContact("m-3", new LocalDate(2023, 1, 10), suspendedOn: suspended, contactRestoredOn: restored) });

        var findings = Findings(relations, "MEM-LOST-CONTACT-REMOVAL-2Y", AsOf);

        if (finding)
        {
            var f = findings.Should().ContainSingle().Subject;
            f.SubjectId.Should().Be("m-3");
            f.Period.Should().Be(ReportingPeriod.Custom(suspended, AsOf));
        }
        else
        {
            findings.Should().BeEmpty();
        }
    }

    [Fact]
    public void PartyAge_TheActualIsTheRecordedDate_OrNone()
    {
        var a = Copy(Pipeline(Dates), memberId: "m-12");
        var end = a.Admission!.Meeting.PlusYears(1);
        var wrong = Tree(new Member("m-12", "新", MembershipStatus.Full, "b-1", admittedOn: a.Admission.Meeting, fullSince: end.PlusDays(1)));
        var none = Tree(new Member("m-12", "新", MembershipStatus.Full, "b-1", admittedOn: a.Admission.Meeting));

        var f = Findings(a, "MEM-PARTY-AGE", wrong).Should().ContainSingle().Subject;
        f.SubjectId.Should().Be("m-12");
        f.ExpectedText.English.Should().Be("full since " + D(end));
        f.ActualText.English.Should().Be("recorded full since " + D(end.PlusDays(1)));
        Findings(a, "MEM-PARTY-AGE", none).Should().ContainSingle().Which.ActualText.English.Should().Be("no fullSince recorded");
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    public void TransferRequired_ReturnedBeforeSixMonths_IsNoFinding(int daysAfterSixMonths, bool finding)
    {
        var left = new LocalDate(2026, 3, 31);
        var returned = new LocalDate(2026, 9, 30).PlusDays(daysAfterSixMonths);
        var relations = MemberRelations.Create(Tree(), null, new[] { new MemberOutflow("m-3", left, returned, null, true) }, null);

        var findings = Findings(relations, "MEM-TRANSFER-REQUIRED", AsOf);

        if (finding)
        {
            var f = findings.Should().ContainSingle().Subject;
            f.Period.Should().Be(ReportingPeriod.Custom(left, returned));
            f.ActualText.English.Should().Be("away at another place since 2026-03-31 without a transfer");
            f.ActualText.Chinese.Should().Be("2026-03-31起在外地，未转移组织关系");
        }
        else
        {
            findings.Should().BeEmpty();
        }
    }

    [Fact]
    public void TransferRequired_ATransferSentOnTheDayOfLeaving_Counts_AmongOtherMembersTransfers()
    {
        var left = new LocalDate(2026, 3, 31);
        var relations = MemberRelations.Create(Tree(),
            new[]
            {
                new MemberTransfer("m-4", TransferReason.Outflow, left, "b-1", "外地", sentOn: left.PlusDays(2)),
                new MemberTransfer("m-3", TransferReason.Outflow, left, "b-1", "外地", sentOn: left),
            },
            new[] { new MemberOutflow("m-3", left, null, "深圳", true) }, null);

        Findings(relations, "MEM-TRANSFER-REQUIRED", AsOf).Should().BeEmpty();
    }

    private static Finding[] ChainFindings(TermAdjustment adjustment)
    {
        var tree = PartyOrg.Domain.Tests.Terms.TermTestData.Tree();
        var terms = new[] { new Term("oc", new LocalDate(2021, 11, 20), adjustment: adjustment), new Term("gb", new LocalDate(2025, 1, 10)), new Term("b", new LocalDate(2025, 1, 10)) };
        return new ComplianceChecker(ComplianceProfile.StateOrgans).Check(new ComplianceInput(tree, PartyOrg.Domain.Tests.Terms.TermTestData.AsOf).WithTerms(TermSet.Create(tree, terms)))
            .Findings.Where(f => f.RuleId == "ORGAN-APPROVAL-CHAIN").ToArray();
    }

    [Fact]
    public void ApprovalChain_AnAdjustmentApprovedByAnotherBodyThanTheWorkingCommittee_IsAFinding()
    {
        var f = ChainFindings(new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 3, 31), "gb", new LocalDate(2026, 10, 15), "lg", new LocalDate(2026, 9, 28)))
            .Should().ContainSingle().Subject;

        f.SubjectId.Should().Be("oc");
        f.ExpectedText.English.Should().Be("approved by wc");
        f.ActualText.English.Should().Be("approved by gb");
    }

    [Fact]
    public void ApprovalChain_AnAdjustmentNotYetApproved_IsNoFindingOnTheApprover()
    {
        ChainFindings(new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 3, 31), null, null, "lg", new LocalDate(2026, 9, 28))).Should().BeEmpty();
    }

    [Fact]
    public void ApprovalChain_AnAdjustmentDecidedByAnotherBody_TheActualNamesIt()
    {
        var f = ChainFindings(new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 3, 31), "wc", new LocalDate(2026, 10, 15), "gb", new LocalDate(2026, 9, 28)))
            .Should().ContainSingle().Subject;

        f.ExpectedText.English.Should().Be("decided by lg");
        f.ActualText.English.Should().Be("gb");
    }

    [Fact]
    public void ApprovalChain_AnApplicantOfABranchAtTheTopOfAnOrganLedByAPartyGroup_IsJudged()
    {
        var tree = OrganizationTree.CreateBuilder()
            .Add(new Organization("wc", OrganizationKind.WorkingCommittee, "工委"))
            .Add(new Organization("lg", OrganizationKind.LeadingGroup, "党组", leadsId: "b-1"))
            .Add(new Organization("b-1", OrganizationKind.Branch, "机关党支部", "wc", BranchForm.Regular))
            .AddRange(FullMembers())
            .Build();
        var a = Pipeline(Dates);
        a = Copy(a, approval: new AdmissionApproval("wc", a.Approval!.Date));

        var findings = new ComplianceChecker(ComplianceProfile.StateOrgans)
            .Check(new ComplianceInput(tree, AsOf).WithWorkingDays(Weekdays).WithDevelopment(DevelopmentLog.Create(tree, new[] { a })))
            .Findings.Where(f => f.RuleId == "ORGAN-APPROVAL-CHAIN").ToArray();

        findings.Select(f => f.SubjectId).Should().Equal("a-1", "a-1"); // the admission and the conversion, neither decided by the 党组
    }

    [Fact]
    public void ApprovalChain_AnApplicantOfABranchInNoOrgan_IsNotJudged()
    {
        var tree = OrganizationTree.CreateBuilder()
            .Add(new Organization("bc", OrganizationKind.BasicCommittee, "基层党委"))
            .Add(new Organization("b-1", OrganizationKind.Branch, "党支部", "bc", BranchForm.Regular))
            .AddRange(FullMembers())
            .Build();
        var a = Pipeline(Dates);
        a = Copy(a, approval: new AdmissionApproval("bc", a.Approval!.Date), sponsorIds: new[] { "m-1" });

        var findings = new ComplianceChecker(ComplianceProfile.StateOrgans)
            .Check(new ComplianceInput(tree, AsOf).WithWorkingDays(Weekdays).WithDevelopment(DevelopmentLog.Create(tree, new[] { a })))
            .Findings;

        findings.Should().NotContain(f => f.RuleId == "ORGAN-APPROVAL-CHAIN");
        findings.Should().Contain(f => f.RuleId == "DEV-SPONSORS-2" && f.SubjectId == "a-1", "the record is judged by the other rules (one sponsor)");
    }

    [Fact]
    public void TransferRequired_TheActualNamesTheRecordedPlace()
    {
        var left = new LocalDate(2026, 3, 31);
        var relations = MemberRelations.Create(Tree(), null, new[] { new MemberOutflow("m-3", left, null, "深圳", true) }, null);

        var f = Findings(relations, "MEM-TRANSFER-REQUIRED", AsOf).Should().ContainSingle().Subject;

        f.ActualText.English.Should().Be("away at 深圳 since 2026-03-31 without a transfer");
        f.ActualText.Chinese.Should().Be("2026-03-31起在深圳，未转移组织关系");
    }
}
