using PartyOrg.Domain.AssessmentData;

namespace PartyOrg.Domain.Compliance;

public sealed partial class ComplianceInput
{
    /// <summary>The rectification records of weak and lax organisations, or null when none were added (the rectification rule does not run).</summary>
    public RectificationLog? Rectifications => GetData<RectificationLog>();

    /// <summary>The grade counts of an assessment, set by the assessment engine only (the grade-quota rule runs on them).</summary>
    internal GradeQuotaTally? GradeTally => GetData<GradeQuotaTally>();

    /// <summary>The entered assessment values (satisfaction rates, awards, superiors' scores), or null when none were added; scorecards read them.</summary>
    public AssessmentEntryLog? Assessments => GetData<AssessmentEntryLog>();

    /// <summary>A copy with the entered assessment values, read by the scorecard evaluator (no compliance rule reads them).</summary>
    /// <param name="assessments">The entries.</param>
    /// <returns>The new input.</returns>
    public ComplianceInput WithAssessments(AssessmentEntryLog assessments) => WithData(assessments);

    /// <summary>A copy with the rectification records, checked by the rectification rule.</summary>
    /// <param name="rectifications">The records.</param>
    /// <returns>The new input.</returns>
    public ComplianceInput WithRectifications(RectificationLog rectifications) => WithData(rectifications);

    /// <summary>A copy with the grade counts of an assessment (the assessment engine's quota check).</summary>
    internal ComplianceInput WithGradeTally(GradeQuotaTally tally) => WithData(tally);
}
