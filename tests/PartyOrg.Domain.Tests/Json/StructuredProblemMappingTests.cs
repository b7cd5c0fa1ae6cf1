using System.IO;
using System.Linq;
using FluentAssertions;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Tests.Dues;
using Xunit;

namespace PartyOrg.Domain.Tests.Json;

/// <summary>
/// The loader maps the domain's problems into the document from their structure (the missing reference, the related
/// element), never from their text: paths in messages point at the document's elements even when earlier elements
/// could not be built, and a reference to an element that has a problem of its own is not reported again.
/// </summary>
public sealed class StructuredProblemMappingTests
{
    private const string Orgs = "{\"id\":\"wc\",\"kind\":\"working-committee\",\"name\":\"工委\"},"
        + "{\"id\":\"oc\",\"kind\":\"organ-committee\",\"name\":\"机关党委\",\"parent\":\"wc\"},"
        + "{\"id\":\"b-1\",\"kind\":\"branch\",\"name\":\"一支部\",\"parent\":\"oc\"},"
        + "{\"id\":\"b-2\",\"kind\":\"branch\",\"name\":\"二支部\",\"parent\":\"oc\"}";

    private static string[] Problems(string json) => PartyOrgDocument.Parse(json).Problems.Select(p => p.ToString()).ToArray();

    private static string Member(string id, string branch, string status = "full", string extra = "") =>
        "{\"id\":\"" + id + "\",\"name\":\"某\",\"branch\":\"" + branch + "\",\"status\":\"" + status + "\"" + extra + "}";

    [Theory]
    [InlineData("fulll", "$.members[0].status")] // refused by the reader
    [InlineData("probationary\",\"fullSince\":\"2020-01-01", "$.members[0].fullSince")] // refused by the constructor
    public void MemberInTwoBranches_AfterAnUnbuiltMember_PointsAtTheFirstInTheDocument(string badStatus, string badPath)
    {
        var json = "{\"organizations\":[" + Orgs + "],\"members\":[" + Member("m-0", "b-1", badStatus) + "," + Member("m-1", "b-1") + "," + Member("m-2", "b-1") + "," + Member("m-1", "b-2") + "]}";
        var problems = Problems(json);
        problems.Should().HaveCount(2, string.Join("\n", problems));
        problems.Should().Contain(p => p.StartsWith(badPath + ": ", System.StringComparison.Ordinal));

        // Among the built members m-1 is the first (index 0); in the document it is $.members[1].
        problems.Should().Contain("$.members[3].branch: member \"m-1\" is registered in two branches (\"b-1\" at $.members[1] and \"b-2\"); a member belongs to exactly one regular branch");
    }

    [Fact]
    public void DuplicateMember_AfterTwoUnbuiltMembers_PointsAtTheFirstInTheDocument()
    {
        var json = "{\"organizations\":[" + Orgs + "],\"members\":[" + Member("m-a", "b-1", "fulll") + "," + Member("m-b", "b-1", "fulll") + "," + Member("m-1", "b-1") + "," + Member("m-1", "b-1") + "]}";
        Problems(json).Should().Contain("$.members[3].id: duplicate member id \"m-1\" (first at $.members[2]); ids must be unique");
    }

    [Fact]
    public void AnIdThatLooksLikeAPath_IsNotRewritten()
    {
        // Only the related element's path is re-indexed: text that merely looks like a path (here an id) stays as written.
        const string Id = "$.members[0]";
        var json = "{\"organizations\":[" + Orgs + "],\"members\":[" + Member("m-a", "b-1", "fulll") + "," + Member("m-1", "b-1") + "],"
            + "\"posts\":[{\"organization\":\"b-1\",\"member\":\"" + Id + "\",\"post\":\"secretary\",\"since\":\"2024-01-01\"}]}";
        Problems(json).Should().Contain("$.posts[0].member: post in \"b-1\": no member \"$.members[0]\"");
    }

    [Fact]
    public void ReferenceToAnUnbuiltMember_IsNotReportedAgain_ButToAnUnknownOneIs()
    {
        var json = "{\"organizations\":[" + Orgs + "],\"members\":[" + Member("m-0", "b-1", "fulll") + "," + Member("m-1", "b-1") + "],"
            + "\"posts\":[{\"organization\":\"b-1\",\"member\":\"m-0\",\"post\":\"secretary\",\"since\":\"2024-01-01\"},"
            + "{\"organization\":\"b-1\",\"member\":\"m-9\",\"post\":\"deputy-secretary\",\"since\":\"2024-01-01\"}],"
            + "\"meetings\":[{\"id\":\"mt-1\",\"organization\":\"b-1\",\"kinds\":[\"themed-party-day\"],\"date\":\"2026-03-06\",\"attendees\":[\"m-0\",\"m-1\",\"m-9\"]}]}";
        Problems(json).Should().BeEquivalentTo(
            "$.members[0].status: unknown value \"fulll\"; expected one of: full, probationary",
            "$.posts[1].member: post in \"b-1\": no member \"m-9\"",
            "$.meetings[0].attendees[2]: no member \"m-9\"");
    }

    [Fact]
    public void ReferenceToAnUnbuiltOrganization_IsNotReportedAgain_ButToAnUnknownOneIs()
    {
        var json = "{\"organizations\":[" + Orgs + ",{\"id\":\"b-3\",\"kind\":\"brnch\",\"name\":\"三支部\",\"parent\":\"oc\"}],"
            + "\"members\":[" + Member("m-1", "b-1") + "],"
            + "\"terms\":[{\"organization\":\"b-3\",\"start\":\"2024-01-01\"},{\"organization\":\"b-4\",\"start\":\"2024-01-01\"}]}";
        var problems = Problems(json);
        problems.Should().HaveCount(2, string.Join("\n", problems));
        problems.Should().Contain(p => p.StartsWith("$.organizations[4].kind: unknown value \"brnch\"", System.StringComparison.Ordinal));
        problems.Should().Contain("$.terms[1].organization: no organization \"b-4\"");
    }

    [Fact]
    public void SecondDuesRow_AfterAnUnbuiltRow_PointsAtTheFirstInTheDocument()
    {
        var json = DuesFixture.Document(DuesFixture.Row("m-2", "2026-03", "-1.00") + "," + DuesFixture.Row("m-1", "2026-03", "6500") + "," + DuesFixture.Row("m-1", "2026-03", "6600"));
        var problems = Problems(json);
        problems.Should().HaveCount(2, string.Join("\n", problems));
        problems.Should().Contain("$.dues[2].month: a second row for member \"m-1\" and month 2026-03 (the first is $.dues[1]); the ledger has one row per member and month");
    }

    [Fact]
    public void DomainMapper_MatchesNoMessageText()
    {
        var source = File.ReadAllText(RepoFiles.PathOf("src", "PartyOrg.Domain.Json", "Reading", "DomainMapper.cs"));
        source.Should().NotContain("Regex");
        source.Should().Contain("MissingReference", "the cascade is recognised from the problem's structure");
    }
}
