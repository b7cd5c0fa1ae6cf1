using System;
using NodaTime;

namespace PartyOrg.Domain.Organizations;

/// <summary>
/// 任职 — a member holding a post in an organization from <see cref="Since"/> until (not including)
/// <see cref="Until"/>. An immutable value.
/// </summary>
public sealed class Post : IEquatable<Post>
{
    /// <summary>Creates a post.</summary>
    /// <param name="organizationId">The organization.</param>
    /// <param name="memberId">The member holding it.</param>
    /// <param name="kind">Secretary, deputy, committee member or group leader.</param>
    /// <param name="since">The first day held.</param>
    /// <param name="until">The day it ended (no longer held from that day), or null while held.</param>
    /// <param name="duty">A committee member's duty, or null.</param>
    /// <exception cref="ArgumentException">An id is empty; <paramref name="until"/> is not after <paramref name="since"/>; a duty is given for a post other than committee member.</exception>
    public Post(string organizationId, string memberId, PostKind kind, LocalDate since, LocalDate? until = null, CommitteeDuty? duty = null)
    {
        OrganizationId = Internal.Guard.Id(organizationId, nameof(organizationId));
        MemberId = Internal.Guard.Id(memberId, nameof(memberId));
        Kind = kind ?? throw new ArgumentNullException(nameof(kind));
        if (until is { } u && u <= since)
        {
            throw new ArgumentException($"Post {kind.Name} of member \"{memberId}\" in \"{organizationId}\": the end {u:uuuu-MM-dd} must be after the start {since:uuuu-MM-dd}.", nameof(until));
        }

        if (duty is not null && kind != PostKind.CommitteeMember)
        {
            throw new ArgumentException($"Post {kind.Name} of member \"{memberId}\" in \"{organizationId}\": only a committee member has a duty.", nameof(duty));
        }

        Since = since;
        Until = until;
        Duty = duty;
    }

    /// <summary>The organization.</summary>
    public string OrganizationId { get; }

    /// <summary>The member holding the post.</summary>
    public string MemberId { get; }

    /// <summary>The post.</summary>
    public PostKind Kind { get; }

    /// <summary>The first day held.</summary>
    public LocalDate Since { get; }

    /// <summary>The day it ended (exclusive), or null while held.</summary>
    public LocalDate? Until { get; }

    /// <summary>A committee member's duty, or null.</summary>
    public CommitteeDuty? Duty { get; }

    /// <summary>Whether the post is held on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when Since ≤ date &lt; Until.</returns>
    public bool IsHeldOn(LocalDate date) => date >= Since && (Until is null || date < Until.Value);

    /// <summary>A copy ending on <paramref name="until"/>.</summary>
    /// <param name="until">The day it ended.</param>
    /// <returns>The new post.</returns>
    public Post EndingOn(LocalDate until) => new(OrganizationId, MemberId, Kind, Since, until, Duty);

    /// <summary>A copy in another organization (for restructuring).</summary>
    /// <param name="organizationId">The organization.</param>
    /// <returns>The new post.</returns>
    public Post InOrganization(string organizationId) => new(organizationId, MemberId, Kind, Since, Until, Duty);

    /// <inheritdoc />
    public bool Equals(Post? other) =>
        other is not null && OrganizationId == other.OrganizationId && MemberId == other.MemberId && Kind.Equals(other.Kind)
        && Since == other.Since && Until == other.Until && Equals(Duty, other.Duty);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Post p && Equals(p);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(OrganizationId) * 397) ^ StringComparer.Ordinal.GetHashCode(MemberId) ^ Kind.GetHashCode() ^ Since.GetHashCode());

    /// <summary>"kind of member in organization".</summary>
    /// <returns>A summary.</returns>
    public override string ToString() => $"{Kind.Name} {MemberId} in {OrganizationId}";
}
