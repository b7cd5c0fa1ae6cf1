using System;
using System.IO;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Organizations;
using Xunit;

namespace PartyOrg.Domain.Tests.Readme;

/// <summary>The hierarchy snippet suggested for the README and shown in docs/hierarchy.md: it compiles and runs.</summary>
[Collection("Console")]
public class HierarchySnippetTests
{
    [Fact]
    public void HierarchySnippet_ChecksThenMergesTheSmallBranches()
    {
        var output = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(output);
        try
        {
            // snippet:hierarchy:begin
            var builder = new OrganizationTreeBuilder()
                .Add(new Organization("oc", OrganizationKind.OrganCommittee, "市发改委机关党委"))
                .Add(new Organization("b-1", OrganizationKind.Branch, "价格处党支部", parentId: "oc"))
                .Add(new Organization("b-2", OrganizationKind.Branch, "法规处党支部", parentId: "oc"));
            foreach (var (id, branch) in new[] { ("m-1", "b-1"), ("m-2", "b-1"), ("m-3", "b-2"), ("m-4", "b-2") })
            {
                builder.Add(new Member(id, "党员" + id, MembershipStatus.Full, branch));
            }

            var tree = builder.Build();
            var checker = new ComplianceChecker(ComplianceProfile.StateOrgans);
            var before = checker.Check(new ComplianceInput(tree, new LocalDate(2026, 11, 22)));

            // What if the two small branches formed one joint branch (联合党支部)?
            var merged = tree.MergeIntoJointBranch(new[] { "b-1", "b-2" },
                new Organization("j-1", OrganizationKind.Branch, "价格处、法规处联合党支部", form: BranchForm.Joint));
            var after = checker.Check(new ComplianceInput(merged, new LocalDate(2026, 11, 22)));

            foreach (var fixedFinding in FindingComparison.Compare(before, after).Fixed)
            {
                Console.WriteLine($"fixed: {fixedFinding.RuleId} {fixedFinding.SubjectId}");
            }
            // snippet:hierarchy:end
        }
        finally
        {
            Console.SetOut(previous);
        }

        output.ToString().Should().Contain("fixed: ORG-BRANCH-MIN-MEMBERS b-1").And.Contain("fixed: ORG-BRANCH-MIN-MEMBERS b-2");
    }
}
