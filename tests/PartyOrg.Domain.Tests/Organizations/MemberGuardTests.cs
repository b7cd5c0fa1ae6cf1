using System;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Organizations;
using Xunit;

namespace PartyOrg.Domain.Tests.Organizations;

/// <summary>The guards of <see cref="Member"/>'s constructor on its lists, at their edges.</summary>
public sealed class MemberGuardTests
{
    [Fact]
    public void No_one_or_two_distinct_temporary_branches_are_accepted()
    {
        new Member("m-1", "甲", MembershipStatus.Full, "b-1").TemporaryBranchIds.Should().BeEmpty();
        new Member("m-1", "甲", MembershipStatus.Full, "b-1", temporaryBranchIds: new[] { "t-1" }).TemporaryBranchIds.Should().Equal("t-1");
        new Member("m-1", "甲", MembershipStatus.Full, "b-1", temporaryBranchIds: new[] { "t-1", "t-2" }).TemporaryBranchIds.Should().Equal("t-1", "t-2");
    }

    [Fact]
    public void A_temporary_branch_listed_twice_is_refused()
    {
        var act = () => new Member("m-1", "甲", MembershipStatus.Full, "b-1", temporaryBranchIds: new[] { "t-1", "t-2", "t-1" });

        act.Should().Throw<ArgumentException>().WithMessage("Member \"m-1\" lists a temporary branch twice.*").Which.ParamName.Should().Be("temporaryBranchIds");
    }

    [Fact]
    public void The_smallest_repeat_two_equal_ids_is_refused()
    {
        var act = () => new Member("m-1", "甲", MembershipStatus.Full, "b-1", temporaryBranchIds: new[] { "t-1", "t-1" });

        act.Should().Throw<ArgumentException>().WithMessage("Member \"m-1\" lists a temporary branch twice.*");
    }

    [Fact]
    public void A_null_restriction_is_refused_and_real_ones_are_kept()
    {
        var restriction = new RightsRestriction(RestrictionKind.PartyProbation, new LocalDate(2026, 1, 1));
        var act = () => new Member("m-1", "甲", MembershipStatus.Full, "b-1", restrictions: new[] { restriction, null! });

        act.Should().Throw<ArgumentException>().WithMessage("Member \"m-1\": a restriction is null.*").Which.ParamName.Should().Be("restrictions");
        new Member("m-1", "甲", MembershipStatus.Full, "b-1", restrictions: new[] { restriction }).Restrictions.Should().Equal(restriction);
    }
}
