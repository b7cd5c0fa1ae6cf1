using System;
using System.Collections.Generic;
using System.Linq;

namespace PartyOrg.Domain.Organizations;

/// <summary>
/// 组织调整（推演） — what-if restructurings of an <see cref="OrganizationTree"/>: move an organization, move members,
/// split a branch, merge small branches into a joint branch (联合党支部), upgrade a branch to a general branch (党总支).
/// Each returns a NEW tree (the input is unchanged) that the builder accepts; compare the compliance findings before
/// and after with <c>FindingComparison</c>.
/// </summary>
/// <remarks>
/// <para>Invalid operations (unknown ids, a move into the organization's own subtree, a parent kind that is not
/// allowed, members not in the branch being split…) throw an <see cref="ArgumentException"/> naming the ids.</para>
/// <para>Posts follow the people: a post whose holder is no longer a member of that organization after the change
/// (e.g. a general branch committee member whose branch moved to another general branch, or the secretary of a
/// branch dissolved by a merger) is dropped from the result, as the post would end. Posts of the organizations that
/// remain, held by members who remain, are kept.</para>
/// </remarks>
public static class Restructuring
{
    /// <summary>Moves an organization (with its subtree) under another parent.</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="organizationId">The organization to move.</param>
    /// <param name="newParentId">The new parent, or null to make it a root.</param>
    /// <returns>The new tree.</returns>
    /// <exception cref="ArgumentException">An id is unknown, the new parent is in the moved subtree, or the parent kind is not allowed.</exception>
    public static OrganizationTree MoveOrganization(this OrganizationTree tree, string organizationId, string? newParentId)
    {
        var org = RequireOrganization(tree, organizationId, nameof(organizationId));
        Organization? parent = null;
        if (newParentId is not null)
        {
            parent = RequireOrganization(tree, newParentId, nameof(newParentId));
            if (tree.IsInSubtree(organizationId, newParentId))
            {
                throw new ArgumentException($"Cannot move \"{organizationId}\" under \"{newParentId}\": \"{newParentId}\" is \"{organizationId}\" or inside its subtree, which would make a cycle.", nameof(newParentId));
            }
        }

        if (!org.Kind.CanHaveParent(parent?.Kind))
        {
            throw new ArgumentException(
                parent is null
                    ? $"Cannot make \"{organizationId}\" a root: a {org.Kind.Name} needs a parent."
                    : $"Cannot move \"{organizationId}\", a {org.Kind.Name}, under \"{parent.Id}\", a {parent.Kind.Name}; allowed parents: {string.Join(", ", org.Kind.AllowedParents.Select(k => k.Name))}.",
                nameof(newParentId));
        }

        var organizations = tree.Organizations.Select(o => o.Id == organizationId ? o.WithParent(newParentId) : o);
        return Rebuild(organizations, tree.Members, tree.Posts);
    }

    /// <summary>Moves members' registration (组织关系) to another branch, optionally into one of its Party groups.</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="memberIds">The members to move.</param>
    /// <param name="toBranchId">The receiving branch (regular or joint).</param>
    /// <param name="toGroupId">A Party group of the receiving branch, or null for none.</param>
    /// <returns>The new tree.</returns>
    /// <exception cref="ArgumentException">A member or organization is unknown, the target cannot hold registration, or the group is not of that branch.</exception>
    public static OrganizationTree MoveMembers(this OrganizationTree tree, IEnumerable<string> memberIds, string toBranchId, string? toGroupId = null)
    {
        var ids = RequireMembers(tree, memberIds, nameof(memberIds));
        RequireRegistrationBranch(tree, toBranchId, nameof(toBranchId));
        if (toGroupId is not null)
        {
            var group = RequireOrganization(tree, toGroupId, nameof(toGroupId));
            if (group.Kind != OrganizationKind.PartyGroup || group.ParentId != toBranchId)
            {
                throw new ArgumentException($"\"{toGroupId}\" is not a Party group of branch \"{toBranchId}\".", nameof(toGroupId));
            }
        }

        var members = tree.Members.Select(m => ids.Contains(m.Id) ? m.WithBranch(toBranchId, toGroupId) : m);
        return Rebuild(tree.Organizations, members, tree.Posts);
    }

