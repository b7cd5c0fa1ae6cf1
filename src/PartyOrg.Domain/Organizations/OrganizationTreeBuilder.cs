using System;
using System.Collections.Generic;
using System.Linq;

namespace PartyOrg.Domain.Organizations;

/// <summary>
/// Collects organizations, members and posts and builds an immutable <see cref="OrganizationTree"/>, rejecting
/// impossible data: duplicate ids, an unknown parent, a cycle, a disallowed parent kind (a Party group under a
/// committee), a member registered in two branches or in a Party group of another branch, a post held by someone
/// who is not a member of that organization, a 党组 leading anything but a basic-level organization (the top of its organ).
/// Every problem is reported at once in an <see cref="PartyOrgDataException"/>; a problem that only follows from another
/// one (the posts of a member whose registration is refused, membership below an organization whose parent is unknown)
/// is not reported a second time.
/// </summary>
/// <remarks>A builder is mutable and not thread-safe; the tree it builds is immutable.</remarks>
public sealed class OrganizationTreeBuilder
{
    private readonly List<Organization> organizations = new();
    private readonly List<Member> members = new();
    private readonly List<Post> posts = new();
    private int maxThreads = 1;

    /// <summary>Adds an organization.</summary>
    /// <param name="organization">The organization.</param>
    /// <returns>This builder.</returns>
    public OrganizationTreeBuilder Add(Organization organization)
    {
        organizations.Add(organization ?? throw new ArgumentNullException(nameof(organization)));
        return this;
    }

    /// <summary>Adds a member.</summary>
    /// <param name="member">The member.</param>
    /// <returns>This builder.</returns>
    public OrganizationTreeBuilder Add(Member member)
    {
        members.Add(member ?? throw new ArgumentNullException(nameof(member)));
        return this;
    }

    /// <summary>Adds a post.</summary>
    /// <param name="post">The post.</param>
    /// <returns>This builder.</returns>
    public OrganizationTreeBuilder Add(Post post)
    {
        posts.Add(post ?? throw new ArgumentNullException(nameof(post)));
        return this;
    }

    /// <summary>Adds organizations.</summary>
    /// <param name="items">The organizations.</param>
    /// <returns>This builder.</returns>
    public OrganizationTreeBuilder AddRange(IEnumerable<Organization> items)
    {
        foreach (var o in items ?? throw new ArgumentNullException(nameof(items)))
        {
            Add(o);
        }

        return this;
    }

    /// <summary>Adds members.</summary>
    /// <param name="items">The members.</param>
    /// <returns>This builder.</returns>
    public OrganizationTreeBuilder AddRange(IEnumerable<Member> items)
    {
        foreach (var m in items ?? throw new ArgumentNullException(nameof(items)))
        {
            Add(m);
        }

        return this;
    }

    /// <summary>Adds posts.</summary>
    /// <param name="items">The posts.</param>
    /// <returns>This builder.</returns>
    public OrganizationTreeBuilder AddRange(IEnumerable<Post> items)
    {
        foreach (var p in items ?? throw new ArgumentNullException(nameof(items)))
        {
            Add(p);
        }

        return this;
    }

    /// <summary>Builds the tree.</summary>
    /// <returns>The immutable tree.</returns>
    /// <exception cref="PartyOrgDataException">The data is impossible; every problem is listed.</exception>
    public OrganizationTree Build()
    {
        var problems = Validate(out var resolved);
        if (problems.Count > 0)
        {
            throw new PartyOrgDataException(problems);
        }

        return new OrganizationTree(organizations.ToArray(), members.ToArray(), posts.ToArray(), resolved);
    }

    /// <summary>Builds the tree, or returns every problem without throwing.</summary>
    /// <param name="tree">The tree, or null when there are problems.</param>
    /// <param name="problems">The problems; empty on success.</param>
    /// <returns>True when built.</returns>
    public bool TryBuild(out OrganizationTree? tree, out IReadOnlyList<DataProblem> problems)
    {
        var found = Validate(out var resolved);
        problems = found;
        tree = found.Count == 0 ? new OrganizationTree(organizations.ToArray(), members.ToArray(), posts.ToArray(), resolved) : null;
        return tree is not null;
    }

