using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Elections;
using PartyOrg.Domain.Regulations;
using PartyOrg.Domain.Tests.Terms;
using Xunit;

namespace PartyOrg.Domain.Tests.Compliance;

/// <summary>Dated parameter values: each version in force on its days, with its own citation; election numbers as parameters.</summary>
public sealed class DatedParameterTests
{
    private static readonly LocalDate Changeover = new(2020, 7, 13);
    private static readonly LocalAuthority Local = new("某省委组织部〔2023〕1号", new LocalDate(2023, 1, 1));

    private static IEnumerable<CandidateVotes> Six(params int[] votes) => votes.Select((v, i) => new CandidateVotes("m-" + (i + 1), v));

    private static Finding[] Check(ComplianceProfile profile, params ElectionRecord[] records)
    {
        var tree = TermTestData.Tree();
        var input = new ComplianceInput(tree, TermTestData.AsOf).WithElections(ElectionLog.Create(tree, records));
        return new ComplianceChecker(profile).Check(input).Findings.Where(f => f.RuleId.StartsWith("ELEC-", StringComparison.Ordinal)).ToArray();
    }

    [Fact]
    public void ElectionNumbers_AreVersionedByTheElectionRegulations_EachWithItsCitation()
    {
        var profile = ComplianceProfile.StateOrgans;
        var versions = profile.VersionsOf(ElectionParameters.Numbers);
        versions.Should().HaveCount(2);
        versions[0].InForceFrom.Should().BeNull();
        versions[0].InForceUntil.Should().Be(Changeover);
        versions[0].Value.Should().Be(ElectionNumbers.Interim1990);
        versions[0].Source.Citations.Single().Regulation.Should().Be(Regulation.ElectionInterimRegulations1990);
        versions[1].InForceFrom.Should().Be(Changeover);
        versions[1].InForceUntil.Should().BeNull();
        versions[1].Source.Citations.Single().Regulation.Should().Be(Regulation.ElectionRegulations);

        profile.Get(ElectionParameters.Numbers, Changeover.PlusDays(-1)).ThresholdBasis.Should().Be(ThresholdBasis.Present);
        profile.Get(ElectionParameters.Numbers, Changeover).ThresholdBasis.Should().Be(ThresholdBasis.Entitled);
        profile.Get(ElectionParameters.Numbers).Should().Be(ElectionNumbers.National);
        profile.SourceOf(ElectionParameters.Numbers, new LocalDate(2000, 1, 1)).Citations.Single().Regulation.Should().Be(Regulation.ElectionInterimRegulations1990);
        versions[0].IsInForceOn(Changeover.PlusDays(-1)).Should().BeTrue();
        versions[0].IsInForceOn(Changeover).Should().BeFalse();
    }

    [Fact]
    public void ADateBeforeTheFirstVersion_ReadsTheFirstVersion()
    {
        var profile = ComplianceProfile.StateOrgans.Overlay("x", new LocalizedText("甲", "x"), Local)
            .Override(StructuralParameters.BranchMaxMembers, 40).Build();
        profile.VersionsOf(StructuralParameters.BranchMaxMembers).Should().HaveCount(2);
        profile.Get(StructuralParameters.BranchMaxMembers, new LocalDate(1950, 1, 1)).Should().Be(50);
        profile.Get(StructuralParameters.BranchMaxMembers, new LocalDate(2022, 12, 31)).Should().Be(50);
        profile.Get(StructuralParameters.BranchMaxMembers, new LocalDate(2023, 1, 1)).Should().Be(40);
    }

    [Fact]
    public void ALocalOverride_AppliesFromItsAuthoritysDate_TheNationalVersionsStayBefore()
    {
        var local = ElectionNumbers.National.WithQuorum(2, 3);
        var profile = ComplianceProfile.StateOrgans.Overlay("strict", new LocalizedText("某省", "a province"), Local)
            .Override(ElectionParameters.Numbers, local).Build();
        var versions = profile.VersionsOf(ElectionParameters.Numbers);
        versions.Select(v => v.InForceFrom).Should().Equal(null, Changeover, Local.InForceFrom);
        versions.Select(v => v.InForceUntil).Should().Equal(Changeover, Local.InForceFrom, null);
        versions[2].Source.Authority.Should().Be(Local);
        profile.Get(ElectionParameters.Numbers, new LocalDate(2022, 12, 31)).Should().Be(ElectionNumbers.National);
        profile.Get(ElectionParameters.Numbers, new LocalDate(2023, 1, 1)).Should().Be(local);
        profile.Get(ElectionParameters.Numbers, new LocalDate(2019, 1, 1)).Should().Be(ElectionNumbers.Interim1990);
    }

