using System;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Organizations;
using Xunit;

namespace PartyOrg.Domain.Tests.Organizations;

public sealed class OrganizationTreeBuilderTests
{
    private static readonly LocalDate Day = new(2024, 1, 1);

    private static OrganizationTreeBuilder Base() => new OrganizationTreeBuilder()
        .Add(new Organization("oc", OrganizationKind.OrganCommittee, "机关党委"))
        .Add(new Organization("b-1", OrganizationKind.Branch, "一支部", "oc"))
        .Add(new Organization("b-2", OrganizationKind.Branch, "二支部", "oc"))
        .Add(new Organization("g-2", OrganizationKind.PartyGroup, "二支部小组", "b-2"))
        .Add(new Member("m-1", "甲", MembershipStatus.Full, "b-1"));

    private static DataProblem SingleProblem(OrganizationTreeBuilder builder)
    {
        var act = () => builder.Build();
        var problems = act.Should().Throw<PartyOrgDataException>().Which.Problems;
        problems.Should().ContainSingle();
        return problems[0];
    }

    [Fact]
    public void Build_ValidData_Succeeds()
    {
        var tree = Base().Build();
        tree.Organizations.Should().HaveCount(4);
        Base().Validate().Should().BeEmpty();
    }

    [Fact]
    public void Build_UnknownParent_NamesTheIds()
    {
        var p = SingleProblem(Base().Add(new Organization("b-9", OrganizationKind.Branch, "九支部", "nowhere")));
        p.SubjectId.Should().Be("b-9");
        p.Message.Should().Contain("\"b-9\"").And.Contain("\"nowhere\"");
        p.Path.Should().Be("$.organizations[4].parent");
    }

    [Fact]
    public void Build_Cycle_NamesTheOrganizationsInTheCycle()
    {
        var builder = new OrganizationTreeBuilder()
            .Add(new Organization("oc-a", OrganizationKind.OrganCommittee, "A", "oc-b"))
            .Add(new Organization("oc-b", OrganizationKind.OrganCommittee, "B", "oc-a"));
        var p = SingleProblem(builder);
        p.Message.Should().Contain("cycle").And.Contain("oc-a").And.Contain("oc-b");
    }

    [Fact]
    public void Build_DisallowedParentKind_NamesBothIds()
    {
        var p = SingleProblem(Base().Add(new Organization("g-x", OrganizationKind.PartyGroup, "小组", "oc")));
        p.SubjectId.Should().Be("g-x");
        p.Message.Should().Contain("\"g-x\"").And.Contain("\"oc\"").And.Contain("branch");
    }

    [Fact]
    public void Build_DuplicateOrganizationId_NamesTheId()
    {
        var p = SingleProblem(Base().Add(new Organization("b-1", OrganizationKind.Branch, "重复", "oc")));
        p.Message.Should().Contain("duplicate organization id \"b-1\"");
    }

    [Fact]
    public void Build_DuplicateMemberId_NamesTheId()
    {
        var p = SingleProblem(Base().Add(new Member("m-1", "甲", MembershipStatus.Full, "b-1")));
        p.Message.Should().Contain("duplicate member id \"m-1\"");
    }

    [Fact]
    public void Build_MemberInTwoBranches_NamesMemberAndBranches()
    {
        var p = SingleProblem(Base().Add(new Member("m-1", "甲", MembershipStatus.Full, "b-2")));
        p.SubjectId.Should().Be("m-1");
        p.Message.Should().Contain("two branches").And.Contain("\"b-1\"").And.Contain("\"b-2\"");
    }

    [Fact]
    public void Build_MemberInAnotherBranchsGroup_NamesMemberGroupAndBranches()
    {
        var p = SingleProblem(Base().Add(new Member("m-2", "乙", MembershipStatus.Full, "b-1", "g-2")));
        p.SubjectId.Should().Be("m-2");
        p.Message.Should().Contain("\"m-2\"").And.Contain("\"g-2\"").And.Contain("\"b-2\"").And.Contain("\"b-1\"");
        p.Path.Should().Be("$.members[1].group");
    }

