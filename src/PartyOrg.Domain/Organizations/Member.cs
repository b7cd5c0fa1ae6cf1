using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace PartyOrg.Domain.Organizations;

/// <summary>
/// 党员 — a member: status (full or probationary), admission and full-membership dates, the regular branch that
/// holds the registration (组织关系), an optional Party group of that branch, temporary branches joined, and
/// periods without voting rights. An immutable value.
/// </summary>
public sealed class Member : IEquatable<Member>
{
    private readonly RightsRestriction[] restrictions;
    private readonly string[] temporaryBranchIds;

    /// <summary>Creates a member.</summary>
    /// <param name="id">The caller's id.</param>
    /// <param name="name">The name.</param>
    /// <param name="status">Full or probationary, as recorded.</param>
    /// <param name="branchId">The regular or joint branch holding the registration.</param>
    /// <param name="groupId">The Party group of that branch, or null.</param>
    /// <param name="admittedOn">入党日期: the day admitted as a probationary member, or null when unknown.</param>
    /// <param name="fullSince">转正日期: the day the member became a full member, or null (unknown, or probationary).</param>
    /// <param name="restrictions">Periods without voting rights (留党察看, suspension).</param>
    /// <param name="temporaryBranchIds">Temporary branches the member takes part in (registration stays in <paramref name="branchId"/>).</param>
    /// <param name="lifeExemption">A period in which organisational life is not required of the member (教育管理条例 Art. 23 ¶2), or null.</param>
    /// <exception cref="ArgumentException">An id or the name is empty; a probationary member has a full-membership date; full membership precedes admission; a temporary branch is listed twice.</exception>
    public Member(
        string id,
        string name,
        MembershipStatus status,
        string branchId,
        string? groupId = null,
        LocalDate? admittedOn = null,
        LocalDate? fullSince = null,
        IEnumerable<RightsRestriction>? restrictions = null,
        IEnumerable<string>? temporaryBranchIds = null,
        LifeExemption? lifeExemption = null)
    {
        Id = Internal.Guard.Id(id, nameof(id));
        Name = Internal.Guard.NotBlank(name, nameof(name));
        Status = status ?? throw new ArgumentNullException(nameof(status));
        BranchId = Internal.Guard.Id(branchId, nameof(branchId));
        if (groupId is not null)
        {
            Internal.Guard.Id(groupId, nameof(groupId));
        }

        GroupId = groupId;
        if (status == MembershipStatus.Probationary && fullSince is not null)
        {
            throw new ArgumentException($"Member \"{id}\" is probationary but has a full-membership date {fullSince:uuuu-MM-dd}.", nameof(fullSince));
        }

        if (admittedOn is { } a && fullSince is { } f && f < a)
        {
            throw new ArgumentException($"Member \"{id}\": full membership {f:uuuu-MM-dd} precedes admission {a:uuuu-MM-dd}.", nameof(fullSince));
        }

        AdmittedOn = admittedOn;
        FullSince = fullSince;
        this.restrictions = restrictions?.ToArray() ?? Array.Empty<RightsRestriction>();
        foreach (var r in this.restrictions)
        {
            if (r is null)
            {
                throw new ArgumentException($"Member \"{id}\": a restriction is null.", nameof(restrictions));
            }
        }

        this.temporaryBranchIds = temporaryBranchIds?.ToArray() ?? Array.Empty<string>();
        foreach (var t in this.temporaryBranchIds)
        {
            Internal.Guard.Id(t, nameof(temporaryBranchIds));
        }

        // (Checked only where there can be a repeat: a province has millions of members, nearly all with none.)
        if (this.temporaryBranchIds.Length > 1 && this.temporaryBranchIds.Distinct(StringComparer.Ordinal).Count() != this.temporaryBranchIds.Length)
        {
            throw new ArgumentException($"Member \"{id}\" lists a temporary branch twice.", nameof(temporaryBranchIds));
        }

        LifeExemption = lifeExemption;
    }

