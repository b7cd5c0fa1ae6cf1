using System;
using System.Linq;
using CsCheck;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Tests.TestSupport;
using Xunit;

namespace PartyOrg.Domain.Tests.Organizations;

/// <summary>
/// The builder with <see cref="OrganizationTreeBuilder.MaxThreads"/> 2 (the members checked on a second thread while their
/// ids are indexed) builds the same tree and lists the same problems, in the same order, as with one thread; and the
/// tree's member positions with a hint.
/// </summary>
public sealed class OrganizationTreeThreadsTests
{
    private static readonly LocalDate Day = new(2024, 1, 1);

    private static OrganizationTreeBuilder Threads(OrganizationTreeBuilder builder, int threads)
    {
        builder.MaxThreads = threads;
        builder.ParallelFrom = 0; // every size takes the second thread
        return builder;
    }

    /// <summary>Ten members around the middle of the list; <paramref name="bad"/> puts problems at the given positions.</summary>
    private static OrganizationTreeBuilder Data(params (int At, Func<int, Member> Make)[] bad)
    {
        var b = new OrganizationTreeBuilder()
            .Add(new Organization("oc", OrganizationKind.OrganCommittee, "机关党委"))
            .Add(new Organization("b-1", OrganizationKind.Branch, "一支部", "oc"))
            .Add(new Organization("b-2", OrganizationKind.Branch, "二支部", "oc"))
            .Add(new Organization("g-2", OrganizationKind.PartyGroup, "二支部小组", "b-2"))
            .Add(new Organization("t-1", OrganizationKind.Branch, "临时支部", "oc", BranchForm.Temporary));
        for (var i = 0; i < 10; i++)
        {
            var replaced = bad.FirstOrDefault(x => x.At == i).Make;
            b.Add(replaced?.Invoke(i) ?? new Member("m-" + i, "党员" + i, MembershipStatus.Full, i % 2 == 0 ? "b-1" : "b-2", i % 2 == 0 ? null : "g-2"));
        }

        b.Add(new Post("b-1", "m-0", PostKind.Secretary, Day));
        b.Add(new Post("b-2", "m-5", PostKind.Secretary, Day));
        b.Add(new Post("g-2", "m-4", PostKind.GroupLeader, Day));
        return b;
    }

    private static string[] Messages(OrganizationTreeBuilder builder) => builder.Validate().Select(p => p.Path + ": " + p.Message).ToArray();

    [Fact]
    public void MaxThreads_BelowOne_IsRefused()
    {
        var builder = new OrganizationTreeBuilder();
        var act = () => builder.MaxThreads = 0;
        act.Should().Throw<ArgumentOutOfRangeException>();
        builder.MaxThreads = 1;
        builder.MaxThreads.Should().Be(1);
    }

    [Fact]
    public void Problems_AroundTheMembers_AreTheSameInTheSameOrder_WithTwoThreads()
    {
        // A repeat whose own branch is unknown reports only the repeat; a refused member's post is not judged; the
        // problems of one member stay together (branch, group, temporary branches) between those of its neighbours.
        (int, Func<int, Member>)[] bad =
        {
            (0, i => new Member("m-" + i, "甲", MembershipStatus.Full, "nowhere", "g-2", temporaryBranchIds: new[] { "b-1" })),
            (4, i => new Member("m-4", "乙", MembershipStatus.Full, "b-1", "g-2")),
            (5, i => new Member("m-4", "丙", MembershipStatus.Full, "nowhere")),
            (6, i => new Member("m-4", "丁", MembershipStatus.Full, "b-1", "g-2")),
            (7, i => new Member("m-" + i, "戊", MembershipStatus.Full, "t-1", temporaryBranchIds: new[] { "nowhere", "t-1" })),
            (9, i => new Member("m-" + i, "己", MembershipStatus.Full, "g-2")),
        };
        var one = Messages(Threads(Data(bad), 1));
        var two = Messages(Threads(Data(bad), 2));
        two.Should().Equal(one);
        one.Should().Equal(
            "$.members[0].branch: member \"m-0\": no organization \"nowhere\"",
            "$.members[0].temporaryBranches[0]: member \"m-0\": \"b-1\" is not a temporary branch",
            "$.members[4].group: member \"m-4\" is in Party group \"g-2\" of branch \"b-2\" but registered in branch \"b-1\"; expected a Party group of the member's own branch",
            "$.members[5].branch: member \"m-4\" is registered in two branches (\"b-1\" at $.members[4] and \"nowhere\"); a member belongs to exactly one regular branch",
            "$.members[6].id: duplicate member id \"m-4\" (first at $.members[4]); ids must be unique",
            "$.members[7].branch: member \"m-7\" is registered in temporary branch \"t-1\"; a temporary branch holds no registration — register the member in a regular or joint branch and list the temporary branch under temporaryBranches",
            "$.members[7].temporaryBranches[0]: member \"m-7\": no organization \"nowhere\"",
            "$.members[9].branch: member \"m-9\" is registered in \"g-2\", a party-group; registration is held by a branch",
            "$.posts[1].member: post in \"b-2\": no member \"m-5\"");
    }

