using System;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using PartyOrg.Domain.Terms;
using PartyOrg.Domain.Tests.Terms;
using Xunit;

namespace PartyOrg.Domain.Tests.Compliance;

/// <summary>Term lengths as a dated parameter: a term takes the lengths in force on its start.</summary>
public sealed class DatedTermLengthTests
{
    private static readonly LocalDate Changeover = new(2018, 7, 12);
    private static readonly LocalAuthority Local = new("某省委组织部〔2023〕2号", new LocalDate(2023, 1, 1));

    private static TermCalendarEntry Entry(ComplianceProfile profile, LocalDate start)
    {
        var tree = TermTestData.Tree();
        var branch = tree.Organizations.Single(o => o.Id == "b");
        return TermCalendarEntry.For(branch, new Term("b", start), TermParameters.PolicyOf(profile), new LocalDate(2026, 11, 22));
    }

    [Fact]
    public void BuiltInLengths_AreTwoVersions_EachCitingItsBasis()
    {
        var versions = ComplianceProfile.StateOrgans.VersionsOf(TermParameters.Lengths);
        versions.Select(v => v.FormattedValue).Should().Equal("4/3/2", "5/3/3");
        versions[0].InForceUntil.Should().Be(Changeover);
        versions[1].InForceFrom.Should().Be(Changeover);
        versions[1].Source.Citations.Single().Regulation.Should().Be(Regulation.TermOpinion);
        ComplianceProfile.Rural.Get(TermParameters.Lengths).ToString().Should().Be("5/5/5");
        TermParameters.PolicyOf(ComplianceProfile.StateOrgans).Should().Be(ComplianceProfile.StateOrgans.Get(TermParameters.Policy));
    }

    [Fact]
    public void ALocalLengthFromItsDate_AppliesToTermsStartingOnOrAfterIt()
    {
        var profile = ComplianceProfile.StateOrgans.Overlay("local", new LocalizedText("某省", "a province"), Local)
            .Override(TermParameters.Lengths, new TermLengths(5, 5, 5)).Build();
        Entry(profile, new LocalDate(2022, 12, 31)).Years.Should().Be(3, "a term begun the day before keeps the national 3 years");
        Entry(profile, new LocalDate(2023, 1, 1)).Years.Should().Be(5, "from the local document's date branches serve 5 years");
        Entry(profile, new LocalDate(2017, 1, 1)).Years.Should().Be(2, "legacy terms keep the legacy length");
        Entry(profile, new LocalDate(2023, 1, 1)).Expiry.Should().Be(new LocalDate(2028, 1, 1));
        TermParameters.PolicyOf(profile).Latest.Should().Be(new TermLengths(5, 5, 5));
        TermParameters.PolicyOf(profile).Current.Should().Be(new TermLengths(5, 3, 3));
    }

    [Fact]
    public void AnUnlabelledLength_AppliesToEveryTerm()
    {
        var profile = ComplianceProfile.StateOrgans.WithParameter(TermParameters.Lengths, new TermLengths(5, 4, 4));
        Entry(profile, new LocalDate(2016, 1, 1)).Years.Should().Be(4);
        Entry(profile, new LocalDate(2024, 1, 1)).Years.Should().Be(4);
    }

    [Fact]
    public void TheTermRules_ReadTheDatedLengths()
    {
        var tree = TermTestData.Tree();
        var terms = TermSet.Create(tree, new[] { new Term("b", new LocalDate(2023, 3, 1)) });
        var input = new ComplianceInput(tree, new LocalDate(2026, 11, 22)).WithTerms(terms);
        var national = new ComplianceChecker(ComplianceProfile.StateOrgans).Check(input).Findings.Where(f => f.SubjectId == "b" && f.RuleId.StartsWith("TERM-", StringComparison.Ordinal)).ToArray();
        national.Should().NotBeEmpty("a 3-year branch term from 2023-03-01 is overdue on 2026-11-22");
        var local = ComplianceProfile.StateOrgans.Overlay("local", new LocalizedText("某省", "a province"), Local)
            .Override(TermParameters.Lengths, new TermLengths(5, 5, 5)).Build();
        new ComplianceChecker(local).Check(input).Findings.Where(f => f.SubjectId == "b" && f.RuleId.StartsWith("TERM-", StringComparison.Ordinal))
            .Should().BeEmpty("under the local 5 years the term runs until 2028");
    }

    [Fact]
    public void TermPolicy_WithLengthsFrom_ReplacesLaterVersions_AndMovesTheChangeoverWhenEarlier()
    {
        var p = TermPolicy.Default.WithLengthsFrom(new LocalDate(2023, 1, 1), new TermLengths(5, 5, 5));
        p.LengthsFor(new LocalDate(2022, 12, 31)).Should().Be(new TermLengths(5, 3, 3));
        p.LengthsFor(new LocalDate(2023, 1, 1)).Should().Be(new TermLengths(5, 5, 5));
        p.LengthsFor(Changeover.PlusDays(-1)).Should().Be(new TermLengths(4, 3, 2));
        p.ToString().Should().Be("5/3/3 since 2018-07-12 (before: 4/3/2); 5/5/5 from 2023-01-01");
        p.Equals(TermPolicy.Default).Should().BeFalse();
        p.Should().Be(TermPolicy.Default.WithLengthsFrom(new LocalDate(2023, 1, 1), new TermLengths(5, 5, 5)));

        var replaced = p.WithLengthsFrom(new LocalDate(2021, 1, 1), new TermLengths(5, 4, 4));
        replaced.LengthsFor(new LocalDate(2024, 1, 1)).Should().Be(new TermLengths(5, 4, 4), "a version from an earlier date replaces the later ones");

        var early = TermPolicy.Default.WithLengthsFrom(new LocalDate(2017, 1, 1), new TermLengths(5, 4, 4));
        early.ChangeoverDate.Should().Be(new LocalDate(2017, 1, 1));
        early.LengthsFor(new LocalDate(2017, 1, 1)).Should().Be(new TermLengths(5, 4, 4));
        early.LengthsFor(new LocalDate(2016, 12, 31)).Should().Be(new TermLengths(4, 3, 2));
        FluentActions.Invoking(() => TermPolicy.Default.WithLengthsFrom(Changeover, null!)).Should().Throw<ArgumentNullException>().WithParameterName("lengths");
    }
}
