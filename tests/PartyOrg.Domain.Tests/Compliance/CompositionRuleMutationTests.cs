using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Tests.TestSupport;
using Xunit;

namespace PartyOrg.Domain.Tests.Compliance;

/// <summary>
/// Boundaries of the composition rules not pinned by <see cref="CompositionRulesTests"/>: temporary and dissolved
/// organizations, the values of the findings (expected and actual), the secretary overlap and vacancy cases, and
/// eligibility only for the secretary in post on the check date. Message texts are not asserted.
/// </summary>
public sealed class CompositionRuleMutationTests
{
    private static TreeKit WithTemporaryBranch(int participants, bool committee)
    {
        // "b" is a regular branch with a committee; "t" a temporary branch whose participants are registered in "b".
        var kit = TreeKit.Organ().Branch("b", "oc", 9).Org("t", OrganizationKind.Branch, "oc", BranchForm.Temporary);
        kit.Leadership("b", kit.In("b").Take(3));
        for (var i = 0; i < participants; i++)
        {
            kit.Member(new Member("p" + i, "参加者" + i, MembershipStatus.Full, "b", null, new LocalDate(2000, 1, 1), new LocalDate(2001, 1, 1), temporaryBranchIds: new[] { "t" }));
        }

        if (committee)
        {
            kit.Leadership("t", Enumerable.Range(0, 3).Select(i => "p" + i));
        }
        else
        {
            kit.Post("t", "p0", PostKind.Secretary);
        }

        return kit;
    }

    [Theory]
    [InlineData(9, false)]
    [InlineData(4, true)]
    public void Threshold7AndBelow7_TemporaryBranch_IsNotChecked(int participants, bool committee)
    {
        var report = WithTemporaryBranch(participants, committee).Check();
        report.ForRule("COM-BRANCH-COMMITTEE-THRESHOLD-7").Should().BeEmpty();
        report.ForRule("COM-BRANCH-COMMITTEE-BELOW-7").Should().BeEmpty();
    }

    [Fact]
    public void Threshold7_ValuesAndDissolvedBranch()
    {
        var kit = TreeKit.Organ().Branch("b", "oc", 7);
        kit.Post("b", kit.In("b")[0], PostKind.Secretary);
        var f = kit.Check().ForRule("COM-BRANCH-COMMITTEE-THRESHOLD-7").Single();
        f.SubjectId.Should().Be("b");
        f.OrganizationId.Should().Be("b");
        f.Period.Should().BeNull();

        var dissolved = TreeKit.Organ().Org("b", OrganizationKind.Branch, "oc", dissolved: new LocalDate(2026, 1, 1)).Members("b", 8);
        dissolved.Check().ForRule("COM-BRANCH-COMMITTEE-THRESHOLD-7").Should().BeEmpty();
    }

    [Theory]
    [InlineData(6, true)]
    [InlineData(7, false)]
    public void Below7_Values(int full, bool regularReported)
    {
        var regular = TreeKit.Organ().Branch("b", "oc", full);
        regular.Leadership("b", regular.In("b").Take(3));
        var f = regular.Check().ForRule("COM-BRANCH-COMMITTEE-BELOW-7").ToArray();
        f.Should().HaveCount(regularReported ? 1 : 0);
        if (regularReported)
        {
            f[0].SubjectId.Should().Be("b");
            f[0].Expected.Should().Contain("7");
            f[0].Actual.Should().Contain("6");
        }
    }

    [Fact]
    public void Below7_BranchWithSecretaryOnly_IsNotChecked()
    {
        var kit = TreeKit.Organ().Branch("b", "oc", 4);
        kit.Post("b", kit.In("b")[0], PostKind.Secretary);
        kit.Check().ForRule("COM-BRANCH-COMMITTEE-BELOW-7").Should().BeEmpty();
    }

    [Fact]
    public void BranchCommitteeSize_SecretaryOnly_IsNoCommittee_TooFewSeatsOtherwise()
    {
        var alone = TreeKit.Organ().Branch("b", "oc", 5);
        alone.Post("b", alone.In("b")[0], PostKind.Secretary);
        alone.Check().ForRule("COM-BRANCH-COMMITTEE-SIZE").Should().BeEmpty("one secretary and no committee member is no committee");

        var two = TreeKit.Organ().Branch("b", "oc", 9);
        two.Leadership("b", two.In("b").Take(2));
        var f = two.Check().ForRule("COM-BRANCH-COMMITTEE-SIZE").Single();
        f.Severity.Should().Be(Severity.Error);
        f.Expected.Should().Contain("3");
        f.Actual.Should().Contain("2");
    }

