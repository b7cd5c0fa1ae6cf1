using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Elections;
using PartyOrg.Domain.Regulations;
using PartyOrg.Domain.Tests.Terms;
using Xunit;

namespace PartyOrg.Domain.Tests.Compliance;

/// <summary>
/// Exact boundaries and values of the ELEC-* rules not pinned by <see cref="ElectionRulesTests"/>: which records are
/// tallied (dated on or after "as of"), the entitled voters computed from the members only when none are given, the
/// attendance equal to the computed roll, the values and period of the findings, the delegate congress of a general
/// branch and of a basic committee, and a void vote that is left to the ballot rule. Message texts are not asserted.
/// </summary>
public sealed class ElectionRuleMutationTests
{
    private static readonly LocalDate Date = new(2024, 3, 15);

    private static IEnumerable<CandidateVotes> Votes(params int[] votes) => votes.Select((v, i) => new CandidateVotes("m-" + (i + 1), v));

    private static Finding[] Check(LocalDate asOf, params ElectionRecord[] records)
    {
        var tree = TermTestData.Tree();
        var input = new ComplianceInput(tree, asOf).WithElections(ElectionLog.Create(tree, records));
        return new ComplianceChecker(ComplianceProfile.StateOrgans).Check(input).Findings.Where(f => f.RuleId.StartsWith("ELEC-", StringComparison.Ordinal)).ToArray();
    }

    private static Finding[] Check(params ElectionRecord[] records) => Check(TermTestData.AsOf, records);

    // 7 of 9 present: not more than 4/5 (an ELEC-QUORUM-4-5 error).
    private static ElectionRecord Inquorate(LocalDate date) => new("e-q", "b", new ElectionInput(date, 5, Votes(7, 7, 7, 7, 7, 1), 7, 7, 7));

    [Fact]
    public void Tallies_RecordOnAsOf_IsChecked_RecordAfterAsOf_IsNot()
    {
        var f = Check(Date, Inquorate(Date)).Single();
        f.RuleId.Should().Be("ELEC-QUORUM-4-5");
        f.Period.Should().Be(ReportingPeriod.Year(2024));
        Check(Date.PlusDays(-1), Inquorate(Date)).Should().BeEmpty();
    }

    [Fact]
    public void Tallies_AttendanceEqualToTheComputedRoll_IsTallied()
    {
        // 9 members of b have voting rights on the day; 9 present is a valid, quorate election.
        Check(new ElectionRecord("e-1", "b", new ElectionInput(Date, 5, Votes(9, 9, 8, 8, 7, 2), 9, 9, 9))).Should().BeEmpty();
        var f = Check(new ElectionRecord("e-2", "b", new ElectionInput(Date, 5, Votes(9, 9, 8, 8, 7, 2), 10, 10, 10))).Single();
        f.RuleId.Should().Be("ELEC-QUORUM-4-5");
        f.Expected.Should().Be("≤ 9");
        f.Actual.Should().Be("10");
        f.Severity.Should().Be(Severity.Error);
        f.SubjectId.Should().Be("e-2");
        f.OrganizationId.Should().Be("b");
        f.Period.Should().Be(ReportingPeriod.Year(2024));
        f.Citations.Should().Equal(ElecQuorum45Rule.Definition.Citations);
    }

    [Fact]
    public void Tallies_EntitledGiven_IsNotRecomputedFromTheMembers()
    {
        // 10 present of 12 entitled (given): 50 > 48, quorate; the roll of 9 is not consulted.
        Check(new ElectionRecord("e-1", "b", new ElectionInput(Date, 5, Votes(10, 10, 9, 9, 8, 2), 10, 10, 10, entitled: 12))).Should().BeEmpty();
        // 9 present of 12 entitled: 45 ≤ 48.
        Check(new ElectionRecord("e-2", "b", new ElectionInput(Date, 5, Votes(9, 9, 8, 8, 7, 2), 9, 9, 9, entitled: 12)))
            .Should().ContainSingle().Which.Expected.Should().Be("> 9.6");
    }

