using System;
using System.Collections.Generic;
using System.Linq;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Meetings;

/// <summary>
/// 适用范围 — which organizations a <see cref="MeetingRequirement"/> applies to, as data: organization kinds, branch forms
/// (empty = every form) and "only where a committee exists" (a 委员 post is held on the first day of the period). An
/// immutable value.
/// </summary>
public sealed class OrganizationScope : IEquatable<OrganizationScope>
{
    private readonly OrganizationKind[] kinds;
    private readonly BranchForm[] forms;

    /// <summary>Creates a scope.</summary>
    /// <param name="kinds">The organization kinds (at least one).</param>
    /// <param name="forms">For branches: the forms included; null or empty for every form.</param>
    /// <param name="onlyWithCommittee">Only organizations that have a committee (支委会 only where a committee exists).</param>
    /// <param name="onlyOrganTop">Only the top Party organization of an organ (<see cref="OrganizationTree.IsOrganTop"/>: the
    /// organ committee, or the general branch or branch of an organ without one).</param>
    /// <exception cref="ArgumentException">No kind is given, or a kind or form is null.</exception>
    public OrganizationScope(IEnumerable<OrganizationKind> kinds, IEnumerable<BranchForm>? forms = null, bool onlyWithCommittee = false, bool onlyOrganTop = false)
    {
        this.kinds = (kinds ?? throw new ArgumentNullException(nameof(kinds))).Distinct().ToArray();
        if (this.kinds.Length == 0 || this.kinds.Any(k => k is null))
        {
            throw new ArgumentException("A scope needs at least one organization kind, and none may be null.", nameof(kinds));
        }

        this.forms = (forms ?? Array.Empty<BranchForm>()).Distinct().ToArray();
        if (this.forms.Any(f => f is null))
        {
            throw new ArgumentException("A branch form is null.", nameof(forms));
        }

        OnlyWithCommittee = onlyWithCommittee;
        OnlyOrganTop = onlyOrganTop;
    }

    /// <summary>Every branch, whatever its form.</summary>
    public static OrganizationScope Branches { get; } = new(new[] { OrganizationKind.Branch });

    /// <summary>The organization kinds.</summary>
    public IReadOnlyList<OrganizationKind> Kinds => Internal.ReadOnly.View(kinds, ref kindsView);

    private IReadOnlyList<OrganizationKind>? kindsView;

    /// <summary>The branch forms included (empty = every form).</summary>
    public IReadOnlyList<BranchForm> Forms => Internal.ReadOnly.View(forms, ref formsView);

    private IReadOnlyList<BranchForm>? formsView;

    /// <summary>Whether only organizations with a committee are included.</summary>
    public bool OnlyWithCommittee { get; }

    /// <summary>Whether only the top Party organization of an organ is included (checked against the tree).</summary>
    public bool OnlyOrganTop { get; }

    /// <summary>Whether the organization's kind and form are in scope (the committee condition is checked per period).</summary>
    /// <param name="organization">The organization.</param>
    /// <returns>True when in scope.</returns>
    public bool Includes(Organization organization)
    {
        if (organization is null)
        {
            throw new ArgumentNullException(nameof(organization));
        }

        return Array.IndexOf(kinds, organization.Kind) >= 0
            && (forms.Length == 0 || organization.Form is null || Array.IndexOf(forms, organization.Form) >= 0);
    }

    /// <inheritdoc />
    public bool Equals(OrganizationScope? other) =>
        other is not null && kinds.SequenceEqual(other.kinds) && forms.SequenceEqual(other.forms) && OnlyWithCommittee == other.OnlyWithCommittee && OnlyOrganTop == other.OnlyOrganTop;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OrganizationScope s && Equals(s);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((kinds.Length * 397) ^ forms.Length ^ (OnlyWithCommittee ? 1 : 0) ^ (OnlyOrganTop ? 2 : 0));

    /// <summary>"branch (regular, joint), with committee".</summary>
    /// <returns>A summary.</returns>
    public override string ToString() =>
        string.Join(", ", kinds.Select(k => k.Name))
        + (forms.Length == 0 ? string.Empty : " (" + string.Join(", ", forms.Select(f => f.Name)) + ")")
        + (OnlyWithCommittee ? ", with committee" : string.Empty)
        + (OnlyOrganTop ? ", organ's top organization" : string.Empty);
}
