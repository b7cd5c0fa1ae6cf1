using System.Collections.Generic;
using NodaTime;

namespace PartyOrg.Domain.Json.Contracts;

/// <summary>The output of <c>partyorg assess --format json</c> (docs/assessment.md).</summary>
public sealed class AssessmentReportContract
{
    /// <summary>The as-of date of the compliance run.</summary>
    public LocalDate AsOf { get; init; }

    /// <summary>The year graded.</summary>
    public int Year { get; init; }

    /// <summary>The compliance profile whose findings are the evidence.</summary>
    public string Profile { get; init; } = string.Empty;

    /// <summary>The scorecard.</summary>
    public ScorecardInfoContract Scorecard { get; init; } = new();

    /// <summary>One sheet per graded organisation, in tree order.</summary>
    public IReadOnlyList<OrganizationAssessmentContract> Organizations { get; init; } = new List<OrganizationAssessmentContract>();

    /// <summary>The grades per organisation above the graded ones.</summary>
    public IReadOnlyList<GradeRollUpContract> RollUps { get; init; } = new List<GradeRollUpContract>();

    /// <summary>The quota findings (ASSESS-GRADE-QUOTA) on the assessing organisations.</summary>
    public IReadOnlyList<FindingContract> Findings { get; init; } = new List<FindingContract>();

    /// <summary>The proposed weak and lax organisations.</summary>
    public IReadOnlyList<WeakCandidateContract> Candidates { get; init; } = new List<WeakCandidateContract>();

    /// <summary>Signals that could not be computed (no provider).</summary>
    public IReadOnlyList<string> UnavailableSignals { get; init; } = new List<string>();

    /// <summary>The JSON paths of <c>assessments</c> entries this scorecard did not use.</summary>
    public IReadOnlyList<string> UnusedEntries { get; init; } = new List<string>();
}

/// <summary>Who issued a scorecard and where it comes from.</summary>
public sealed class ScorecardInfoContract
{
    /// <summary>The id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The version.</summary>
    public string Version { get; init; } = string.Empty;

    /// <summary><c>national</c> or <c>local</c>.</summary>
    public string Scope { get; init; } = string.Empty;

    /// <summary>The title.</summary>
    public TextContract Title { get; init; } = new();

    /// <summary>The issuing unit.</summary>
    public string IssuingUnit { get; init; } = string.Empty;

    /// <summary>The source.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>The grades, best first.</summary>
    public IReadOnlyList<GradeContract> Grades { get; init; } = new List<GradeContract>();
}

/// <summary>A grade of a scorecard.</summary>
public sealed class GradeContract
{
    /// <summary>The id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The name.</summary>
    public TextContract Name { get; init; } = new();
}

/// <summary>One organisation's sheet.</summary>
public sealed class OrganizationAssessmentContract
{
    /// <summary>The organisation.</summary>
    public string Organization { get; init; } = string.Empty;

    /// <summary>Its name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The weighted score (0.01).</summary>
    public decimal Score { get; init; }

    /// <summary>The grade of the score's band.</summary>
    public string BandGrade { get; init; } = string.Empty;

    /// <summary>The final grade.</summary>
    public string Grade { get; init; } = string.Empty;

    /// <summary>Each assessor source's total.</summary>
    public IReadOnlyList<AssessorScoreContract> Sources { get; init; } = new List<AssessorScoreContract>();

    /// <summary>What changed the grade.</summary>
    public IReadOnlyList<GradeAdjustmentContract> Adjustments { get; init; } = new List<GradeAdjustmentContract>();

    /// <summary>The score lines.</summary>
    public IReadOnlyList<ScoreLineContract> Lines { get; init; } = new List<ScoreLineContract>();
}

/// <summary>An assessor source's total.</summary>
public sealed class AssessorScoreContract
{
    /// <summary>The source, or null for the implicit one.</summary>
    public string? Assessor { get; init; }

    /// <summary>The weight (a fraction).</summary>
    public decimal Weight { get; init; }

