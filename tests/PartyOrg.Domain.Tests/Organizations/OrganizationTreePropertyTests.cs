using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using FluentAssertions;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Tests.TestSupport;
using Xunit;

namespace PartyOrg.Domain.Tests.Organizations;

public sealed class OrganizationTreePropertyTests
{
    private static readonly Gen<int[]> Choices = Gen.Int[0, 1_000_000].Array[0, 40];

    [Fact]
    public void RolledUpCounts_EqualOwnPlusCountingChildren()
    {
        Choices.Sample(choices =>
        {
            var tree = RandomTrees.FromChoices(choices);
            foreach (var org in tree.Organizations)
            {
                var expected = tree.MemberCount(org.Id);
                foreach (var child in tree.Children(org.Id))
                {
                    if (child.Kind != OrganizationKind.PartyGroup && !child.IsTemporaryBranch)
                    {
                        expected += tree.RolledUpMemberCount(child.Id);
                    }
                }

                tree.RolledUpMemberCount(org.Id).Should().Be(expected, org.Id);
            }

            tree.RolledUpMemberCount("oc-0").Total.Should().Be(tree.Members.Count, "every member is registered once under the root");
        }, iter: 200);
    }

    [Fact]
    public void The_tree_finds_every_organization_and_member_at_its_position_and_nothing_else()
    {
        // The tree keeps the id indexes its validation made: each id at its position, whichever way it was built.
        Choices.Sample(choices =>
        {
            var built = RandomTrees.FromChoices(choices);
            foreach (var tree in new[] { built, built.ToBuilder().Build() })
            {
                for (var i = 0; i < tree.Organizations.Count; i++)
                {
                    tree.TryGetIndex(tree.Organizations[i].Id, out var at).Should().BeTrue();
                    at.Should().Be(i);
                }

                for (var i = 0; i < tree.Members.Count; i++)
                {
                    tree.MemberIndexOf(tree.Members[i].Id).Should().Be(i);
                }

                tree.MemberIndexOf("no-such-member").Should().Be(-1);
                tree.TryGetIndex("no-such-organization", out _).Should().BeFalse();
            }
        }, iter: 200);
    }

    [Fact]
    public void Restructurings_AnyValidSequence_YieldsATreeTheBuilderAccepts()
    {
        var gen = Gen.Select(Choices, Gen.Int[0, 1_000_000].Array[1, 12]);
        var succeeded = new int[5];
        var refused = new int[5];
        gen.Sample((choices, ops) =>
        {
            var tree = RandomTrees.FromChoices(choices);
            var memberTotal = tree.Members.Count;
            var created = 0;
            foreach (var op in ops)
            {
                var orgs = tree.Organizations;
                var a = orgs[op % orgs.Count];
                var b = orgs[(op / 13) % orgs.Count];
                var members = tree.Members;
                var kind = (op / 101) % 5;
                var moved = members.Where((_, i) => (i + op) % 3 == 0).Select(m => m.Id).ToArray();
                var newId = kind switch { 2 => "new-", 3 => "joint-", _ => "up-" } + (++created);
                OrganizationTree next;
                try
                {
                    next = kind switch
                    {
                        0 => tree.MoveOrganization(a.Id, b.Id),
                        1 => tree.MoveMembers(moved, b.Id),
                        2 => tree.SplitBranch(a.Id, new Organization(newId, OrganizationKind.Branch, "新支部"), tree.MembersOf(a.Id).Where((_, i) => i % 2 == 0).Select(m => m.Id)),
                        3 => tree.MergeIntoJointBranch(new[] { a.Id, b.Id }, new Organization(newId, OrganizationKind.Branch, "联合党支部", form: BranchForm.Joint)),
                        _ => tree.UpgradeToGeneralBranch(a.Id, new[] { new Organization(newId, OrganizationKind.Branch, "支部") }, _ => newId),
                    };
                }
                catch (ArgumentException e)
                {
                    // An operation these ids do not allow: refused naming a parameter, or listing the tree's problems.
                    if (e is PartyOrgDataException invalid)
                    {
                        invalid.Problems.Should().NotBeEmpty();
                    }
                    else
                    {
                        e.ParamName.Should().NotBeNullOrEmpty(e.Message);
                    }

                    refused[kind]++;
                    continue;
                }

                succeeded[kind]++;
                switch (kind)
                {
                    case 0:
                        next.GetOrganization(a.Id).ParentId.Should().Be(b.Id);
                        break;
                    case 1:
                        foreach (var id in moved)
                        {
                            next.GetMember(id).BranchId.Should().Be(b.Id);
                        }

                        break;
                    case 4:
                        next.GetOrganization(a.Id).Kind.Should().Be(OrganizationKind.GeneralBranch);
                        next.TryGetOrganization(newId, out _).Should().BeTrue();
                        break;
                    default:
                        next.TryGetOrganization(newId, out _).Should().BeTrue();
                        break;
                }

                tree = next;
                tree.ToBuilder().Validate().Should().BeEmpty();
                tree.Members.Count.Should().Be(memberTotal);
            }
        }, iter: 150, threads: 1);

        // Every kind of operation both succeeded and was refused somewhere in the run.
        succeeded.Should().OnlyContain(n => n > 0);
        refused.Should().OnlyContain(n => n > 0);
    }

    [Fact]
    public void Builder_RandomParentArrays_NeverAcceptsACycle()
    {
        Gen.Int[-1, 11].Array[1, 12].Sample(parents =>
        {
            var n = parents.Length;
            var builder = new OrganizationTreeBuilder();
            var parentOf = new int[n];
            for (var i = 0; i < n; i++)
            {
                parentOf[i] = parents[i] >= n || parents[i] == i ? -1 : parents[i];
                builder.Add(new Organization("oc-" + i, OrganizationKind.OrganCommittee, "机关党委" + i, parentOf[i] < 0 ? null : "oc-" + parentOf[i]));
            }

            var ok = builder.TryBuild(out var tree, out var problems);
            ok.Should().Be(!HasCycle(parentOf));
            if (!ok)
            {
                problems.Should().OnlyContain(p => p.Message.Contains("cycle"));
            }
            else
            {
                tree!.InPreorder.Count().Should().Be(n);
            }
        }, iter: 500);
    }

    private static bool HasCycle(int[] parentOf)
    {
        for (var start = 0; start < parentOf.Length; start++)
        {
            var seen = new HashSet<int>();
            for (var at = start; at >= 0; at = parentOf[at])
            {
                if (!seen.Add(at))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
