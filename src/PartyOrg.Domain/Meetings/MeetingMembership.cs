using NodaTime;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Meetings;

/// <summary>Who belongs to the meetings of an organization (index-based, allocation-free).</summary>
internal static class MeetingMembership
{
    /// <summary>
    /// Whether member <paramref name="memberIndex"/> may attend meetings of organization <paramref name="orgIndex"/>:
    /// a Party group's members; a branch's registered members and (temporary branch) participants; for other kinds, the
    /// members registered in its subtree (a 党组: the subtree of the organ committee it leads; without one, the whole
    /// tree) and anyone holding a post in it.
    /// </summary>
    internal static bool MayAttend(OrganizationTree tree, int orgIndex, int memberIndex)
    {
        var org = tree.Organizations[orgIndex];
        var m = tree.Members[memberIndex];
        if (org.Kind == OrganizationKind.PartyGroup)
        {
            return m.GroupId == org.Id;
        }

        if (org.IsBranch)
        {
            return IsOwnMember(org, m);
        }

        foreach (var p in tree.PostIndicesOf(orgIndex))
        {
            if (tree.Posts[p].MemberId == m.Id)
            {
                return true;
            }
        }

        var root = orgIndex;
        if (org.Kind == OrganizationKind.LeadingGroup)
        {
            if (org.LeadsId is null || !tree.TryGetIndex(org.LeadsId, out root))
            {
                return true;
            }
        }

        return tree.TryGetIndex(m.BranchId, out var branch) && IsWithin(tree, branch, root);
    }

    /// <summary>A branch's own member: registered there, or a participant of it as a temporary branch.</summary>
    internal static bool IsOwnMember(Organization branch, Member m)
    {
        if (m.BranchId == branch.Id)
        {
            return true;
        }

        foreach (var t in m.TemporaryBranchIds)
        {
            if (t == branch.Id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="index"/> is <paramref name="root"/> or below it.</summary>
    internal static bool IsWithin(OrganizationTree tree, int index, int root)
    {
        for (var at = index; at >= 0; at = tree.ParentIndex(at))
        {
            if (at == root)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The members entitled to vote at a 党员大会 of <paramref name="orgIndex"/> on <paramref name="date"/>:
    /// a branch's own members, or the members registered in the subtree of another organization, with voting rights that day.
    /// </summary>
    internal static int EntitledVoters(OrganizationTree tree, int orgIndex, LocalDate date)
    {
        var org = tree.Organizations[orgIndex];
        var count = 0;
        if (org.IsBranch || org.Kind == OrganizationKind.PartyGroup)
        {
            foreach (var mi in tree.MemberIndicesOf(orgIndex))
            {
                if (tree.Members[mi].HasVotingRightsOn(date))
                {
                    count++;
                }
            }

            return count;
        }

        for (var mi = 0; mi < tree.Members.Count; mi++)
        {
            var m = tree.Members[mi];
            if (tree.TryGetIndex(m.BranchId, out var b) && IsWithin(tree, b, orgIndex) && m.HasVotingRightsOn(date))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether the organization has a committee (a 委员 post held) on <paramref name="date"/>.</summary>
    internal static bool HasCommitteeOn(OrganizationTree tree, int orgIndex, LocalDate date)
    {
        foreach (var p in tree.PostIndicesOf(orgIndex))
        {
            var post = tree.Posts[p];
            if (post.Kind == PostKind.CommitteeMember && post.IsHeldOn(date))
            {
                return true;
            }
        }

        return false;
    }
}
