using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Meetings;
using Xunit;

namespace PartyOrg.Domain.Tests.Compliance;

/// <summary>One registry, one shape: every rule registered once, one file per rule named after its id.</summary>
public sealed class RuleRegistryTests
{
    private static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PartyOrg.Domain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    [Fact]
    public void EveryRuleType_IsRegisteredExactlyOnce_AndEveryIdHasOneType()
    {
        var types = typeof(RuleCatalog).Assembly.GetTypes()
            .Where(t => typeof(IComplianceRule).IsAssignableFrom(t) && !t.IsAbstract && !t.IsInterface)
            .ToArray();
        var registered = RuleCatalog.Rules.Select(r => r.GetType()).ToArray();
        registered.Should().OnlyHaveUniqueItems();
        registered.Should().BeEquivalentTo(types);
        RuleCatalog.Rules.Select(r => r.Descriptor.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void EveryBuiltInProfileRule_IsARegisteredRule()
    {
        var registered = RuleCatalog.Rules.Select(r => r.GetType()).ToHashSet();
        foreach (var profile in ComplianceProfile.BuiltIn)
        {
            profile.Rules.Select(r => r.GetType()).Should().OnlyContain(t => registered.Contains(t), profile.Name);
        }
    }

    [Fact]
    public void OptInRules_AreInTheCatalogue() =>
        RuleCatalog.TryFind("MTG-LECTURE-BRANCH-SECRETARY", out _).Should().BeTrue();

    [Fact]
    public void EveryRule_LivesInOneFileNamedAfterItsId_InItsFamilyFolder()
    {
        foreach (var rule in RuleCatalog.Rules)
        {
            var id = rule.Descriptor.Id;
            var file = RuleCatalog.SourceFileOf(id)!;
            var path = Path.Combine(Root, file);
            File.Exists(path).Should().BeTrue(file);
            Path.GetFileNameWithoutExtension(file).Should().Be(rule.GetType().Name, id);
            File.ReadAllText(path).Should().Contain("\"" + id + "\"", file);
        }
    }

    [Fact]
    public void EveryRuleId_IsWrittenInCodeOnlyInItsOwnFile()
    {
        var files = Directory.GetFiles(Path.Combine(Root, "src", "PartyOrg.Domain"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(f => (Path: f, Text: string.Join("\n", File.ReadAllLines(f).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)))))
            .ToArray();
        foreach (var rule in RuleCatalog.Rules)
        {
            var literal = "\"" + rule.Descriptor.Id + "\"";
            files.Where(f => f.Text.Contains(literal, StringComparison.Ordinal)).Select(f => Path.GetFileName(f.Path))
                .Should().Equal(new[] { Path.GetFileName(RuleCatalog.SourceFileOf(rule.Descriptor.Id)!) }, rule.Descriptor.Id);
        }
    }

    [Fact]
    public void DocsRules_ListsEveryRuleWithItsSourceFile()
    {
        var docs = File.ReadAllText(Path.Combine(Root, "docs", "rules.md"));
        foreach (var rule in RuleCatalog.Rules)
        {
            docs.Should().Contain("### " + rule.Descriptor.Id + "\n");
            docs.Should().Contain("- Source file: `" + RuleCatalog.SourceFileOf(rule.Descriptor.Id) + "`");
        }
    }

    [Fact]
    public void MeetingRequirements_AreTheRulesOwnObjects_AndEveryDefaultRequirementHasARule()
    {
        foreach (var requirement in MeetingRequirements.Default.Requirements.Append(MeetingRequirements.BranchSecretaryLecture))
        {
            RuleCatalog.TryFind(requirement.RuleId, out _).Should().BeTrue(requirement.RuleId);
        }

        ComplianceProfile.StateOrgans.Get(MeetingParameters.Requirements).Should().BeSameAs(MeetingRequirements.Default);
    }

    [Fact]
    public void MeetingRequirementWithoutARule_CannotBeSetOnAProfile()
    {
        var orphan = new MeetingRequirement("MTG-NOT-A-RULE", MeetingKind.GroupMeeting, OrganizationScope.Branches, MeetingFrequency.Yearly);
        var act = () => ComplianceProfile.StateOrgans.WithParameter(MeetingParameters.Requirements, MeetingRequirements.Default.With(orphan));
        act.Should().Throw<ArgumentException>().WithMessage("*MTG-NOT-A-RULE*");
    }

    [Fact]
    public void RuleIds_FollowTheCatalogueStyle()
    {
        RuleCatalog.Rules.Select(r => r.Descriptor.Id).Should().OnlyContain(id => Regex.IsMatch(id, "^[A-Z]+(-[A-Z0-9]+)+$"));
    }
}
