using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Elections;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Tests.Terms;
using Xunit;

namespace PartyOrg.Domain.Tests.Compliance;

public sealed class ElectionRulesTests
{
    private static readonly LocalDate Date = new(2024, 3, 15);

    private static IEnumerable<CandidateVotes> Six(params int[] votes) => votes.Select((v, i) => new CandidateVotes("m-" + (i + 1), v));

    private static Finding[] Check(params ElectionRecord[] records)
    {
        var tree = TermTestData.Tree();
        var input = new ComplianceInput(tree, TermTestData.AsOf).WithElections(ElectionLog.Create(tree, records));
        return new ComplianceChecker(ComplianceProfile.StateOrgans).Check(input).Findings.Where(f => f.RuleId.StartsWith("ELEC-", StringComparison.Ordinal)).ToArray();
    }

    private static ElectionRecord Compliant(string? secretary = "m-1", string? approvedBy = "gb") =>
        new("e-1", "b", new ElectionInput(Date, 5, Six(8, 8, 7, 7, 6, 2), 8, 8, 8), secretary, new[] { "m-2" }, approvedBy, approvedBy is null ? null : new LocalDate(2024, 3, 20));

    [Fact]
    public void VotingRights_CountsFullMembersWithRightsOnly()
    {
        var tree = TermTestData.Tree();

        // m-10 is on Party probation from 2025-06-01; m-9 is probationary.
        VotingRights.Entitled(tree, "b", Date).Should().Be(9);
        VotingRights.Entitled(tree, "b", new LocalDate(2025, 5, 31)).Should().Be(9);
        VotingRights.Entitled(tree, "b", new LocalDate(2025, 6, 1)).Should().Be(8);
        VotingRights.Entitled(tree, "gb", new LocalDate(2025, 6, 1)).Should().Be(8);
        VotingRights.EntitledOnCommittee(tree, "b", Date).Should().Be(3);
    }

    [Fact]
    public void VotingRights_BodyNotElected_Throws()
    {
        var act = () => VotingRights.Entitled(TermTestData.Tree(), "lg", Date);

        act.Should().Throw<ArgumentException>().WithMessage("*lg*");
    }

    [Fact]
    public void Compliant_Election_GivesNoFinding()
    {
        Check(Compliant()).Should().BeEmpty();
    }

    [Fact]
    public void Quorum_SevenOfNinePresent_IsAnErrorAboutTheElection()
    {
        var f = Check(new ElectionRecord("e-2", "b", new ElectionInput(Date, 5, Six(7, 7, 7, 7, 7, 1), 7, 7, 7)))
            .Should().ContainSingle().Subject;

        f.RuleId.Should().Be("ELEC-QUORUM-4-5");
        f.Severity.Should().Be(Severity.Error);
        f.SubjectId.Should().Be("e-2");
        f.OrganizationId.Should().Be("b");
        f.Period.Should().Be(ReportingPeriod.Year(2024));
        f.Expected.Should().Be("> 7.2");
    }

    [Fact]
    public void Quorum_MorePresentThanTheRollAllows_IsReportedNotThrown()
    {
        var f = Check(new ElectionRecord("e-3", "b", new ElectionInput(Date, 1, new[] { new CandidateVotes("m-1", 9) }, 10, 10, 10)))
            .Should().ContainSingle().Subject;

        f.RuleId.Should().Be("ELEC-QUORUM-4-5");
        f.Expected.Should().Be("≤ 9");
    }

    [Fact]
    public void Ballots_ReturnedMoreThanIssued_IsAnError()
    {
        var findings = Check(new ElectionRecord("e-4", "b", new ElectionInput(Date, 5, Six(8, 8, 7, 7, 6, 2), 8, 7, 8)));

        findings.Select(f => f.RuleId).Should().Equal("ELEC-BALLOT-VALIDITY");
    }

