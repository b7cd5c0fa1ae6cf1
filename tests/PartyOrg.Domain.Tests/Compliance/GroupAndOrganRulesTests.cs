using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Tests.TestSupport;
using Xunit;

namespace PartyOrg.Domain.Tests.Compliance;

public sealed class GroupAndOrganRulesTests
{
    [Theory]
    [InlineData(20, false)]
    [InlineData(21, true)]
    public void WhenRequired_LargeBranchWithoutGroups_InfoAboveLocalTrigger(int members, bool reported)
    {
        var findings = TreeKit.Organ().Branch("b", "oc", members).Check().ForRule("GRP-WHEN-REQUIRED").ToArray();
        findings.Should().HaveCount(reported ? 1 : 0);
        findings.All(f => f.Severity == Severity.Info).Should().BeTrue();
    }

    [Fact]
    public void WhenRequired_LargeBranchWithGroups_Compliant()
    {
        var kit = TreeKit.Organ().Org("b", OrganizationKind.Branch, "oc").Org("g", OrganizationKind.PartyGroup, "b").Members("b", 30, 0, "g");
        kit.Check().ForRule("GRP-WHEN-REQUIRED").Should().BeEmpty();
    }

    [Fact]
    public void WhenRequired_LocalTrigger_IsAProfileParameter()
    {
        var strict = ComplianceProfile.StateOrgans.WithParameter(StructuralParameters.PartyGroupTriggerMembers, 10);
        TreeKit.Organ().Branch("b", "oc", 11).Check(strict).ForRule("GRP-WHEN-REQUIRED").Should().ContainSingle();
        ComplianceProfile.StateOrgans.FindRule("GRP-WHEN-REQUIRED")!.Descriptor.IsLocal.Should().BeTrue();
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public void LeaderAppointment_GroupWithoutExactlyOneLeader_Error(int leaders, bool reported)
    {
        var kit = TreeKit.Organ().Org("b", OrganizationKind.Branch, "oc").Org("g", OrganizationKind.PartyGroup, "b").Members("b", 5, 0, "g");
        for (var i = 0; i < leaders; i++)
        {
            kit.Post("g", kit.In("b")[i], PostKind.GroupLeader);
        }

        var findings = kit.Check().ForRule("GRP-LEADER-APPOINTMENT").ToArray();
        findings.Should().HaveCount(reported ? 1 : 0);
        findings.All(f => f.Severity == Severity.Error && f.SubjectId == "g").Should().BeTrue();
    }

    [Fact]
    public void MemberInGroup_MemberOutsideAnyGroupOfAGroupedBranch_Warning_NotArt8()
    {
        var kit = TreeKit.Organ().Org("b", OrganizationKind.Branch, "oc").Org("g", OrganizationKind.PartyGroup, "b")
            .Members("b", 4, 0, "g").Members("b", 1);
        var report = kit.Check();
        report.ForRule("LIFE-EVERY-MEMBER-IN-UNIT").Should().BeEmpty("registration in a branch satisfies 党章 Art. 8");
        var findings = report.ForRule("GRP-MEMBER-IN-GROUP").ToArray();
        findings.Should().ContainSingle();
        findings[0].SubjectId.Should().Be("b-m5");
        findings[0].OrganizationId.Should().Be("b");
        findings[0].Severity.Should().Be(Severity.Warning);
        findings[0].Citations.Should().NotContain(c => c.Regulation == PartyOrg.Domain.Regulations.Regulation.Constitution);
    }

    [Fact]
    public void EveryMemberInUnit_AllInGroupsOrNoGroups_Compliant()
    {
        TreeKit.Organ().Branch("b", "oc", 5).Check().ForRule("LIFE-EVERY-MEMBER-IN-UNIT").Should().BeEmpty();
        TreeKit.Organ().Org("b", OrganizationKind.Branch, "oc").Org("g", OrganizationKind.PartyGroup, "b").Members("b", 5, 0, "g")
            .Check().ForRule("LIFE-EVERY-MEMBER-IN-UNIT").Should().BeEmpty();
    }

    [Fact]
    public void EveryMemberInUnit_RegisteredInDissolvedBranch_Reported()
    {
        var kit = TreeKit.Organ().Org("b", OrganizationKind.Branch, "oc", established: new LocalDate(2010, 1, 1), dissolved: new LocalDate(2026, 1, 1))
            .Members("b", 3);
        kit.Check().ForRule("LIFE-EVERY-MEMBER-IN-UNIT").Should().HaveCount(3);
    }

    [Fact]
    public void DualLeadership_WorkingCommitteeAndLeadingGroup_Compliant()
    {
        TreeKit.Organ().Branch("b", "oc", 5).Check().ForRule("ORGAN-DUAL-LEADERSHIP").Should().BeEmpty();
    }

    [Fact]
    public void DualLeadership_RootOrganCommitteeWithoutLeadingGroup_TwoErrors()
    {
        var findings = new TreeKit().Org("oc", OrganizationKind.OrganCommittee).Branch("b", "oc", 5).Check().ForRule("ORGAN-DUAL-LEADERSHIP").ToArray();
        findings.Should().HaveCount(2);
        findings.All(f => f.Severity == Severity.Error && f.SubjectId == "oc").Should().BeTrue();
        findings.Select(f => f.Expected).Should().BeEquivalentTo("working-committee ancestor", "leading group (leads)");
    }

    [Fact]
    public void DualLeadership_NestedOrganCommittee_LedThroughTheTopOne()
    {
        var report = TreeKit.Organ().Org("oc-2", OrganizationKind.OrganCommittee, "oc").Branch("b", "oc-2", 5).Check();
        report.ForRule("ORGAN-DUAL-LEADERSHIP").Should().BeEmpty();
    }

    [Fact]
    public void DualLeadership_OnlyInStateOrgansProfile()
    {
        ComplianceProfile.StateOrgans.IsEnabled("ORGAN-DUAL-LEADERSHIP").Should().BeTrue();
        ComplianceProfile.OtherUnits.IsEnabled("ORGAN-DUAL-LEADERSHIP").Should().BeFalse();
    }
}
