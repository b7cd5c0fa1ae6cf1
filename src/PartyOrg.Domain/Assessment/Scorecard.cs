using System;
using System.Collections.Generic;
using NodaTime;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Assessment;

/// <summary>
/// 评分表 — a scorecard definition as data: versioned, with its issuing unit, period and in-force dates; indicators with
/// items and their evidence; assessor weights; grade bands, caps, vetoes, direct grades and quotas. Immutable once built
/// (init-only); <see cref="Validate"/> lists every inconsistency with the JSON path of the bad field, and the evaluator
/// refuses a scorecard that has one.
/// </summary>
public sealed class Scorecard
{
    /// <summary>The scorecard's id, e.g. <c>national-classification</c>.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The version, e.g. <c>2012.1</c>.</summary>
    public string Version { get; init; } = string.Empty;

    /// <summary>The title (required).</summary>
    public LocalizedText? Title { get; init; }

    /// <summary>NATIONAL or LOCAL.</summary>
    public ScorecardScope Scope { get; init; } = ScorecardScope.Local;

    /// <summary>The issuing unit (发文单位).</summary>
    public string IssuingUnit { get; init; } = string.Empty;

    /// <summary>The source: document number and where its text was read.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>The period graded; only <c>annual</c> (a calendar year) is supported.</summary>
    public string Period { get; init; } = "annual";

    /// <summary>The first day the scorecard applies.</summary>
    public LocalDate InForceFrom { get; init; }

    /// <summary>The last day it applies, or null while in force.</summary>
    public LocalDate? InForceUntil { get; init; }

    /// <summary>Points (百分制) or baseline (积分制).</summary>
    public ScoringMode Mode { get; init; } = ScoringMode.Points;

    /// <summary>The starting score in baseline mode (usually 100).</summary>
    public decimal Baseline { get; init; } = 100m;

    /// <summary>In points mode, the sum of the item maxima (100 for the national standard, 110 with bonus points).</summary>
    public decimal Total { get; init; } = 100m;

    /// <summary>The kinds of organisation graded (default: branches).</summary>
    public IReadOnlyList<OrganizationKind> AppliesTo { get; init; } = new[] { OrganizationKind.Branch };

    /// <summary>The kinds of organisation that grade and whose quotas are checked (the nearest such ancestor of a graded organisation).</summary>
    public IReadOnlyList<OrganizationKind> AssessedBy { get; init; } = new[] { OrganizationKind.OrganCommittee, OrganizationKind.BasicCommittee, OrganizationKind.WorkingCommittee };

    /// <summary>The grades, best first.</summary>
    public IReadOnlyList<ScorecardGrade> Grades { get; init; } = Array.Empty<ScorecardGrade>();

    /// <summary>The indicators with their items.</summary>
    public IReadOnlyList<ScorecardIndicator> Indicators { get; init; } = Array.Empty<ScorecardIndicator>();

    /// <summary>The assessor sources and their weights (empty: one source, weight 100 %).</summary>
    public IReadOnlyList<AssessorSource> Assessors { get; init; } = Array.Empty<AssessorSource>();

    /// <summary>The grade bands (best first).</summary>
    public IReadOnlyList<GradeBand> Bands { get; init; } = Array.Empty<GradeBand>();

    /// <summary>Grade caps: a condition that keeps the grade at or below a given one.</summary>
    public IReadOnlyList<GradeRule> Caps { get; init; } = Array.Empty<GradeRule>();

    /// <summary>Vetoes (一票否决): a condition that sets a given grade whatever the score.</summary>
    public IReadOnlyList<GradeRule> Vetoes { get; init; } = Array.Empty<GradeRule>();

    /// <summary>Direct grades: a condition that raises the grade to a given one (caps and vetoes still apply after it).</summary>
    public IReadOnlyList<GradeRule> DirectGrades { get; init; } = Array.Empty<GradeRule>();

    /// <summary>Forced-distribution quotas, checked per assessing organisation.</summary>
    public IReadOnlyList<GradeQuota> Quotas { get; init; } = Array.Empty<GradeQuota>();

    /// <summary>Every inconsistency, with the JSON path of the bad field; empty for a usable scorecard.</summary>
    /// <returns>The problems.</returns>
    public IReadOnlyList<DataProblem> Validate() => ScorecardValidator.Validate(this);

    /// <summary>Throws when <see cref="Validate"/> finds a problem.</summary>
    /// <returns>This scorecard.</returns>
    /// <exception cref="PartyOrgDataException">Every problem found.</exception>
    public Scorecard EnsureValid()
    {
        var problems = Validate();
        return problems.Count == 0 ? this : throw new PartyOrgDataException(problems);
    }

    /// <summary>Whether the scorecard is in force on some day of <paramref name="year"/>.</summary>
    /// <param name="year">The year graded.</param>
    /// <returns>True when in force during the year.</returns>
    public bool IsInForceDuring(int year) =>
        InForceFrom <= new LocalDate(year, 12, 31) && (InForceUntil is null || InForceUntil.Value >= new LocalDate(year, 1, 1));

    /// <summary>The grade with the id, or null.</summary>
    /// <param name="id">A grade id.</param>
    /// <returns>The grade or null.</returns>
    public ScorecardGrade? FindGrade(string id)
    {
        foreach (var g in Grades)
        {
            if (string.Equals(g.Id, id, StringComparison.Ordinal))
            {
                return g;
            }
        }

        return null;
    }

