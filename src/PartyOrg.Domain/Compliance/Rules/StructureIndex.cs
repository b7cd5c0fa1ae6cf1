using System;
using System.Collections.Generic;
using System.Globalization;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// The per-run index the structural rules share (built once per check, linear in organizations + posts): the top
/// organization of each unit, the nearest working committee, and the posts held on the check date per organization.
/// </summary>
internal sealed class StructureIndex
{
    private const string SharedKey = "structure-index";

    private readonly OrganizationTree tree;

    private StructureIndex(OrganizationTree tree, NodaTime.LocalDate asOf)
    {
        this.tree = tree;
        var n = tree.Organizations.Count;
        UnitTop = new int[n];
        WorkingCommittee = new int[n];
        Seats = new int[n];
        Secretaries = new int[n];
        Deputies = new int[n];
        CommitteeMembers = new int[n];
        GroupLeaders = new int[n];
        HasDisciplineMember = new bool[n];
        HasPartyGroups = new bool[n];
        Exists = new bool[n];

        // Top-down in preorder: a parent's values are known before its children's.
        foreach (var i in tree.Preorder)
        {
            var org = tree.Organizations[i];
            var p = tree.ParentIndex(i);
            Exists[i] = org.ExistsOn(asOf);
            WorkingCommittee[i] = p < 0 ? -1 : tree.Organizations[p].Kind == OrganizationKind.WorkingCommittee ? p : WorkingCommittee[p];
            if (!org.Kind.IsBasicLevel)
            {
                UnitTop[i] = -1;
            }
            else
            {
                UnitTop[i] = p >= 0 && tree.Organizations[p].Kind.IsBasicLevel ? UnitTop[p] : i;
            }

            if (org.Kind == OrganizationKind.PartyGroup && p >= 0 && Exists[i])
            {
                HasPartyGroups[p] = true;
            }
        }

        var seen = new List<int>();
        for (var i = 0; i < n; i++)
        {
            seen.Clear();
            foreach (var pi in tree.PostIndicesOf(i))
            {
                var post = tree.Posts[pi];
                if (!post.IsHeldOn(asOf))
                {
                    continue;
                }

                if (post.Kind == PostKind.Secretary)
                {
                    Secretaries[i]++;
                }
                else if (post.Kind == PostKind.DeputySecretary)
                {
                    Deputies[i]++;
                }
                else if (post.Kind == PostKind.CommitteeMember)
                {
                    CommitteeMembers[i]++;
                    if (post.Duty == CommitteeDuty.DisciplineInspection)
                    {
                        HasDisciplineMember[i] = true;
                    }
                }
                else if (post.Kind == PostKind.GroupLeader)
                {
                    GroupLeaders[i]++;
                }

                // Each member once (dense member indices: no string hashing).
                if (post.Kind.IsLeadershipSeat && !seen.Contains(tree.PostMemberIndex(pi)))
                {
                    seen.Add(tree.PostMemberIndex(pi));
                    Seats[i]++;
                }
            }
        }
    }

    /// <summary>The index of the top basic-level organization of each organization's unit (itself for a top), or -1 outside basic-level organizations.</summary>
    internal int[] UnitTop { get; }

    /// <summary>The index of the nearest working-committee ancestor, or -1.</summary>
    internal int[] WorkingCommittee { get; }

    /// <summary>Distinct members holding a leadership seat (secretary, deputy, committee member) on the check date.</summary>
    internal int[] Seats { get; }

    /// <summary>Secretary posts held on the check date.</summary>
    internal int[] Secretaries { get; }

    /// <summary>Deputy-secretary posts held on the check date.</summary>
    internal int[] Deputies { get; }

    /// <summary>Committee-member posts held on the check date.</summary>
    internal int[] CommitteeMembers { get; }

    /// <summary>Group-leader posts held on the check date.</summary>
    internal int[] GroupLeaders { get; }

    /// <summary>Whether a committee member with the discipline-inspection duty sits on the check date.</summary>
    internal bool[] HasDisciplineMember { get; }

    /// <summary>Whether an organization has at least one existing Party group child.</summary>
    internal bool[] HasPartyGroups { get; }

    /// <summary>Whether the organization exists on the check date.</summary>
    internal bool[] Exists { get; }

    /// <summary>
    /// The organizations existing on the check date that <paramref name="applies"/> accepts, in document order, each with
    /// its position (the index into this index's arrays and the tree's post lists): the loop every per-organization rule
    /// starts with, so that a rule states only which organizations it looks at and what it checks.
    /// </summary>
    internal ExistingOrganizations Existing(Func<Organization, bool> applies) => new(this, applies);

    /// <summary>
    /// The organizations of <see cref="Existing"/>: a value enumerated with <c>foreach</c> without an object or an
    /// interface call per organization.
    /// </summary>
    internal readonly struct ExistingOrganizations
    {
        private readonly StructureIndex index;
        private readonly Func<Organization, bool> applies;

        internal ExistingOrganizations(StructureIndex index, Func<Organization, bool> applies)
        {
            this.index = index;
            this.applies = applies;
        }

        /// <summary>The enumerator (for <c>foreach</c>).</summary>
        public Enumerator GetEnumerator() => new(index.tree.OrganizationArray, index.Exists, applies);

        /// <summary>Steps through the organizations, stopping at those that exist and apply.</summary>
        internal struct Enumerator
        {
            private readonly Organization[] organizations;
            private readonly bool[] exists;
            private readonly Func<Organization, bool> applies;
            private int i;

            internal Enumerator(Organization[] organizations, bool[] exists, Func<Organization, bool> applies)
            {
                this.organizations = organizations;
                this.exists = exists;
                this.applies = applies;
                i = -1;
            }

            /// <summary>The current organization and its position.</summary>
            public (Organization Organization, int At) Current => (organizations[i], i);

            /// <summary>Moves to the next organization that exists and applies.</summary>
            public bool MoveNext()
            {
                while (++i < organizations.Length)
                {
                    if (exists[i] && applies(organizations[i]))
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }

    /// <summary>Whether a branch has a committee (委员会): a committee-member post is held on the check date.</summary>
    internal bool HasCommittee(int index) => CommitteeMembers[index] > 0;

    internal static StructureIndex Of(ComplianceContext context) =>
        context.GetShared(SharedKey, c => new StructureIndex(c.Tree, c.AsOf));

    internal static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