    /// <summary>Lists every problem of the data collected so far.</summary>
    /// <returns>The problems, in input order (organizations, members, posts).</returns>
    public IReadOnlyList<DataProblem> Validate() => Validate(out _);

    /// <summary>
    /// The most threads <see cref="Build"/>, <see cref="TryBuild"/> and <see cref="Validate()"/> may use (default 1). With 2
    /// or more, a large tree's members are checked against the organizations on a second thread while their ids are
    /// indexed; the tree and the problems (and their order) are the same.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int MaxThreads
    {
        get => maxThreads;
        set => maxThreads = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least 1 thread.");
    }

    /// <summary>The fewest members for which <see cref="MaxThreads"/> is used (a second thread costs more than a small tree checks).</summary>
    internal int ParallelFrom { get; set; } = 16_384;

    /// <summary>
    /// Lists every problem, and gives the indexes made on the way: when there is none, they index every organization and
    /// member at its position and resolve every reference to a dense index, as the tree does, so the tree takes them
    /// instead of hashing millions of ids again.
    /// </summary>
    private List<DataProblem> Validate(out TreeIndexes resolved)
    {
        var problems = new List<DataProblem>();
        var orgIndex = new Dictionary<string, int>(organizations.Count, StringComparer.Ordinal);
        for (var i = 0; i < organizations.Count; i++)
        {
            var o = organizations[i];
            if (orgIndex.TryGetValue(o.Id, out var firstOrg))
            {
                problems.Add(new DataProblem("organizations", i, o.Id, "id", $"duplicate organization id \"{o.Id}\" (first at ", new DataLocation("organizations", firstOrg), "); ids must be unique"));
            }
            else
            {
                orgIndex.Add(o.Id, i);
            }
        }

        Organization? Org(string id) => orgIndex.TryGetValue(id, out var k) ? organizations[k] : null;

        var validParent = new int[organizations.Count];
        var ledBy = new Dictionary<string, string>(StringComparer.Ordinal);

        // Organizations whose own parent or led organization is refused: what depends on it is not judged again.
        var badParent = new HashSet<string>(StringComparer.Ordinal);
        var badLeads = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < organizations.Count; i++)
        {
            var o = organizations[i];
            validParent[i] = -1;
            var beforeOrg = problems.Count;
            if (o.ParentId is null)
            {
                if (!o.Kind.CanHaveParent(null))
                {
                    problems.Add(new DataProblem("organizations", i, o.Id, "parent", $"organization \"{o.Id}\" is a {o.Kind.Name} and needs a parent of kind {KindList(o.Kind)}"));
                }
            }
            else if (!orgIndex.TryGetValue(o.ParentId, out var parentAt))
            {
                problems.Add(new DataProblem("organizations", i, o.Id, "parent", $"organization \"{o.Id}\": no organization \"{o.ParentId}\" (parent)") { MissingReference = DataReference.Organization(o.ParentId) });
            }
            else
            {
                var parent = organizations[parentAt];
                if (!o.Kind.CanHaveParent(parent.Kind))
                {
                    problems.Add(new DataProblem("organizations", i, o.Id, "parent", $"organization \"{o.Id}\" is a {o.Kind.Name} and cannot be under \"{parent.Id}\", a {parent.Kind.Name}; expected a parent of kind {KindList(o.Kind)}"));
                }

                // The edge is kept even when the kind is wrong, so that cycles are still found.
                validParent[i] = parentAt;
            }

            if (problems.Count > beforeOrg)
            {
                badParent.Add(o.Id);
            }

            if (o.LeadsId is not null)
            {
                if (Org(o.LeadsId) is not { } led)
                {
                    problems.Add(new DataProblem("organizations", i, o.Id, "leads", $"leading group \"{o.Id}\": no organization \"{o.LeadsId}\" to lead") { MissingReference = DataReference.Organization(o.LeadsId) });
                    badLeads.Add(o.Id);
                }
                else if (!led.Kind.IsBasicLevel || led.IsTemporaryBranch)
                {
                    problems.Add(new DataProblem("organizations", i, o.Id, "leads", $"leading group \"{o.Id}\" leads \"{led.Id}\", a {led.Kind.Name}{(led.IsTemporaryBranch ? " (temporary)" : string.Empty)}; a leading group (党组) leads the top Party organization of its organ: an organ-committee, basic-committee, general-branch or (non-temporary) branch"));
                    badLeads.Add(o.Id);
                }
                else if (ledBy.TryGetValue(led.Id, out var other))
                {
                    problems.Add(new DataProblem("organizations", i, o.Id, "leads", $"\"{led.Id}\" is already led by leading group \"{other}\"; expected one leading group per organ"));
                }
                else
                {
                    ledBy.Add(led.Id, o.Id);
                }
            }
        }

