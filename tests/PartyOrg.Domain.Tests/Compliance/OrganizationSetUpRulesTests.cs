using System.Linq;
using FluentAssertions;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Tests.TestSupport;
using Xunit;

namespace PartyOrg.Domain.Tests.Compliance;

public sealed class OrganizationSetUpRulesTests
{
    internal static string[] Subjects(ComplianceReport report, string ruleId) =>
        report.ForRule(ruleId).Select(f => f.SubjectId).ToArray();

    [Theory]
    [InlineData(2, 5, true)]
    [InlineData(3, 0, false)]
    [InlineData(4, 0, false)]
    public void BranchMinMembers_FullMembersOnlyCount_ReportsBelowThree(int full, int probationary, bool reported)
    {
        var report = TreeKit.Organ().Branch("b", "oc", full, probationary).Check();

        Subjects(report, "ORG-BRANCH-MIN-MEMBERS").Should().BeEquivalentTo(reported ? new[] { "b" } : new string[0]);
        if (reported)
        {
            var f = report.ForRule("ORG-BRANCH-MIN-MEMBERS").Single();
            f.Severity.Should().Be(Severity.Error);
            f.OrganizationId.Should().Be("b");
            f.Citations.Should().NotBeEmpty();
        }
    }

    [Fact]
    public void BranchMinMembers_JointBranch_NotReported()
    {
        var report = TreeKit.Organ().Branch("j", "oc", 2, 0, BranchForm.Joint, coveredUnits: 2).Check();
        Subjects(report, "ORG-BRANCH-MIN-MEMBERS").Should().BeEmpty();
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void BasicAnyMin3_GeneralBranchWithFewFullMembers_Reported(int full, bool reported)
    {
        var report = TreeKit.Organ()
            .Org("gb", OrganizationKind.GeneralBranch, "oc")
            .Branch("b", "gb", full, 4)
            .Check();

        Subjects(report, "ORG-BASIC-ANY-MIN-3").Contains("gb").Should().Be(reported);
    }

    [Theory]
    [InlineData(50, 0, false)]
    [InlineData(50, 1, true)]
    [InlineData(51, 0, true)]
    public void BranchMaxMembers_CountsAllMembers_ReportsAboveFifty(int full, int probationary, bool reported)
    {
        var report = TreeKit.Organ().Branch("b", "oc", full, probationary).Check();

        var findings = report.ForRule("ORG-BRANCH-MAX-MEMBERS").ToArray();
        findings.Should().HaveCount(reported ? 1 : 0);
        if (reported)
        {
            findings[0].Severity.Should().Be(Severity.Warning);
            findings[0].Actual.Should().Be((full + probationary).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData(49, false, false)]
    [InlineData(50, true, false)]
    [InlineData(99, true, false)]
    [InlineData(100, false, true)]
    public void OrganThresholds_BranchHeadingAnOrgan_GeneralBranchAt50To99CommitteeFrom100(int members, bool generalBranch, bool committee)
    {
        var report = new TreeKit().Org("wc", OrganizationKind.WorkingCommittee).Branch("b", "wc", members - 5, 5).Check();

        Subjects(report, "ORG-GENBRANCH-THRESHOLD-ORGAN").Should().HaveCount(generalBranch ? 1 : 0);
        Subjects(report, "ORG-COMMITTEE-THRESHOLD-ORGAN").Should().HaveCount(committee ? 1 : 0);
        report.ForRule("ORG-GENBRANCH-THRESHOLD-ORGAN").Concat(report.ForRule("ORG-COMMITTEE-THRESHOLD-ORGAN"))
            .All(f => f.Severity == Severity.Error).Should().BeTrue();
    }

    [Theory]
    [InlineData(99, false)]
    [InlineData(100, true)]
    public void OrganCommitteeThreshold_GeneralBranchHeadingAnOrgan_ErrorFrom100(int members, bool reported)
    {
        var report = new TreeKit().Org("wc", OrganizationKind.WorkingCommittee)
            .Org("gb", OrganizationKind.GeneralBranch, "wc")
            .Branch("b1", "gb", 40)
            .Branch("b2", "gb", members - 40)
            .Check();

        Subjects(report, "ORG-COMMITTEE-THRESHOLD-ORGAN").Should().BeEquivalentTo(reported ? new[] { "gb" } : new string[0]);
        Subjects(report, "ORG-GENBRANCH-THRESHOLD-ORGAN").Should().BeEmpty();
    }

    [Fact]
    public void OrganCommitteeThreshold_CommitteeHeadingAnOrganOf100_Compliant()
    {
        var report = TreeKit.Organ().Branch("b1", "oc", 50).Branch("b2", "oc", 50).Check();
        Subjects(report, "ORG-COMMITTEE-THRESHOLD-ORGAN").Should().BeEmpty();
        Subjects(report, "ORG-BELOW-THRESHOLD-APPROVAL").Should().BeEmpty();
    }

    [Theory]
    [InlineData(99, true)]
    [InlineData(100, false)]
    public void BelowThresholdApproval_OrganCommitteeBelow100_Info(int members, bool reported)
    {
        var report = TreeKit.Organ().Branch("b1", "oc", 50).Branch("b2", "oc", members - 50).Check();
        var findings = report.ForRule("ORG-BELOW-THRESHOLD-APPROVAL").Where(f => f.SubjectId == "oc").ToArray();
        findings.Should().HaveCount(reported ? 1 : 0);
        findings.All(f => f.Severity == Severity.Info).Should().BeTrue();
    }

    [Theory]
    [InlineData(49, true)]
    [InlineData(50, false)]
    public void BelowThresholdApproval_OrganTopGeneralBranchBelow50_Info(int members, bool reported)
    {
        // A county bureau: 党组 + a general branch directly under the working committee (the organ as a whole).
        var kit = new TreeKit().Org("wc", OrganizationKind.WorkingCommittee).Org("lg", OrganizationKind.LeadingGroup, leads: "gb")
            .Org("gb", OrganizationKind.GeneralBranch, "wc").Branch("b", "gb", members);
        Subjects(kit.Check(), "ORG-BELOW-THRESHOLD-APPROVAL").Contains("gb").Should().Be(reported);
    }

    [Theory]
    [InlineData(12)]
    [InlineData(49)]
    public void BelowThresholdApproval_GeneralBranchInsideAnOrganCommittee_NotJudged(int members)
    {
        // 机关条例 Arts. 5–6 count the organ as a whole: a general branch inside an organ committee is not held to 50.
        var report = TreeKit.Organ().Org("gb", OrganizationKind.GeneralBranch, "oc").Branch("b", "gb", members).Check();
        Subjects(report, "ORG-BELOW-THRESHOLD-APPROVAL").Should().NotContain("gb");
    }

    [Theory]
    [InlineData(50, true)]
    [InlineData(51, false)]
    public void BelowThresholdApproval_OtherUnitsExclusiveBound_GeneralBranchOf50Reported(int members, bool reported)
    {
        var report = new TreeKit().Org("gb", OrganizationKind.GeneralBranch).Branch("b", "gb", members)
            .Check(ComplianceProfile.OtherUnits);
        Subjects(report, "ORG-BELOW-THRESHOLD-APPROVAL").Contains("gb").Should().Be(reported);
    }

    [Theory]
    [InlineData(50, false)]
    [InlineData(51, true)]
    public void ThresholdsGeneral_OtherUnitsBranchAbove50_Warning(int members, bool reported)
    {
        var report = new TreeKit().Branch("b", "x", members).Org("x", OrganizationKind.BasicCommittee).Check(ComplianceProfile.OtherUnits);
        Subjects(report, "ORG-THRESHOLDS-GENERAL").Should().BeEmpty("a branch under a committee is not the top of its unit");

        var report2 = new TreeKit().Org("b", OrganizationKind.Branch).Members("b", members).Check(ComplianceProfile.OtherUnits);
        var findings = report2.ForRule("ORG-THRESHOLDS-GENERAL").ToArray();
        findings.Should().HaveCount(reported ? 1 : 0);
        findings.All(f => f.Severity == Severity.Warning).Should().BeTrue();
    }

    [Theory]
    [InlineData(100, false)]
    [InlineData(101, true)]
    public void ThresholdsGeneral_OtherUnitsGeneralBranchAbove100_Warning(int members, bool reported)
    {
        var report = new TreeKit().Org("gb", OrganizationKind.GeneralBranch).Branch("b1", "gb", 50).Branch("b2", "gb", members - 50)
            .Check(ComplianceProfile.OtherUnits);
        Subjects(report, "ORG-THRESHOLDS-GENERAL").Should().HaveCount(reported ? 1 : 0);
    }

    [Theory]
    [InlineData(99, false)]
    [InlineData(100, true)]
    public void ThresholdsGeneral_RuralCommitteeBoundInclusive_Warning(int members, bool reported)
    {
        var report = new TreeKit().Org("gb", OrganizationKind.GeneralBranch).Branch("b1", "gb", 50).Branch("b2", "gb", members - 50)
            .Check(ComplianceProfile.Rural);
        Subjects(report, "ORG-THRESHOLDS-GENERAL").Should().HaveCount(reported ? 1 : 0);
    }

    [Theory]
    [InlineData(5, 2, false)]
    [InlineData(6, 2, true)]
    public void JointBranch_MoreThanFiveUnits_Warning(int units, int full, bool reported)
    {
        var report = TreeKit.Organ().Branch("j", "oc", full, 0, BranchForm.Joint, units).Check();
        var findings = report.ForRule("ORG-JOINT-BRANCH").ToArray();
        findings.Should().HaveCount(reported ? 1 : 0);
        findings.All(f => f.Severity == Severity.Warning && f.Expected == "≤ 5 units").Should().BeTrue();
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    public void JointBranch_FullMembersAtLeastThreePerUnit_SomeUnitNeedsItsOwnBranch(int full, bool reported)
    {
        var report = TreeKit.Organ().Branch("j", "oc", full, 3, BranchForm.Joint, 2).Check();
        report.ForRule("ORG-JOINT-BRANCH").Should().HaveCount(reported ? 1 : 0);
    }

    [Fact]
    public void JointBranch_WithoutCoveredUnits_NotDecidable()
    {
        var report = TreeKit.Organ().Branch("j", "oc", 30, 0, BranchForm.Joint).Check();
        report.ForRule("ORG-JOINT-BRANCH").Should().BeEmpty();
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(-1, true)]
    public void TempBranch_PastPlannedEnd_ShouldBeDissolved(int endOffsetDays, bool reported)
    {
        var kit = TreeKit.Organ().Branch("b", "oc", 3)
            .Org("t", OrganizationKind.Branch, "oc", BranchForm.Temporary, established: new NodaTime.LocalDate(2026, 1, 1), plannedEnd: TreeKit.AsOf.PlusDays(endOffsetDays));
        var report = kit.Check();
        var findings = report.ForRule("ORG-TEMP-BRANCH").ToArray();
        findings.Should().HaveCount(reported ? 1 : 0);
        findings.All(f => f.Severity == Severity.Warning && f.SubjectId == "t").Should().BeTrue();
    }

    [Fact]
    public void TempBranch_DissolvedAfterPlannedEnd_Compliant()
    {
        var report = TreeKit.Organ().Branch("b", "oc", 3)
            .Org("t", OrganizationKind.Branch, "oc", BranchForm.Temporary, established: new NodaTime.LocalDate(2025, 1, 1),
                plannedEnd: new NodaTime.LocalDate(2026, 1, 1), dissolved: new NodaTime.LocalDate(2026, 1, 2))
            .Check();
        report.ForRule("ORG-TEMP-BRANCH").Should().BeEmpty();
    }

    [Theory]
    [InlineData(6, 3, true)]
    [InlineData(5, 3, false)]
    [InlineData(6, 2, false)]
    public void ProjectBranch6M_LongProjectWithThreeFullMembers_Info(int months, int full, bool reported)
    {
        var start = new NodaTime.LocalDate(2026, 6, 1);
        var kit = TreeKit.Organ().Branch("b", "oc", 5, 2)
            .Org("t", OrganizationKind.Branch, "oc", BranchForm.Temporary, established: start, plannedEnd: start.PlusMonths(months));
        var tree = kit.Build();
        var seconded = tree.MembersOf("b").Take(full).Select(m => m.Id).Concat(tree.MembersOf("b").Where(m => !m.IsFull).Select(m => m.Id)).ToList();
        var builder = tree.Organizations.Aggregate(new OrganizationTreeBuilder(), (b, o) => b.Add(o));
        foreach (var m in tree.Members)
        {
            builder.Add(seconded.Contains(m.Id) ? m.WithTemporaryBranches(new[] { "t" }) : m);
        }

        var report = new ComplianceChecker(ComplianceProfile.StateOrgans).Check(new ComplianceInput(builder.Build(), TreeKit.AsOf));
        var findings = report.ForRule("ORG-PROJECT-BRANCH-6M").ToArray();
        findings.Should().HaveCount(reported ? 1 : 0);
        findings.All(f => f.Severity == Severity.Info).Should().BeTrue();
    }
}
