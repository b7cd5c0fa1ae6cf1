using System.Globalization;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Organizations;
using Xunit;

namespace PartyOrg.Domain.Tests.Json;

public sealed class PartyOrgDocumentWriterTests
{
    private static OrganizationTree Tree()
    {
        var b = new OrganizationTreeBuilder();
        b.Add(new Organization("oc", OrganizationKind.OrganCommittee, "机关党委", establishedOn: new LocalDate(2003, 6, 1)));
        b.Add(new Organization("j", OrganizationKind.Branch, "联合支部", "oc", BranchForm.Joint, coveredUnits: 2));
        b.Add(new Organization("t", OrganizationKind.Branch, "临时支部", "oc", BranchForm.Temporary, establishedOn: new LocalDate(2026, 1, 1), plannedEndOn: new LocalDate(2026, 12, 31)));
        b.Add(new Organization("g", OrganizationKind.PartyGroup, "小组", "j"));
        b.Add(new Member("m-1", "张三", MembershipStatus.Full, "j", "g", new LocalDate(2000, 1, 1), new LocalDate(2001, 1, 1),
            new[] { new RightsRestriction(RestrictionKind.PartyProbation, new LocalDate(2025, 1, 1), new LocalDate(2026, 12, 31)) }, new[] { "t" }));
        b.Add(new Member("m-2", "李四", MembershipStatus.Probationary, "j", admittedOn: new LocalDate(2026, 3, 1)));
        b.Add(new Post("j", "m-1", PostKind.CommitteeMember, new LocalDate(2024, 1, 1), new LocalDate(2026, 1, 1), CommitteeDuty.Publicity));
        b.Add(new Post("g", "m-1", PostKind.GroupLeader, new LocalDate(2024, 1, 1)));
        return b.Build();
    }

    [Fact]
    public void Write_ThenLoad_GivesTheSameTree()
    {
        var tree = Tree();
        var json = PartyOrgDocumentWriter.Write(new ComplianceInput(tree, new LocalDate(2026, 11, 22)), "state-organs");
        var loaded = PartyOrgDocument.Parse(json);
        loaded.Problems.Should().BeEmpty();
        var doc = loaded.Document!;
        doc.AsOf.Should().Be(new LocalDate(2026, 11, 22));
        doc.ProfileName.Should().Be("state-organs");
        doc.Tree.Organizations.Should().Equal(tree.Organizations);
        doc.Tree.Members.Should().Equal(tree.Members);
        doc.Tree.Posts.Should().Equal(tree.Posts);
    }

    [Fact]
    public void Write_IsIndependentOfCulture()
    {
        var input = new ComplianceInput(Tree(), new LocalDate(2026, 11, 22));
        var saved = CultureInfo.CurrentCulture;
        try
        {
            var outputs = new[] { "zh-CN", "en-US", "ar-SA", "th-TH", string.Empty }.Select(c =>
            {
                CultureInfo.CurrentCulture = new CultureInfo(c);
                return PartyOrgDocumentWriter.Write(input);
            }).Distinct().ToArray();
            outputs.Should().ContainSingle();
            outputs[0].Should().Contain("\"admitted\": \"2000-01-01\"").And.NotContain("\r");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