    /// <summary>Splits a branch: a new branch is set up and the given members move to it (leaving their Party groups).</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="branchId">The branch to split (regular or joint).</param>
    /// <param name="newBranch">The new branch; when its parent is null it gets the split branch's parent.</param>
    /// <param name="memberIds">The members, registered in <paramref name="branchId"/>, who move to the new branch.</param>
    /// <returns>The new tree.</returns>
    /// <exception cref="ArgumentException">An id is unknown or taken, a member is not in the branch, or the new organization is not a branch.</exception>
    public static OrganizationTree SplitBranch(this OrganizationTree tree, string branchId, Organization newBranch, IEnumerable<string> memberIds)
    {
        var branch = RequireRegistrationBranch(tree, branchId, nameof(branchId));
        newBranch = RequireNewBranch(tree, newBranch, nameof(newBranch));
        if (newBranch.ParentId is null && branch.ParentId is not null)
        {
            newBranch = newBranch.WithParent(branch.ParentId);
        }

        var ids = RequireMembers(tree, memberIds, nameof(memberIds));
        var outsiders = ids.Where(id => tree.GetMember(id).BranchId != branchId).OrderBy(id => id, StringComparer.Ordinal).ToArray();
        if (outsiders.Length > 0)
        {
            throw new ArgumentException($"Cannot split \"{branchId}\": members {Quote(outsiders)} are not registered in it.", nameof(memberIds));
        }

        var organizations = tree.Organizations.Concat(new[] { newBranch });
        var members = tree.Members.Select(m => ids.Contains(m.Id) ? m.WithBranch(newBranch.Id) : m);
        return Rebuild(organizations, members, tree.Posts);
    }

    /// <summary>
    /// Merges branches into one joint branch (联合党支部): their members and Party groups move to it and the merged
    /// branches are dissolved (removed). When <paramref name="jointBranch"/> has the id of one of the merged branches,
    /// that branch continues as the joint branch and keeps its posts; the others' posts end.
    /// </summary>
    /// <param name="tree">The tree.</param>
    /// <param name="branchIds">At least two branches (regular or joint).</param>
    /// <param name="jointBranch">The joint branch (form <see cref="BranchForm.Joint"/>). A null parent means the first merged branch's parent; null covered units means the sum of the merged branches' units (1 per regular branch).</param>
    /// <returns>The new tree.</returns>
    /// <exception cref="ArgumentException">Fewer than two branches, an unknown or repeated id, a temporary branch, or a joint branch that is not of joint form or whose id is taken.</exception>
    public static OrganizationTree MergeIntoJointBranch(this OrganizationTree tree, IEnumerable<string> branchIds, Organization jointBranch)
    {
        if (branchIds is null)
        {
            throw new ArgumentNullException(nameof(branchIds));
        }

        if (jointBranch is null)
        {
            throw new ArgumentNullException(nameof(jointBranch));
        }

        var ids = branchIds.ToList();
        if (ids.Count < 2)
        {
            throw new ArgumentException($"A merger needs at least two branches; got {Quote(ids)}.", nameof(branchIds));
        }

        var repeated = ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        if (repeated.Length > 0)
        {
            throw new ArgumentException($"Branches {Quote(repeated)} are listed twice.", nameof(branchIds));
        }

        var merged = ids.Select(id => RequireRegistrationBranch(tree, id, nameof(branchIds))).ToArray();
        if (jointBranch.Form != BranchForm.Joint)
        {
            throw new ArgumentException($"\"{jointBranch.Id}\" must be a branch of form joint (联合党支部), not {(jointBranch.Form?.Name ?? jointBranch.Kind.Name)}.", nameof(jointBranch));
        }

        var continuing = ids.Contains(jointBranch.Id);
        if (!continuing && tree.TryGetOrganization(jointBranch.Id, out _))
        {
            throw new ArgumentException($"Organization id \"{jointBranch.Id}\" is already taken by an organization that is not being merged.", nameof(jointBranch));
        }

        if (jointBranch.ParentId is null && merged[0].ParentId is not null)
        {
            jointBranch = jointBranch.WithParent(merged[0].ParentId);
        }

        if (jointBranch.CoveredUnits is null)
        {
            jointBranch = jointBranch.WithCoveredUnits(merged.Sum(b => b.Form == BranchForm.Joint ? b.CoveredUnits ?? 1 : 1));
        }

        var mergedIds = new HashSet<string>(ids, StringComparer.Ordinal);
        var joint = jointBranch;
        var organizations = new List<Organization>();
        var placed = false;
        foreach (var o in tree.Organizations)
        {
            if (mergedIds.Contains(o.Id))
            {
                if (!placed)
                {
                    organizations.Add(joint);
                    placed = true;
                }
            }
            else if (o.Kind == OrganizationKind.PartyGroup && o.ParentId is { } p && mergedIds.Contains(p))
            {
                organizations.Add(o.WithParent(joint.Id));
            }
            else
            {
                organizations.Add(o);
            }
        }

        var members = tree.Members.Select(m => mergedIds.Contains(m.BranchId) ? m.WithBranch(joint.Id, m.GroupId) : m);
        var posts = tree.Posts.Where(p => !mergedIds.Contains(p.OrganizationId) || (continuing && p.OrganizationId == joint.Id));
        return Rebuild(organizations, members, posts);
    }