        FindCycles(validParent, problems);

        // The members: their ids are indexed (a repeat is a problem of its own) while, on a second thread for a large
        // tree, each member's registration is checked against the organizations (which no longer change). The two are
        // merged in member order: a repeated member reports only the repeat, as a member seen for the first time reports
        // its checks.
        var memberIndex = new Dictionary<string, int>(members.Count, StringComparer.Ordinal);
        var checks = new MemberChecks(members.Count);
        List<(int Index, int First)> repeats;
        if (maxThreads >= 2 && members.Count >= ParallelFrom && members.Count > 0)
        {
            var checking = System.Threading.Tasks.Task.Run(() => CheckMembers(orgIndex, badParent, checks));
            repeats = IndexMembers(memberIndex);
            checking.GetAwaiter().GetResult();
        }
        else
        {
            repeats = IndexMembers(memberIndex);
            CheckMembers(orgIndex, badParent, checks);
        }

        // Members whose registration (branch or Party group) is refused: the posts they hold are not judged against it,
        // since the root problem is reported on the member and a message built on the refused registration would
        // contradict itself ("not a member of \"b\" (registered in \"b\")").
        var refused = new HashSet<string>(StringComparer.Ordinal);
        int r = 0, c = 0, f = 0;
        while (r < repeats.Count || c < checks.Problems.Count)
        {
            var repeatAt = r < repeats.Count ? repeats[r].Index : int.MaxValue;
            var checkAt = c < checks.Problems.Count ? checks.Problems[c].Index : int.MaxValue;
            if (repeatAt <= checkAt)
            {
                var (i, first) = repeats[r++];
                var m = members[i];
                var prior = members[first];
                problems.Add(prior.BranchId != m.BranchId
                    ? new DataProblem("members", i, m.Id, "branch", $"member \"{m.Id}\" is registered in two branches (\"{prior.BranchId}\" at ", new DataLocation("members", first), $" and \"{m.BranchId}\"); a member belongs to exactly one regular branch")
                    : new DataProblem("members", i, m.Id, "id", $"duplicate member id \"{m.Id}\" (first at ", new DataLocation("members", first), "); ids must be unique"));
                while (c < checks.Problems.Count && checks.Problems[c].Index == i)
                {
                    c++; // a repeated member is not judged again
                }
            }
            else
            {
                while (c < checks.Problems.Count && checks.Problems[c].Index == checkAt)
                {
                    problems.Add(checks.Problems[c++]);
                }
            }
        }

        foreach (var i in checks.Refused)
        {
            while (f < repeats.Count && repeats[f].Index < i)
            {
                f++;
            }

            if (f >= repeats.Count || repeats[f].Index != i)
            {
                refused.Add(members[i].Id);
            }
        }

        var postOrg = new int[posts.Count];
        var postMember = new int[posts.Count];

