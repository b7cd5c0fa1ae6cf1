using System;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using PartyOrg.Domain.Terms;
using Xunit;

namespace PartyOrg.Domain.Tests.Terms;

public sealed class TermPolicyTests
{
    [Theory]
    [InlineData("organ-committee", 2019, 5)]
    [InlineData("basic-committee", 2019, 5)]
    [InlineData("general-branch", 2019, 3)]
    [InlineData("branch", 2019, 3)]
    [InlineData("organ-committee", 2016, 4)]
    [InlineData("general-branch", 2016, 3)]
    [InlineData("branch", 2016, 2)]
    public void DefaultYears_ByKindAndVersion(string kind, int year, int years)
    {
        TermPolicy.Default.DefaultYears(OrganizationKind.FromName(kind), new LocalDate(year, 3, 1)).Should().Be(years);
    }

    [Fact]
    public void DefaultYears_DayBeforeAndOnTheOpinion_SwitchLength()
    {
        TermPolicy.Default.DefaultYears(OrganizationKind.OrganCommittee, new LocalDate(2018, 7, 11)).Should().Be(4);
        TermPolicy.Default.DefaultYears(OrganizationKind.OrganCommittee, new LocalDate(2018, 7, 12)).Should().Be(5);
        TermPolicy.Default.ChangeoverDate.Should().Be(Regulation.TermOpinion.InForceFrom);
    }

    [Fact]
    public void DefaultYears_BranchUnderThe2017ConstitutionBeforeTheOpinion_IsRaisedToThree()
    {
        TermPolicy.Default.DefaultYears(OrganizationKind.Branch, new LocalDate(2017, 10, 23)).Should().Be(2);
        TermPolicy.Default.DefaultYears(OrganizationKind.Branch, new LocalDate(2017, 10, 24)).Should().Be(3);
    }

    [Fact]
    public void DefaultYears_KindWithoutTerm_IsNull()
    {
        TermPolicy.Default.DefaultYears(OrganizationKind.LeadingGroup, new LocalDate(2020, 1, 1)).Should().BeNull();
        TermPolicy.Default.DefaultYears(OrganizationKind.PartyGroup, new LocalDate(2020, 1, 1)).Should().BeNull();
        TermPolicy.Default.DefaultYears(OrganizationKind.WorkingCommittee, new LocalDate(2020, 1, 1)).Should().BeNull();
    }

    [Fact]
    public void ForSector_VillagesAndCommunities_FiveAtEveryLevel()
    {
        foreach (var sector in new[] { Sector.Rural, Sector.Community })
        {
            var p = TermPolicy.ForSector(sector);
            p.Current.Should().Be(new TermLengths(5, 5, 5));
            p.DefaultYears(OrganizationKind.Branch, new LocalDate(2020, 1, 1)).Should().Be(5);
        }

        TermPolicy.ForSector(Sector.StateOrgans).Should().Be(TermPolicy.Default);
        TermPolicy.ForSector(Sector.University).DefaultYears(OrganizationKind.BasicCommittee, new LocalDate(2015, 1, 1)).Should().Be(4);
    }

    [Fact]
    public void Milestones_Defaults()
    {
        var p = TermPolicy.Default;
        p.ReminderLead.Should().Be(Period.FromMonths(6));
        p.RequestLead.Should().Be(Period.FromMonths(1));
        p.ReportLag.Should().Be(Period.FromMonths(1));
        p.AdjustmentLimit.Should().Be(Period.FromYears(1));
        p.WithRequestLead(Period.FromMonths(2)).RequestLead.Should().Be(Period.FromMonths(2));
    }

    [Fact]
    public void Constructor_NegativePeriod_Throws()
    {
        var act = () => TermPolicy.Default.WithReportLag(Period.FromMonths(-1));

        act.Should().Throw<ArgumentException>().WithParameterName("reportLag");
    }

    [Fact]
    public void TermLengths_NotPositive_Throws()
    {
        var act = () => new TermLengths(5, 0, 3);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("generalBranchYears");
    }

    [Theory]
    [InlineData("branch", 2016, 2, 3)]
    [InlineData("organ-committee", 2016, 3, 5)]
    [InlineData("branch", 2019, 3, 5)]
    [InlineData("general-branch", 2023, 3, 5)]
    public void ConstitutionalRange_ByVersion(string kind, int year, int min, int max)
    {
        var range = ConstitutionalTermRange.For(OrganizationKind.FromName(kind), new LocalDate(year, 6, 1))!;

        range.MinYears.Should().Be(min);
        range.MaxYears.Should().Be(max);
    }

    [Fact]
    public void ConstitutionalRange_CitesTheVersionInForce()
    {
        ConstitutionalTermRange.For(OrganizationKind.Branch, new LocalDate(2016, 1, 1))!.Citation.Regulation.Should().Be(Regulation.Constitution2012);
        ConstitutionalTermRange.For(OrganizationKind.Branch, new LocalDate(2019, 1, 1))!.Citation.Regulation.Should().Be(Regulation.Constitution2017);
        ConstitutionalTermRange.For(OrganizationKind.Branch, new LocalDate(2023, 1, 1))!.Citation.Should().Be(new Citation(Regulation.Constitution, 31));
        ConstitutionalTermRange.For(OrganizationKind.LeadingGroup, new LocalDate(2023, 1, 1)).Should().BeNull();
    }
}
