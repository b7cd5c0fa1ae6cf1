using PartyOrg.Domain.Regulations;
using PartyOrg.Domain.Terms;

namespace PartyOrg.Domain.Compliance;

/// <summary>The term rules and parameters of the built-in profiles.</summary>
internal static class TermRuleSet
{
    /// <summary>Adds this area's rules and its parameters for the draft's sector.</summary>
    internal static void Contribute(ProfileDraft draft)
    {
        var policy = TermPolicy.ForSector(draft.Sector);
        draft.Set(TermParameters.Policy, policy);
        draft.SetVersions(
            TermParameters.Lengths,
            (null, policy.Legacy, new[] { new Citation(Regulation.Constitution2012, 30, articleConfirmed: false) }),
            (policy.ChangeoverDate, policy.Current, new[] { new Citation(Regulation.TermOpinion, 1) }));
        draft.Add(new TermOnTimeRule());
        draft.Add(new OrganApprovalChainRule());
        draft.Add(new TermConstitutionRangeRule());
        draft.Add(new TermReminder6mRule());
        draft.Add(new TermVacancyRule());
    }
}
