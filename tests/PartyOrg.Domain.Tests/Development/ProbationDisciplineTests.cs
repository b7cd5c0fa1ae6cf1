using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Organizations;
using Xunit;
using static PartyOrg.Domain.Tests.Development.DevelopmentFixture;

namespace PartyOrg.Domain.Tests.Development;

/// <summary>MEM-PROBATION-DISCIPLINE-2Y: 留党察看 lasts at most two years (党章 Art. 41).</summary>
public sealed class ProbationDisciplineTests
{
    private const string Id = "MEM-PROBATION-DISCIPLINE-2Y";
    private static readonly LocalDate From = new(2023, 3, 1);

    private static Finding[] Findings(RightsRestriction restriction, LocalDate asOf, ComplianceProfile? profile = null)
    {
        var member = new Member("m-9", "受处分党员", MembershipStatus.Full, "b-1", admittedOn: new LocalDate(2000, 1, 1), fullSince: new LocalDate(2001, 1, 1),
            restrictions: new[] { restriction });
        return Check(profile ?? ComplianceProfile.StateOrgans, Tree(member), asOf, null).Where(f => f.RuleId == Id).ToArray();
    }

    [Theory]
    [InlineData(0, false)] // ends on the second anniversary
    [InlineData(1, true)]
    [InlineData(-400, false)]
    public void ARecordedEnd_AtMostTwoYearsAfterTheStart(int daysAfterTwoYears, bool finding)
    {
        var until = From.PlusYears(2).PlusDays(daysAfterTwoYears);
        var found = Findings(new RightsRestriction(RestrictionKind.PartyProbation, From, until), new LocalDate(2026, 11, 22));
        found.Should().HaveCount(finding ? 1 : 0);
        if (finding)
        {
            found[0].SubjectId.Should().Be("m-9");
            found[0].OrganizationId.Should().Be("b-1");
            found[0].Severity.Should().Be(Severity.Error);
            found[0].Message.Chinese.Should().Contain("超过2年");
        }
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void AnOpenProbation_IsReportedTheDayAfterTheSecondAnniversary(int days, bool finding) =>
        Findings(new RightsRestriction(RestrictionKind.PartyProbation, From), From.PlusYears(2).PlusDays(days)).Should().HaveCount(finding ? 1 : 0);

    [Fact]
    public void ASuspension_IsNotPartyProbation() =>
        Findings(new RightsRestriction(RestrictionKind.Suspension, From), From.PlusYears(5)).Should().BeEmpty();

    [Fact]
    public void AProbationStartingAfterTheCheckDate_IsNotJudged() =>
        Findings(new RightsRestriction(RestrictionKind.PartyProbation, new LocalDate(2027, 1, 1), new LocalDate(2031, 1, 1)), new LocalDate(2026, 11, 22)).Should().BeEmpty();

    [Fact]
    public void TheMaximum_IsAParameterAndTheMessageStatesIt()
    {
        var profile = ComplianceProfile.StateOrgans.WithParameter(DevelopmentParameters.PartyProbationMaxYears, 1);
        var restriction = new RightsRestriction(RestrictionKind.PartyProbation, From, From.PlusMonths(18));
        Findings(restriction, new LocalDate(2026, 11, 22)).Should().BeEmpty();
        var found = Findings(restriction, new LocalDate(2026, 11, 22), profile).Single();
        found.Message.Chinese.Should().Contain("超过1年");
        found.Message.English.Should().Contain("the maximum is 1 year(s)");
    }
}
