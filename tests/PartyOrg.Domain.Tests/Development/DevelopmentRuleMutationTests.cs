using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Development;
using PartyOrg.Domain.Organizations;
using Xunit;
using static PartyOrg.Domain.Tests.Development.DevelopmentFixture;

namespace PartyOrg.Domain.Tests.Development;

/// <summary>
/// The DEV-* findings pinned by value: each failing condition of a branch vote on its own (admission and conversion), the
/// votes counted in favour, the notice judged when there are several, the training recorded without days or hours, and the
/// voters of a branch the audited tree does not hold.
/// </summary>
public sealed class DevelopmentRuleMutationTests
{
    private static readonly LocalDate AsOf = new(2026, 11, 22);
    private static readonly Dictionary<string, LocalDate> Dates = TightDates(new LocalDate(2022, 3, 7));

    private static Applicant With(Applicant a, CandidateTraining? training = null, IEnumerable<PublicNotice>? notices = null) => new(
        a.Id, a.Name, a.BranchId, a.BirthDate, a.Applied, a.Talked, a.Activist, a.LiaisonIds, a.Reviews, a.Candidate, a.SponsorIds, a.PoliticalReview,
        training ?? a.Training, a.PreAudit, a.LeavingUnitOn, notices ?? a.PublicNotices, a.Admission, a.HigherTalk, a.Approval, a.MemberId, a.Probation);

    private static Finding[] Findings(Applicant a, string ruleId) => Check(Tree(), AsOf, a).Where(f => f.RuleId == ruleId).ToArray();

    private static string D(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void BranchVote_OnlyTheQuorumFails_OneFindingOnThePresent()
    {
        var a = Pipeline(Dates);
        var meeting = a.Admission!.Meeting;
        var vote = new BranchVote(meeting, 10, 5, 5, 1); // 5 of 10 present: no quorum; 6 of 10 in favour with the written opinion

        var f = Findings(a.WithAdmission(vote, a.Approval, a.Probation), "DEV-BRANCH-VOTE").Should().ContainSingle().Subject;

        f.ExpectedText.English.Should().Be("more than half of 10 present");
        f.ActualText.English.Should().Be("5 present on " + D(meeting));
        f.SubjectId.Should().Be("a-1");
        f.OrganizationId.Should().Be("b-1");
    }

    [Fact]
    public void BranchVote_OnlyTheMajorityFails_TheVotesInFavourIncludeTheWrittenOpinions()
    {
        var a = Pipeline(Dates);
        var meeting = a.Admission!.Meeting;
        var vote = new BranchVote(meeting, 10, 6, 3, 1); // 4 of 10 in favour

        var f = Findings(a.WithAdmission(vote, a.Approval, a.Probation), "DEV-BRANCH-VOTE").Should().ContainSingle().Subject;

        f.ExpectedText.English.Should().Be("more than half of 10 in favour (written opinions counted)");
        f.ActualText.English.Should().Be("4 in favour on " + D(meeting));
        f.ActualText.Chinese.Should().Be(D(meeting) + "赞成4票");
    }

    [Fact]
    public void BranchVote_TheConversionVoteIsJudgedToo()
    {
        var a = Pipeline(Dates);
        var conversionMeeting = a.Conversion!.Vote.Meeting;
        var probation = new Probation(conversion: new Conversion(new BranchVote(conversionMeeting, 10, 4, 4), a.Conversion.ApprovedOn));

        var f = Findings(a.WithAdmission(a.Admission, a.Approval, probation), "DEV-BRANCH-VOTE").Should().HaveCount(2).And.Subject;

        f.Select(x => x.ActualText.English).Should().BeEquivalentTo("4 present on " + D(conversionMeeting), "4 in favour on " + D(conversionMeeting));
    }

    [Fact]
    public void BranchVote_ABranchOutsideTheAuditedTree_HasNoEntitledVoters()
    {
        var other = OrganizationTree.CreateBuilder()
            .Add(new Organization("wc", OrganizationKind.WorkingCommittee, "工委"))
            .Add(new Organization("oc", OrganizationKind.OrganCommittee, "机关党委", "wc"))
            .Add(new Organization("b-9", OrganizationKind.Branch, "第九党支部", "oc", BranchForm.Regular))
            .Build();
        var applicant = new Applicant("a-9", "申请人", "b-9", admission: new BranchVote(new LocalDate(2026, 3, 2), null, 1, 1));

        var findings = new ComplianceChecker(ComplianceProfile.StateOrgans)
            .Check(new ComplianceInput(Tree(), AsOf).WithWorkingDays(Weekdays).WithDevelopment(DevelopmentLog.Create(other, new[] { applicant })))
            .Findings;

        findings.Should().NotContain(f => f.RuleId == "DEV-BRANCH-VOTE");
        findings.Should().Contain(f => f.RuleId == "DEV-APPROVAL-3M" && f.SubjectId == "a-9", "the record is judged, only its voters are unknown");
    }

    [Fact]
    public void PublicNotice_OfSeveral_TheLongestIsJudged()
    {
        var a = Pipeline(Dates);
        var shortOne = new PublicNotice(NoticeStage.Candidate, Dates["candidateNoticeTo"], Dates["candidateNoticeTo"]);
        var notices = a.PublicNotices.Prepend(shortOne).ToArray();

        Findings(With(a, notices: notices), "DEV-PUBLIC-NOTICE").Should().BeEmpty();
        Findings(With(a, notices: notices.Where(n => n != a.PublicNotices[0])), "DEV-PUBLIC-NOTICE")
            .Should().ContainSingle().Which.ActualText.English.Should().Contain(": 1 working days");
    }

    [Theory]
    [InlineData(null, 20.0, "— days, 20 hours")]
    [InlineData(2, null, "2 days, — hours")]
    [InlineData(2, 23.5, "2 days, 23.5 hours")]
    public void Training_BelowBoth_TheActualShowsWhatWasRecorded(int? days, double? hours, string actual)
    {
        var f = Findings(With(Pipeline(Dates), training: new CandidateTraining(days, (decimal?)hours)), "DEV-TRAINING-3D-24H").Should().ContainSingle().Subject;

        f.ActualText.English.Should().Be(actual);
        f.ExpectedText.English.Should().Be("at least 3 days or 24 class hours");
    }
}
