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
        var problems = Validate(out var orgIndex, out var memberIndex);
        if (problems.Count > 0)
        {
            throw new PartyOrgDataException(problems);
        }

        return new OrganizationTree(organizations.ToArray(), members.ToArray(), posts.ToArray(), orgIndex, memberIndex);
    }

    /// <summary>Builds the tree, or returns every problem without throwing.</summary>
    /// <param name="tree">The tree, or null when there are problems.</param>
    /// <param name="problems">The problems; empty on success.</param>
    /// <returns>True when built.</returns>
    public bool TryBuild(out OrganizationTree? tree, out IReadOnlyList<DataProblem> problems)
    {
        var found = Validate(out var orgIndex, out var memberIndex);
        problems = found;
        tree = found.Count == 0 ? new OrganizationTree(organizations.ToArray(), members.ToArray(), posts.ToArray(), orgIndex, memberIndex) : null;
        return tree is not null;
    }

    /// <summary>Lists every problem of the data collected so far.</summary>
    /// <returns>The problems, in input order (organizations, members, posts).</returns>
    public IReadOnlyList<DataProblem> Validate() => Validate(out _, out _);

    /// <summary>
    /// Lists every problem, and gives the id indexes made on the way: when there is none, they index every organization
    /// and member at its position, as the tree does, so the tree takes them instead of hashing millions of ids again.
    /// </summary>
    private List<DataProblem> Validate(out Dictionary<string, int> orgIndexMade, out Dictionary<string, int> memberIndexMade)
    {
        var problems = new List<DataProblem>();
        var orgIndex = orgIndexMade = new Dictionary<string, int>(organizations.Count, StringComparer.Ordinal);
        for (var i = 0; i < organizations.Count; i++)
        {
            var o = organizations[i];
            if (orgIndex.ContainsKey(o.Id))
            {
                problems.Add(new DataProblem("organizations", i, o.Id, "id", $"duplicate organization id \"{o.Id}\" (first at ", new DataLocation("organizations", orgIndex[o.Id]), "); ids must be unique"));
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
            else if (Org(o.ParentId) is not { } parent)
            {
                problems.Add(new DataProblem("organizations", i, o.Id, "parent", $"organization \"{o.Id}\": no organization \"{o.ParentId}\" (parent)") { MissingReference = DataReference.Organization(o.ParentId) });
            }
            else
            {
                if (!o.Kind.CanHaveParent(parent.Kind))
                {
                    problems.Add(new DataProblem("organizations", i, o.Id, "parent", $"organization \"{o.Id}\" is a {o.Kind.Name} and cannot be under \"{parent.Id}\", a {parent.Kind.Name}; expected a parent of kind {KindList(o.Kind)}"));
                }

                // The edge is kept even when the kind is wrong, so that cycles are still found.
                validParent[i] = orgIndex[o.ParentId];
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

        var memberIndex = memberIndexMade = new Dictionary<string, int>(members.Count, StringComparer.Ordinal);

        // Members whose registration (branch or Party group) is refused: the posts they hold are not judged against it,
        // since the root problem is reported on the member and a message built on the refused registration would
        // contradict itself ("not a member of \"b\" (registered in \"b\")").
        var refused = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < members.Count; i++)
        {
            var m = members[i];
            if (memberIndex.TryGetValue(m.Id, out var first))
            {
                var prior = members[first];
                problems.Add(prior.BranchId != m.BranchId
                    ? new DataProblem("members", i, m.Id, "branch", $"member \"{m.Id}\" is registered in two branches (\"{prior.BranchId}\" at ", new DataLocation("members", first), $" and \"{m.BranchId}\"); a member belongs to exactly one regular branch")
                    : new DataProblem("members", i, m.Id, "id", $"duplicate member id \"{m.Id}\" (first at ", new DataLocation("members", first), "); ids must be unique"));
                continue;
            }

            memberIndex.Add(m.Id, i);
            var before = problems.Count;
            var branch = Org(m.BranchId);
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

            if (m.GroupId is not null)
            {
                var group = Org(m.GroupId);
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
                refused.Add(m.Id);
            }

            var temporary = m.TemporaryBranchArray;
            for (var t = 0; t < temporary.Length; t++)
            {
                var tid = temporary[t];
                var temp = Org(tid);
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

        for (var i = 0; i < posts.Count; i++)
        {
            var p = posts[i];
            var org = Org(p.OrganizationId);
            var member = memberIndex.TryGetValue(p.MemberId, out var mi) ? members[mi] : null;
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
            else if (!refused.Contains(member.Id) && !badLeads.Contains(org.Id) && !BelongsTo(member, org, Org, orgIndex, validParent) && (org.IsBranch || org.Kind == OrganizationKind.PartyGroup || !ChainBroken(member, orgIndex, validParent, organizations)))
            {
                problems.Add(new DataProblem("posts", i, member.Id, "member", NotAMember(member, org, p.Kind)));
            }
        }

        return problems;
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