    /// <summary>The position of a grade (0 = best), or -1.</summary>
    /// <param name="id">A grade id.</param>
    /// <returns>The rank.</returns>
    public int RankOf(string id)
    {
        for (var i = 0; i < Grades.Count; i++)
        {
            if (string.Equals(Grades[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>A grade of a scorecard (好, ★★★★★…).</summary>
public sealed class ScorecardGrade
{
    /// <summary>The id, e.g. <c>good</c> or <c>five-star</c>.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The name (required for grades, indicators and items).</summary>
    public LocalizedText? Name { get; init; }
}

/// <summary>An indicator (一级指标) with its items.</summary>
public sealed class ScorecardIndicator
{
    /// <summary>The id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The name (required for grades, indicators and items).</summary>
    public LocalizedText? Name { get; init; }

    /// <summary>The indicator's maximum (the sum of its items' maxima in points mode).</summary>
    public decimal Max { get; init; }

    /// <summary>The items.</summary>
    public IReadOnlyList<ScorecardItem> Items { get; init; } = Array.Empty<ScorecardItem>();
}

/// <summary>An item (评分细则): its maximum, how it scores and where its evidence comes from.</summary>
public sealed class ScorecardItem
{
    /// <summary>The id, unique in the scorecard; entered values name it.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The name (required for grades, indicators and items).</summary>
    public LocalizedText? Name { get; init; }

    /// <summary>The maximum points (0 for an info item).</summary>
    public decimal Max { get; init; }

    /// <summary>How the evidence becomes points.</summary>
    public ItemScoring Scoring { get; init; } = ItemScoring.Deduct;

    /// <summary>Points per occurrence (add and deduct).</summary>
    public decimal? PerOccurrence { get; init; }

    /// <summary>封顶 — the most an add or deduct item moves in all (default: its maximum; none in baseline mode).</summary>
    public decimal? Cap { get; init; }

    /// <summary>The occurrences a held item needs (default 1).</summary>
    public int Required { get; init; } = 1;

    /// <summary>Where the evidence comes from.</summary>
    public EvidenceSource? Evidence { get; init; }

    /// <summary>考评依据 — the check method or basis, as the scorecard words it; or null.</summary>
    public string? Basis { get; init; }
}

/// <summary>Where an item's evidence comes from.</summary>
public sealed class EvidenceSource
{
    /// <summary>Findings, records, computed or entered.</summary>
    public EvidenceKind Kind { get; init; } = EvidenceKind.Entered;

    /// <summary>Findings: the rule ids counted.</summary>
    public IReadOnlyList<string> Rules { get; init; } = Array.Empty<string>();

    /// <summary>Findings: the rule families counted (an id prefix such as <c>MTG</c>).</summary>
    public IReadOnlyList<string> Families { get; init; } = Array.Empty<string>();

    /// <summary>Findings: the least severity counted (<c>error</c> by default; <c>warning</c> counts errors and warnings).</summary>
    public string MinSeverity { get; init; } = "error";

    /// <summary>Records: <c>meetings</c> or <c>reports</c>; computed: the provider's name.</summary>
    public string? Name { get; init; }

    /// <summary>Records: the meeting or report kinds counted (any of them).</summary>
    public IReadOnlyList<string> Kinds { get; init; } = Array.Empty<string>();
}

/// <summary>An assessor source and its weight (self 40 %, superior 60 %).</summary>
public sealed class AssessorSource
{
    /// <summary>The id entered values name, e.g. <c>self</c> or <c>superior</c>.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The name (required for grades, indicators and items).</summary>
    public LocalizedText? Name { get; init; }

    /// <summary>The weight, a fraction; the weights add up to 1.</summary>
    public decimal Weight { get; init; }
}

/// <summary>A grade band: scores from <see cref="Min"/> (inclusive) up to <see cref="Below"/> (exclusive).</summary>
public sealed class GradeBand
{
    /// <summary>The grade id.</summary>
    public string Grade { get; init; } = string.Empty;

    /// <summary>The lowest score of the band (inclusive).</summary>
    public decimal Min { get; init; }

    /// <summary>The score the band stops below (exclusive), or null for the top band.</summary>
    public decimal? Below { get; init; }
}

/// <summary>A grade cap, veto or direct grade: when the item's evidence value meets the condition, the grade is limited, set or raised.</summary>
public sealed class GradeRule
{
    /// <summary>The id (shown in explanations).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The wording, e.g. "群众满意率低于90%的，不能定为好与较好", or null.</summary>
    public LocalizedText? Name { get; init; }

    /// <summary>The item whose evidence value is tested.</summary>
    public string Item { get; init; } = string.Empty;

    /// <summary>The condition holds when the value is below this, or null.</summary>
    public decimal? Below { get; init; }

    /// <summary>The condition holds when the value is at least this, or null.</summary>
    public decimal? AtLeast { get; init; }

    /// <summary>The grade: the best allowed (cap), the one set (veto) or the one given (direct).</summary>
    public string Grade { get; init; } = string.Empty;

    /// <summary>Whether the condition holds for a value.</summary>
    /// <param name="value">The item's evidence value.</param>
    /// <returns>True when it holds.</returns>
    public bool Holds(decimal value) => (Below is null || value < Below.Value) && (AtLeast is null || value >= AtLeast.Value);
}

/// <summary>A forced-distribution quota: the share of graded organisations that may get a grade or better (max), or must get a grade or worse (min).</summary>
public sealed class GradeQuota
{
    /// <summary>The grade id.</summary>
    public string Grade { get; init; } = string.Empty;

    /// <summary>Most: the share (fraction) that may get this grade or better, or null.</summary>
    public decimal? MaxShare { get; init; }

    /// <summary>Least: the share (fraction) that must get this grade or worse, or null.</summary>
    public decimal? MinShare { get; init; }
}
