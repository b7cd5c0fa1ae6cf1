using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace PartyOrg.Domain.Organizations;

/// <summary>
/// 组织体系 — an immutable snapshot of organizations, members and posts, built by
/// <see cref="OrganizationTreeBuilder"/> (which rejects impossible data). Answers the structural queries: by id,
/// parent, children, ancestors, subtree, members and posts, member counts own and rolled up, and the two leadership
/// edges of an organ committee.
/// </summary>
/// <remarks>
/// <para>
/// Organizations, members and posts are indexed once (dense integer indices); every traversal is iterative, so a
/// chain 100,000 deep does not overflow the stack. Member counts use each member's recorded
/// <see cref="Member.Status"/>.
/// </para>
/// <para>
/// Own members: a regular or joint branch's registered members; a temporary branch's participants; a Party group's
/// members. Rolled-up members: own members plus the rolled-up members of every child that is neither a Party group
/// nor a temporary branch (their members are already counted in their regular branch), so no member is counted twice.
/// </para>
/// </remarks>
public sealed class OrganizationTree
{
    private readonly Organization[] organizations;
    private readonly Member[] members;
    private readonly Post[] posts;
    private readonly Dictionary<string, int> orgIndex;
    private readonly Dictionary<string, int> memberIndex;
    private readonly int[] parent;
    private readonly int[][] children;
    private readonly int[][] membersOf;
    private readonly int[][] postsOf;
    private readonly int[] postMember;
    private readonly int[] memberBranch;
    private readonly int[] memberGroup;
    private readonly int[] depth;
    private readonly int[] preorder;
    private readonly MemberCounts[] own;
    private readonly MemberCounts[] rolledUp;
    private readonly Dictionary<string, int> leadingGroupOf;
    private readonly bool[] organTop;

    /// <param name="organizations">The organizations (valid together).</param>
    /// <param name="members">The members.</param>
    /// <param name="posts">The posts.</param>
    /// <param name="resolved">The id indexes and the dense index of every reference, as made by the validation (kept, not copied).</param>
    internal OrganizationTree(Organization[] organizations, Member[] members, Post[] posts, TreeIndexes resolved)
    {
        this.organizations = organizations;
        this.members = members;
        this.posts = posts;
        var n = organizations.Length;
        orgIndex = resolved.Organizations;
        memberIndex = resolved.Members;

        parent = resolved.Parent;
        var childCount = new int[n];
        for (var i = 0; i < n; i++)
        {
            if (parent[i] >= 0)
            {
                childCount[parent[i]]++;
            }
        }

        children = Jagged(n, childCount);
        var fill = new int[n];
        for (var i = 0; i < n; i++)
        {
            if (parent[i] >= 0)
            {
                children[parent[i]][fill[parent[i]]++] = i;
            }
        }

        var memberCount = new int[n];
        memberBranch = resolved.MemberBranch;
        memberGroup = resolved.MemberGroup;
        for (var mi = 0; mi < members.Length; mi++)
        {
            memberCount[memberBranch[mi]]++;
            if (memberGroup[mi] >= 0)
            {
                memberCount[memberGroup[mi]]++;
            }

            foreach (var t in members[mi].TemporaryBranchArray)
            {
                memberCount[orgIndex[t]]++;
            }
        }

        membersOf = Jagged(n, memberCount);
        Array.Clear(fill, 0, n);
        for (var i = 0; i < members.Length; i++)
        {
            membersOf[memberBranch[i]][fill[memberBranch[i]]++] = i;
            if (memberGroup[i] >= 0)
            {
                membersOf[memberGroup[i]][fill[memberGroup[i]]++] = i;
            }

            foreach (var t in members[i].TemporaryBranchArray)
            {
                var at = orgIndex[t];
                membersOf[at][fill[at]++] = i;
            }
        }

        var postOrg = resolved.PostOrganization;
        var postCount = new int[n];
        foreach (var o in postOrg)
        {
            postCount[o]++;
        }

        postsOf = Jagged(n, postCount);
        Array.Clear(fill, 0, n);
        for (var i = 0; i < posts.Length; i++)
        {
            postsOf[postOrg[i]][fill[postOrg[i]]++] = i;
        }

        postMember = resolved.PostMember;

        // Preorder (iterative) from the roots, in input order; depth along the way.
        depth = new int[n];
        preorder = new int[n];
        var stack = new Stack<int>();
        var k = 0;
        for (var r = n - 1; r >= 0; r--)
        {
            if (parent[r] < 0)
            {
                stack.Push(r);
            }
        }

        while (stack.Count > 0)
        {
            var at = stack.Pop();
            preorder[k++] = at;
            var kids = children[at];
            for (var c = kids.Length - 1; c >= 0; c--)
            {
                depth[kids[c]] = depth[at] + 1;
                stack.Push(kids[c]);
            }
        }

        own = new MemberCounts[n];
        for (var i = 0; i < n; i++)
        {
            int full = 0, prob = 0;
            foreach (var mi in membersOf[i])
            {
                if (members[mi].IsFull)
                {
                    full++;
                }
                else
                {
                    prob++;
                }
            }

            own[i] = new MemberCounts(full, prob);
        }

        rolledUp = new MemberCounts[n];
        for (var j = n - 1; j >= 0; j--)
        {
            var at = preorder[j];
            var sum = own[at];
            foreach (var c in children[at])
            {
                if (CountsUpward(c))
                {
                    sum += rolledUp[c];
                }
            }

            rolledUp[at] = sum;
        }

        leadingGroupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            if (organizations[i].LeadsId is { } led)
            {
                leadingGroupOf[led] = i;
            }
        }

