using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.AssessmentData;

/// <summary>
/// 整顿台账 — one weak and lax organisation under rectification: identified (with its types) → plan filed (owner, deadline) →
/// monthly progress reports → verified (销号) → re-inspected (回头看). Immutable; the dates say how far it got.
/// </summary>
public sealed class RectificationRecord
{
    private readonly WeaknessType[] types;
    private readonly YearMonth[] progress;

    /// <summary>Creates a record.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="organizationId">The organisation under rectification.</param>
    /// <param name="types">The national types it was identified under (at least one).</param>
    /// <param name="identifiedOn">The day it was identified.</param>
    /// <param name="deadline">转化期限 — the day by which it must be verified (销号).</param>
    /// <param name="planDue">The day the plan must be filed by, or null for the profile's default.</param>
    /// <param name="planFiledOn">The day the plan (整改方案) was filed, or null.</param>
    /// <param name="owner">The liaison leader (联系领导), or null.</param>
    /// <param name="progress">The months with a progress report.</param>
    /// <param name="verifiedOn">The day it was verified and struck off (销号), or null.</param>
    /// <param name="reInspectBy">The day the re-inspection (回头看) is due, or null when none was set.</param>
    /// <param name="reInspectedOn">The day it was re-inspected, or null.</param>
    /// <exception cref="ArgumentException">An id is blank, no type is given, or a date comes before the identification.</exception>
    public RectificationRecord(
        string id,
        string organizationId,
        IEnumerable<WeaknessType> types,
        LocalDate identifiedOn,
        LocalDate deadline,
        LocalDate? planDue = null,
        LocalDate? planFiledOn = null,
        string? owner = null,
        IEnumerable<YearMonth>? progress = null,
        LocalDate? verifiedOn = null,
        LocalDate? reInspectBy = null,
        LocalDate? reInspectedOn = null)
    {
        Id = Internal.Guard.NotBlank(id, nameof(id));
        OrganizationId = Internal.Guard.NotBlank(organizationId, nameof(organizationId));
        this.types = (types ?? throw new ArgumentNullException(nameof(types))).Distinct().OrderBy(t => t.Value).ToArray();
        if (this.types.Length == 0 || this.types.Any(t => t is null))
        {
            throw new ArgumentException($"Rectification {id}: at least one weakness type is required and none may be null.", nameof(types));
        }

        IdentifiedOn = identifiedOn;
        Deadline = NotBefore(deadline, identifiedOn, id, nameof(deadline));
        PlanDue = planDue is { } pd ? NotBefore(pd, identifiedOn, id, nameof(planDue)) : null;
        PlanFiledOn = planFiledOn is { } pf ? NotBefore(pf, identifiedOn, id, nameof(planFiledOn)) : null;
        Owner = owner;
        this.progress = (progress ?? Array.Empty<YearMonth>()).Distinct().OrderBy(m => m).ToArray();
        VerifiedOn = verifiedOn is { } v ? NotBefore(v, identifiedOn, id, nameof(verifiedOn)) : null;
        ReInspectBy = reInspectBy is { } rb ? NotBefore(rb, identifiedOn, id, nameof(reInspectBy)) : null;
        ReInspectedOn = reInspectedOn is { } ri ? NotBefore(ri, identifiedOn, id, nameof(reInspectedOn)) : null;
        if (ReInspectedOn is not null && VerifiedOn is null)
        {
            throw new ArgumentException($"Rectification {id}: re-inspected ({ReInspectedOn}) but never verified; 回头看 follows 销号.", nameof(reInspectedOn));
        }
    }

    /// <summary>The record's id.</summary>
    public string Id { get; }

    /// <summary>The organisation under rectification.</summary>
    public string OrganizationId { get; }

    /// <summary>The national types (sorted by number).</summary>
    public IReadOnlyList<WeaknessType> Types => types;

    /// <summary>The day it was identified.</summary>
    public LocalDate IdentifiedOn { get; }

    /// <summary>转化期限 — the verification deadline.</summary>
    public LocalDate Deadline { get; }

    /// <summary>The plan's due day, or null for the profile's default (identified + the configured days).</summary>
    public LocalDate? PlanDue { get; }

    /// <summary>The day the plan was filed, or null.</summary>
    public LocalDate? PlanFiledOn { get; }

