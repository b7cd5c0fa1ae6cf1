namespace PartyOrg.Domain.Compliance.Rules;

/// <summary>The term rules and parameters of the built-in profiles.</summary>
internal static class TermRuleSet
{
    /// <summary>Adds this area's rules and its parameters for the draft's sector.</summary>
    internal static void Contribute(ProfileDraft draft)
    {
        _ = draft;
    }
}