        organTop = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var org = organizations[i];
            var p = parent[i];
            organTop[i] = org.Kind.IsBasicLevel && !org.IsTemporaryBranch
                && (p < 0 || !organizations[p].Kind.IsBasicLevel)
                && (org.Kind == OrganizationKind.OrganCommittee || leadingGroupOf.ContainsKey(org.Id)
                    || (p >= 0 && organizations[p].Kind == OrganizationKind.WorkingCommittee));
        }
    }

    /// <summary>Every organization, in input order.</summary>
    public IReadOnlyList<Organization> Organizations => Internal.ReadOnly.View(organizations, ref organizationsView);

    private IReadOnlyList<Organization>? organizationsView;

    /// <summary>Every member, in input order.</summary>
    public IReadOnlyList<Member> Members => Internal.ReadOnly.View(members, ref membersView);

    private IReadOnlyList<Member>? membersView;

    /// <summary>Every post, in input order.</summary>
    public IReadOnlyList<Post> Posts => Internal.ReadOnly.View(posts, ref postsView);

    private IReadOnlyList<Post>? postsView;

    /// <summary>The organizations without a parent, in input order.</summary>
    public IEnumerable<Organization> Roots => organizations.Where((_, i) => parent[i] < 0);

    /// <summary>Every organization in preorder (a parent before its children, siblings in input order).</summary>
    public IEnumerable<Organization> InPreorder => preorder.Select(i => organizations[i]);

    /// <summary>Creates an empty builder.</summary>
    /// <returns>A builder.</returns>
    public static OrganizationTreeBuilder CreateBuilder() => new();

    /// <summary>A builder holding this tree's data, for what-if changes.</summary>
    /// <returns>A builder.</returns>
    public OrganizationTreeBuilder ToBuilder() => new OrganizationTreeBuilder().AddRange(organizations).AddRange(members).AddRange(posts);

    /// <summary>Finds an organization.</summary>
    /// <param name="id">The id.</param>
    /// <param name="organization">The organization, or null.</param>
    /// <returns>True when found.</returns>
    public bool TryGetOrganization(string id, out Organization? organization)
    {
        var found = orgIndex.TryGetValue(id ?? throw new ArgumentNullException(nameof(id)), out var i);
        organization = found ? organizations[i] : null;
        return found;
    }

    /// <summary>Gets an organization.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The organization.</returns>
    /// <exception cref="KeyNotFoundException">No organization has that id.</exception>
    public Organization GetOrganization(string id) => organizations[IndexOf(id)];

    /// <summary>Finds a member.</summary>
    /// <param name="id">The id.</param>
    /// <param name="member">The member, or null.</param>
    /// <returns>True when found.</returns>
    public bool TryGetMember(string id, out Member? member)
    {
        var found = memberIndex.TryGetValue(id ?? throw new ArgumentNullException(nameof(id)), out var i);
        member = found ? members[i] : null;
        return found;
    }

    /// <summary>
    /// The position of a member in <see cref="Members"/>, or −1 when no member has that id. <paramref name="near"/> is a
    /// position to try first, with the few either side of it: a caller going through rows listed member by member in the tree's
    /// order (a member's training rows, dues months) passes the position found for the row before and finds most members
    /// without hashing their ids. It only saves time: the answer is the same whatever it is (−1: none).
    /// </summary>
    /// <param name="id">The member id.</param>
    /// <param name="near">A position to try first, or −1.</param>
    /// <returns>The position, or −1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public int IndexOfMember(string id, int near = -1) => MemberIndexOf(id ?? throw new ArgumentNullException(nameof(id)), near);

    /// <summary>Gets a member.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The member.</returns>
    /// <exception cref="KeyNotFoundException">No member has that id.</exception>
    public Member GetMember(string id) =>
        memberIndex.TryGetValue(id ?? throw new ArgumentNullException(nameof(id)), out var i) ? members[i] : throw new KeyNotFoundException($"No member \"{id}\".");

    /// <summary>The parent of an organization.</summary>
    /// <param name="id">The organization id.</param>
    /// <returns>The parent, or null for a root.</returns>
    public Organization? Parent(string id) => parent[IndexOf(id)] is var p && p >= 0 ? organizations[p] : null;

    /// <summary>The children of an organization, in input order.</summary>
    /// <param name="id">The organization id.</param>
    /// <returns>The children.</returns>
    public IReadOnlyList<Organization> Children(string id) => Pick(organizations, children[IndexOf(id)]);

    /// <summary>The ancestors of an organization, nearest first.</summary>
    /// <param name="id">The organization id.</param>
    /// <returns>The ancestors.</returns>
    public IEnumerable<Organization> Ancestors(string id)
    {
        for (var at = parent[IndexOf(id)]; at >= 0; at = parent[at])
        {
            yield return organizations[at];
        }
    }

    /// <summary>An organization and all its descendants, in preorder.</summary>
    /// <param name="id">The organization id.</param>
    /// <returns>The subtree.</returns>
    public IEnumerable<Organization> Subtree(string id)
    {
        var stack = new Stack<int>();
        stack.Push(IndexOf(id));
        while (stack.Count > 0)
        {
            var at = stack.Pop();
            yield return organizations[at];
            var kids = children[at];
            for (var c = kids.Length - 1; c >= 0; c--)
            {
                stack.Push(kids[c]);
            }
        }
    }

    /// <summary>The depth of an organization (0 for a root).</summary>
    /// <param name="id">The organization id.</param>
    /// <returns>The depth.</returns>
    public int Depth(string id) => depth[IndexOf(id)];

    /// <summary>Whether <paramref name="ancestorId"/> is <paramref name="id"/> or one of its ancestors.</summary>
    /// <param name="ancestorId">The possible ancestor.</param>
    /// <param name="id">The organization.</param>
    /// <returns>True when in the subtree.</returns>
    public bool IsInSubtree(string ancestorId, string id)
    {
        var target = IndexOf(ancestorId);
        for (var at = IndexOf(id); at >= 0; at = parent[at])
        {
            if (at == target)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The members of an organization: a branch's registered members, a temporary branch's participants, a Party
    /// group's members; empty for other kinds (use <see cref="MembersInSubtree"/>).
    /// </summary>
    /// <param name="id">The organization id.</param>
    /// <returns>The members, in input order.</returns>
    public IReadOnlyList<Member> MembersOf(string id) => Pick(members, membersOf[IndexOf(id)]);

    /// <summary>The members registered anywhere in the subtree (each once; temporary participants are counted in their own branch).</summary>
    /// <param name="id">The organization id.</param>
    /// <returns>The members.</returns>
    public IEnumerable<Member> MembersInSubtree(string id) =>
        Subtree(id).Where(o => o.IsBranch && !o.IsTemporaryBranch).SelectMany(o => membersOf[orgIndex[o.Id]].Select(i => members[i]));

    /// <summary>The posts of an organization, in input order.</summary>
    /// <param name="id">The organization id.</param>
    /// <returns>The posts.</returns>
    public IReadOnlyList<Post> PostsOf(string id) => Pick(posts, postsOf[IndexOf(id)]);

    /// <summary>The posts of an organization held on <paramref name="date"/>.</summary>
    /// <param name="id">The organization id.</param>
    /// <param name="date">The date.</param>
    /// <returns>The posts.</returns>
    public IReadOnlyList<Post> PostsOf(string id, LocalDate date)
    {
        // Plain loops (no LINQ): rules call this for every organization of a province.
        var all = postsOf[IndexOf(id)];
        var held = 0;
        foreach (var p in all)
        {
            held += posts[p].IsHeldOn(date) ? 1 : 0;
        }

        if (held == 0)
        {
            return Array.Empty<Post>();
        }

        var result = new Post[held];
        var k = 0;
        foreach (var p in all)
        {
            if (posts[p].IsHeldOn(date))
            {
                result[k++] = posts[p];
            }
        }

        return result;
    }

    /// <summary>The members with a seat on the organization's leading body (委员会 or 党组) on <paramref name="date"/>, each once.</summary>
    /// <param name="id">The organization id.</param>
    /// <param name="date">The date.</param>
    /// <returns>The member ids, in post order.</returns>
    public IReadOnlyList<string> LeadershipOn(string id, LocalDate date)
    {
        var all = postsOf[IndexOf(id)];
        var seats = new List<string>(all.Length);
        foreach (var p in all)
        {
            var post = posts[p];
            if (post.Kind.IsLeadershipSeat && post.IsHeldOn(date) && !seats.Contains(post.MemberId))
            {
                seats.Add(post.MemberId);
            }
        }

        return seats.Count == 0 ? Array.Empty<string>() : seats.ToArray();
    }

    /// <summary>The organization's own member counts (see the remarks on the class).</summary>
    /// <param name="id">The organization id.</param>
    /// <returns>The counts.</returns>
    public MemberCounts MemberCount(string id) => own[IndexOf(id)];

    /// <summary>The organization's rolled-up member counts: own plus every counting descendant's.</summary>
    /// <param name="id">The organization id.</param>
    /// <returns>The counts.</returns>
    public MemberCounts RolledUpMemberCount(string id) => rolledUp[IndexOf(id)];

    /// <summary>The 党组 that leads an organ's top Party organization (organ committee, general branch or branch; specific leadership), or null.</summary>
    /// <param name="organCommitteeId">The id of the organization led (an organ committee, or the general branch or branch at the top of an organ).</param>
    /// <returns>The leading group, or null.</returns>
    public Organization? LeadingGroupOf(string organCommitteeId)
    {
        IndexOf(organCommitteeId);
        return leadingGroupOf.TryGetValue(organCommitteeId, out var i) ? organizations[i] : null;
    }

    /// <summary>
    /// Whether the organization is the top Party organization of a Party or state organ (机关条例 Arts. 2, 37): a
    /// basic-level organization with no basic-level parent that is an organ committee, is led by a 党组, or sits directly
    /// under an organ working committee — an organ committee, or the general branch or branch of an organ without one.
    /// </summary>
    /// <param name="id">The organization id.</param>
    /// <returns>True for an organ's top Party organization.</returns>
    public bool IsOrganTop(string id) => organTop[IndexOf(id)];

    /// <summary>
    /// The organ working committee that uniformly leads an organization: the nearest ancestor of kind
    /// <see cref="OrganizationKind.WorkingCommittee"/>, or null.
    /// </summary>
    /// <param name="id">The organization id.</param>
    /// <returns>The working committee, or null.</returns>
    public Organization? WorkingCommitteeOf(string id) => Ancestors(id).FirstOrDefault(a => a.Kind == OrganizationKind.WorkingCommittee);

    /// <summary>The dense index of an organization (0 … count − 1, input order).</summary>
    internal int IndexOf(string id) =>
        orgIndex.TryGetValue(id ?? throw new ArgumentNullException(nameof(id)), out var i) ? i : throw new KeyNotFoundException($"No organization \"{id}\".");

    internal bool TryGetIndex(string id, out int index) => orgIndex.TryGetValue(id, out index);

    internal int ParentIndex(int index) => parent[index];

    internal bool IsOrganTopIndex(int index) => organTop[index];

    internal int[] ChildIndices(int index) => children[index];

    internal int[] MemberIndicesOf(int index) => membersOf[index];

    internal int[] PostIndicesOf(int index) => postsOf[index];

    /// <summary>The dense index of the member holding post <paramref name="postIndex"/>.</summary>
    internal int PostMemberIndex(int postIndex) => postMember[postIndex];

    /// <summary>The dense index of the branch holding member <paramref name="memberIndex"/>'s registration.</summary>
    internal int MemberBranchIndex(int memberIndex) => memberBranch[memberIndex];

    /// <summary>The dense index of member <paramref name="memberIndex"/>'s Party group, or −1.</summary>
    internal int MemberGroupIndex(int memberIndex) => memberGroup[memberIndex];

    internal int MemberIndexOf(string id) => memberIndex.TryGetValue(id, out var i) ? i : -1;

    /// <summary>
    /// The dense index of member <paramref name="id"/>, or −1, trying <paramref name="hint"/> and the few indices after it,
    /// then the few before it, first: rows listed member by member in tree order (a data set's usual layout, an
    /// attendance list that skips the absent) are found without hashing the id.
    /// </summary>
    internal int MemberIndexOf(string id, int hint)
    {
        if (hint < 0)
        {
            return MemberIndexOf(id); // no guess
        }

        for (var i = hint; i <= hint + MemberHintReach; i++)
        {
            if ((uint)i < (uint)members.Length && string.Equals(members[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        for (var i = hint - 1; i >= hint - MemberHintReach; i--)
        {
            if ((uint)i < (uint)members.Length && string.Equals(members[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return MemberIndexOf(id);
    }

    /// <summary>How many members after a hint, and before it, <see cref="MemberIndexOf(string, int)"/> compares.</summary>
    internal const int MemberHintReach = 4;

    /// <summary>Each member's branch (dense indices), the array itself: <see cref="MemberBranchIndex"/> for every member.</summary>
    internal int[] MemberBranchIndices => memberBranch;

    /// <summary>Each member's Party group or −1 (dense indices), the array itself.</summary>
    internal int[] MemberGroupIndices => memberGroup;

    /// <summary>The organizations in input order, the array itself (the audit's loops: no interface call per element).</summary>
    internal Organization[] OrganizationArray => organizations;

    /// <summary>The members in input order, the array itself.</summary>
    internal Member[] MemberArray => members;

    /// <summary>The posts in input order, the array itself.</summary>
    internal Post[] PostArray => posts;

    internal int[] Preorder => preorder;

    private bool CountsUpward(int index) =>
        organizations[index].Kind != OrganizationKind.PartyGroup && !organizations[index].IsTemporaryBranch;

    private static T[] Pick<T>(T[] source, int[] indices)
    {
        if (indices.Length == 0)
        {
            return Array.Empty<T>();
        }

        var result = new T[indices.Length];
        for (var i = 0; i < indices.Length; i++)
        {
            result[i] = source[indices[i]];
        }

        return result;
    }

    private static int[][] Jagged(int n, int[] counts)
    {
        var result = new int[n][];
        for (var i = 0; i < n; i++)
        {
            result[i] = counts[i] == 0 ? Array.Empty<int>() : new int[counts[i]];
        }

        return result;
    }
}