    /// <summary>The caller's id.</summary>
    public string Id { get; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>Full or probationary, as recorded.</summary>
    public MembershipStatus Status { get; }

    /// <summary>The branch holding the registration (组织关系).</summary>
    public string BranchId { get; }

    /// <summary>The Party group, or null.</summary>
    public string? GroupId { get; }

    /// <summary>The day admitted as a probationary member, or null.</summary>
    public LocalDate? AdmittedOn { get; }

    /// <summary>The day the member became a full member, or null.</summary>
    public LocalDate? FullSince { get; }

    /// <summary>Periods without voting rights.</summary>
    public IReadOnlyList<RightsRestriction> Restrictions => Internal.ReadOnly.View(restrictions, ref restrictionsView);

    private IReadOnlyList<RightsRestriction>? restrictionsView;

    /// <summary>The restrictions, the array itself (the audit's loops: no view per member).</summary>
    internal RightsRestriction[] RestrictionArray => restrictions;

    /// <summary>Temporary branches the member takes part in.</summary>
    public IReadOnlyList<string> TemporaryBranchIds => Internal.ReadOnly.View(temporaryBranchIds, ref temporaryBranchIdsView);

    private IReadOnlyList<string>? temporaryBranchIdsView;

    /// <summary>The temporary branch ids, the array itself (the library's own loops: no read-only view made per member).</summary>
    internal string[] TemporaryBranchArray => temporaryBranchIds;

    /// <summary>The period in which organisational life is not required of the member, or null.</summary>
    public LifeExemption? LifeExemption { get; }

    /// <summary>True when the recorded status is full.</summary>
    public bool IsFull => Status == MembershipStatus.Full;

    /// <summary>
    /// The status on <paramref name="date"/>: full from <see cref="FullSince"/> (or always, when recorded full with no
    /// date), probationary from <see cref="AdmittedOn"/>, null before admission.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The status, or null when not yet a member.</returns>
    public MembershipStatus? StatusOn(LocalDate date)
    {
        if (AdmittedOn is { } a && date < a)
        {
            return null;
        }

        if (Status == MembershipStatus.Full && (FullSince is null || FullSince.Value <= date))
        {
            return MembershipStatus.Full;
        }

        return MembershipStatus.Probationary;
    }

    /// <summary>
    /// Whether the member may vote, elect and stand on <paramref name="date"/>: a full member
    /// not on Party probation and without suspended rights.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>True when the member has voting rights.</returns>
    public bool HasVotingRightsOn(LocalDate date)
    {
        if (StatusOn(date) != MembershipStatus.Full)
        {
            return false;
        }

        foreach (var r in restrictions)
        {
            if (r.IsActiveOn(date))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>党龄 — whole years of Party standing on <paramref name="date"/>, counted from <see cref="FullSince"/>; null when that date is unknown.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whole years, or null.</returns>
    public int? PartyStandingYears(LocalDate date) =>
        FullSince is { } f && f <= date ? Period.Between(f, date, PeriodUnits.Years).Years : FullSince is null ? null : 0;

    /// <summary>A copy registered in another branch (and Party group).</summary>
    /// <param name="branchId">The new branch.</param>
    /// <param name="groupId">The new Party group, or null.</param>
    /// <returns>The copy.</returns>
    public Member WithBranch(string branchId, string? groupId = null) =>
        new(Id, Name, Status, branchId, groupId, AdmittedOn, FullSince, restrictions, temporaryBranchIds, LifeExemption);

    /// <summary>A copy with another status and full-membership date (转正).</summary>
    /// <param name="status">The status.</param>
    /// <param name="fullSince">The full-membership date, or null.</param>
    /// <returns>The copy.</returns>
    public Member WithStatus(MembershipStatus status, LocalDate? fullSince) =>
        new(Id, Name, status, BranchId, GroupId, AdmittedOn, fullSince, restrictions, temporaryBranchIds, LifeExemption);

    /// <summary>A copy taking part in other temporary branches.</summary>
    /// <param name="temporaryBranchIds">The temporary branches.</param>
    /// <returns>The copy.</returns>
    public Member WithTemporaryBranches(IEnumerable<string> temporaryBranchIds) =>
        new(Id, Name, Status, BranchId, GroupId, AdmittedOn, FullSince, restrictions, temporaryBranchIds, LifeExemption);

    /// <summary>A copy with another life exemption (or none).</summary>
    /// <param name="lifeExemption">The exemption, or null.</param>
    /// <returns>The copy.</returns>
    public Member WithLifeExemption(LifeExemption? lifeExemption) =>
        new(Id, Name, Status, BranchId, GroupId, AdmittedOn, FullSince, restrictions, temporaryBranchIds, lifeExemption);

    /// <inheritdoc />
    public bool Equals(Member? other) =>
        other is not null && Id == other.Id && Name == other.Name && Status.Equals(other.Status) && BranchId == other.BranchId
        && GroupId == other.GroupId && AdmittedOn == other.AdmittedOn && FullSince == other.FullSince
        && restrictions.SequenceEqual(other.restrictions) && temporaryBranchIds.SequenceEqual(other.temporaryBranchIds)
        && Equals(LifeExemption, other.LifeExemption);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Member m && Equals(m);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>"name (id)".</summary>
    /// <returns>A summary.</returns>
    public override string ToString() => $"{Name} ({Id})";
}
