using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Tests.TestSupport;
using Xunit;

namespace PartyOrg.Domain.Tests.Compliance;

public sealed class CompositionRulesTests
{
    [Theory]
    [InlineData(6, 0, false)]
    [InlineData(6, 3, false)]
    [InlineData(7, 0, true)]
    [InlineData(8, 0, true)]
    public void CommitteeThreshold7_BranchWithoutCommittee_ErrorFromSevenFullMembers(int full, int probationary, bool reported)
    {
        var kit = TreeKit.Organ().Branch("b", "oc", full, probationary);
        kit.Post("b", kit.In("b")[0], PostKind.Secretary);
        var report = kit.Check();

        var findings = report.ForRule("COM-BRANCH-COMMITTEE-THRESHOLD-7").ToArray();
        findings.Should().HaveCount(reported ? 1 : 0);
        findings.All(f => f.Severity == Severity.Error && f.SubjectId == "b").Should().BeTrue();
    }

    [Theory]
    [InlineData(7, false)]
    [InlineData(8, false)]
    public void CommitteeThreshold7_BranchWithCommittee_Compliant(int full, bool reported)
    {
        var kit = TreeKit.Organ().Branch("b", "oc", full);
        kit.Leadership("b", kit.In("b").Take(3));
        kit.Check().ForRule("COM-BRANCH-COMMITTEE-THRESHOLD-7").Any().Should().Be(reported);
    }