    [Fact]
    public void AnOverrideDatedBeforeALaterNationalVersion_ReplacesIt()
    {
        var early = new LocalAuthority("旧文件", new LocalDate(2015, 1, 1));
        var profile = ComplianceProfile.StateOrgans.Overlay("x", new LocalizedText("甲", "x"), early)
            .Override(ElectionParameters.Numbers, ElectionNumbers.National.WithExtraCandidatePercent(25)).Build();
        var versions = profile.VersionsOf(ElectionParameters.Numbers);
        versions.Should().HaveCount(2);
        versions[0].InForceUntil.Should().Be(new LocalDate(2015, 1, 1));
        profile.Get(ElectionParameters.Numbers, new LocalDate(2024, 1, 1)).ExtraCandidatePercent.Should().Be(25);
    }

    [Fact]
    public void AnUnlabelledValue_AppliesOnEveryDay()
    {
        var profile = ComplianceProfile.StateOrgans.WithParameter(ElectionParameters.Numbers, ElectionNumbers.National.WithQuorum(2, 3));
        profile.VersionsOf(ElectionParameters.Numbers).Should().ContainSingle();
        profile.Get(ElectionParameters.Numbers, new LocalDate(1990, 1, 1)).QuorumNumerator.Should().Be(2);
    }

    [Fact]
    public void RaisingTheQuorumLocally_ChangesTheFindingAndItsMessage()
    {
        // 8 of 9 entitled: quorate under 4/5 (8×5 = 40 > 36), but a local 9/10 needs more than 8.1 present.
        var record = new ElectionRecord("e-1", "b", new ElectionInput(new LocalDate(2024, 3, 15), 5, Six(8, 8, 7, 7, 6, 2), 8, 8, 8), "m-1", new[] { "m-2" }, "gb", new LocalDate(2024, 3, 20));
        Check(ComplianceProfile.StateOrgans, record).Should().BeEmpty();

        var strict = ComplianceProfile.StateOrgans.Overlay("strict", new LocalizedText("某省", "a province"), Local)
            .Override(ElectionParameters.Numbers, ElectionNumbers.National.WithQuorum(9, 10)).Build();
        var f = Check(strict, record).Where(x => x.RuleId == "ELEC-QUORUM-4-5").Should().ContainSingle().Subject;
        f.Expected.Should().Be("> 8.1");
        f.Message.Chinese.Should().Contain("十分之九");
        f.Message.English.Should().Contain("9/10");

        // An election before the local document's date still reads the national 4/5.
        var before = new ElectionRecord("e-2", "b", new ElectionInput(new LocalDate(2022, 6, 1), 5, Six(8, 8, 7, 7, 6, 2), 8, 8, 8), "m-1", new[] { "m-2" }, "gb", new LocalDate(2022, 6, 5));
        Check(strict, before).Where(x => x.RuleId == "ELEC-QUORUM-4-5").Should().BeEmpty();
    }

    [Theory]
    [InlineData(4, 5, 40, 32, false)]
    [InlineData(4, 5, 40, 33, true)]
    [InlineData(2, 3, 30, 20, false)]
    [InlineData(2, 3, 30, 21, true)]
    [InlineData(1, 2, 9, 4, false)]
    [InlineData(1, 2, 9, 5, true)]
    public void Quorum_IsStrictlyMoreThanTheFraction(int numerator, int denominator, int entitled, int present, bool quorate) =>
        ElectionNumbers.National.WithQuorum(numerator, denominator).IsQuorate(present, entitled).Should().Be(quorate);

    [Theory]
    [InlineData(20, 5, 6)]
    [InlineData(20, 7, 9)]
    [InlineData(20, 10, 12)]
    [InlineData(25, 4, 5)]
    [InlineData(25, 5, 7)]
    [InlineData(0, 5, 5)]
    [InlineData(100, 3, 6)]
    public void CompetitiveCandidates_RoundTheExtraUp(int percent, int seats, int needed) =>
        ElectionNumbers.National.WithExtraCandidatePercent(percent).CompetitiveCandidates(seats).Should().Be(needed);