    [Fact]
    public void Candidates_TooFew_IsAnError()
    {
        var findings = Check(new ElectionRecord("e-5", "b", new ElectionInput(Date, 5, Six(8, 8, 7, 7, 6), 8, 8, 8)));

        findings.Should().ContainSingle().Which.RuleId.Should().Be("ELEC-DIFF-RATIO-COMMITTEE");
    }

    [Fact]
    public void Shortfall_IsAWarning()
    {
        var f = Check(new ElectionRecord("e-6", "b", new ElectionInput(Date, 5, Six(8, 8, 7, 4, 4, 2), 8, 8, 8))).Should().ContainSingle().Subject;

        f.RuleId.Should().Be("ELEC-WIN-THRESHOLD");
        f.Severity.Should().Be(Severity.Warning);
    }

    [Fact]
    public void Congress_AtABranch_IsAnError()
    {
        var input = new ElectionInput(Date, 5, Six(8, 8, 7, 7, 6, 2), 8, 8, 8, assembly: ElectionAssembly.DelegateCongress, congressApproved: true, membersRepresented: 9);
        var findings = Check(new ElectionRecord("e-7", "b", input));

        findings.Where(f => f.RuleId == "ELEC-ASSEMBLY-OR-CONGRESS-500").Select(f => f.Severity).Should().Contain(Severity.Error);
    }

    [Fact]
    public void Secretary_NotApproved_IsAnError()
    {
        var f = Check(Compliant(approvedBy: null)).Should().ContainSingle().Subject;

        f.RuleId.Should().Be("ELEC-SECRETARY-BY-COMMITTEE");
        f.Severity.Should().Be(Severity.Error);
    }

    [Fact]
    public void Secretary_InOfficeDiffersFromTheElected_IsAWarning()
    {
        var f = Check(Compliant(secretary: "m-4")).Should().ContainSingle().Subject;

        f.Severity.Should().Be(Severity.Warning);
        f.Actual.Should().Be("m-1");
    }

    [Fact]
    public void Secretary_ResultsNotRecorded_GiveNoFinding()
    {
        Check(Compliant(secretary: null, approvedBy: null)).Should().BeEmpty();
    }

    [Fact]
    public void Secretary_ElectedByTheCommittee_CommitteeMembersAreEntitled()
    {
        // 3 committee members (m-1..m-3); 2 present is not more than 4/5 of 3, 3 present is.
        var absent = Check(new ElectionRecord("e-8", "b", new ElectionInput(Date, 1, new[] { new CandidateVotes("m-1", 2) }, 2, 2, 2, office: ElectionOffice.Secretary)));
        var present = Check(new ElectionRecord("e-9", "b", new ElectionInput(Date, 1, new[] { new CandidateVotes("m-1", 3) }, 3, 3, 3, office: ElectionOffice.Secretary)));

        absent.Should().ContainSingle().Which.Expected.Should().Be("> 2.4");
        present.Should().BeEmpty();
    }

    [Fact]
    public void Secretary_ElectedByTheGeneralMeeting_AllMembersAreEntitled()
    {
        var input = new ElectionInput(Date, 1, new[] { new CandidateVotes("m-1", 8) }, 8, 8, 8, office: ElectionOffice.Secretary, assembly: ElectionAssembly.GeneralMeeting);

        Check(new ElectionRecord("e-10", "b", input)).Should().BeEmpty();
    }

    [Fact]
    public void Log_ImpossibleRecords_ListEveryProblem()
    {
        var tree = TermTestData.Tree();
        var input = new ElectionInput(Date, 1, new[] { new CandidateVotes("m-99", 5) }, 8, 8, 8);
        var act = () => ElectionLog.Create(tree, new[]
        {
            new ElectionRecord("e-1", "lg", input),
            new ElectionRecord("e-1", "tb", input, secretaryApprovedBy: "x"),
        });

        var paths = act.Should().Throw<PartyOrgDataException>().Which.Problems.Select(p => p.Path).ToArray();
        paths.Should().Contain(new[] { "$.elections[0].organization", "$.elections[0].candidates[0].member", "$.elections[1].id", "$.elections[1].organization", "$.elections[1].secretaryApprovedBy" });
    }
}
