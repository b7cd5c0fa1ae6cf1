using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Compliance.Rules;

/// <summary>The structural rules (ORG-*, COM-*, GRP-*, ORGAN-*) and their numbers per sector.</summary>
internal static class StructuralRuleSet
{
    /// <summary>Adds the structural rules and the sector's numbers.</summary>
    internal static void Contribute(ProfileDraft draft)
    {
        draft.Set(StructuralParameters.BranchMinFullMembers, 3);
        draft.Add(new BranchMinMembersRule());
    }
}
