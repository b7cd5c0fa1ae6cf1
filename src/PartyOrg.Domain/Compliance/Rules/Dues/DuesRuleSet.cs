using PartyOrg.Domain.Dues;

namespace PartyOrg.Domain.Compliance;

/// <summary>The dues rules (DUES-*) and parameters of the built-in profiles.</summary>
internal static class DuesRuleSet
{
    /// <summary>Adds this area's rules and its parameters.</summary>
    internal static void Contribute(ProfileDraft draft)
    {
        draft.Set(DuesParameters.Schedule, DuesRateSchedule.Standard);
        draft.Set(DuesParameters.Rounding, DuesRounding.HalfUp);
        draft.Add(new DuesRateBandsRule());
        draft.Add(new DuesRetiredRule());
        draft.Add(new DuesFlatRule());
        draft.Add(new DuesChangeAndVoluntaryRule());
        draft.Add(new DuesPaymentTimingRule());
        draft.Add(new DuesHardshipRule());
        draft.Add(new DuesProbationaryStartRule());
    }
}
