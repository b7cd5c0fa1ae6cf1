using System;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using Xunit;

namespace PartyOrg.Domain.Tests.Compliance;

public class ComplianceCoreTests
{
    private static readonly LocalDate AsOf = new(2026, 11, 22);

    private static OrganizationTree SmallTree(int fullInB1, int fullInB2 = 5)
    {
        var b = new OrganizationTreeBuilder()
            .Add(new Organization("oc", OrganizationKind.OrganCommittee, "机关党委"))
            .Add(new Organization("b-1", OrganizationKind.Branch, "一支部", "oc"))
            .Add(new Organization("b-2", OrganizationKind.Branch, "二支部", "oc"));
        for (var i = 0; i < fullInB1; i++)
        {
            b.Add(new Member($"a-{i}", $"甲{i}", MembershipStatus.Full, "b-1"));
        }

        for (var i = 0; i < fullInB2; i++)
        {
            b.Add(new Member($"b-{i}", $"乙{i}", MembershipStatus.Full, "b-2"));
        }

        return b.Build();
    }

    private sealed class EveryOrganizationRule : IComplianceRule
    {
        public static readonly ParameterKey<int> Limit = new("test.limit", new LocalizedText("上限", "limit"));

        public RuleDescriptor Descriptor { get; } = new(
            "TEST-EVERY-ORG",
            RuleCategory.Other,
            new LocalizedText("测试", "Test"),
            new LocalizedText("{subject}：{0}", "{subject}: {0}"),
            Severity.Info,
            new[] { new Citation(Regulation.Constitution, 1) },
            parameters: new ParameterKey[] { Limit });

        public void Evaluate(ComplianceContext context)
        {
            var limit = context.Parameter(Limit);
            foreach (var org in context.Tree.Organizations.Take(limit))
            {
                context.Report(Descriptor, org.Id, org.Id, ReportingPeriod.Year(2026), "x", "y", org.Kind.Name);
            }
        }
    }

    [Fact]
    public void Check_SameInput_SameFindingsInOrder()
    {
        var tree = SmallTree(2);
        var checker = new ComplianceChecker(ComplianceProfile.StateOrgans);
        var a = checker.Check(new ComplianceInput(tree, AsOf));
        var b = checker.Check(new ComplianceInput(tree, AsOf));
        a.Findings.Should().Equal(b.Findings);
        a.Findings.Should().BeInAscendingOrder();
    }

    [Fact]
    public void Profile_WithRuleAndParameter_RunsApplicationRule()
    {
        var profile = ComplianceProfile.StateOrgans
            .Derive("test-local", new LocalizedText("测试地方方案", "Test local profile"))
            .WithRule(new EveryOrganizationRule())
            .WithParameter(EveryOrganizationRule.Limit, 2);
        profile.BasedOn.Should().Be("state-organs");
        var report = new ComplianceChecker(profile).Check(new ComplianceInput(SmallTree(3), AsOf));
        var mine = report.ForRule("TEST-EVERY-ORG").ToList();
        mine.Should().HaveCount(2);
        mine.Single(f => f.SubjectId == "oc").Message.Chinese.Should().Be("机关党委：organ-committee");
        mine[0].Period.Should().Be(ReportingPeriod.Year(2026));
    }

    [Fact]
    public void Profile_WithSeverity_OverridesFindings()
    {
        var profile = ComplianceProfile.StateOrgans.WithSeverity("ORG-BRANCH-MIN-MEMBERS", Severity.Warning);
        var report = new ComplianceChecker(profile).Check(new ComplianceInput(SmallTree(2), AsOf));
        report.ForRule("ORG-BRANCH-MIN-MEMBERS").Should().ContainSingle().Which.Severity.Should().Be(Severity.Warning);
    }

    [Fact]
    public void Profile_WithoutRule_DisablesIt()
    {
        var profile = ComplianceProfile.StateOrgans.WithoutRule("ORG-BRANCH-MIN-MEMBERS");
        profile.IsEnabled("ORG-BRANCH-MIN-MEMBERS").Should().BeFalse();
        new ComplianceChecker(profile).Check(new ComplianceInput(SmallTree(2), AsOf))
            .ForRule("ORG-BRANCH-MIN-MEMBERS").Should().BeEmpty();
        ComplianceProfile.StateOrgans.IsEnabled("ORG-BRANCH-MIN-MEMBERS").Should().BeTrue("profiles are immutable");
    }

    [Fact]
    public void Profile_UnknownRule_ThrowsNamingIt()
    {
        Action act = () => ComplianceProfile.StateOrgans.WithoutRule("NO-SUCH-RULE");
        act.Should().Throw<ArgumentException>().WithMessage("*NO-SUCH-RULE*");
    }

