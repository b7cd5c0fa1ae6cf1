using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Organizations;
using Xunit;
using static PartyOrg.Domain.Tests.Development.DevelopmentFixture;

namespace PartyOrg.Domain.Tests.Development;

/// <summary>MEM-PROBATION-DISCIPLINE-2Y at the audit date itself: a probation that starts that day is already judged.</summary>
public sealed class MemberRuleMutationTests
{
    private const string Id = "MEM-PROBATION-DISCIPLINE-2Y";
    private static readonly LocalDate AsOf = new(2026, 11, 22);

    private static Finding[] Findings(RightsRestriction restriction)
    {
        var member = new Member("m-9", "受处分党员", MembershipStatus.Full, "b-1", admittedOn: new LocalDate(2000, 1, 1), fullSince: new LocalDate(2001, 1, 1),
            restrictions: new[] { restriction });
        return Check(ComplianceProfile.StateOrgans, Tree(member), AsOf, null).Where(f => f.RuleId == Id).ToArray();
    }

    [Fact]
    public void AProbationDecidedOnTheAuditDate_ForThreeYears_IsAFindingAlready()
    {
        var until = AsOf.PlusYears(3);

        var f = Findings(new RightsRestriction(RestrictionKind.PartyProbation, AsOf, until)).Should().ContainSingle().Subject;

        f.SubjectId.Should().Be("m-9");
        f.OrganizationId.Should().Be("b-1");
        f.Period.Should().Be(ReportingPeriod.Custom(AsOf, until));
        f.ExpectedText.English.Should().Be("ended between 2026-11-22 and 2028-11-22");
    }

    [Fact]
    public void AProbationDecidedTheDayAfter_IsNotJudgedYet()
    {
        Findings(new RightsRestriction(RestrictionKind.PartyProbation, AsOf.PlusDays(1), AsOf.PlusYears(3))).Should().BeEmpty();
    }
}
