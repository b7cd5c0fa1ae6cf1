using PartyOrg.Domain.Terms;

namespace PartyOrg.Domain.Compliance;

/// <summary>The term rules and parameters of the built-in profiles.</summary>
internal static class TermRuleSet
{
    /// <summary>Adds this area's rules and its parameters for the draft's sector.</summary>
    internal static void Contribute(ProfileDraft draft)
    {
        draft.Set(TermParameters.Policy, TermPolicy.ForSector(draft.Sector));
        draft.Add(new TermOnTimeRule());
        draft.Add(new OrganApprovalChainRule());
        draft.Add(new TermConstitutionRangeRule());
        draft.Add(new TermReminder6mRule());
        draft.Add(new TermVacancyRule());
    }
}