    [Fact]
    public void Build_PostHeldByNonMember_NamesMemberAndOrganization()
    {
        var p = SingleProblem(Base().Add(new Post("b-2", "m-1", PostKind.Secretary, Day)));
        p.SubjectId.Should().Be("m-1");
        p.Message.Should().Contain("\"m-1\"").And.Contain("\"b-2\"");
    }

    [Fact]
    public void Build_PostOfMemberRegisteredInTheTemporaryBranch_OnlyTheRegistrationIsReported()
    {
        // The member's registration in temporary branch "b-18" is refused; the post in "b-18" follows from it.
        var p = SingleProblem(Base()
            .Add(new Organization("b-18", OrganizationKind.Branch, "临时支部", "oc", BranchForm.Temporary))
            .Add(new Member("m-18", "乙", MembershipStatus.Full, "b-18"))
            .Add(new Post("b-18", "m-18", PostKind.Secretary, Day))
            .Add(new Post("oc", "m-18", PostKind.CommitteeMember, Day)));
        p.Path.Should().Be("$.members[1].branch");
        p.Message.Should().Contain("temporary branch \"b-18\"");
    }

    [Fact]
    public void Build_PostInTemporaryBranchByNonParticipant_SaysSoWithoutRegistration()
    {
        var p = SingleProblem(Base()
            .Add(new Organization("b-18", OrganizationKind.Branch, "临时支部", "oc", BranchForm.Temporary))
            .Add(new Post("b-18", "m-1", PostKind.Secretary, Day)));
        p.Path.Should().Be("$.posts[0].member");
        p.Message.Should().Be("member \"m-1\" holds post secretary in temporary branch \"b-18\" but does not take part in it; expected \"b-18\" among the member's temporaryBranches");
    }

    [Fact]
    public void Build_CommitteePostBelowAnUnknownParent_OnlyTheParentIsReported()
    {
        var p = SingleProblem(Base()
            .Add(new Organization("b-9", OrganizationKind.Branch, "九支部", "oc-x"))
            .Add(new Member("m-9", "丙", MembershipStatus.Full, "b-9"))
            .Add(new Post("oc", "m-9", PostKind.CommitteeMember, Day)));
        p.Path.Should().Be("$.organizations[4].parent");
    }

    [Fact]
    public void Build_CommitteePostByMemberRegisteredElsewhere_NamesTheBranch()
    {
        var p = SingleProblem(Base()
            .Add(new Organization("oc-2", OrganizationKind.OrganCommittee, "另一机关党委"))
            .Add(new Post("oc-2", "m-1", PostKind.CommitteeMember, Day)));
        p.Message.Should().Be("member \"m-1\" holds post committee-member in \"oc-2\" but is registered in branch \"b-1\", which is not below \"oc-2\"");
    }

    [Fact]
    public void Build_PostOfUnknownMember_NamesTheMember()
    {
        var p = SingleProblem(Base().Add(new Post("b-1", "ghost", PostKind.Secretary, Day)));
        p.Message.Should().Contain("\"ghost\"");
    }

    [Fact]
    public void Build_LeadingGroupLeadingABranch_Loads()
    {
        // 机关条例 Arts. 2, 37: a county bureau whose only Party organization is its organ branch.
        var tree = Base().Add(new Organization("lg", OrganizationKind.LeadingGroup, "党组", leadsId: "b-1")).Build();
        tree.LeadingGroupOf("b-1")!.Id.Should().Be("lg");
    }

    [Fact]
    public void Build_LeadingGroupLeadingAPartyGroup_NamesBothIds()
    {
        var p = SingleProblem(Base()
            .Add(new Organization("g", OrganizationKind.PartyGroup, "小组", "b-1"))
            .Add(new Organization("lg", OrganizationKind.LeadingGroup, "党组", leadsId: "g")));
        p.SubjectId.Should().Be("lg");
        p.Message.Should().Contain("\"lg\"").And.Contain("\"g\"").And.Contain("organ-committee").And.Contain("general-branch");
    }

