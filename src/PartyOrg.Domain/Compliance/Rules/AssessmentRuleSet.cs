namespace PartyOrg.Domain.Compliance;

/// <summary>The assessment rules: the rectification steps of weak and lax organisations and the grade quotas of a scorecard.</summary>
internal static class AssessmentRuleSet
{
    /// <summary>Adds this area's rules and parameters.</summary>
    internal static void Contribute(ProfileDraft draft)
    {
        draft.Set(AssessmentParameters.RectificationPlanDays, 30, ParameterBasis.LibraryDefault);
        draft.Add(new AssessRectificationOverdueRule());
        draft.Add(new AssessGradeQuotaRule());
    }
}
