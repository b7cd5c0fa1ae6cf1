using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartyOrg.Domain.Compliance;

namespace PartyOrg.Domain.Assessment;

/// <summary>One piece of evidence behind a score line: a finding, a record, an entered or a computed value.</summary>
public sealed class EvidenceItem
{
    internal EvidenceItem(string kind, string reference, LocalizedText text)
    {
        Kind = kind;
        Reference = reference;
        Text = text;
    }

    /// <summary><c>finding</c>, <c>meeting</c>, <c>report</c>, <c>entered</c> or <c>computed</c>.</summary>
    public string Kind { get; }

    /// <summary>What it points to: a rule id with its period, a record id, an entry's JSON path or a provider's name.</summary>
    public string Reference { get; }

    /// <summary>Its wording (a finding's message, an explanation).</summary>
    public LocalizedText Text { get; }
}

/// <summary>One item's score for one organisation (and one assessor source), with the evidence that moved it.</summary>
public sealed class ScoreLine
{
    internal ScoreLine(ScorecardIndicator indicator, ScorecardItem item, string? assessor, decimal? value, decimal points, string status,
        IReadOnlyList<EvidenceItem> evidence, LocalizedText explanation)
    {
        Indicator = indicator;
        Item = item;
        Assessor = assessor;
        Value = value;
        Points = points;
        Status = status;
        Evidence = evidence;
        Explanation = explanation;
    }

    /// <summary>The indicator.</summary>
    public ScorecardIndicator Indicator { get; }

    /// <summary>The item.</summary>
    public ScorecardItem Item { get; }

    /// <summary>The assessor source, or null when the scorecard has one implicit source.</summary>
    public string? Assessor { get; }

    /// <summary>The evidence value (a count, a rate, points), or null when missing or unavailable.</summary>
    public decimal? Value { get; }

    /// <summary>The points (in baseline mode: the points added, negative when deducted).</summary>
    public decimal Points { get; }

    /// <summary><c>scored</c>, <c>missing</c> (an entered value was not entered) or <c>unavailable</c> (no provider and nothing entered).</summary>
    public string Status { get; }

    /// <summary>The findings, records or entries behind the value.</summary>
    public IReadOnlyList<EvidenceItem> Evidence { get; }

    /// <summary>How the points were computed, e.g. "10 − 2 × 1.5 = 7".</summary>
    public LocalizedText Explanation { get; }
}

/// <summary>A change of grade after the bands: a direct grade, a cap, a veto, or a condition that could not be judged.</summary>
public sealed class GradeAdjustment
{
    internal GradeAdjustment(string kind, GradeRule rule, string from, string to, decimal? value)
    {
        Kind = kind;
        Rule = rule;
        From = from;
        To = to;
        Value = value;
    }

    /// <summary><c>direct</c>, <c>cap</c>, <c>veto</c> or <c>not-judged</c> (the item's value is missing).</summary>
    public string Kind { get; }

    /// <summary>The scorecard's rule.</summary>
    public GradeRule Rule { get; }

    /// <summary>The grade before.</summary>
    public string From { get; }

    /// <summary>The grade after.</summary>
    public string To { get; }

    /// <summary>The item's value tested, or null.</summary>
    public decimal? Value { get; }
}

/// <summary>One assessor source's total for an organisation.</summary>
public sealed class AssessorScore
{
    internal AssessorScore(string? assessor, decimal weight, decimal total)
    {
        Assessor = assessor;
        Weight = weight;
        Total = total;
    }

    /// <summary>The source, or null for the implicit one.</summary>
    public string? Assessor { get; }

    /// <summary>The weight (a fraction).</summary>
    public decimal Weight { get; }

    /// <summary>The source's total.</summary>
    public decimal Total { get; }
}

/// <summary>One organisation's sheet: its lines, score, grade and what changed the grade.</summary>
public sealed class OrganizationAssessment
{
    internal OrganizationAssessment(string organizationId, string name, decimal score, IReadOnlyList<AssessorScore> sources, string bandGrade, string grade,
        IReadOnlyList<GradeAdjustment> adjustments, IReadOnlyList<ScoreLine> lines)
    {
        OrganizationId = organizationId;
        Name = name;
        Score = score;
        Sources = sources;
        BandGrade = bandGrade;
        Grade = grade;
        Adjustments = adjustments;
        Lines = lines;
    }

