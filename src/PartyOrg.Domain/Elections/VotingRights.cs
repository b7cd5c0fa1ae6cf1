using System;
using System.Collections.Generic;
using NodaTime;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Elections;

/// <summary>
/// 应到会有选举权人数 — who may vote in an election: full members (正式党员) not on Party
/// probation (留党察看) and without suspended rights (留置、逮捕), per <see cref="Member.HasVotingRightsOn"/>.
/// Probationary members are not counted (§N.4).
/// </summary>
public static class VotingRights
{
    /// <summary>
    /// The entitled voters of the 党员大会 that elects a body on <paramref name="date"/>: for a branch, its registered
    /// members; for a general branch or committee (elected by a 党员大会 of all members), every member registered in
    /// its subtree.
    /// </summary>
    /// <param name="tree">The tree.</param>
    /// <param name="organizationId">The elected body.</param>
    /// <param name="date">The election date.</param>
    /// <returns>The number of members with voting rights.</returns>
    /// <exception cref="ArgumentException">The organization is not elected (机关工委, 党组, 党小组, temporary branch).</exception>
    /// <exception cref="KeyNotFoundException">No organization has that id.</exception>
    public static int Entitled(OrganizationTree tree, string organizationId, LocalDate date)
    {
        var org = ElectedBody(tree, organizationId);
        var at = tree.IndexOf(organizationId);
        if (org.IsBranch)
        {
            return CountVoters(tree, at, date);
        }

        // Every registered member of the subtree's (non-temporary) branches, each branch once.
        var organizations = tree.OrganizationArray;
        var count = 0;
        var stack = new Stack<int>();
        stack.Push(at);
        while (stack.Count > 0)
        {
            var o = stack.Pop();
            if (organizations[o].IsBranch && !organizations[o].IsTemporaryBranch)
            {
                count += CountVoters(tree, o, date);
            }

            foreach (var child in tree.ChildIndices(o))
            {
                stack.Push(child);
            }
        }

        return count;
    }

    /// <summary>
    /// The entitled voters of a committee meeting electing the secretary and deputies:
    /// the members holding a seat on the body's committee on <paramref name="date"/> who have voting rights.
    /// </summary>
    /// <param name="tree">The tree.</param>
    /// <param name="organizationId">The elected body.</param>
    /// <param name="date">The date of the committee meeting.</param>
    /// <returns>The number of committee members with voting rights.</returns>
    /// <exception cref="ArgumentException">The organization is not elected.</exception>
    public static int EntitledOnCommittee(OrganizationTree tree, string organizationId, LocalDate date)
    {
        ElectedBody(tree, organizationId);
        var posts = tree.PostArray;
        var members = tree.MemberArray;
        var seats = new List<int>();
        var count = 0;
        foreach (var p in tree.PostIndicesOf(tree.IndexOf(organizationId)))
        {
            // Each seat holder once (as LeadershipOn); a holder outside the tree does not count.
            var post = posts[p];
            var mi = tree.PostMemberIndex(p);
            if (mi >= 0 && post.Kind.IsLeadershipSeat && post.IsHeldOn(date) && !seats.Contains(mi))
            {
                seats.Add(mi);
                if (members[mi].HasVotingRightsOn(date))
                {
                    count++;
                }
            }
        }

        return count;
    }

    private static int CountVoters(OrganizationTree tree, int organization, LocalDate date)
    {
        var members = tree.MemberArray;
        var count = 0;
        foreach (var mi in tree.MemberIndicesOf(organization))
        {
            if (members[mi].HasVotingRightsOn(date))
            {
                count++;
            }
        }

        return count;
    }

    private static Organization ElectedBody(OrganizationTree tree, string organizationId)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        var org = tree.GetOrganization(organizationId ?? throw new ArgumentNullException(nameof(organizationId)));
        if (!org.HasTerm)
        {
            throw new ArgumentException($"\"{organizationId}\" is a {(org.IsTemporaryBranch ? "temporary branch" : org.Kind.Name)}: it holds no elections.", nameof(organizationId));
        }

        return org;
    }
}