    [Fact]
    public void Profile_MissingParameter_ThrowsNamingIt()
    {
        Action act = () => ComplianceProfile.StateOrgans.Get(EveryOrganizationRule.Limit);
        act.Should().Throw<System.Collections.Generic.KeyNotFoundException>().WithMessage("*test.limit*");
    }

    [Fact]
    public void BuiltIn_OnePerSector_StateOrgansFirst()
    {
        ComplianceProfile.BuiltIn.Select(p => p.Name).Should().StartWith("state-organs").And.OnlyHaveUniqueItems();
        ComplianceProfile.BuiltIn.Should().HaveCount(Sector.List.Count);
        ComplianceProfile.TryFromName("rural", out var rural).Should().BeTrue();
        rural!.Sector.Should().Be(Sector.Rural);
    }

    [Fact]
    public void Report_RollUp_CountsOwnAndSubtree()
    {
        var profile = ComplianceProfile.StateOrgans.WithRule(new EveryOrganizationRule()).WithParameter(EveryOrganizationRule.Limit, 3);
        var report = new ComplianceChecker(profile).Check(new ComplianceInput(SmallTree(2), AsOf));
        var oc = report.RollUpFor("oc");
        oc.Infos.Should().Be(report.Findings.Count(f => f.OrganizationId == "oc" && f.Severity == Severity.Info));
        oc.Infos.Should().BeGreaterThanOrEqualTo(1, "the test rule reports oc itself");
        oc.SubtreeInfos.Should().Be(report.Infos, "every organization is in oc's subtree");
        oc.SubtreeErrors.Should().Be(report.Errors);
        report.RollUpFor("b-1").Errors.Should().Be(report.Findings.Count(f => f.OrganizationId == "b-1" && f.Severity == Severity.Error));
    }

    [Fact]
    public void Finding_Order_SubjectThenRuleThenPeriod()
    {
        Finding F(string subject, string rule, ReportingPeriod? p) =>
            new(rule, Severity.Error, subject, null, p, "e", "a", new[] { new Citation(Regulation.Constitution, 1) }, new LocalizedText("中", "en"));
        var sorted = new[]
        {
            F("b", "A-RULE", null), F("a", "B-RULE", ReportingPeriod.Month(2026, 2)), F("a", "B-RULE", ReportingPeriod.Month(2026, 1)),
            F("a", "A-RULE", ReportingPeriod.Month(2026, 3)), F("a", "B-RULE", null),
        }.OrderBy(f => f).Select(f => $"{f.SubjectId} {f.RuleId} {f.Period}").ToList();
        sorted.Should().Equal("a A-RULE 2026-03", "a B-RULE ", "a B-RULE 2026-01", "a B-RULE 2026-02", "b A-RULE ");
    }

    [Fact]
    public void Input_DefaultWindow_IsYearToAsOf()
    {
        var input = new ComplianceInput(SmallTree(3), AsOf);
        input.Window.Equals(new DateInterval(new LocalDate(2026, 1, 1), AsOf)).Should().BeTrue();
    }

    [Fact]
    public void RuleDescriptor_BadId_Throws()
    {
        Action act = () => _ = new RuleDescriptor("bad id", RuleCategory.Other, new LocalizedText("a", "b"), new LocalizedText("a", "b"), Severity.Info, new[] { new Citation(Regulation.Constitution) });
        act.Should().Throw<ArgumentException>().WithMessage("*bad id*");
    }

    [Fact]
    public void RuleCatalog_EveryRuleIsDocumentedAndCited()
    {
        RuleCatalog.Rules.Should().NotBeEmpty();
        foreach (var d in RuleCatalog.Descriptors)
        {
            d.Citations.Should().NotBeEmpty(d.Id);
            d.Title.Chinese.Should().NotBeNullOrWhiteSpace(d.Id);
            foreach (var key in d.Parameters)
            {
                var enabledIn = ComplianceProfile.BuiltIn.Where(p => p.IsEnabled(d.Id)).ToArray();
                if (enabledIn.Length == 0)
                {
                    // An opt-in rule (MTG-LECTURE-BRANCH-SECRETARY): the default profile with it added must carry its parameters.
                    enabledIn = new[] { ComplianceProfile.StateOrgans.WithBranchSecretaryLecture() }.Where(p => p.IsEnabled(d.Id)).ToArray();
                    enabledIn.Should().NotBeEmpty($"{d.Id} is in no built-in profile and has no overlay");
                }

                enabledIn.Should().OnlyContain(p => p.Has(key), $"{d.Id} reads {key.Name}");
            }
        }
    }
}
