using Ardalis.SmartEnum;

namespace PartyOrg.Domain.Organizations;

/// <summary>职务 — the posts of an organization: secretary, deputy secretary, committee member, Party group leader.</summary>
public sealed class PostKind : BilingualEnum<PostKind>
{
    /// <summary>书记 — secretary.</summary>
    public static readonly PostKind Secretary = new("secretary", 1, "书记", "secretary", true);

    /// <summary>副书记 — deputy secretary.</summary>
    public static readonly PostKind DeputySecretary = new("deputy-secretary", 2, "副书记", "deputy secretary", true);

    /// <summary>委员 — committee member (with a duty: organization, publicity, discipline inspection, other).</summary>
    public static readonly PostKind CommitteeMember = new("committee-member", 3, "委员", "committee member", true);

    /// <summary>党小组组长 — Party group leader (appointed by the branch or recommended by the group).</summary>
    public static readonly PostKind GroupLeader = new("group-leader", 4, "党小组组长", "Party group leader", false);

    private PostKind(string name, int value, string chineseName, string englishName, bool isLeadershipSeat)
        : base(name, value, chineseName, englishName)
    {
        IsLeadershipSeat = isLeadershipSeat;
    }

    /// <summary>Whether the post is a seat of the leading body (委员会 or 党组): secretary, deputy or member.</summary>
    public bool IsLeadershipSeat { get; }

    /// <summary>Whether an organization of <paramref name="kind"/> can have this post: group leaders only in Party groups, the others everywhere but Party groups.</summary>
    /// <param name="kind">The organization kind.</param>
    /// <returns>True when allowed.</returns>
    public bool IsAllowedIn(OrganizationKind kind) =>
        kind == OrganizationKind.PartyGroup ? this == GroupLeader : this != GroupLeader;
}
