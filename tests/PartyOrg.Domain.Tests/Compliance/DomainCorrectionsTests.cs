using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using PartyOrg.Domain.Terms;
using PartyOrg.Domain.Tests.TestSupport;
using Xunit;

namespace PartyOrg.Domain.Tests.Compliance;

/// <summary>The corrections an officer asked for: organs topped by a branch, committee size bounds, citations.</summary>
public sealed class DomainCorrectionsTests
{
    private static readonly DateInterval Year2026 = new(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));

    /// <summary>A county bureau: 党组 "lg" leads the organ branch "b" directly under working committee "wc".</summary>
    private static TreeKit CountyBureau(string? parentOfBranch = "wc") =>
        new TreeKit().Org("wc", OrganizationKind.WorkingCommittee).Org("lg", OrganizationKind.LeadingGroup, leads: "b")
            .Branch("b", parentOfBranch!, 6).Leadership("b", new[] { "b-m1" }, discipline: false);

    [Fact]
    public void LeadingGroupLeadingAnOrganBranch_IsTheOrgansTop_AndDualLeadershipIsMet()
    {
        var kit = CountyBureau();
        var tree = kit.Build();
        tree.IsOrganTop("b").Should().BeTrue();
        kit.Check().ForRule("ORGAN-DUAL-LEADERSHIP").Should().BeEmpty();
    }

    [Fact]
    public void LeadingGroupLeadingABranchWithoutWorkingCommittee_ReportsUniformLeadershipOnTheBranch()
    {
        var kit = new TreeKit().Org("lg", OrganizationKind.LeadingGroup, leads: "b").Branch("b", null!, 6);
        var f = kit.Check().ForRule("ORGAN-DUAL-LEADERSHIP").Single();
        f.SubjectId.Should().Be("b");
        f.Message.Chinese.Should().StartWith("党支部“");
    }

    [Fact]
    public void OrganAnnualAssembly_IsPlannedForAnOrganTopBranch_NotForBranchesInsideAnOrganCommittee()
    {
        var planner = new MeetingPlanner(ComplianceProfile.StateOrgans.EnabledMeetingRequirements());
        var bureau = CountyBureau().Build();
        planner.Plan(bureau, Year2026).Where(o => o.Kind == MeetingKind.OrganAssembly).Select(o => o.OrganizationId).Should().Equal("b");

        var organ = TreeKit.Organ().Branch("b", "oc", 6).Build();
        planner.Plan(organ, Year2026).Where(o => o.Kind == MeetingKind.OrganAssembly).Select(o => o.OrganizationId).Should().Equal("oc");
    }

    [Fact]
    public void OrganTop_BranchUnderWorkingCommitteeWithoutLeadingGroup_IsTop_BranchUnderOrganCommitteeIsNot()
    {
        var tree = new TreeKit().Org("wc", OrganizationKind.WorkingCommittee).Branch("b", "wc", 3).Org("oc", OrganizationKind.OrganCommittee, "wc")
            .Branch("b2", "oc", 3).Build();
        tree.IsOrganTop("b").Should().BeTrue();
        tree.IsOrganTop("oc").Should().BeTrue();
        tree.IsOrganTop("b2").Should().BeFalse();
        tree.IsOrganTop("wc").Should().BeFalse();
    }

    [Theory]
    [InlineData(2, Severity.Error)]
    [InlineData(3, null)]
    [InlineData(7, null)]
    [InlineData(8, Severity.Warning)]
    public void BranchCommitteeSize_BothBoundsUnderOneId(int seats, Severity? expected)
    {
        var holders = Enumerable.Range(1, seats).Select(i => "b-m" + i).ToArray();
        var kit = TreeKit.Organ().Branch("b", "oc", 10);
        kit.Post("b", holders[0], PostKind.Secretary);
        foreach (var h in holders.Skip(1))
        {
            kit.Post("b", h, PostKind.CommitteeMember, h == holders[1] ? CommitteeDuty.DisciplineInspection : null);
        }

        var findings = kit.Check().Findings.Where(f => f.RuleId.StartsWith("COM-BRANCH-COMMITTEE-", System.StringComparison.Ordinal) && f.RuleId != "COM-BRANCH-COMMITTEE-THRESHOLD-7"
            && f.RuleId != "COM-BRANCH-COMMITTEE-BELOW-7").ToArray();
        if (expected is null)
        {
            findings.Should().BeEmpty();
            return;
        }

        findings.Should().ContainSingle().Which.RuleId.Should().Be("COM-BRANCH-COMMITTEE-SIZE");
        findings[0].Severity.Should().Be(expected.Value);
        findings[0].ExpectedText.Chinese.Should().Be(seats < 3 ? "≥ 3人" : "≤ 7人");
        findings[0].ActualText.Chinese.Should().Be(seats + "人");
    }

    [Fact]
    public void Citations_Constitution2017TermArticleIs31()
    {
        ConstitutionalTermRange.For(OrganizationKind.Branch, new LocalDate(2018, 1, 1))!.Citation.Should().Be(new Citation(Regulation.Constitution2017, 31));
        TermPolicy.Default.LengthCitation(new LocalDate(2018, 1, 1)).Should().Be(new Citation(Regulation.Constitution2017, 31));
    }

    [Fact]
    public void Citations_TermOpinionPublished20180712_ReminderIsPart3()
    {
        Regulation.TermOpinion.InForceFrom.Should().Be(new LocalDate(2018, 7, 12));
        TermPolicy.Default.DefaultYears(OrganizationKind.OrganCommittee, new LocalDate(2018, 7, 11)).Should().Be(4);
        TermPolicy.Default.DefaultYears(OrganizationKind.OrganCommittee, new LocalDate(2018, 7, 12)).Should().Be(5);
        RuleCatalog.TryFind("TERM-REMINDER-6M", out var reminder).Should().BeTrue();
        reminder!.Citations.Should().Contain(new Citation(Regulation.TermOpinion, 3));
    }

    [Fact]
    public void Citations_OrganizationalLifeRulesCiteTheEducationRegulations()
    {
        RuleCatalog.TryFind("LIFE-DEMOCRATIC-APPRAISAL-ANNUAL", out var appraisal).Should().BeTrue();
        appraisal!.Citations.Should().Equal(new Citation(Regulation.MemberEducationRegulations, 18));
        RuleCatalog.TryFind("LIFE-ORG-LIFE-MEETING-ANNUAL", out var life).Should().BeTrue();
        life!.Citations.Should().Contain(new Citation(Regulation.MemberEducationRegulations, 17));
        RuleCatalog.TryFind("LIFE-THEME-DAY-MONTHLY", out var day).Should().BeTrue();
        day!.Citations.Should().Contain(new Citation(Regulation.MemberEducationRegulations, 16));
        RuleCatalog.TryFind("LIFE-EVERY-MEMBER-IN-UNIT", out _).Should().BeTrue();
    }

    [Fact]
    public void ApprovalChain_BindsAnOrganToppedByABranch()
    {
        var tree = CountyBureau().Build();
        var asOf = new LocalDate(2026, 11, 22);
        Finding[] Chain(TermAdjustment adjustment) => new ComplianceChecker(ComplianceProfile.StateOrgans)
            .Check(new ComplianceInput(tree, asOf).WithTerms(TermSet.Create(tree, new[] { new Term("b", new LocalDate(2023, 6, 1), adjustment: adjustment) })))
            .Findings.Where(f => f.RuleId == "ORGAN-APPROVAL-CHAIN").ToArray();

        var withoutDecision = Chain(new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2026, 12, 31), "wc", new LocalDate(2026, 5, 1)));
        withoutDecision.Should().ContainSingle().Which.Expected.Should().Be("decided by lg");
        Chain(new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2026, 12, 31), "wc", new LocalDate(2026, 5, 1), "lg", new LocalDate(2026, 4, 20)))
            .Should().BeEmpty();
    }
}
