using System.Linq;
using FluentAssertions;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using PartyOrg.Domain.Tests.TestSupport;
using Xunit;

namespace PartyOrg.Domain.Tests.Compliance;

public sealed class FindingComparisonTests
{
    private static Finding F(string rule, string subject, string actual = "x", Severity severity = Severity.Error, ReportingPeriod? period = null) =>
        new(rule, severity, subject, subject, period, "e", actual, new[] { new Citation(Regulation.Constitution, 30) }, new LocalizedText("中", "en"));

    [Fact]
    public void Compare_MatchesByRuleSubjectAndPeriod()
    {
        var before = new[] { F("R-1", "a"), F("R-2", "a"), F("R-3", "b", period: ReportingPeriod.Quarter(2026, 1)) };
        var after = new[] { F("R-1", "a", actual: "changed"), F("R-3", "b", period: ReportingPeriod.Quarter(2026, 2)), F("R-4", "c") };

        var diff = FindingComparison.Compare(before, after);

        diff.Fixed.Select(f => f.RuleId).Should().BeEquivalentTo("R-2", "R-3");
        diff.Appeared.Select(f => f.RuleId).Should().BeEquivalentTo("R-3", "R-4");
        diff.Unchanged.Should().ContainSingle().Which.Actual.Should().Be("changed");
        diff.HasChanges.Should().BeTrue();
    }

    [Fact]
    public void Compare_RepeatedKeys_MatchOneForOne()
    {
        var diff = FindingComparison.Compare(new[] { F("R", "a"), F("R", "a") }, new[] { F("R", "a") });
        diff.Fixed.Should().HaveCount(1);
        diff.Unchanged.Should().HaveCount(1);
        diff.Appeared.Should().BeEmpty();
    }

    [Fact]
    public void Compare_ReportsBeforeAndAfterAMerger_FixesTheSmallBranch()
    {
        var kit = TreeKit.Organ().Branch("b-1", "oc", 2).Branch("b-2", "oc", 1);
        var checker = new ComplianceChecker(ComplianceProfile.StateOrgans);
        var before = checker.Check(new ComplianceInput(kit.Build(), TreeKit.AsOf));
        var merged = kit.Build().MergeIntoJointBranch(new[] { "b-1", "b-2" }, new Organization("j", OrganizationKind.Branch, "联合党支部", form: BranchForm.Joint));
        var after = checker.Check(new ComplianceInput(merged, TreeKit.AsOf));

        var diff = FindingComparison.Compare(before, after);

        diff.Fixed.Where(f => f.RuleId == "ORG-BRANCH-MIN-MEMBERS").Select(f => f.SubjectId).Should().BeEquivalentTo("b-1", "b-2");
        diff.Appeared.Should().Contain(f => f.RuleId == "COM-ONE-SECRETARY" && f.SubjectId == "j");
        diff.ToString().Should().StartWith("fixed ");
    }
}