    [Fact]
    public void Problems_OfRandomTreesWithRepeatsAndMoves_AreTheSame_WithTwoThreads()
    {
        // Random valid trees, then members repeated or moved to a random organization (some not branches): whatever the
        // problems, two threads list them as one does.
        var withProblems = 0;
        Gen.Select(Gen.Int[0, 1_000_000].Array[0, 30], Gen.Int[0, 1_000_000].Array[0, 12]).Sample((choices, edits) =>
        {
            var tree = RandomTrees.FromChoices(choices);
            OrganizationTreeBuilder Make(int threads)
            {
                var members = tree.Members.ToList();
                var orgs = tree.Organizations;
                foreach (var e in members.Count == 0 ? Array.Empty<int>() : edits)
                {
                    var m = members[e % members.Count];
                    var org = orgs[(e / 7) % orgs.Count];
                    members.Insert((e / 3) % (members.Count + 1), (e & 1) == 0 ? m : m.WithBranch(org.Id));
                }

                return Threads(new OrganizationTreeBuilder().AddRange(orgs).AddRange(members).AddRange(tree.Posts), threads);
            }

            var one = Make(1).Validate();
            Make(2).Validate().Should().Equal(one);
            withProblems += one.Count > 0 ? 1 : 0;
        }, iter: 300, threads: 1);
        withProblems.Should().BeGreaterThan(50, "most samples have problems to order");
    }

    [Fact]
    public void Tree_BuiltWithTwoThreads_IsTheTreeBuiltWithOne()
    {
        Gen.Int[0, 1_000_000].Array[0, 40].Sample(choices =>
        {
            var tree = RandomTrees.FromChoices(choices);
            var one = Threads(tree.ToBuilder(), 1).Build();
            var two = Threads(tree.ToBuilder(), 2).Build();
            two.MemberBranchIndices.Should().Equal(one.MemberBranchIndices);
            two.MemberGroupIndices.Should().Equal(one.MemberGroupIndices);
            two.Preorder.Should().Equal(one.Preorder);
            for (var p = 0; p < one.Posts.Count; p++)
            {
                two.PostMemberIndex(p).Should().Be(one.PostMemberIndex(p));
            }

            foreach (var org in one.Organizations)
            {
                two.Children(org.Id).Should().Equal(one.Children(org.Id));
                two.MembersOf(org.Id).Should().Equal(one.MembersOf(org.Id));
                two.PostsOf(org.Id).Should().Equal(one.PostsOf(org.Id));
                two.RolledUpMemberCount(org.Id).Should().Be(one.RolledUpMemberCount(org.Id));
            }
        }, iter: 200);
    }

    [Fact]
    public void IndexOfMember_GivesThePosition_WhateverTheHint()
    {
        Gen.Int[0, 1_000_000].Array[0, 40].Sample(choices =>
        {
            var tree = RandomTrees.FromChoices(choices);
            var n = tree.Members.Count;
            for (var i = 0; i < n; i++)
            {
                foreach (var near in new[] { -1, 0, i - 5, i - 4, i - 1, i, i + 1, i + 4, i + 5, n - 1, n, n + 5, int.MaxValue - 2, int.MaxValue, int.MinValue })
                {
                    tree.IndexOfMember(tree.Members[i].Id, near).Should().Be(i);
                }
            }

            foreach (var near in new[] { -1, 0, n - 1, n })
            {
                tree.IndexOfMember("no-such-member", near).Should().Be(-1);
            }
        }, iter: 100);
        var act = () => RandomTrees.FromChoices(Array.Empty<int>()).IndexOfMember(null!);
        act.Should().Throw<ArgumentNullException>();
    }
}