    /// <summary>
    /// Upgrades a branch to a general branch (党总支): the organization keeps its id, name and posts and becomes a
    /// general branch; its members are registered in new branches under it. A Party group moves with its members when
    /// they all go to the same new branch (an empty group goes to the first); otherwise it is dissolved and its members
    /// leave it.
    /// </summary>
    /// <param name="tree">The tree.</param>
    /// <param name="branchId">The branch to upgrade (regular or joint).</param>
    /// <param name="newBranches">The new branches under it (a null parent means the upgraded organization).</param>
    /// <param name="assign">Chooses the new branch id for each member of the upgraded branch.</param>
    /// <returns>The new tree.</returns>
    /// <exception cref="ArgumentException">An id is unknown or taken, the parent cannot hold a general branch, a new branch has another parent, or a member is assigned to no new branch.</exception>
    public static OrganizationTree UpgradeToGeneralBranch(this OrganizationTree tree, string branchId, IEnumerable<Organization> newBranches, Func<Member, string> assign)
    {
        if (newBranches is null)
        {
            throw new ArgumentNullException(nameof(newBranches));
        }

        if (assign is null)
        {
            throw new ArgumentNullException(nameof(assign));
        }

        var branch = RequireRegistrationBranch(tree, branchId, nameof(branchId));
        var parent = branch.ParentId is null ? null : tree.GetOrganization(branch.ParentId);
        if (!OrganizationKind.GeneralBranch.CanHaveParent(parent?.Kind))
        {
            throw new ArgumentException($"Cannot upgrade \"{branchId}\" to a general branch under \"{parent?.Id}\", a {parent?.Kind.Name}: a general branch cannot be under a general branch; move it first.", nameof(branchId));
        }

        var added = new List<Organization>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in newBranches)
        {
            var nb = RequireNewBranch(tree, candidate, nameof(newBranches));
            if (!seen.Add(nb.Id))
            {
                throw new ArgumentException($"New branch id \"{nb.Id}\" is given twice.", nameof(newBranches));
            }

            if (nb.ParentId is not null && nb.ParentId != branchId)
            {
                throw new ArgumentException($"New branch \"{nb.Id}\" has parent \"{nb.ParentId}\"; the new branches of an upgrade are under \"{branchId}\".", nameof(newBranches));
            }

            added.Add(nb.WithParent(branchId));
        }

        if (added.Count == 0)
        {
            throw new ArgumentException($"Upgrading \"{branchId}\" needs at least one new branch to hold its members.", nameof(newBranches));
        }

