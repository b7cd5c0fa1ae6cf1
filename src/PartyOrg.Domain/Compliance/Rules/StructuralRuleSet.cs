using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Compliance.Rules;

/// <summary>The structural rules (ORG-*, COM-*, GRP-*, ORGAN-*, LIFE-EVERY-MEMBER-IN-UNIT) and their numbers per sector (catalogue §9).</summary>
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
        draft.Set(StructuralParameters.PartyGroupTriggerMembers, 20);

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

        draft.Add(new BasicOrganizationMinMembersRule());
        draft.Add(new BranchMinMembersRule());
        draft.Add(new BranchMaxMembersRule());
        if (organ)
        {
            draft.Add(new OrganGeneralBranchThresholdRule());
            draft.Add(new OrganCommitteeThresholdRule());
        }
        else
        {
            draft.Add(new GeneralThresholdsRule());
        }

        draft.Add(new BelowThresholdApprovalRule());
        draft.Add(new JointBranchRule());
        draft.Add(new TemporaryBranchRule());
        draft.Add(new ProjectBranchRule());
        draft.Add(new BranchCommitteeThresholdRule());
        draft.Add(new BranchCommitteeBelowThresholdRule());
        draft.Add(new BranchCommitteeSizeRule());
        draft.Add(new DisciplineMemberRule());
        draft.Add(new GeneralBranchCommitteeSizeRule());
        draft.Add(new BasicCommitteeSizeRule());
        draft.Add(new SecretaryEligibilityRule());
        draft.Add(new OneSecretaryRule());
        draft.Add(new PartyGroupsRequiredRule());
        draft.Add(new GroupLeaderRule());
        draft.Add(new EveryMemberInUnitRule());
        draft.Add(new MemberInGroupRule());
        if (organ || sector == Sector.StateOwnedEnterprises || sector == Sector.Other)
        {
            // 党组 exist in state organs, SOEs and people's organizations, not in villages, communities or universities.
            draft.Add(new LeadingGroupSizeRule());
        }

        if (organ)
        {
            draft.Add(new OrganDualLeadershipRule());
        }
    }
}