    [Theory]
    [InlineData(6, true)]
    [InlineData(7, false)]
    public void CommitteeBelow7_CommitteeInSmallBranch_Warning(int full, bool reported)
    {
        var kit = TreeKit.Organ().Branch("b", "oc", full, 2);
        kit.Leadership("b", kit.In("b").Take(3));
        var findings = kit.Check().ForRule("COM-BRANCH-COMMITTEE-BELOW-7").ToArray();
        findings.Should().HaveCount(reported ? 1 : 0);
        findings.All(f => f.Severity == Severity.Warning).Should().BeTrue();
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void CommitteeMin3_CommitteeWithTooFewSeats_Error(int seats, bool reported)
    {
        var kit = TreeKit.Organ().Branch("b", "oc", 9);
        kit.Leadership("b", kit.In("b").Take(seats));
        kit.Check().ForRule("COM-BRANCH-COMMITTEE-SIZE").Should().HaveCount(reported ? 1 : 0);
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, false)]
    [InlineData(7, false)]
    [InlineData(8, true)]
    public void CommitteeSize_MoreThanSevenSeats_Warning(int seats, bool reported)
    {
        var kit = TreeKit.Organ().Branch("b", "oc", 20);
        kit.Leadership("b", kit.In("b").Take(seats), deputies: 1);
        var findings = kit.Check().ForRule("COM-BRANCH-COMMITTEE-SIZE").ToArray();
        findings.Should().HaveCount(reported ? 1 : 0);
        findings.All(f => f.Severity == Severity.Warning).Should().BeTrue();
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public void CommitteeSize_TwoDeputySecretaries_Warning(int deputies, bool reported)
    {
        var kit = TreeKit.Organ().Branch("b", "oc", 20);
        kit.Leadership("b", kit.In("b").Take(5), deputies);
        kit.Check().ForRule("COM-BRANCH-COMMITTEE-SIZE").Should().HaveCount(reported ? 1 : 0);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void DisciplineMember_BranchCommittee_ErrorWhenMissing(bool discipline, bool reported)
    {
        var kit = TreeKit.Organ().Branch("b", "oc", 9);
        kit.Leadership("b", kit.In("b").Take(3), discipline: discipline);
        var findings = kit.Check().ForRule("COM-DISCIPLINE-MEMBER").ToArray();
        findings.Should().HaveCount(reported ? 1 : 0);
        findings.All(f => f.Severity == Severity.Error && f.SubjectId == "b").Should().BeTrue();
    }

    [Fact]
    public void DisciplineMember_BranchWithSecretaryOnly_NotApplicable()
    {
        var kit = TreeKit.Organ().Branch("b", "oc", 5);
        kit.Post("b", kit.In("b")[0], PostKind.Secretary);
        kit.Check().ForRule("COM-DISCIPLINE-MEMBER").Should().BeEmpty();
    }

    [Fact]
    public void DisciplineMember_GeneralBranchWithoutOne_Error()
    {
        var kit = TreeKit.Organ().Org("gb", OrganizationKind.GeneralBranch, "oc").Branch("b", "gb", 9);
        kit.Leadership("gb", kit.In("b").Take(5), discipline: false);
        kit.Check().ForRule("COM-DISCIPLINE-MEMBER").Select(f => f.SubjectId).Should().Equal("gb");
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(5, false)]
    [InlineData(9, false)]
    [InlineData(10, true)]
    public void GeneralBranchSize_OutsideFiveToNine_Warning(int seats, bool reported)
    {
        var kit = TreeKit.Organ().Org("gb", OrganizationKind.GeneralBranch, "oc").Branch("b", "gb", 20);
        kit.Leadership("gb", kit.In("b").Take(seats), deputies: 1);
        var findings = kit.Check().ForRule("COM-GENBRANCH-SIZE").ToArray();
        findings.Should().HaveCount(reported ? 1 : 0);
        findings.All(f => f.Severity == Severity.Warning).Should().BeTrue();
    }

    [Theory]
    [InlineData(4, 1, true)]
    [InlineData(5, 2, false)]
    [InlineData(9, 2, false)]
    [InlineData(10, 1, true)]
    [InlineData(7, 3, true)]
    public void BasicCommitteeSize_OutsideFiveToNineOrThreeDeputies_Warning(int seats, int deputies, bool reported)
    {
        var kit = TreeKit.Organ().Branch("b", "oc", 20);
        kit.Leadership("oc", kit.In("b").Take(seats), deputies);
        kit.Check().ForRule("COM-BASIC-COMMITTEE-SIZE").Should().HaveCount(reported ? 1 : 0);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void SecretaryEligibility_LessThanOneYearStanding_Warning(int daysShort, bool reported)
    {
        var fullSince = TreeKit.AsOf.PlusYears(-1).PlusDays(daysShort);
        var kit = TreeKit.Organ().Branch("b", "oc", 3);
        kit.Member(new Member("sec", "书记", MembershipStatus.Full, "b", admittedOn: fullSince.PlusYears(-1), fullSince: fullSince));
        kit.Post("b", "sec", PostKind.Secretary);
        var findings = kit.Check().ForRule("COM-SECRETARY-ELIGIBILITY").ToArray();
        findings.Should().HaveCount(reported ? 1 : 0);
        findings.All(f => f.Severity == Severity.Warning && f.SubjectId == "sec" && f.OrganizationId == "b").Should().BeTrue();
    }

    [Fact]
    public void SecretaryEligibility_ProbationarySecretary_Warning()
    {
        var kit = TreeKit.Organ().Branch("b", "oc", 3, 1);
        kit.Post("b", kit.In("b")[3], PostKind.Secretary);
        kit.Check().ForRule("COM-SECRETARY-ELIGIBILITY").Should().ContainSingle().Which.Actual.Should().Be("0 years");
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(7, false)]
    [InlineData(8, true)]
    public void PartyGroupSize_LeadingGroupOutsideThreeToSeven_Warning(int seats, bool reported)
    {
        var kit = TreeKit.Organ().Branch("b", "oc", 10);
        kit.Leadership("lg", kit.In("b").Take(seats));
        var findings = kit.Check().ForRule("COM-PARTYGROUP-SIZE").ToArray();
        findings.Should().HaveCount(reported ? 1 : 0);
        findings.All(f => f.Severity == Severity.Warning && f.SubjectId == "lg").Should().BeTrue();
    }

    [Fact]
    public void PartyGroupSize_ProvincialUnitWithNine_CompliantUnderDerivedProfile()
    {
        var kit = TreeKit.Organ().Branch("b", "oc", 10);
        kit.Leadership("lg", kit.In("b").Take(9));
        var provincial = ComplianceProfile.StateOrgans.WithParameter(StructuralParameters.LeadingGroupMaxMembers, 9);
        kit.Check(provincial).ForRule("COM-PARTYGROUP-SIZE").Should().BeEmpty();
    }

    [Fact]
    public void OneSecretary_OverlappingSecretaries_Error()
    {
        var kit = TreeKit.Organ().Branch("b", "oc", 5);
        kit.Post("b", kit.In("b")[0], PostKind.Secretary, since: new LocalDate(2020, 1, 1))
           .Post("b", kit.In("b")[1], PostKind.Secretary, since: new LocalDate(2025, 1, 1));
        var findings = kit.Check().ForRule("COM-ONE-SECRETARY").Where(f => f.SubjectId == "b").ToArray();
        findings.Should().ContainSingle().Which.Message.English.Should().Contain("b-m1").And.Contain("b-m2");
        findings[0].Severity.Should().Be(Severity.Error);
    }

    [Fact]
    public void OneSecretary_HandOverOnTheSameDay_Compliant()
    {
        var kit = TreeKit.Organ().Branch("b", "oc", 5);
        kit.Post("b", kit.In("b")[0], PostKind.Secretary, since: new LocalDate(2020, 1, 1), until: new LocalDate(2025, 1, 1))
           .Post("b", kit.In("b")[1], PostKind.Secretary, since: new LocalDate(2025, 1, 1));
        kit.Check().ForRule("COM-ONE-SECRETARY").Where(f => f.SubjectId == "b").Should().BeEmpty();
    }

    [Fact]
    public void OneSecretary_Vacancy_Error()
    {
        var kit = TreeKit.Organ().Branch("b", "oc", 5);
        kit.Post("b", kit.In("b")[0], PostKind.Secretary, since: new LocalDate(2020, 1, 1), until: new LocalDate(2025, 1, 1));
        kit.Check().ForRule("COM-ONE-SECRETARY").Where(f => f.SubjectId == "b").Should().ContainSingle().Which.Actual.Should().Be("0 secretaries");
    }
}