    /// <summary>The total.</summary>
    public decimal Total { get; init; }
}

/// <summary>A change of grade.</summary>
public sealed class GradeAdjustmentContract
{
    /// <summary><c>direct</c>, <c>cap</c>, <c>veto</c> or <c>not-judged</c>.</summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary>The scorecard rule's id.</summary>
    public string Rule { get; init; } = string.Empty;

    /// <summary>The item tested.</summary>
    public string Item { get; init; } = string.Empty;

    /// <summary>The item's value, or null when not entered.</summary>
    public decimal? Value { get; init; }

    /// <summary>The grade before.</summary>
    public string From { get; init; } = string.Empty;

    /// <summary>The grade after.</summary>
    public string To { get; init; } = string.Empty;

    /// <summary>The rule's wording, or null.</summary>
    public TextContract? Text { get; init; }
}

/// <summary>One score line with its evidence.</summary>
public sealed class ScoreLineContract
{
    /// <summary>The indicator.</summary>
    public string Indicator { get; init; } = string.Empty;

    /// <summary>The item.</summary>
    public string Item { get; init; } = string.Empty;

    /// <summary>The assessor source, or null.</summary>
    public string? Assessor { get; init; }

    /// <summary>The evidence value, or null when missing.</summary>
    public decimal? Value { get; init; }

    /// <summary>The points.</summary>
    public decimal Points { get; init; }

    /// <summary>The item's maximum.</summary>
    public decimal Max { get; init; }

    /// <summary><c>scored</c>, <c>missing</c> or <c>unavailable</c>.</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>How the points were computed.</summary>
    public TextContract Explanation { get; init; } = new();

    /// <summary>The evidence.</summary>
    public IReadOnlyList<EvidenceContract> Evidence { get; init; } = new List<EvidenceContract>();
}

/// <summary>One piece of evidence.</summary>
public sealed class EvidenceContract
{
    /// <summary><c>finding</c>, <c>meeting</c>, <c>report</c>, <c>entered</c> or <c>computed</c>.</summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary>What it points to.</summary>
    public string Reference { get; init; } = string.Empty;

    /// <summary>Its wording.</summary>
    public TextContract Text { get; init; } = new();
}

/// <summary>The grades under one organisation.</summary>
public sealed class GradeRollUpContract
{
    /// <summary>The organisation.</summary>
    public string Organization { get; init; } = string.Empty;

    /// <summary>How many were graded in its subtree.</summary>
    public int Graded { get; init; }

    /// <summary>The count and share per grade, best first.</summary>
    public IReadOnlyList<GradeCountContract> Grades { get; init; } = new List<GradeCountContract>();
}

/// <summary>A grade's count and share.</summary>
public sealed class GradeCountContract
{
    /// <summary>The grade.</summary>
    public string Grade { get; init; } = string.Empty;

    /// <summary>The count.</summary>
    public int Count { get; init; }

    /// <summary>The share, a fraction rounded to 0.0001.</summary>
    public decimal Share { get; init; }
}

/// <summary>A proposed weak and lax organisation.</summary>
public sealed class WeakCandidateContract
{
    /// <summary>The organisation.</summary>
    public string Organization { get; init; } = string.Empty;

    /// <summary>The national types, by number.</summary>
    public IReadOnlyList<string> Types { get; init; } = new List<string>();

    /// <summary>The signals.</summary>
    public IReadOnlyList<WeakSignalContract> Signals { get; init; } = new List<WeakSignalContract>();
}

/// <summary>One signal.</summary>
public sealed class WeakSignalContract
{
    /// <summary>The signal's name.</summary>
    public string Signal { get; init; } = string.Empty;

    /// <summary>The national type, or null.</summary>
    public string? Type { get; init; }

    /// <summary>What was found.</summary>
    public TextContract Evidence { get; init; } = new();

    /// <summary>The findings or values behind it.</summary>
    public IReadOnlyList<string> References { get; init; } = new List<string>();
}