        // Posts are mostly listed organization by organization in the tree's order, their holders in member order: the
        // organization and member of the post before, and the few after them (Near), are compared before hashing the ids.
        // Only when every id is unique: then a position found is the one the index gives.
        int lastOrg = 0, lastMember = 0;
        Func<string, Organization?> find = Org; // one delegate for all the posts
        var orgsUnique = orgIndex.Count == organizations.Count;
        var membersUnique = memberIndex.Count == members.Count;
        for (var i = 0; i < posts.Count; i++)
        {
            var p = posts[i];
            var oi = orgsUnique ? Near(organizations, lastOrg, p.OrganizationId, static o => o.Id) : -1;
            var org = oi >= 0 || orgIndex.TryGetValue(p.OrganizationId, out oi) ? organizations[oi] : null;
            var mi = membersUnique ? Near(members, lastMember, p.MemberId, static m => m.Id) : -1;
            var member = mi >= 0 || memberIndex.TryGetValue(p.MemberId, out mi) ? members[mi] : null;
            lastOrg = org is null ? lastOrg : oi;
            lastMember = member is null ? lastMember : mi;
            postOrg[i] = org is null ? -1 : oi;
            postMember[i] = member is null ? -1 : mi;
            if (org is null)
            {
                problems.Add(new DataProblem("posts", i, p.OrganizationId, "organization", $"post: no organization \"{p.OrganizationId}\"") { MissingReference = DataReference.Organization(p.OrganizationId) });
            }

            if (member is null)
            {
                problems.Add(new DataProblem("posts", i, p.MemberId, "member", $"post in \"{p.OrganizationId}\": no member \"{p.MemberId}\"") { MissingReference = DataReference.Member(p.MemberId) });
            }

            if (org is null || member is null)
            {
                continue;
            }

            if (!p.Kind.IsAllowedIn(org.Kind))
            {
                problems.Add(new DataProblem("posts", i, org.Id, "post", $"post {p.Kind.Name} is not held in \"{org.Id}\", a {org.Kind.Name}; {(org.Kind == OrganizationKind.PartyGroup ? "a Party group has a group-leader" : "group-leader is a post of a party-group")}"));
            }
            else if (!refused.Contains(member.Id) && !badLeads.Contains(org.Id) && !BelongsTo(member, org, find, orgIndex, validParent) && (org.IsBranch || org.Kind == OrganizationKind.PartyGroup || !ChainBroken(member, orgIndex, validParent, organizations)))
            {
                problems.Add(new DataProblem("posts", i, member.Id, "member", NotAMember(member, org, p.Kind)));
            }
        }

