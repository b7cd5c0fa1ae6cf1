using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using Xunit;

namespace PartyOrg.Domain.Tests.Build;

/// <summary>No property hands out a private array: a downcast cannot mutate a value or a static vocabulary.</summary>
public sealed class SurfaceHygieneTests
{
    [Fact]
    public void StaticVocabularies_DoNotExposeTheirArrays()
    {
        foreach (var kind in MeetingKind.List)
        {
            kind.HeldBy.Should().NotBeAssignableTo<OrganizationKind[]>(kind.Name);
            (kind.HeldBy as IList<OrganizationKind>)?.IsReadOnly.Should().BeTrue(kind.Name);
        }

        OrganizationScope.Branches.Kinds.Should().NotBeAssignableTo<OrganizationKind[]>();
        MeetingRequirements.Default.Requirements.Should().NotBeAssignableTo<MeetingRequirement[]>();
        ComplianceProfile.StateOrgans.Rules.Should().NotBeAssignableTo<IComplianceRule[]>();
    }

    [Fact]
    public void Values_DoNotExposeTheirArrays()
    {
        var member = new Member("m", "甲", MembershipStatus.Full, "b", temporaryBranchIds: new[] { "t" });
        member.TemporaryBranchIds.Should().NotBeAssignableTo<string[]>();
        member.Restrictions.Should().NotBeAssignableTo<RightsRestriction[]>();
        var record = new MeetingRecord("r", "b", new NodaTime.LocalDate(2026, 1, 5), new[] { MeetingKind.GeneralMeeting }, new[] { "m" });
        record.Attendees.Should().NotBeAssignableTo<string[]>();
        record.Kinds.Should().NotBeAssignableTo<MeetingKind[]>();
        record.Attendees.Should().Equal("m");
    }
}
