using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Development;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Tests.TestSupport;
using Xunit;
using static PartyOrg.Domain.Tests.Development.DevelopmentFixture;

namespace PartyOrg.Domain.Tests.Compliance;

/// <summary>
/// ORGAN-APPROVAL-CHAIN's record of a late 党组 decision (its day, and the deciding body when one is given) and
/// ORGAN-DUAL-LEADERSHIP on organizations below the organ's top one.
/// </summary>
public sealed class OrganRuleMutationTests
{
    private static OrganizationTree OrganTree()
    {
        var b = OrganizationTree.CreateBuilder()
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

    private static Finding[] ApprovalChain(string? decidedBy, int daysAfter)
    {
        var d = TightDates(new LocalDate(2022, 3, 7));
        var a = Pipeline(d);
        var approval = new AdmissionApproval("oc", d["approval"], decidedBy, d["approval"].PlusDays(daysAfter));
        var conversion = new Conversion(a.Conversion!.Vote, a.Conversion.ApprovedOn, a.Conversion.ApprovedOn);
        var applicant = a.WithAdmission(a.Admission, approval, new Probation(conversion: conversion));
        return new ComplianceChecker(ComplianceProfile.StateOrgans)
            .Check(new ComplianceInput(OrganTree(), new LocalDate(2026, 11, 22)).WithWorkingDays(Weekdays)
                .WithDevelopment(DevelopmentLog.Create(OrganTree(), new[] { applicant })))
            .Findings.Where(f => f.RuleId == "ORGAN-APPROVAL-CHAIN").ToArray();
    }

    [Fact]
    public void ApprovalChain_DecidedAfterTheApproval_WithoutADecidingBody_TheActualIsTheDay()
    {
        var approvalDay = TightDates(new LocalDate(2022, 3, 7))["approval"];
        var day = approvalDay.PlusDays(1).ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var f = ApprovalChain(null, 1).Should().ContainSingle().Subject;

        f.SubjectId.Should().Be("a-1");
        f.OrganizationId.Should().Be("b-1");
        f.ActualText.English.Should().Be("decided on " + day);
        f.ActualText.Chinese.Should().Be("党组决定日期为" + day);
        f.ExpectedText.English.Should().Be("decided by lg before the approval");
    }

    [Fact]
    public void ApprovalChain_DecidedAfterTheApproval_ByTheLeadingGroup_TheActualNamesIt()
    {
        var day = TightDates(new LocalDate(2022, 3, 7))["approval"].PlusDays(1).ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var f = ApprovalChain("lg", 1).Should().ContainSingle().Subject;

        f.ActualText.English.Should().Be("decided on " + day + " by lg");
        f.ActualText.Chinese.Should().Be("党组决定日期为" + day + "（lg）");
    }

    [Fact]
    public void ApprovalChain_DecidedOnTheDayByAnotherBody_IsAFinding()
    {
        var day = TightDates(new LocalDate(2022, 3, 7))["approval"].ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        ApprovalChain("lg", 0).Should().BeEmpty();
        ApprovalChain("oc", 0).Should().ContainSingle().Which.ActualText.English.Should().Be("decided on " + day + " by oc");
    }

    [Fact]
    public void DualLeadership_WithoutAWorkingCommittee_ANestedOrganCommitteeIsReportedToo()
    {
        var findings = new TreeKit().Org("lg", OrganizationKind.LeadingGroup, leads: "oc").Org("oc", OrganizationKind.OrganCommittee)
            .Org("oc-2", OrganizationKind.OrganCommittee, "oc").Branch("b", "oc-2", 5).Check().ForRule("ORGAN-DUAL-LEADERSHIP").ToArray();

        findings.Select(f => f.SubjectId).Should().BeEquivalentTo("oc", "oc-2");
        findings.Should().OnlyContain(f => f.Expected == "working-committee ancestor" && f.Severity == Severity.Error);
    }

    [Fact]
    public void DualLeadership_ABranchLedByALeadingGroupBelowTheTop_IsNotJudgedOnItsOwn()
    {
        var findings = new TreeKit().Org("lg", OrganizationKind.LeadingGroup, leads: "oc").Org("oc", OrganizationKind.OrganCommittee)
            .Org("lg-2", OrganizationKind.LeadingGroup, leads: "b").Branch("b", "oc", 5).Check().ForRule("ORGAN-DUAL-LEADERSHIP").ToArray();

        findings.Select(f => f.SubjectId).Should().Equal("oc");
        findings.Single().Expected.Should().Be("working-committee ancestor");
    }
}
