using System.Linq;
using FluentAssertions;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Tests.TestSupport;
using Xunit;

namespace PartyOrg.Domain.Tests.Compliance;

public sealed class StructuralProfilesTests
{
    private static readonly string[] OrganOnly = { "ORG-GENBRANCH-THRESHOLD-ORGAN", "ORG-COMMITTEE-THRESHOLD-ORGAN", "ORGAN-DUAL-LEADERSHIP" };

    [Fact]
    public void StateOrgans_HasOrganRules_NotTheGeneralThresholds()
    {
        foreach (var id in OrganOnly)
        {
            ComplianceProfile.StateOrgans.IsEnabled(id).Should().BeTrue(id);
        }

        ComplianceProfile.StateOrgans.IsEnabled("ORG-THRESHOLDS-GENERAL").Should().BeFalse();
        ComplianceProfile.StateOrgans.Get(StructuralParameters.GeneralBranchThreshold).Should().Be(MemberThreshold.AtLeast(50));
        ComplianceProfile.StateOrgans.Get(StructuralParameters.CommitteeThreshold).Should().Be(MemberThreshold.AtLeast(100));
    }

    [Fact]
    public void OtherSectors_HaveGeneralThresholds_NotOrganRules()
    {
        foreach (var profile in ComplianceProfile.BuiltIn.Where(p => p.Sector != Sector.StateOrgans))
        {
            profile.IsEnabled("ORG-THRESHOLDS-GENERAL").Should().BeTrue(profile.Name);
            foreach (var id in OrganOnly)
            {
                profile.IsEnabled(id).Should().BeFalse(profile.Name + " " + id);
            }
        }
    }

    [Fact]
    public void SectorTable_ThresholdsFollowCatalogueSection9()
    {
        ComplianceProfile.StateOwnedEnterprises.Get(StructuralParameters.CommitteeThreshold).Should().Be(MemberThreshold.AtLeast(100));
        ComplianceProfile.Rural.Get(StructuralParameters.GeneralBranchThreshold).Should().Be(MemberThreshold.MoreThan(50));
        ComplianceProfile.Rural.Get(StructuralParameters.CommitteeThreshold).Should().Be(MemberThreshold.AtLeast(100));
        foreach (var p in new[] { ComplianceProfile.Community, ComplianceProfile.University, ComplianceProfile.OtherUnits })
        {
            p.Get(StructuralParameters.GeneralBranchThreshold).Should().Be(MemberThreshold.MoreThan(50), p.Name);
            p.Get(StructuralParameters.CommitteeThreshold).Should().Be(MemberThreshold.MoreThan(100), p.Name);
        }
    }

    [Fact]
    public void EveryStructuralRule_HasCitationsAndEveryParameterIsSetInEveryProfile()
    {
        foreach (var profile in ComplianceProfile.BuiltIn)
        {
            foreach (var rule in profile.Rules)
            {
                rule.Descriptor.Citations.Should().NotBeEmpty(rule.Descriptor.Id);
                foreach (var key in rule.Descriptor.Parameters)
                {
                    profile.Has(key).Should().BeTrue($"{profile.Name} sets {key.Name} for {rule.Descriptor.Id}");
                }
            }
        }
    }

    [Fact]
    public void LocalOverlay_ProvinceTreatsTheFiftyCapAsErrorAndUsesAStricterNumber()
    {
        var province = ComplianceProfile.StateOrgans
            .Derive("province-x", new LocalizedText("某省方案", "Province X"))
            .WithSeverity("ORG-BRANCH-MAX-MEMBERS", Severity.Error)
            .WithParameter(StructuralParameters.BranchMaxMembers, 45);
        var kit = TreeKit.Organ().Branch("b", "oc", 46);

        kit.Check().ForRule("ORG-BRANCH-MAX-MEMBERS").Should().BeEmpty("46 ≤ 50 under the central profile");
        var finding = kit.Check(province).ForRule("ORG-BRANCH-MAX-MEMBERS").Should().ContainSingle().Subject;
        finding.Severity.Should().Be(Severity.Error);
        finding.Expected.Should().Be("≤ 45");
        province.BasedOn.Should().Be("state-organs");
    }

    [Theory]
    [InlineData(50, true, 49, false)]
    [InlineData(50, true, 50, true)]
    [InlineData(50, false, 50, false)]
    [InlineData(50, false, 51, true)]
    public void MemberThreshold_InclusiveAndExclusiveBounds(int count, bool inclusive, int members, bool met)
    {
        var threshold = new MemberThreshold(count, inclusive);
        threshold.IsMetBy(members).Should().Be(met);
        threshold.ToString().Should().Be((inclusive ? "≥ " : "> ") + count);
    }
}
