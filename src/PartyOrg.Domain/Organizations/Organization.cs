using System;
using NodaTime;

namespace PartyOrg.Domain.Organizations;

/// <summary>
/// 党组织 — one Party organization: its id, kind, name, its parent (the higher organization in the tree) and,
/// for a branch, its form; for a 党组, the organ committee it leads. An immutable value: the
/// <c>With…</c> methods return changed copies.
/// </summary>
/// <remarks>
/// Field-level impossibilities (an empty id, a form on something that is not a branch, a dissolution before
/// establishment) are rejected here; relations (unknown parent, cycles, parent kinds) are checked by
/// <see cref="OrganizationTreeBuilder"/>.
/// </remarks>
public sealed class Organization : IEquatable<Organization>
{
    /// <summary>Creates an organization.</summary>
    /// <param name="id">The caller's id, echoed back in findings.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="name">The name, e.g. 综合处党支部.</param>
    /// <param name="parentId">The higher organization's id, or null for a root.</param>
    /// <param name="form">The form of a branch (default <see cref="BranchForm.Regular"/>); must be null for other kinds.</param>
    /// <param name="leadsId">For a 党组: the top Party organization of the organ it leads — its organ committee, or a general branch or branch where the organ has no committee (specific leadership, 机关条例 Arts. 2, 37); null otherwise.</param>
    /// <param name="establishedOn">The day it was set up, or null when unknown.</param>
    /// <param name="dissolvedOn">The day it was dissolved, or null.</param>
    /// <param name="coveredUnits">For a joint branch: the number of units it covers, or null.</param>
    /// <param name="plannedEndOn">For a temporary branch: the planned end of the project or task it serves, or null.</param>
    /// <exception cref="ArgumentException">An id or name is empty; an option does not fit the kind; dates are reversed.</exception>
    public Organization(
        string id,
        OrganizationKind kind,
        string name,
        string? parentId = null,
        BranchForm? form = null,
        string? leadsId = null,
        LocalDate? establishedOn = null,
        LocalDate? dissolvedOn = null,
        int? coveredUnits = null,
        LocalDate? plannedEndOn = null)
    {
        Id = Internal.Guard.Id(id, nameof(id));
        Kind = kind ?? throw new ArgumentNullException(nameof(kind));
        Name = Internal.Guard.NotBlank(name, nameof(name));
        if (parentId is not null)
        {
            Internal.Guard.Id(parentId, nameof(parentId));
            if (parentId == id)
            {
                throw new ArgumentException($"Organization \"{id}\" cannot be its own parent.", nameof(parentId));
            }
        }

        ParentId = parentId;
        if (form is not null && kind != OrganizationKind.Branch)
        {
            throw new ArgumentException($"Organization \"{id}\" is a {kind.Name}: only a branch has a form (regular, joint, temporary).", nameof(form));
        }

        Form = kind == OrganizationKind.Branch ? form ?? BranchForm.Regular : null;
        if (leadsId is not null)
        {
            Internal.Guard.Id(leadsId, nameof(leadsId));
            if (kind != OrganizationKind.LeadingGroup)
            {
                throw new ArgumentException($"Organization \"{id}\" is a {kind.Name}: only a leading group (党组) leads the top Party organization of an organ.", nameof(leadsId));
            }
        }

        LeadsId = leadsId;
        if (establishedOn is { } e && dissolvedOn is { } d && d < e)
        {
            throw new ArgumentException($"Organization \"{id}\": dissolved {d:uuuu-MM-dd} before it was established {e:uuuu-MM-dd}.", nameof(dissolvedOn));
        }

        EstablishedOn = establishedOn;
        DissolvedOn = dissolvedOn;
        if (coveredUnits is not null)
        {
            if (Form != BranchForm.Joint)
            {
                throw new ArgumentException($"Organization \"{id}\": only a joint branch covers units.", nameof(coveredUnits));
            }

            Internal.Guard.Positive(coveredUnits.Value, nameof(coveredUnits));
        }

        CoveredUnits = coveredUnits;
        if (plannedEndOn is not null)
        {
            if (Form != BranchForm.Temporary)
            {
                throw new ArgumentException($"Organization \"{id}\": only a temporary branch has a planned end.", nameof(plannedEndOn));
            }

            if (establishedOn is { } s && plannedEndOn.Value < s)
            {
                throw new ArgumentException($"Organization \"{id}\": planned end {plannedEndOn:uuuu-MM-dd} is before it was established {s:uuuu-MM-dd}.", nameof(plannedEndOn));
            }
        }

        PlannedEndOn = plannedEndOn;
    }

