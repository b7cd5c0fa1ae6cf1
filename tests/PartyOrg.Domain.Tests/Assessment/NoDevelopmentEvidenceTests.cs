using System.Collections.Generic;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Assessment;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Organizations;
using Xunit;

namespace PartyOrg.Domain.Tests.Assessment;

/// <summary>The built-in "no member developed for 2 years" evidence, at its boundaries.</summary>
public sealed class NoDevelopmentEvidenceTests
{
    private static ComplianceInput Input(LocalDate? lastAdmission, LocalDate? established = null, LocalDate? asOf = null)
    {
        var b = new OrganizationTreeBuilder();
        b.Add(new Organization("oc", OrganizationKind.OrganCommittee, "机关党委"));
        b.Add(new Organization("b", OrganizationKind.Branch, "党支部", "oc", establishedOn: established ?? new LocalDate(2010, 1, 1)));
        var members = new List<Member>();
        for (var i = 1; i <= 5; i++)
        {
            members.Add(new Member("m-" + i, "党员" + i, MembershipStatus.Full, "b", admittedOn: new LocalDate(2000, 1, 1), fullSince: new LocalDate(2001, 1, 1)));
        }

        if (lastAdmission is { } d)
        {
            members.Add(new Member("m-new", "新党员", MembershipStatus.Probationary, "b", admittedOn: d));
        }

        b.AddRange(members);
        return new ComplianceInput(b.Build(), asOf ?? new LocalDate(2026, 12, 31));
    }

    [Fact]
    public void AnAdmissionInTheTwoYears_GivesZero_OnTheDayAfterTheBoundary()
    {
        new NoDevelopmentTwoYears().Compute(Input(new LocalDate(2025, 1, 1)), "b", 2026)!.Value.Should().Be(0);
    }

    [Fact]
    public void AnAdmissionExactlyTwoYearsBefore_OrNone_GivesOne()
    {
        var exactly = new NoDevelopmentTwoYears().Compute(Input(new LocalDate(2024, 12, 31)), "b", 2026)!;
        exactly.Value.Should().Be(1);
        exactly.Explanation.English.Should().Be("no member admitted from 2025-01-01 to 2026-12-31 (last on 2024-12-31)");
        new NoDevelopmentTwoYears().Compute(Input(null), "b", 2026)!.Value.Should().Be(1);
    }

    [Fact]
    public void TheAssessedDay_IsTheAsOfDateWhenEarlierThanTheYearsEnd()
    {
        // As of 2026-06-30 the two years run from 2024-07-01: an admission on 2024-07-01 counts.
        new NoDevelopmentTwoYears().Compute(Input(new LocalDate(2024, 7, 1), asOf: new LocalDate(2026, 6, 30)), "b", 2026)!.Value.Should().Be(0);
        new NoDevelopmentTwoYears().Compute(Input(new LocalDate(2024, 6, 30), asOf: new LocalDate(2026, 6, 30)), "b", 2026)!.Value.Should().Be(1);
    }

    [Fact]
    public void AYoungBranch_OrAnotherKind_IsNotComputable()
    {
        new NoDevelopmentTwoYears().Compute(Input(null, established: new LocalDate(2025, 1, 1)), "b", 2026).Should().BeNull();
        new NoDevelopmentTwoYears().Compute(Input(null, established: new LocalDate(2024, 12, 31)), "b", 2026)!.Value.Should().Be(1);
        new NoDevelopmentTwoYears().Compute(Input(null), "oc", 2026).Should().BeNull();
    }

    [Fact]
    public void TheDefaults_SupplyIt()
    {
        AssessmentOptions.Default.Providers.Should().ContainKey(WeakOrganizationScreen.NoDevelopmentSignal);
        AssessmentOptions.KnownUnavailable.Should().BeEmpty();
    }
}