    [Theory]
    [InlineData("gb", true)]
    [InlineData("b", true)]
    [InlineData("oc", false)]
    public void Congress_OnlyABasicCommitteeMayElectByDelegateCongress(string body, bool finding)
    {
        var input = new ElectionInput(Date, 5, Votes(8, 8, 7, 7, 6, 2), 8, 8, 8, entitled: 9, assembly: ElectionAssembly.DelegateCongress, congressApproved: true, membersRepresented: 600);
        var f = Check(new ElectionRecord("e-c", body, input)).Where(x => x.RuleId == "ELEC-ASSEMBLY-OR-CONGRESS-500" && x.Expected == "general-meeting").ToArray();
        f.Should().HaveCount(finding ? 1 : 0);
        if (finding)
        {
            f[0].Actual.Should().Be("delegate-congress");
            f[0].Severity.Should().Be(Severity.Error);
            f[0].SubjectId.Should().Be("e-c");
            f[0].OrganizationId.Should().Be(body);
            f[0].Citations.Should().Equal(new Citation(Regulation.Constitution, 31));
        }
    }

    [Fact]
    public void Congress_GeneralMeetingAtABranch_IsNoCongressFinding() =>
        Check(new ElectionRecord("e-g", "gb", new ElectionInput(Date, 5, Votes(8, 8, 7, 7, 6, 2), 8, 8, 8, entitled: 9)))
            .Where(x => x.RuleId == "ELEC-ASSEMBLY-OR-CONGRESS-500").Should().BeEmpty();

    [Fact]
    public void WinThreshold_VoidVote_IsLeftToTheBallotRule()
    {
        // 8 returned of 7 issued (void) and two seats short of the threshold: only the ballot finding.
        var findings = Check(new ElectionRecord("e-v", "b", new ElectionInput(Date, 5, Votes(8, 8, 7, 4, 4, 2), 8, 7, 8)));
        findings.Select(f => f.RuleId).Should().Equal("ELEC-BALLOT-VALIDITY");
        findings[0].Severity.Should().Be(Severity.Error);

        // The same shortfall in a valid vote is the threshold rule's warning.
        var valid = Check(new ElectionRecord("e-w", "b", new ElectionInput(Date, 5, Votes(8, 8, 7, 4, 4, 2), 8, 8, 8)));
        valid.Should().ContainSingle().Which.RuleId.Should().Be("ELEC-WIN-THRESHOLD");
    }

    [Fact]
    public void SoftReasonOfAHardRule_IsAWarning_UnderTheRulesId()
    {
        // A congress of a basic committee with approval but fewer than 500 members: the soft reason.
        var input = new ElectionInput(Date, 5, Votes(8, 8, 7, 7, 6, 2), 8, 8, 8, entitled: 9, assembly: ElectionAssembly.DelegateCongress, congressApproved: true, membersRepresented: 499);
        var f = Check(new ElectionRecord("e-c", "oc", input)).Where(x => x.RuleId == "ELEC-ASSEMBLY-OR-CONGRESS-500").ToArray();
        f.Should().ContainSingle().Which.Severity.Should().Be(Severity.Warning);
        ElecAssemblyOrCongress500Rule.Definition.DefaultSeverity.Should().Be(Severity.Error);
    }

    [Fact]
    public void Report_UsesTheProfilesSeverity()
    {
        var tree = TermTestData.Tree();
        var profile = ComplianceProfile.StateOrgans.Derive("quorum-warning", new LocalizedText("测试", "test")).WithSeverity("ELEC-QUORUM-4-5", Severity.Warning);
        var input = new ComplianceInput(tree, TermTestData.AsOf).WithElections(ElectionLog.Create(tree, new[] { Inquorate(Date) }));
        new ComplianceChecker(profile).Check(input).Findings.Where(f => f.RuleId == "ELEC-QUORUM-4-5")
            .Should().ContainSingle().Which.Severity.Should().Be(Severity.Warning);
    }

    [Fact]
    public void Descriptors_ReadTheNumbersUnlessTheyDoNot()
    {
        ElecQuorum45Rule.Definition.Parameters.Should().Equal(ElectionParameters.Numbers);
        ElecBallotValidityRule.Definition.Parameters.Should().BeEmpty();
        ElecSecretaryByCommitteeRule.Definition.Parameters.Should().BeEmpty();
        ElecQuorum45Rule.Definition.Category.Should().Be(RuleCategory.Election);
        var soft = ElectionRuleSupport.Soft(ElecQuorum45Rule.Definition);
        soft.Id.Should().Be("ELEC-QUORUM-4-5");
        soft.DefaultSeverity.Should().Be(Severity.Warning);
        soft.Citations.Should().Equal(ElecQuorum45Rule.Definition.Citations);
        soft.Arguments.Should().Equal("reason", "reasonEn");
    }
}