    [Theory]
    [InlineData(8, 1, 1)] // too many seats only
    [InlineData(5, 2, 1)] // too many deputies only
    [InlineData(8, 2, 2)] // both
    [InlineData(7, 1, 0)]
    public void BranchCommitteeSize_SeatsAndDeputies_AreSeparateFindings(int seats, int deputies, int findings)
    {
        var kit = TreeKit.Organ().Branch("b", "oc", 20);
        kit.Leadership("b", kit.In("b").Take(seats), deputies);
        var f = kit.Check().ForRule("COM-BRANCH-COMMITTEE-SIZE").ToArray();
        f.Should().HaveCount(findings);
        f.Where(x => x.Severity == Severity.Warning && x.SubjectId == "b").Should().HaveCount(findings);
    }

    [Fact]
    public void SeatRange_TooManyDeputiesAndTooManySeats_Together()
    {
        var kit = TreeKit.Organ().Org("gb", OrganizationKind.GeneralBranch, "oc").Branch("b", "gb", 20);
        kit.Leadership("gb", kit.In("b").Take(10), deputies: 2);
        var f = kit.Check().ForRule("COM-GENBRANCH-SIZE").ToArray();
        f.Should().HaveCount(2);
        f.Select(x => x.Actual).Should().Contain(a => a.Contains("10")).And.Contain(a => a.Contains("2"));

        var ok = TreeKit.Organ().Org("gb", OrganizationKind.GeneralBranch, "oc").Branch("b", "gb", 20);
        ok.Leadership("gb", ok.In("b").Take(5), deputies: 1);
        ok.Check().ForRule("COM-GENBRANCH-SIZE").Should().BeEmpty();
    }

    [Fact]
    public void SeatRange_DissolvedOrganization_IsNotChecked()
    {
        var kit = TreeKit.Organ().Org("gb", OrganizationKind.GeneralBranch, "oc", dissolved: new LocalDate(2026, 1, 1)).Branch("b", "oc", 20);
        kit.Check().ForRule("COM-GENBRANCH-SIZE").Should().BeEmpty();
    }

    [Fact]
    public void PartyGroupSize_HasNoDeputyLimit()
    {
        var kit = TreeKit.Organ().Branch("b", "oc", 10);
        kit.Leadership("lg", kit.In("b").Take(5), deputies: 3);
        kit.Check().ForRule("COM-PARTYGROUP-SIZE").Should().BeEmpty();
    }

    [Fact]
    public void DisciplineMember_GeneralBranchWithOne_AndBranchCommitteeValues()
    {
        var kit = TreeKit.Organ().Org("gb", OrganizationKind.GeneralBranch, "oc").Branch("b", "gb", 9);
        kit.Leadership("gb", kit.In("b").Take(5), discipline: true);
        kit.Check().ForRule("COM-DISCIPLINE-MEMBER").Should().BeEmpty();

        var dissolved = TreeKit.Organ().Org("gb", OrganizationKind.GeneralBranch, "oc", dissolved: new LocalDate(2026, 1, 1)).Branch("b", "oc", 9);
        dissolved.Check().ForRule("COM-DISCIPLINE-MEMBER").Should().BeEmpty();

        var leading = TreeKit.Organ().Branch("b", "oc", 9);
        leading.Leadership("lg", leading.In("b").Take(5), discipline: false);
        leading.Check().ForRule("COM-DISCIPLINE-MEMBER").Should().BeEmpty("a 党组 has no discipline member");
    }

    [Fact]
    public void OneSecretary_ThreeSecretaries_EachOverlapReportedOnce()
    {
        var kit = TreeKit.Organ().Branch("b", "oc", 5);
        var m = kit.In("b");
        // m1 2020–2025, m2 from 2024 (overlaps m1), m3 from 2026-06 (overlaps m2, which never ends).
        kit.Post("b", m[0], PostKind.Secretary, since: new LocalDate(2020, 1, 1), until: new LocalDate(2025, 1, 1))
           .Post("b", m[1], PostKind.Secretary, since: new LocalDate(2024, 1, 1))
           .Post("b", m[2], PostKind.Secretary, since: new LocalDate(2026, 6, 1), until: new LocalDate(2026, 7, 1));
        var f = kit.Check().ForRule("COM-ONE-SECRETARY").Where(x => x.SubjectId == "b").ToArray();
        f.Should().HaveCount(2);
        f.Should().ContainSingle(x => x.Actual.Contains("2024-01-01"));
        f.Should().ContainSingle(x => x.Actual.Contains("2026-06-01"));
    }