    /// <summary>The caller's id.</summary>
    public string Id { get; }

    /// <summary>The kind.</summary>
    public OrganizationKind Kind { get; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The higher organization's id, or null for a root.</summary>
    public string? ParentId { get; }

    /// <summary>The form of a branch; null for other kinds.</summary>
    public BranchForm? Form { get; }

    /// <summary>For a 党组: the top Party organization of the organ it leads (organ committee, general branch or branch); otherwise null.</summary>
    public string? LeadsId { get; }

    /// <summary>The day it was set up, or null when unknown.</summary>
    public LocalDate? EstablishedOn { get; }

    /// <summary>The day it was dissolved, or null.</summary>
    public LocalDate? DissolvedOn { get; }

    /// <summary>For a joint branch: the number of units it covers, or null when not recorded.</summary>
    public int? CoveredUnits { get; }

    /// <summary>For a temporary branch: the planned end of its project or task, or null.</summary>
    public LocalDate? PlannedEndOn { get; }

    /// <summary>True for a branch of any form.</summary>
    public bool IsBranch => Kind == OrganizationKind.Branch;

    /// <summary>True for a temporary branch.</summary>
    public bool IsTemporaryBranch => Form == BranchForm.Temporary;

    /// <summary>Whether its leading body is elected and has a term (kind and form both allow it).</summary>
    public bool HasTerm => Kind.HasTerm && (Form is null || Form.HasTerm);

    /// <summary>Whether the organization exists on <paramref name="date"/> (established, not yet dissolved; unknown dates count as existing).</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when it exists.</returns>
    public bool ExistsOn(LocalDate date) => (EstablishedOn is null || EstablishedOn.Value <= date) && (DissolvedOn is null || date < DissolvedOn.Value);

    /// <summary>A copy under another parent.</summary>
    /// <param name="parentId">The new parent id, or null.</param>
    /// <returns>The copy.</returns>
    public Organization WithParent(string? parentId) => new(Id, Kind, Name, parentId, Form, LeadsId, EstablishedOn, DissolvedOn, CoveredUnits, PlannedEndOn);

    /// <summary>A copy with another name.</summary>
    /// <param name="name">The new name.</param>
    /// <returns>The copy.</returns>
    public Organization WithName(string name) => new(Id, Kind, name, ParentId, Form, LeadsId, EstablishedOn, DissolvedOn, CoveredUnits, PlannedEndOn);

    /// <summary>A copy of another kind (e.g. a branch upgraded to a general branch); options that do not fit the new kind are dropped.</summary>
    /// <param name="kind">The new kind.</param>
    /// <param name="form">The branch form when <paramref name="kind"/> is a branch.</param>
    /// <returns>The copy.</returns>
    public Organization WithKind(OrganizationKind kind, BranchForm? form = null) =>
        new(Id, kind, Name, ParentId, kind == OrganizationKind.Branch ? form ?? Form : null,
            kind == OrganizationKind.LeadingGroup ? LeadsId : null, EstablishedOn, DissolvedOn,
            (kind == OrganizationKind.Branch && (form ?? Form) == BranchForm.Joint) ? CoveredUnits : null,
            (kind == OrganizationKind.Branch && (form ?? Form) == BranchForm.Temporary) ? PlannedEndOn : null);

    /// <summary>A copy with another number of covered units (joint branches).</summary>
    /// <param name="coveredUnits">The number, or null.</param>
    /// <returns>The copy.</returns>
    public Organization WithCoveredUnits(int? coveredUnits) => new(Id, Kind, Name, ParentId, Form, LeadsId, EstablishedOn, DissolvedOn, coveredUnits, PlannedEndOn);

    /// <inheritdoc />
    public bool Equals(Organization? other) =>
        other is not null && Id == other.Id && Kind.Equals(other.Kind) && Name == other.Name && ParentId == other.ParentId
        && Equals(Form, other.Form) && LeadsId == other.LeadsId && EstablishedOn == other.EstablishedOn
        && DissolvedOn == other.DissolvedOn && CoveredUnits == other.CoveredUnits && PlannedEndOn == other.PlannedEndOn;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Organization o && Equals(o);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(Id) * 397) ^ Kind.GetHashCode());

    /// <summary>"name (id)".</summary>
    /// <returns>A summary.</returns>
    public override string ToString() => $"{Name} ({Id})";
}