        resolved = new TreeIndexes(orgIndex, memberIndex, validParent, checks.Branch, checks.Group, postOrg, postMember);
        return problems;
    }

    /// <summary>
    /// The position from <paramref name="from"/> to <see cref="OrganizationTree.MemberHintReach"/> after it whose id is
    /// <paramref name="id"/>, or -1 (the reach the built tree's guessed lookups use).
    /// </summary>
    private static int Near<T>(List<T> items, int from, string id, Func<T, string> idOf)
    {
        var end = Math.Min(items.Count, from + OrganizationTree.MemberHintReach + 1);
        for (var k = from; k < end; k++)
        {
            if (string.Equals(idOf(items[k]), id, StringComparison.Ordinal))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Indexes the members' ids; a repeat is listed with the position of the first (in member order).</summary>
    private List<(int Index, int First)> IndexMembers(Dictionary<string, int> memberIndex)
    {
        var repeats = new List<(int, int)>();
        for (var i = 0; i < members.Count; i++)
        {
            var id = members[i].Id;
#if NETSTANDARD2_0
            if (memberIndex.TryGetValue(id, out var first))
            {
                repeats.Add((i, first));
            }
            else
            {
                memberIndex.Add(id, i);
            }
#else
            if (!memberIndex.TryAdd(id, i))
            {
                repeats.Add((i, memberIndex[id]));
            }
#endif
        }

        return repeats;
    }

    /// <summary>
    /// Checks every member's branch, Party group and temporary branches against the organizations (read only), in
    /// member order, and resolves the branch and group to their dense indices. A repeated member is checked too; the
    /// merge drops its checks.
    /// </summary>
    private void CheckMembers(Dictionary<string, int> orgIndex, HashSet<string> badParent, MemberChecks checks)
    {
        Organization? Org(string id, out int at) => orgIndex.TryGetValue(id, out at) ? organizations[at] : null;
        var problems = checks.Problems;
        for (var i = 0; i < members.Count; i++)
        {
            var m = members[i];
            var before = problems.Count;
            var branch = Org(m.BranchId, out var branchAt);
            checks.Branch[i] = branch is null ? -1 : branchAt;
            if (branch is null)
            {
                problems.Add(new DataProblem("members", i, m.Id, "branch", $"member \"{m.Id}\": no organization \"{m.BranchId}\"") { MissingReference = DataReference.Organization(m.BranchId) });
            }
            else if (branch.Kind != OrganizationKind.Branch)
            {
                problems.Add(new DataProblem("members", i, m.Id, "branch", $"member \"{m.Id}\" is registered in \"{branch.Id}\", a {branch.Kind.Name}; registration is held by a branch"));
            }
            else if (!branch.Form!.HoldsRegistration)
            {
                problems.Add(new DataProblem("members", i, m.Id, "branch", $"member \"{m.Id}\" is registered in temporary branch \"{branch.Id}\"; a temporary branch holds no registration — register the member in a regular or joint branch and list the temporary branch under temporaryBranches"));
            }

            checks.Group[i] = -1;
            if (m.GroupId is not null)
            {
                var group = Org(m.GroupId, out var groupAt);
                checks.Group[i] = group is null ? -1 : groupAt;
                if (group is null)
                {
                    problems.Add(new DataProblem("members", i, m.Id, "group", $"member \"{m.Id}\": no organization \"{m.GroupId}\"") { MissingReference = DataReference.Organization(m.GroupId) });
                }
                else if (group.Kind != OrganizationKind.PartyGroup)
                {
                    problems.Add(new DataProblem("members", i, m.Id, "group", $"member \"{m.Id}\": \"{group.Id}\" is a {group.Kind.Name}, not a party-group"));
                }
                else if (group.ParentId != m.BranchId && problems.Count == before && !badParent.Contains(group.Id))
                {
                    // (Not when the registration or the group's own parent is refused: that root problem is reported.)
                    problems.Add(new DataProblem("members", i, m.Id, "group", $"member \"{m.Id}\" is in Party group \"{group.Id}\" of branch \"{group.ParentId}\" but registered in branch \"{m.BranchId}\"; expected a Party group of the member's own branch"));
                }
            }

            if (problems.Count > before)
            {
                checks.Refused.Add(i);
            }

            var temporary = m.TemporaryBranchArray;
            for (var t = 0; t < temporary.Length; t++)
            {
                var tid = temporary[t];
                var temp = Org(tid, out _);
                if (temp is null)
                {
                    problems.Add(new DataProblem("members", i, m.Id, $"temporaryBranches[{t}]", $"member \"{m.Id}\": no organization \"{tid}\"") { MissingReference = DataReference.Organization(tid) });
                }
                else if (!temp.IsTemporaryBranch)
                {
                    problems.Add(new DataProblem("members", i, m.Id, $"temporaryBranches[{t}]", $"member \"{m.Id}\": \"{tid}\" is not a temporary branch"));
                }
            }
        }
    }

    /// <summary>Why the holder of a post is not a member of the organization, in the terms of that organization's membership.</summary>
    private static string NotAMember(Member member, Organization org, PostKind post)
    {
        if (org.Kind == OrganizationKind.PartyGroup)
        {
            return member.GroupId is { } g
                ? $"member \"{member.Id}\" holds post {post.Name} in Party group \"{org.Id}\" but is in Party group \"{g}\""
                : $"member \"{member.Id}\" holds post {post.Name} in Party group \"{org.Id}\" but is in no Party group (expected group \"{org.Id}\")";
        }

        if (org.IsTemporaryBranch)
        {
            return $"member \"{member.Id}\" holds post {post.Name} in temporary branch \"{org.Id}\" but does not take part in it; expected \"{org.Id}\" among the member's temporaryBranches";
        }

        if (org.IsBranch)
        {
            return $"member \"{member.Id}\" holds post {post.Name} in \"{org.Id}\" but is registered in branch \"{member.BranchId}\"; a branch's posts are held by its own members";
        }

        return org.Kind == OrganizationKind.LeadingGroup
            ? $"member \"{member.Id}\" holds post {post.Name} in leading group \"{org.Id}\" but is registered in branch \"{member.BranchId}\", which is not below \"{org.LeadsId}\", the organization it leads"
            : $"member \"{member.Id}\" holds post {post.Name} in \"{org.Id}\" but is registered in branch \"{member.BranchId}\", which is not below \"{org.Id}\"";
    }

    /// <summary>
    /// Whether the line of parents above the member's branch is cut by a problem already reported (an unknown parent or a
    /// cycle): then whether the member is registered below an organization cannot be judged, and is not reported again.
    /// </summary>
    private static bool ChainBroken(Member member, Dictionary<string, int> orgIndex, int[] parents, List<Organization> organizations)
    {
        if (!orgIndex.TryGetValue(member.BranchId, out var at))
        {
            return true;
        }

        for (var guard = 0; guard <= parents.Length; guard++)
        {
            if (parents[at] < 0)
            {
                return organizations[at].ParentId is not null;
            }

            at = parents[at];
        }

        return true; // a cycle
    }

    private static bool BelongsTo(Member member, Organization org, Func<string, Organization?> find, Dictionary<string, int> orgIndex, int[] parents)
    {
        if (org.Kind == OrganizationKind.PartyGroup)
        {
            return member.GroupId == org.Id;
        }

        if (org.IsTemporaryBranch)
        {
            return Array.IndexOf(member.TemporaryBranchArray, org.Id) >= 0;
        }

        if (org.Kind == OrganizationKind.Branch)
        {
            return member.BranchId == org.Id;
        }

        string? scope = org.Id;
        if (org.Kind == OrganizationKind.LeadingGroup)
        {
            scope = org.LeadsId;
            if (scope is null || find(scope) is null)
            {
                return true; // a group leading nothing known: any member of the data may sit in it
            }
        }

        // A committee's or 党组's members are registered somewhere in the subtree it heads.
        if (!orgIndex.TryGetValue(member.BranchId, out var at))
        {
            return false;
        }

        var target = orgIndex[scope];
        for (var guard = 0; at >= 0 && guard <= parents.Length; guard++)
        {
            if (at == target)
            {
                return true;
            }

            at = parents[at];
        }

        return false;
    }

    private void FindCycles(int[] parents, List<DataProblem> problems)
    {
        var n = parents.Length;
        var walk = new int[n];
        var done = new bool[n];
        var path = new List<int>();
        for (var start = 0; start < n; start++)
        {
            if (done[start])
            {
                continue;
            }

            path.Clear();
            var at = start;
            while (at >= 0 && !done[at] && walk[at] != start + 1)
            {
                walk[at] = start + 1;
                path.Add(at);
                at = parents[at];
            }

            if (at >= 0 && !done[at] && walk[at] == start + 1)
            {
                var cycleStart = path.IndexOf(at);
                var ids = path.Skip(cycleStart).Select(k => organizations[k].Id).ToList();
                ids.Add(organizations[at].Id);
                problems.Add(new DataProblem("organizations", at, organizations[at].Id, "parent",
                    $"organization \"{organizations[at].Id}\" is in a cycle of parents ({string.Join(" → ", ids)}); the hierarchy must be a tree"));
            }

            foreach (var k in path)
            {
                done[k] = true;
            }
        }
    }

    private static string KindList(OrganizationKind kind) =>
        kind.AllowedParents.Count == 0 ? "(none: it is a root)" : string.Join(" or ", kind.AllowedParents.Select(k => k.Name));
}

/// <summary>The members' checks against the organizations: their problems in member order, and their resolved branch and group.</summary>
internal sealed class MemberChecks
{
    internal MemberChecks(int count)
    {
        Branch = new int[count];
        Group = new int[count];
    }

    /// <summary>Each member's problems, in member order (<see cref="DataProblem.Index"/> is the member's position).</summary>
    internal List<DataProblem> Problems { get; } = new();

    /// <summary>The members whose registration (branch or Party group) is refused, in member order.</summary>
    internal List<int> Refused { get; } = new();

    /// <summary>Each member's branch as a dense index, or −1.</summary>
    internal int[] Branch { get; }

    /// <summary>Each member's Party group as a dense index, or −1.</summary>
    internal int[] Group { get; }
}

/// <summary>
/// What the validation resolved on its way, for the tree when there is no problem: the id indexes (kept, not copied) and
/// every reference as a dense index (−1 where it names nothing, which a valid tree never has).
/// </summary>
internal sealed class TreeIndexes
{
    internal TreeIndexes(Dictionary<string, int> organizations, Dictionary<string, int> members, int[] parent, int[] memberBranch, int[] memberGroup, int[] postOrganization, int[] postMember)
    {
        Organizations = organizations;
        Members = members;
        Parent = parent;
        MemberBranch = memberBranch;
        MemberGroup = memberGroup;
        PostOrganization = postOrganization;
        PostMember = postMember;
    }

    internal Dictionary<string, int> Organizations { get; }

    internal Dictionary<string, int> Members { get; }

    internal int[] Parent { get; }

    internal int[] MemberBranch { get; }

    internal int[] MemberGroup { get; }

    internal int[] PostOrganization { get; }

    internal int[] PostMember { get; }
}
