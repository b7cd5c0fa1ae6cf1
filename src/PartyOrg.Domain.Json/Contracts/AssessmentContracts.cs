using System.Collections.Generic;
using NodaTime;

namespace PartyOrg.Domain.Json.Contracts;

/// <summary>One entry of the <c>assessments</c> section: a value a scorecard item takes from the document (docs/assessment.md).</summary>
public sealed class AssessmentEntryContract
{
    /// <summary>The organisation assessed (required).</summary>
    public string Organization { get; init; } = string.Empty;

    /// <summary>The year assessed (required).</summary>
    public int Year { get; init; }

    /// <summary>The scorecard item's id (required).</summary>
    public string Item { get; init; } = string.Empty;

    /// <summary>The value: a count, a rate from 0 to 1 or points, as the item scores (required; a JSON number).</summary>
    public decimal Value { get; init; }

    /// <summary>The assessor source (e.g. <c>self</c>, <c>superior</c>), or null for every source.</summary>
    public string? Assessor { get; init; }

    /// <summary>The scorecard id, or null for any scorecard that has the item.</summary>
    public string? Scorecard { get; init; }

    /// <summary>A note (the award's name, the survey), or null.</summary>
    public string? Note { get; init; }
}

/// <summary>One entry of the <c>rectifications</c> section: a weak and lax organisation under rectification (整顿台账).</summary>
public sealed class RectificationContract
{
    /// <summary>The record's id (required).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The organisation (required).</summary>
    public string Organization { get; init; } = string.Empty;

    /// <summary>The national types (at least one), e.g. <c>no-organizational-life</c>.</summary>
    public IReadOnlyList<string> Types { get; init; } = new List<string>();

    /// <summary>The day it was identified (required).</summary>
    public LocalDate IdentifiedOn { get; init; }

    /// <summary>转化期限 — the day it must be verified by (required).</summary>
    public LocalDate Deadline { get; init; }

    /// <summary>The day the plan is due, or null for the profile's default.</summary>
    public LocalDate? PlanDue { get; init; }

    /// <summary>The day the plan was filed, or null.</summary>
    public LocalDate? PlanFiledOn { get; init; }

    /// <summary>The liaison leader, or null.</summary>
    public string? Owner { get; init; }

    /// <summary>The months with a progress report, <c>yyyy-MM</c>.</summary>
    public IReadOnlyList<string>? Progress { get; init; }

    /// <summary>The day of 销号, or null.</summary>
    public LocalDate? VerifiedOn { get; init; }

    /// <summary>The day the 回头看 is due, or null.</summary>
    public LocalDate? ReInspectBy { get; init; }

    /// <summary>The day of the 回头看, or null.</summary>
    public LocalDate? ReInspectedOn { get; init; }
}
