namespace PartyOrg.Domain.Compliance;

/// <summary>
/// The numbers the structural rules (ORG-*, COM-*, GRP-*, ORGAN-*) read from a <see cref="ComplianceProfile"/>.
/// Change one for a local overlay with <see cref="ComplianceProfile.WithParameter{T}(ParameterKey{T}, T)"/>.
/// </summary>
public static class StructuralParameters
{
    /// <summary>ORG-BRANCH-MIN-MEMBERS: the least number of full (正式) members of a branch of its own (3, inclusive: "3人以上").</summary>
    public static readonly ParameterKey<int> BranchMinFullMembers = new(
        "branch.min-full-members",
        new LocalizedText("单独成立党支部所需正式党员人数下限（含）", "Least number of full members for a branch of its own (inclusive)"));
}