    /// <summary>The organisation.</summary>
    public string OrganizationId { get; }

    /// <summary>Its name.</summary>
    public string Name { get; }

    /// <summary>The weighted score, rounded to 0.01 (half away from zero).</summary>
    public decimal Score { get; }

    /// <summary>Each assessor source's total.</summary>
    public IReadOnlyList<AssessorScore> Sources { get; }

    /// <summary>The grade of the score's band.</summary>
    public string BandGrade { get; }

    /// <summary>The final grade (after direct grades, caps and vetoes).</summary>
    public string Grade { get; }

    /// <summary>What changed the grade, in the order applied.</summary>
    public IReadOnlyList<GradeAdjustment> Adjustments { get; }

    /// <summary>The score lines, indicator by indicator, item by item, source by source.</summary>
    public IReadOnlyList<ScoreLine> Lines { get; }

    /// <summary>The items with a missing or unavailable value.</summary>
    public IEnumerable<ScoreLine> Missing => Lines.Where(l => l.Status != "scored");
}

/// <summary>The grades under one organisation (its whole subtree).</summary>
public sealed class GradeRollUp
{
    internal GradeRollUp(string organizationId, int graded, IReadOnlyList<KeyValuePair<string, int>> counts)
    {
        OrganizationId = organizationId;
        Graded = graded;
        Counts = counts;
    }

    /// <summary>The organisation.</summary>
    public string OrganizationId { get; }

    /// <summary>How many organisations in its subtree were graded.</summary>
    public int Graded { get; }

    /// <summary>The count per grade id, best grade first (every grade listed, zeros included).</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Counts { get; }
}

/// <summary>The result of grading a tree with a scorecard for a year.</summary>
public sealed class AssessmentResult
{
    internal AssessmentResult(Scorecard scorecard, int year, LocalDate asOf, IReadOnlyList<OrganizationAssessment> organizations,
        IReadOnlyList<GradeRollUp> rollUps, IReadOnlyList<Finding> quotaFindings, IReadOnlyList<int> unusedEntries, ComplianceReport compliance, ComplianceInput input)
    {
        Input = input;
        Scorecard = scorecard;
        Year = year;
        AsOf = asOf;
        Organizations = organizations;
        RollUps = rollUps;
        QuotaFindings = quotaFindings;
        UnusedEntries = unusedEntries;
        Compliance = compliance;
    }

    /// <summary>The scorecard.</summary>
    public Scorecard Scorecard { get; }

    /// <summary>The year graded.</summary>
    public int Year { get; }

    /// <summary>The as-of date of the compliance run.</summary>
    public LocalDate AsOf { get; }

    /// <summary>One sheet per graded organisation, in tree order.</summary>
    public IReadOnlyList<OrganizationAssessment> Organizations { get; }

    /// <summary>Grades per organisation above the graded ones, in tree order.</summary>
    public IReadOnlyList<GradeRollUp> RollUps { get; }

    /// <summary>The quota findings (on the assessing organisations).</summary>
    public IReadOnlyList<Finding> QuotaFindings { get; }

    /// <summary>The indexes of <c>assessments</c> entries this scorecard did not use (another scorecard's items or assessors, another year).</summary>
    public IReadOnlyList<int> UnusedEntries { get; }

    /// <summary>The input graded (its window is the year).</summary>
    public ComplianceInput Input { get; }

    /// <summary>The compliance run the findings evidence came from.</summary>
    public ComplianceReport Compliance { get; }

    /// <summary>The sheet of an organisation, or null when it was not graded.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <returns>The sheet or null.</returns>
    public OrganizationAssessment? For(string organizationId) =>
        Organizations.FirstOrDefault(o => string.Equals(o.OrganizationId, organizationId, StringComparison.Ordinal));
}
