using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Organizations;
using Xunit;

namespace PartyOrg.Domain.Tests.Readme;

/// <summary>The README's quickstart is this code: the test compiles and runs it, and checks the README still shows it.</summary>
[Collection("Console")]
public class QuickstartTests
{
    [Fact]
    public void Quickstart_RunsAndReportsTheSmallBranch()
    {
        var output = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(output);
        try
        {
            // README:quickstart:begin
            var tree = new OrganizationTreeBuilder()
                .Add(new Organization("oc", OrganizationKind.OrganCommittee, "市发改委机关党委"))
                .Add(new Organization("b-1", OrganizationKind.Branch, "综合处党支部", parentId: "oc"))
                .Add(new Member("m-1", "张三", MembershipStatus.Full, branchId: "b-1"))
                .Add(new Member("m-2", "李四", MembershipStatus.Full, branchId: "b-1"))
                .Add(new Member("m-3", "王五", MembershipStatus.Probationary, branchId: "b-1"))
                .Build();

            var report = new ComplianceChecker(ComplianceProfile.StateOrgans)
                .Check(new ComplianceInput(tree, asOf: new LocalDate(2026, 11, 22)));

            foreach (var finding in report.Findings)
            {
                Console.WriteLine($"{finding.Severity} {finding.RuleId} {finding.SubjectId}: {finding.Message.English}");
            }
            // README:quickstart:end
        }
        finally
        {
            Console.SetOut(previous);
        }

        output.ToString().Should().Contain("Error ORG-BRANCH-MIN-MEMBERS b-1: Branch \"综合处党支部\" has 2 full members, fewer than 3");
    }

    [Fact]
    public void Readme_ShowsTheQuickstartCode()
    {
        var root = Cli.RulesDocTests.RepoRoot();
        var source = File.ReadAllLines(Path.Combine(root, "tests", "PartyOrg.Domain.Tests", "Readme", "QuickstartTests.cs"));
        var begin = Array.FindIndex(source, l => l.Trim() == "// README:quickstart:" + "begin");
        var end = Array.FindIndex(source, l => l.Trim() == "// README:quickstart:" + "end");
        var code = source.Skip(begin + 1).Take(end - begin - 1).Select(l => l.Length >= 12 ? l.Substring(12) : l.Trim()).ToArray();
        var readme = File.ReadAllText(Path.Combine(root, "README.md")).Replace("\r\n", "\n");
        readme.Should().Contain(string.Join("\n", code), "the README quickstart must be the code this test compiles and runs");
    }
}

[CollectionDefinition("Console", DisableParallelization = true)]
public class ConsoleCollection
{
}