    [Fact]
    public void Build_MemberRegisteredInTemporaryBranch_NamesMemberAndBranch()
    {
        var p = SingleProblem(Base()
            .Add(new Organization("t", OrganizationKind.Branch, "临时", "oc", BranchForm.Temporary))
            .Add(new Member("m-2", "乙", MembershipStatus.Full, "t")));
        p.Message.Should().Contain("\"m-2\"").And.Contain("temporary branch \"t\"");
    }

    [Fact]
    public void Build_SeveralProblems_AllReportedAtOnce()
    {
        var builder = Base()
            .Add(new Organization("b-9", OrganizationKind.Branch, "九支部", "nowhere"))
            .Add(new Member("m-9", "丙", MembershipStatus.Full, "b-404"));
        var act = () => builder.Build();
        act.Should().Throw<PartyOrgDataException>().Which.Problems.Should().HaveCount(2);
        builder.TryBuild(out var tree, out var problems).Should().BeFalse();
        tree.Should().BeNull();
        problems.Should().HaveCount(2);
    }

    [Fact]
    public void Post_EndBeforeStart_NamesMemberAndOrganization()
    {
        var act = () => new Post("b-1", "m-1", PostKind.Secretary, Day, Day.PlusDays(-1));
        act.Should().Throw<ArgumentException>().WithMessage("*\"m-1\"*\"b-1\"*");
    }

    [Fact]
    public void Organization_DissolvedBeforeEstablished_NamesTheId()
    {
        var act = () => new Organization("b-1", OrganizationKind.Branch, "一支部", "oc", establishedOn: Day, dissolvedOn: Day.PlusDays(-1));
        act.Should().Throw<ArgumentException>().WithMessage("*\"b-1\"*");
    }

    [Fact]
    public void Member_FullMembershipBeforeAdmission_NamesTheId()
    {
        var act = () => new Member("m-1", "甲", MembershipStatus.Full, "b-1", admittedOn: Day, fullSince: Day.PlusDays(-1));
        act.Should().Throw<ArgumentException>().WithMessage("*\"m-1\"*");
    }

    [Fact]
    public void Tree_DeepChainOf100000OrganCommittees_BuildsAndTraversesWithoutStackOverflow()
    {
        const int depth = 100_000;
        var builder = new OrganizationTreeBuilder();
        for (var i = 0; i < depth; i++)
        {
            builder.Add(new Organization("oc-" + i, OrganizationKind.OrganCommittee, "机关党委" + i, i == 0 ? null : "oc-" + (i - 1)));
        }

        builder.Add(new Organization("leaf", OrganizationKind.Branch, "支部", "oc-" + (depth - 1)));
        for (var m = 0; m < 3; m++)
        {
            builder.Add(new Member("m-" + m, "党员" + m, MembershipStatus.Full, "leaf"));
        }

        builder.Add(new Post("oc-0", "m-0", PostKind.Secretary, Day));
        var tree = builder.Build();

        tree.Subtree("oc-0").Count().Should().Be(depth + 1);
        tree.Ancestors("leaf").Count().Should().Be(depth);
        tree.Depth("leaf").Should().Be(depth);
        tree.RolledUpMemberCount("oc-0").Full.Should().Be(3);
        tree.MembersInSubtree("oc-0").Should().HaveCount(3);
        tree.IsInSubtree("oc-0", "leaf").Should().BeTrue();

        var report = new PartyOrg.Domain.Compliance.ComplianceChecker(PartyOrg.Domain.Compliance.ComplianceProfile.StateOrgans)
            .Check(new PartyOrg.Domain.Compliance.ComplianceInput(tree, new LocalDate(2026, 11, 22)));
        report.ForRule("ORGAN-DUAL-LEADERSHIP").Should().NotBeEmpty();
        report.RollUpFor("oc-0").SubtreeErrors.Should().BeGreaterThan(0);
    }
}