    [Fact]
    public void OneSecretary_SuccessiveTerms_LongestRunningIsKept()
    {
        var kit = TreeKit.Organ().Branch("b", "oc", 5);
        var m = kit.In("b");
        // m1 2020–2026-06, m2 2021–2022 (inside m1's: overlap), m3 from 2026-06 (after m1 ended: no overlap).
        kit.Post("b", m[0], PostKind.Secretary, since: new LocalDate(2020, 1, 1), until: new LocalDate(2026, 6, 1))
           .Post("b", m[1], PostKind.Secretary, since: new LocalDate(2021, 1, 1), until: new LocalDate(2022, 1, 1))
           .Post("b", m[2], PostKind.Secretary, since: new LocalDate(2026, 6, 1));
        kit.Check().ForRule("COM-ONE-SECRETARY").Where(x => x.SubjectId == "b").Should().ContainSingle()
            .Which.Actual.Should().Contain("2021-01-01");
    }

    [Fact]
    public void OneSecretary_OpenEndedFollowedByLaterOpenEnded_IsReported()
    {
        var kit = TreeKit.Organ().Branch("b", "oc", 5);
        var m = kit.In("b");
        kit.Post("b", m[0], PostKind.Secretary, since: new LocalDate(2020, 1, 1), until: new LocalDate(2023, 1, 1))
           .Post("b", m[1], PostKind.Secretary, since: new LocalDate(2022, 12, 31))
           .Post("b", m[2], PostKind.Secretary, since: new LocalDate(2025, 1, 1));
        var f = kit.Check().ForRule("COM-ONE-SECRETARY").Where(x => x.SubjectId == "b").ToArray();
        f.Should().HaveCount(2);
        f.Should().ContainSingle(x => x.Actual.Contains("2022-12-31"));
        f.Should().ContainSingle(x => x.Actual.Contains("2025-01-01"));
    }

    [Fact]
    public void OneSecretary_Vacancy_OnlyForBasicLevelAndLeadingGroups_ThatExist()
    {
        var kit = TreeKit.Organ().Branch("b", "oc", 5);
        kit.Post("b", kit.In("b")[0], PostKind.Secretary);
        kit.Post("oc", kit.In("b")[1], PostKind.Secretary);
        var subjects = kit.Check().ForRule("COM-ONE-SECRETARY").Select(f => f.SubjectId).ToArray();
        subjects.Should().Contain("lg", "a 党组 needs a secretary");
        subjects.Should().NotContain("wc", "a working committee is not checked for a vacancy");
        subjects.Should().NotContain("b").And.NotContain("oc");

        var gone = TreeKit.Organ().Org("b", OrganizationKind.Branch, "oc", dissolved: new LocalDate(2026, 1, 1)).Members("b", 5);
        gone.Check().ForRule("COM-ONE-SECRETARY").Select(f => f.SubjectId).Should().NotContain("b");
    }

    [Fact]
    public void OneSecretary_PartyGroupsAreNotChecked()
    {
        var kit = TreeKit.Organ().Branch("b", "oc", 5).Org("g", OrganizationKind.PartyGroup, "b");
        kit.Post("b", kit.In("b")[0], PostKind.Secretary);
        kit.Check().ForRule("COM-ONE-SECRETARY").Select(f => f.SubjectId).Should().NotContain("g");
    }

    [Fact]
    public void SecretaryEligibility_OnlyTheSecretaryInPostOnTheCheckDate_AndOnlyInBranches()
    {
        var young = TreeKit.AsOf.PlusMonths(-6);
        var kit = TreeKit.Organ().Branch("b", "oc", 3);
        kit.Member(new Member("old", "前任", MembershipStatus.Full, "b", admittedOn: young.PlusYears(-1), fullSince: young));
        kit.Member(new Member("new", "现任", MembershipStatus.Full, "b", admittedOn: young.PlusYears(-1), fullSince: young));
        kit.Post("b", "old", PostKind.Secretary, since: new LocalDate(2020, 1, 1), until: TreeKit.AsOf);
        kit.Post("b", "new", PostKind.Secretary, since: TreeKit.AsOf);
        kit.Post("b", "old", PostKind.CommitteeMember, since: TreeKit.AsOf);
        var f = kit.Check().ForRule("COM-SECRETARY-ELIGIBILITY").ToArray();
        f.Select(x => x.SubjectId).Should().Equal("new");
        f[0].Actual.Should().StartWith("0");

        var organ = TreeKit.Organ().Branch("b", "oc", 3);
        organ.Member(new Member("y", "年轻", MembershipStatus.Full, "b", admittedOn: young.PlusYears(-1), fullSince: young));
        organ.Post("oc", "y", PostKind.Secretary);
        organ.Check().ForRule("COM-SECRETARY-ELIGIBILITY").Should().BeEmpty("only branch secretaries are checked");
    }

    [Fact]
    public void SecretaryEligibility_UnknownStanding_IsNotReported()
    {
        var kit = TreeKit.Organ().Branch("b", "oc", 3);
        kit.Member(new Member("u", "未知", MembershipStatus.Full, "b"));
        kit.Post("b", "u", PostKind.Secretary);
        kit.Check().ForRule("COM-SECRETARY-ELIGIBILITY").Should().BeEmpty();
    }
}
