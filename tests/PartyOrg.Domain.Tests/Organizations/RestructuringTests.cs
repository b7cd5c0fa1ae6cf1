using System;
using System.Linq;
using FluentAssertions;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Tests.TestSupport;
using Xunit;

namespace PartyOrg.Domain.Tests.Organizations;

public sealed class RestructuringTests
{
    private static OrganizationTree Sample()
    {
        var kit = TreeKit.Organ()
            .Org("gb-1", OrganizationKind.GeneralBranch, "oc")
            .Org("gb-2", OrganizationKind.GeneralBranch, "oc")
            .Branch("b-1", "gb-1", 8)
            .Branch("b-2", "gb-1", 2, 1)
            .Org("b-3", OrganizationKind.Branch, "gb-2")
            .Org("g-3", OrganizationKind.PartyGroup, "b-3")
            .Members("b-3", 2, 0, "g-3");
        kit.Leadership("gb-1", new[] { kit.In("b-1")[0], kit.In("b-2")[0] })
           .Post("b-2", kit.In("b-2")[1], PostKind.Secretary)
           .Post("b-3", kit.In("b-3")[0], PostKind.Secretary)
           .Post("g-3", kit.In("b-3")[1], PostKind.GroupLeader);
        return kit.Build();
    }

    [Fact]
    public void MoveOrganization_ToAnotherGeneralBranch_MovesSubtreeAndDropsPostsItsMembersCanNoLongerHold()
    {
        var tree = Sample();
        var moved = tree.MoveOrganization("b-2", "gb-2");

        moved.Parent("b-2")!.Id.Should().Be("gb-2");
        moved.RolledUpMemberCount("gb-2").Total.Should().Be(5);
        moved.PostsOf("gb-1").Select(p => p.MemberId).Should().Equal("b-1-m1");
        moved.PostsOf("b-2").Should().HaveCount(1);
        tree.Parent("b-2")!.Id.Should().Be("gb-1", "the input is unchanged");
    }

    [Fact]
    public void MoveOrganization_IntoItsOwnSubtree_ThrowsNamingBothIds()
    {
        var act = () => Sample().MoveOrganization("oc", "gb-1");
        act.Should().Throw<ArgumentException>().WithMessage("*\"oc\"*\"gb-1\"*");
    }

    [Fact]
    public void MoveOrganization_DisallowedParentKind_ThrowsNamingBothIds()
    {
        var act = () => Sample().MoveOrganization("gb-1", "gb-2");
        act.Should().Throw<ArgumentException>().WithMessage("*\"gb-1\"*\"gb-2\"*");
    }

    [Fact]
    public void MoveOrganization_UnknownId_ThrowsNamingIt()
    {
        var act = () => Sample().MoveOrganization("nope", "oc");
        act.Should().Throw<ArgumentException>().WithMessage("*\"nope\"*");
    }

    [Fact]
    public void MoveMembers_ToAnotherBranch_RegistersThemThereAndEndsTheirPosts()
    {
        var moved = Sample().MoveMembers(new[] { "b-3-m1", "b-3-m2" }, "b-1");

        moved.MemberCount("b-1").Full.Should().Be(10);
        moved.MemberCount("b-3").Total.Should().Be(0);
        moved.GetMember("b-3-m2").GroupId.Should().BeNull();
        moved.PostsOf("b-3").Should().BeEmpty();
        moved.PostsOf("g-3").Should().BeEmpty();
    }

    [Fact]
    public void MoveMembers_UnknownMemberOrGroupOfAnotherBranch_Throws()
    {
        var tree = Sample();
        ((Action)(() => tree.MoveMembers(new[] { "ghost" }, "b-1"))).Should().Throw<ArgumentException>().WithMessage("*\"ghost\"*");
        ((Action)(() => tree.MoveMembers(new[] { "b-1-m1" }, "b-1", "g-3"))).Should().Throw<ArgumentException>().WithMessage("*\"g-3\"*\"b-1\"*");
        ((Action)(() => tree.MoveMembers(new[] { "b-1-m1" }, "gb-1"))).Should().Throw<ArgumentException>().WithMessage("*\"gb-1\"*");
    }

    [Fact]
    public void SplitBranch_MovesTheChosenMembersToANewSibling()
    {
        var split = Sample().SplitBranch("b-1", new Organization("b-1b", OrganizationKind.Branch, "一支部（二）"), new[] { "b-1-m5", "b-1-m6", "b-1-m7", "b-1-m8" });

        split.Parent("b-1b")!.Id.Should().Be("gb-1");
        split.MemberCount("b-1").Full.Should().Be(4);
        split.MemberCount("b-1b").Full.Should().Be(4);
        split.RolledUpMemberCount("gb-1").Should().Be(Sample().RolledUpMemberCount("gb-1"));
    }

