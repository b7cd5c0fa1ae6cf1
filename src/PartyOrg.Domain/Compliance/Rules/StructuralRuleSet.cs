using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Compliance;

/// <summary>The structural rules (organizations, composition, Party groups, organs, every member in a unit) and their numbers per sector (catalogue §9).</summary>
internal static class StructuralRuleSet
{
    /// <summary>Adds the structural rules and the sector's numbers.</summary>
    internal static void Contribute(ProfileDraft draft)
    {
        var sector = draft.Sector;
        var organ = sector == Sector.StateOrgans;

        // Numbers common to every sector (central texts and handbook).
        draft.Set(StructuralParameters.BranchMinFullMembers, 3);
        draft.Set(StructuralParameters.BasicOrganizationMinFullMembers, 3);
        draft.Set(StructuralParameters.BranchMaxMembers, 50);
        draft.Set(StructuralParameters.JointBranchMaxUnits, 5);
        draft.Set(StructuralParameters.ProjectBranchMinMonths, 6);
        draft.Set(StructuralParameters.BranchCommitteeFullMembers, 7);
        draft.Set(StructuralParameters.BranchCommitteeMinSeats, 3);
        draft.Set(StructuralParameters.BranchCommitteeMaxSeats, 7);
        draft.Set(StructuralParameters.BranchMaxDeputySecretaries, 1);
        draft.Set(StructuralParameters.GeneralBranchCommitteeMinSeats, 5);
        draft.Set(StructuralParameters.GeneralBranchCommitteeMaxSeats, 9);
        draft.Set(StructuralParameters.GeneralBranchMaxDeputySecretaries, 1);
        draft.Set(StructuralParameters.BasicCommitteeMinSeats, 5);
        draft.Set(StructuralParameters.BasicCommitteeMaxSeats, 9);
        draft.Set(StructuralParameters.BasicCommitteeMaxDeputySecretaries, 2);
        draft.Set(StructuralParameters.SecretaryMinPartyStandingYears, 1);
        draft.Set(StructuralParameters.LeadingGroupMinMembers, 3);
        draft.Set(StructuralParameters.LeadingGroupMaxMembers, 7);
        draft.Set(StructuralParameters.PartyGroupTriggerMembers, 20, ParameterBasis.Local);

        // Set-up thresholds per sector (§9): inclusive (以上) in organs and SOEs, exclusive (超过) in the handbook.
        if (organ || sector == Sector.StateOwnedEnterprises)
        {
            draft.Set(StructuralParameters.GeneralBranchThreshold, MemberThreshold.AtLeast(50));
            draft.Set(StructuralParameters.CommitteeThreshold, MemberThreshold.AtLeast(100));
        }
        else if (sector == Sector.Rural)
        {
            draft.Set(StructuralParameters.GeneralBranchThreshold, MemberThreshold.MoreThan(50));
            draft.Set(StructuralParameters.CommitteeThreshold, MemberThreshold.AtLeast(100));
        }
        else
        {
            draft.Set(StructuralParameters.GeneralBranchThreshold, MemberThreshold.MoreThan(50));
            draft.Set(StructuralParameters.CommitteeThreshold, MemberThreshold.MoreThan(100));
        }

        draft.Add(new OrgBasicAnyMin3Rule());
        draft.Add(new OrgBranchMinMembersRule());
        draft.Add(new OrgBranchMaxMembersRule());
        if (organ)
        {
            draft.Add(new OrgGenbranchThresholdOrganRule());
            draft.Add(new OrgCommitteeThresholdOrganRule());
        }
        else
        {
            draft.Add(new OrgThresholdsGeneralRule());
        }

        draft.Add(new OrgBelowThresholdApprovalRule());
        draft.Add(new OrgJointBranchRule());
        draft.Add(new OrgTempBranchRule());
        draft.Add(new OrgProjectBranch6mRule());
        draft.Add(new ComBranchCommitteeThreshold7Rule());
        draft.Add(new ComBranchCommitteeBelow7Rule());
        draft.Add(new ComBranchCommitteeSizeRule());
        draft.Add(new ComDisciplineMemberRule());
        draft.Add(new ComGenbranchSizeRule());
        draft.Add(new ComBasicCommitteeSizeRule());
        draft.Add(new ComSecretaryEligibilityRule());
        draft.Add(new ComOneSecretaryRule());
        draft.Add(new GrpWhenRequiredRule());
        draft.Add(new GrpLeaderAppointmentRule());
        draft.Add(new LifeEveryMemberInUnitRule());
        draft.Add(new GrpMemberInGroupRule());
        if (organ || sector == Sector.StateOwnedEnterprises || sector == Sector.Other)
        {
            // 党组 exist in state organs, SOEs and people's organizations, not in villages, communities or universities.
            draft.Add(new ComPartygroupSizeRule());
        }

        if (organ)
        {
            draft.Add(new OrganDualLeadershipRule());
        }
    }
}
