using System;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Tests.TestSupport;
using Xunit;

namespace PartyOrg.Domain.Tests.Compliance;

/// <summary>Local overlays as labelled exceptions, and where each parameter value comes from.</summary>
public sealed class OverlayTests
{
    private static readonly LocalAuthority Beijing = new("京组通〔2017〕46号", new LocalDate(2017, 6, 1));

    [Fact]
    public void Override_RecordsTheAuthorityAndTheReplacedValue()
    {
        var local = ComplianceProfile.StateOrgans.Overlay("beijing-organs", new LocalizedText("北京机关", "Beijing organs"), Beijing)
            .Override(StructuralParameters.BranchMaxMembers, 40)
            .Build();
        local.Get(StructuralParameters.BranchMaxMembers).Should().Be(40);
        local.BasedOn.Should().Be("state-organs");
        var source = local.SourceOf(StructuralParameters.BranchMaxMembers);
        source.Basis.Should().Be(ParameterBasis.Local);
        source.Authority.Should().Be(Beijing);
        source.OverriddenValue.Should().Be("50");
        source.Overridden!.Basis.Should().Be(ParameterBasis.National);
        source.InForceFrom.Should().Be(new LocalDate(2017, 6, 1));
        ComplianceProfile.StateOrgans.SourceOf(StructuralParameters.BranchMaxMembers).Basis.Should().Be(ParameterBasis.National);
    }

    [Fact]
    public void OverridingTheSameParameterTwice_FailsLoudly()
    {
        var overlay = ComplianceProfile.StateOrgans.Overlay("x", new LocalizedText("甲", "x"), Beijing).Override(StructuralParameters.BranchMaxMembers, 40);
        var act = () => overlay.Override(StructuralParameters.BranchMaxMembers, 45);
        act.Should().Throw<ArgumentException>().WithMessage("*branch.max-members*twice*");
    }

    [Fact]
    public void OverridingAParameterTheProfileDoesNotSet_FailsLoudly()
    {
        var unknown = new ParameterKey<int>("local.unknown", new LocalizedText("未知", "unknown"));
        var act = () => ComplianceProfile.StateOrgans.Overlay("x", new LocalizedText("甲", "x"), Beijing).Override(unknown, 1);
        act.Should().Throw<ArgumentException>().WithMessage("*local.unknown*nothing to override*");
    }

    [Fact]
    public void EveryBuiltInParameter_HasAProvenance_NationalValuesCiteArticles()
    {
        foreach (var profile in ComplianceProfile.BuiltIn)
        {
            foreach (var key in profile.ParameterKeys)
            {
                var source = profile.SourceOf(key);
                if (source.Basis == ParameterBasis.National)
                {
                    source.Citations.Should().NotBeEmpty($"{profile.Name} {key.Name}");
                }
            }
        }

        ComplianceProfile.StateOrgans.SourceOf(MeetingParameters.SelfLapseAlertMonths).Basis.Should().Be(ParameterBasis.LibraryDefault);
        ComplianceProfile.StateOrgans.SourceOf(StructuralParameters.PartyGroupTriggerMembers).Basis.Should().Be(ParameterBasis.Local);
    }

    [Fact]
    public void RaisingAParameter_ChangesEveryMessageThatStatesIt()
    {
        var profile = ComplianceProfile.StateOrgans.Overlay("strict", new LocalizedText("严格", "strict"), Beijing)
            .Override(StructuralParameters.BranchMinFullMembers, 5)
            .Build();
        var f = TreeKit.Organ().Branch("b", "oc", 4).Check(profile).ForRule("ORG-BRANCH-MIN-MEMBERS").Single();
        f.Message.Chinese.Should().Contain("少于5人").And.Contain("不足5人").And.NotContain("3人");
        f.Message.English.Should().Contain("fewer than 5").And.NotContain(" 3 ");
    }
}