        var target = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in tree.MembersOf(branchId).Where(m => m.BranchId == branchId))
        {
            var to = assign(m);
            if (to is null || !seen.Contains(to))
            {
                throw new ArgumentException($"Member \"{m.Id}\" of \"{branchId}\" is assigned to \"{to}\", which is not one of the new branches ({Quote(seen)}).", nameof(assign));
            }

            target.Add(m.Id, to);
        }

        // Party groups of the upgraded branch: follow their members if they all go to one new branch.
        var groupTarget = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var g in tree.Children(branchId).Where(c => c.Kind == OrganizationKind.PartyGroup))
        {
            var destinations = tree.MembersOf(g.Id).Select(m => target[m.Id]).Distinct(StringComparer.Ordinal).ToArray();
            groupTarget[g.Id] = destinations.Length switch
            {
                0 => added[0].Id,
                1 => destinations[0],
                _ => null,
            };
        }

        var organizations = new List<Organization>();
        foreach (var o in tree.Organizations)
        {
            if (o.Id == branchId)
            {
                organizations.Add(o.WithKind(OrganizationKind.GeneralBranch));
                organizations.AddRange(added);
            }
            else if (groupTarget.TryGetValue(o.Id, out var to))
            {
                if (to is not null)
                {
                    organizations.Add(o.WithParent(to));
                }
            }
            else
            {
                organizations.Add(o);
            }
        }

        var members = tree.Members.Select(m =>
            target.TryGetValue(m.Id, out var to)
                ? m.WithBranch(to, m.GroupId is { } g && groupTarget.TryGetValue(g, out var gt) && gt == to ? g : null)
                : m);
        return Rebuild(organizations, members, tree.Posts);
    }

    /// <summary>
    /// Builds the organizations and members (throwing on impossible data), then keeps the posts the builder still
    /// accepts — the builder's own membership check decides which posts their holders can no longer hold.
    /// </summary>
    private static OrganizationTree Rebuild(IEnumerable<Organization> organizations, IEnumerable<Member> members, IEnumerable<Post> posts)
    {
        var orgArray = organizations.ToArray();
        var memberArray = members.ToArray();
        var postArray = posts.ToArray();
        var skeleton = new OrganizationTreeBuilder().AddRange(orgArray).AddRange(memberArray);
        skeleton.Build();
        var rejected = new HashSet<int>(new OrganizationTreeBuilder().AddRange(orgArray).AddRange(memberArray).AddRange(postArray).Validate()
            .Where(p => p.Collection == "posts")
            .Select(p => p.Index));
        return skeleton.AddRange(postArray.Where((_, i) => !rejected.Contains(i))).Build();
    }

    private static Organization RequireOrganization(OrganizationTree tree, string id, string parameter)
    {
        if (id is null)
        {
            throw new ArgumentNullException(parameter);
        }

        return (tree ?? throw new ArgumentNullException(nameof(tree))).TryGetOrganization(id, out var org)
            ? org!
            : throw new ArgumentException($"No organization \"{id}\".", parameter);
    }

    private static Organization RequireRegistrationBranch(OrganizationTree tree, string id, string parameter)
    {
        var org = RequireOrganization(tree, id, parameter);
        if (!org.IsBranch || !org.Form!.HoldsRegistration)
        {
            throw new ArgumentException($"\"{id}\" is a {(org.Form is null ? string.Empty : org.Form.Name + " ")}{org.Kind.Name}; expected a regular or joint branch.", parameter);
        }

        return org;
    }

    private static Organization RequireNewBranch(OrganizationTree tree, Organization branch, string parameter)
    {
        if (branch is null)
        {
            throw new ArgumentNullException(parameter);
        }

        if (!branch.IsBranch || branch.IsTemporaryBranch)
        {
            throw new ArgumentException($"New organization \"{branch.Id}\" is a {branch.Kind.Name}; expected a regular or joint branch.", parameter);
        }

        if (tree.TryGetOrganization(branch.Id, out _))
        {
            throw new ArgumentException($"Organization id \"{branch.Id}\" is already taken.", parameter);
        }

        return branch;
    }

    private static HashSet<string> RequireMembers(OrganizationTree tree, IEnumerable<string> memberIds, string parameter)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        var ids = new HashSet<string>(memberIds ?? throw new ArgumentNullException(parameter), StringComparer.Ordinal);
        var unknown = ids.Where(id => !tree.TryGetMember(id, out _)).OrderBy(id => id, StringComparer.Ordinal).ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException($"No members {Quote(unknown)}.", parameter);
        }

        return ids;
    }

    private static string Quote(IEnumerable<string> ids) => string.Join(", ", ids.Select(id => "\"" + id + "\""));
}