    /// <summary>The liaison leader, or null.</summary>
    public string? Owner { get; }

    /// <summary>The months with a progress report, ascending.</summary>
    public IReadOnlyList<YearMonth> Progress => progress;

    /// <summary>The day of 销号, or null.</summary>
    public LocalDate? VerifiedOn { get; }

    /// <summary>The day the 回头看 is due, or null.</summary>
    public LocalDate? ReInspectBy { get; }

    /// <summary>The day of the 回头看, or null.</summary>
    public LocalDate? ReInspectedOn { get; }

    /// <summary>The stage reached on <paramref name="date"/>.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The stage.</returns>
    public RectificationStage StageOn(LocalDate date)
    {
        if (ReInspectedOn is { } r && r <= date)
        {
            return RectificationStage.ReInspected;
        }

        if (VerifiedOn is { } v && v <= date)
        {
            return RectificationStage.Verified;
        }

        if (PlanFiledOn is { } p && p <= date)
        {
            return progress.Any(m => m.OnDayOfMonth(1) <= date) ? RectificationStage.Rectifying : RectificationStage.PlanFiled;
        }

        return RectificationStage.Identified;
    }

    private static LocalDate NotBefore(LocalDate value, LocalDate identified, string id, string name) =>
        value >= identified ? value : throw new ArgumentException($"Rectification {id}: {name} {value:yyyy-MM-dd} is before the identification on {identified:yyyy-MM-dd}.", name);
}

/// <summary>The stages of a rectification (整顿) as a state machine.</summary>
public sealed class RectificationStage : Ardalis.SmartEnum.SmartEnum<RectificationStage>
{
    /// <summary>确定为软弱涣散.</summary>
    public static readonly RectificationStage Identified = new("identified", 1, "已确定", "identified");

    /// <summary>整改方案已报.</summary>
    public static readonly RectificationStage PlanFiled = new("plan-filed", 2, "已报整改方案", "plan filed");

    /// <summary>整改中（按月报告进展）.</summary>
    public static readonly RectificationStage Rectifying = new("rectifying", 3, "整改中", "rectifying");

    /// <summary>销号.</summary>
    public static readonly RectificationStage Verified = new("verified", 4, "已销号", "verified");

    /// <summary>回头看.</summary>
    public static readonly RectificationStage ReInspected = new("re-inspected", 5, "已回头看", "re-inspected");

    private RectificationStage(string name, int value, string chineseName, string englishName)
        : base(name, value)
    {
        ChineseName = chineseName;
        EnglishName = englishName;
    }

    /// <summary>The Chinese name.</summary>
    public string ChineseName { get; }

    /// <summary>The English name.</summary>
    public string EnglishName { get; }
}

/// <summary>The <c>rectifications</c> section of a document (immutable).</summary>
public sealed class RectificationLog
{
    private readonly RectificationRecord[] records;

    /// <summary>Creates the log.</summary>
    /// <param name="records">The records (none null, ids unique).</param>
    /// <exception cref="ArgumentException">A record is null or an id repeats.</exception>
    public RectificationLog(IEnumerable<RectificationRecord> records)
    {
        this.records = (records ?? throw new ArgumentNullException(nameof(records))).ToArray();
        if (Array.IndexOf(this.records, null) >= 0)
        {
            throw new ArgumentException("A rectification record is null.", nameof(records));
        }

        var duplicate = this.records.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Rectification id \"{duplicate.Key}\" is used more than once.", nameof(records));
        }
    }

    /// <summary>The records, in the order given.</summary>
    public IReadOnlyList<RectificationRecord> Records => records;

    /// <summary>The problems of the records against a tree: unknown organisations.</summary>
    /// <param name="tree">The tree.</param>
    /// <returns>The problems, empty when none.</returns>
    public IReadOnlyList<DataProblem> Validate(OrganizationTree tree)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        return records.Select((r, i) => (r, i))
            .Where(x => !tree.TryGetOrganization(x.r.OrganizationId, out _))
            .Select(x => new DataProblem("rectifications", x.i, x.r.Id, "organization", $"no organization \"{x.r.OrganizationId}\"") { MissingReference = DataReference.Organization(x.r.OrganizationId) })
            .ToArray();
    }
}