    [Fact]
    public void TheTally_ReadsTheNumbersItIsGiven()
    {
        var input = new ElectionInput(new LocalDate(2024, 3, 15), 5, Six(30, 30, 30, 30, 30, 10), 32, 32, 32, 40);
        ElectionTally.Tally(input).Quorate.Should().BeFalse();
        var lax = ElectionTally.Tally(input, ElectionNumbers.National.WithQuorum(3, 4));
        lax.Quorate.Should().BeTrue();
        lax.Numbers.QuorumDenominator.Should().Be(4);
        lax.Explain()[0].Chinese.Should().Contain("四分之三").And.Contain("40×3/4＝30");

        var present = ElectionTally.Tally(input, ElectionNumbers.Interim1990.WithQuorum(3, 4));
        present.Threshold.Basis.Should().Be(ThresholdBasis.Present);
        present.Threshold.Denominator.Should().Be(32);
    }

    [Fact]
    public void CongressAndDelegateNumbers_ComeFromTheNumbers()
    {
        var numbers = ElectionNumbers.National.WithCongressMinimumMembers(300).WithDelegates(50, 150, 250);
        var input = new ElectionInput(new LocalDate(2024, 3, 15), 5, Six(200, 200, 200, 200, 200, 10), 260, 260, 260, 260,
            assembly: ElectionAssembly.DelegateCongress, membersRepresented: 299, congressApproved: true);
        var reasons = ElectionTally.Tally(input, numbers).Explain();
        var congress = reasons.Single(r => r.RuleId == "ELEC-ASSEMBLY-OR-CONGRESS-500");
        congress.Passed.Should().BeFalse();
        congress.Expected.Should().Be("≥ 300");
        var quota = reasons.Single(r => r.RuleId == "ELEC-DELEGATE-QUOTA");
        quota.Passed.Should().BeFalse();
        quota.IsSoft.Should().BeFalse();
        quota.Expected.Should().Be("50–150 (≤ 250)");
        quota.English.Should().Contain("at most 250");
    }

    [Fact]
    public void ElectionNumbers_RefuseImpossibleValues_NamingTheParameter()
    {
        var n = ElectionNumbers.National;
        FluentActions.Invoking(() => n.WithQuorum(5, 5)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("quorumNumerator");
        FluentActions.Invoking(() => n.WithQuorum(1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("quorumDenominator");
        FluentActions.Invoking(() => n.WithQuorum(-1, 5)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("quorumNumerator");
        FluentActions.Invoking(() => n.WithExtraCandidatePercent(101)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("extraCandidatePercent");
        FluentActions.Invoking(() => n.WithDelegates(201, 200, 300)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("delegatesUsualMinimum");
        FluentActions.Invoking(() => n.WithDelegates(100, 301, 300)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("delegatesUsualMaximum");
        FluentActions.Invoking(() => n.WithCongressMinimumMembers(0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("congressMinimumMembers");
        FluentActions.Invoking(() => ElectionTally.Tally(new ElectionInput(new LocalDate(2024, 1, 1), 1, Six(5), 5, 5, 5, 5), null!)).Should().Throw<ArgumentNullException>().WithParameterName("numbers");
    }

    [Fact]
    public void ElectionNumbers_Equality()
    {
        var a = ElectionNumbers.National.WithQuorum(2, 3);
        var b = ElectionNumbers.National.WithQuorum(2, 3);
        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Equals(ElectionNumbers.National).Should().BeFalse();
        ElectionNumbers.National.Equals(ElectionNumbers.Interim1990).Should().BeFalse();
        a.Equals(null).Should().BeFalse();
        ElectionNumbers.National.ToString().Should().Be("quorum > 4/5, +20 %, congress ≥ 500, delegates 100–200 (≤ 300), half of entitled");
        ElectionNumbers.InForceOn(Changeover).Should().BeSameAs(ElectionNumbers.National);
        ElectionNumbers.InForceOn(Changeover.PlusDays(-1)).Should().BeSameAs(ElectionNumbers.Interim1990);
    }
}
