using PartyOrg.Domain.Elections;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>The election rules and parameters of the built-in profiles.</summary>
internal static class ElectionRuleSet
{
    /// <summary>Adds this area's rules and their dated numbers for the draft's sector (the arithmetic has no sector-specific numbers).</summary>
    internal static void Contribute(ProfileDraft draft)
    {
        draft.SetVersions(
            ElectionParameters.Numbers,
            (null, ElectionNumbers.Interim1990, new[] { new Citation(Regulation.ElectionInterimRegulations1990) }),
            (Regulation.ElectionRegulations.InForceFrom, ElectionNumbers.National, new[] { new Citation(Regulation.ElectionRegulations) }));
        draft.Add(new ElecQuorum45Rule());
        draft.Add(new ElecBallotValidityRule());
        draft.Add(new ElecDiffRatioCommitteeRule());
        draft.Add(new ElecDiffRatioDelegateRule());
        draft.Add(new ElecWinThresholdRule());
        draft.Add(new ElecAssemblyOrCongress500Rule());
        draft.Add(new ElecDelegateQuotaRule());
        draft.Add(new ElecSecretaryByCommitteeRule());
        draft.Add(new ElecPrelimThresholdRule());
    }
}
