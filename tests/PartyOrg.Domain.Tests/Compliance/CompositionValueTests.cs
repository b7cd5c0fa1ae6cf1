using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Tests.TestSupport;
using Xunit;

namespace PartyOrg.Domain.Tests.Compliance;

/// <summary>Exact expected/actual values of the committee-size findings, and secretaries recorded out of order.</summary>
public sealed class CompositionValueTests
{
    [Fact]
    public void GeneralBranch_SeatsAndDeputies_ExactValues()
    {
        var kit = TreeKit.Organ().Org("gb", OrganizationKind.GeneralBranch, "oc").Branch("b", "gb", 20);
        kit.Leadership("gb", kit.In("b").Take(10), deputies: 2);
        var f = kit.Check().ForRule("COM-GENBRANCH-SIZE").ToArray();
        f.Select(x => (x.Expected, x.Actual)).Should().BeEquivalentTo(new[]
        {
            ("5–9 seats", "10 seats"),
            ("≤ 1 deputy secretaries", "2 deputy secretaries"),
        });
        f.Select(x => x.Message.Chinese).Should().Contain(m => m.Contains("委员会有10人，应为5至9人"));
        f.Select(x => x.Message.English).Should().Contain(m => m.Contains("has 10 seats; expected 5 to 9."));
    }

    [Fact]
    public void BranchCommittee_Deputies_ExactValues()
    {
        var kit = TreeKit.Organ().Branch("b", "oc", 20);
        kit.Leadership("b", kit.In("b").Take(5), deputies: 2);
        var f = kit.Check().ForRule("COM-BRANCH-COMMITTEE-SIZE").Single();
        f.Expected.Should().Be("≤ 1 deputy secretaries");
        f.Actual.Should().Be("2 deputy secretaries");
    }

    [Fact]
    public void OneSecretary_SuccessiveSecretariesRecordedInReverseOrder_AreNoOverlap()
    {
        var kit = TreeKit.Organ().Branch("b", "oc", 5);
        var m = kit.In("b");
        kit.Post("b", m[1], PostKind.Secretary, since: new LocalDate(2023, 7, 1))
           .Post("b", m[0], PostKind.Secretary, since: new LocalDate(2020, 1, 1), until: new LocalDate(2023, 6, 30));
        kit.Check().ForRule("COM-ONE-SECRETARY").Where(x => x.SubjectId == "b").Should().BeEmpty();
    }

    [Fact]
    public void OneSecretary_OverlapRecordedInReverseOrder_IsReportedFromTheLaterStart()
    {
        var kit = TreeKit.Organ().Branch("b", "oc", 5);
        var m = kit.In("b");
        kit.Post("b", m[1], PostKind.Secretary, since: new LocalDate(2023, 6, 1))
           .Post("b", m[0], PostKind.Secretary, since: new LocalDate(2020, 1, 1), until: new LocalDate(2023, 6, 30));
        kit.Check().ForRule("COM-ONE-SECRETARY").Where(x => x.SubjectId == "b").Should().ContainSingle()
            .Which.Actual.Should().Be("2 secretaries from 2023-06-01");
    }
}
