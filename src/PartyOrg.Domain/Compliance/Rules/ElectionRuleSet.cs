namespace PartyOrg.Domain.Compliance.Rules;

/// <summary>The election rules and parameters of the built-in profiles.</summary>
internal static class ElectionRuleSet
{
    /// <summary>Adds this area's rules for the draft's sector (the arithmetic has no sector-specific numbers).</summary>
    internal static void Contribute(ProfileDraft draft)
    {
        draft.Add(ElectionReasonRule.Quorum());
        draft.Add(ElectionReasonRule.Ballots());
        draft.Add(ElectionReasonRule.CommitteeRatio());
        draft.Add(ElectionReasonRule.DelegateRatio());
        draft.Add(ElectionReasonRule.WinThreshold());
        draft.Add(ElectionReasonRule.Assembly());
        draft.Add(ElectionReasonRule.DelegateQuota());
        draft.Add(new SecretaryByCommitteeRule());
    }
}