    [Fact]
    public void SplitBranch_MemberOfAnotherBranchOrTakenId_ThrowsNamingIds()
    {
        var tree = Sample();
        ((Action)(() => tree.SplitBranch("b-1", new Organization("b-1b", OrganizationKind.Branch, "x"), new[] { "b-3-m1" })))
            .Should().Throw<ArgumentException>().WithMessage("*\"b-1\"*\"b-3-m1\"*");
        ((Action)(() => tree.SplitBranch("b-1", new Organization("b-2", OrganizationKind.Branch, "x"), new[] { "b-1-m1" })))
            .Should().Throw<ArgumentException>().WithMessage("*\"b-2\"*");
    }

    [Fact]
    public void MergeIntoJointBranch_NewJointBranch_TakesMembersAndGroupsAndCountsUnits()
    {
        var merged = Sample().MergeIntoJointBranch(new[] { "b-2", "b-3" }, new Organization("j-1", OrganizationKind.Branch, "联合党支部", form: BranchForm.Joint));

        var joint = merged.GetOrganization("j-1");
        joint.Form.Should().Be(BranchForm.Joint);
        joint.CoveredUnits.Should().Be(2);
        joint.ParentId.Should().Be("gb-1");
        merged.MemberCount("j-1").Full.Should().Be(4);
        merged.Parent("g-3")!.Id.Should().Be("j-1");
        merged.TryGetOrganization("b-2", out _).Should().BeFalse();
        merged.TryGetOrganization("b-3", out _).Should().BeFalse();
        merged.PostsOf("j-1").Should().BeEmpty("the joint branch elects its own leaders");
        merged.PostsOf("g-3").Should().HaveCount(1);
    }

    [Fact]
    public void MergeIntoJointBranch_ContinuingBranch_KeepsItsPosts()
    {
        var merged = Sample().MergeIntoJointBranch(new[] { "b-3", "b-2" }, new Organization("b-3", OrganizationKind.Branch, "联合党支部", "gb-2", BranchForm.Joint));
        merged.PostsOf("b-3").Should().HaveCount(1);
        merged.GetOrganization("b-3").CoveredUnits.Should().Be(2);
    }

    [Fact]
    public void MergeIntoJointBranch_InvalidInput_ThrowsNamingIds()
    {
        var tree = Sample();
        var joint = new Organization("j-1", OrganizationKind.Branch, "联合", form: BranchForm.Joint);
        ((Action)(() => tree.MergeIntoJointBranch(new[] { "b-2" }, joint))).Should().Throw<ArgumentException>().WithMessage("*\"b-2\"*");
        ((Action)(() => tree.MergeIntoJointBranch(new[] { "b-2", "b-2" }, joint))).Should().Throw<ArgumentException>().WithMessage("*\"b-2\"*");
        ((Action)(() => tree.MergeIntoJointBranch(new[] { "b-2", "gb-2" }, joint))).Should().Throw<ArgumentException>().WithMessage("*\"gb-2\"*");
        ((Action)(() => tree.MergeIntoJointBranch(new[] { "b-2", "b-3" }, new Organization("b-1", OrganizationKind.Branch, "x", form: BranchForm.Joint))))
            .Should().Throw<ArgumentException>().WithMessage("*\"b-1\"*");
        ((Action)(() => tree.MergeIntoJointBranch(new[] { "b-2", "b-3" }, new Organization("j-2", OrganizationKind.Branch, "x"))))
            .Should().Throw<ArgumentException>().WithMessage("*\"j-2\"*joint*");
    }

    [Fact]
    public void UpgradeToGeneralBranch_BranchUnderCommittee_BecomesGeneralBranchWithNewBranches()
    {
        var tree = TreeKit.Organ().Org("b", OrganizationKind.Branch, "oc").Org("g", OrganizationKind.PartyGroup, "b")
            .Members("b", 4, 0, "g").Members("b", 4).Build();
        var upgraded = tree.UpgradeToGeneralBranch("b",
            new[] { new Organization("b-a", OrganizationKind.Branch, "甲支部"), new Organization("b-b", OrganizationKind.Branch, "乙支部") },
            m => m.GroupId is null ? "b-b" : "b-a");

        upgraded.GetOrganization("b").Kind.Should().Be(OrganizationKind.GeneralBranch);
        upgraded.MemberCount("b-a").Total.Should().Be(4);
        upgraded.MemberCount("b-b").Total.Should().Be(4);
        upgraded.Parent("g")!.Id.Should().Be("b-a", "the group's members all went to b-a");
        upgraded.RolledUpMemberCount("b").Total.Should().Be(8);
    }

    [Fact]
    public void UpgradeToGeneralBranch_UnderAGeneralBranchOrBadAssignment_Throws()
    {
        var tree = Sample();
        ((Action)(() => tree.UpgradeToGeneralBranch("b-1", new[] { new Organization("n", OrganizationKind.Branch, "n") }, _ => "n")))
            .Should().Throw<ArgumentException>().WithMessage("*\"b-1\"*\"gb-1\"*");
        var flat = TreeKit.Organ().Branch("b", "oc", 3).Build();
        ((Action)(() => flat.UpgradeToGeneralBranch("b", new[] { new Organization("n", OrganizationKind.Branch, "n") }, _ => "elsewhere")))
            .Should().Throw<ArgumentException>().WithMessage("*\"b-m1\"*\"elsewhere\"*");
    }
}
