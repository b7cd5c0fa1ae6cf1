using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FluentAssertions;
using PartyOrg.Domain.Json;
using Xunit;

namespace PartyOrg.Domain.Tests.Json;

/// <summary>
/// Documents with one root error each: the root is reported at its path, and a problem that only follows from it is
/// either not reported or names what is really wrong — never a message contradicting itself, such as
/// <c>not a member of that organization (registered in "b-18")</c> for a post in "b-18".
/// </summary>
public sealed class CascadedProblemTests
{
    private const string Base = """
        {
          "asOf": "2026-11-22",
          "organizations": [
            { "id": "wc", "kind": "working-committee", "name": "工委" },
            { "id": "lg", "kind": "leading-group", "name": "党组", "leads": "oc" },
            { "id": "oc", "kind": "organ-committee", "name": "机关党委", "parent": "wc" },
            { "id": "b-1", "kind": "branch", "name": "一支部", "parent": "oc", "form": "regular" },
            { "id": "g-1", "kind": "party-group", "name": "一小组", "parent": "b-1" },
            { "id": "b-2", "kind": "branch", "name": "二支部", "parent": "oc" },
            { "id": "b-18", "kind": "branch", "name": "临时支部", "parent": "oc", "form": "temporary" }
          ],
          "members": [
            { "id": "m-1", "name": "甲", "branch": "b-1", "group": "g-1", "status": "full" },
            { "id": "m-2", "name": "乙", "branch": "b-1", "status": "full" },
            { "id": "m-3", "name": "丙", "branch": "b-1", "status": "full" },
            { "id": "m-4", "name": "丁", "branch": "b-2", "status": "full", "temporaryBranches": ["b-18"] },
            { "id": "m-5", "name": "戊", "branch": "b-2", "status": "full" },
            { "id": "m-6", "name": "己", "branch": "b-2", "status": "full" }
          ],
          "posts": [
            { "organization": "b-1", "member": "m-1", "post": "secretary", "since": "2024-01-01" },
            { "organization": "g-1", "member": "m-1", "post": "group-leader", "since": "2024-01-01" },
            { "organization": "oc", "member": "m-1", "post": "committee-member", "since": "2024-01-01" },
            { "organization": "lg", "member": "m-1", "post": "committee-member", "since": "2024-01-01" },
            { "organization": "b-18", "member": "m-4", "post": "secretary", "since": "2024-01-01" },
            { "organization": "b-2", "member": "m-4", "post": "secretary", "since": "2024-01-01" }
          ],
          "meetings": [
            { "id": "mt-1", "organization": "b-1", "kinds": ["themed-party-day"], "date": "2026-03-06", "attendees": ["m-1", "m-2", "m-4"] },
            { "id": "mt-2", "organization": "b-18", "kinds": ["themed-party-day"], "date": "2026-03-07", "attendees": ["m-4", "m-1"] }
          ]
        }
        """;

    private static readonly Regex Quoted = new("\"([^\"]+)\"", RegexOptions.CultureInvariant);

    public static TheoryData<string, string> Roots() => new()
    {
        { "member registered in a temporary branch it holds a post of", "$.members[3].branch" },
        { "member registered in a temporary branch", "$.members[0].branch" },
        { "member registered in a Party group", "$.members[0].branch" },
        { "member registered in an unknown organization", "$.members[0].branch" },
        { "member registered in an organ committee", "$.members[0].branch" },
        { "member in the Party group of another branch", "$.members[0].group" },
        { "member in an unknown Party group", "$.members[0].group" },
        { "member with an impossible date", "$.members[0].admitted" },
        { "member with an unknown status", "$.members[0].status" },
        { "branch with an unknown parent", "$.organizations[3].parent" },
        { "branch with an unknown kind", "$.organizations[3].kind" },
        { "temporary branch with an unknown form", "$.organizations[6].form" },
        { "Party group under an unknown parent", "$.organizations[4].parent" },
        { "Party group under an organ committee", "$.organizations[4].parent" },
        { "leading group leading a Party group", "$.organizations[1].leads" },
        { "member registered in two branches", "$.members[6].branch" },
        { "post in a branch by a member of another", "$.posts[0].member" },
        { "Party group post by a member of no group", "$.posts[1].member" },
        { "temporary branch post by a non-participant", "$.posts[4].member" },
    };

    [Theory]
    [MemberData(nameof(Roots))]
    public void OneRootError_IsReportedOnce_AndNoMessageContradictsItself(string root, string path)
    {
        var problems = PartyOrgDocument.Parse(Mutate(root)).Problems.Select(p => p.ToString()).ToArray();
        problems.Should().ContainSingle(because: string.Join("\n", problems));
        problems[0].Should().StartWith(path + ": ");
        problems.Should().OnlyContain(p => !ContradictsItself(p));
    }

    [Theory]
    [InlineData("{\"id\":\"m-6\",\"name\":\"己\",\"branch\":\"b-2\",\"status\":\"fulll\"}", "$.members[5].status")]
    [InlineData("{\"id\":\"m-6\",\"name\":\"己\",\"branch\":\"b-2\",\"status\":\"full\",\"admitted\":\"2010-02-30\"}", "$.members[5].admitted")]
    [InlineData("{\"id\":\"m-6\",\"name\":\"己\",\"branch\":\"b-2\",\"status\":\"full\",\"admitted\":\"2020-01-01\",\"fullSince\":\"2019-01-01\"}", "$.members[5].fullSince")]
    public void A_training_or_report_naming_a_refused_member_is_not_reported_again(string member, string path)
    {
        // m-6 holds no post and attends no meeting, so the tree is built without it; a training and a secretary's
        // review name it: only the member's own problem is reported.
        var problems = PartyOrgDocument.Parse(WithLeadership(member, "[{\"member\":\"m-6\",\"year\":2026,\"hours\":40},{\"member\":\"m-5\",\"year\":2026,\"hours\":40}]",
            "[{\"kind\":\"secretary-review\",\"organization\":\"b-2\",\"year\":2025,\"date\":\"2025-12-16\",\"by\":\"m-6\"}]")).Problems.Select(p => p.ToString()).ToArray();

        problems.Should().ContainSingle(because: string.Join("\n", problems));
        problems[0].Should().StartWith(path + ": ", because: problems[0]);
    }

    [Theory]
    [InlineData("{\"id\":\"m-6\",\"name\":\"己\",\"branch\":\"b-2\",\"st/tus\":\"full\"}", "$.members[5]")]
    [InlineData("{\"id\":\"m-6\",\"name\":\"己\",\"branch\":\"b-2\",\"status\":\"fulll\"}", "$.members[5].status")]
    public void Dues_naming_a_refused_member_are_not_reported_again_and_nothing_fails(string member, string path)
    {
        // The ledger is not made from rows naming a member that was refused (its constructor would refuse them): only the
        // member's own problems are reported, with no error of the ledger's.
        var d = JsonNode.Parse(Base)!;
        d["members"]!.AsArray()[5] = JsonNode.Parse(member);
        d["dues"] = JsonNode.Parse("[{\"member\":\"m-5\",\"month\":\"2026-01\",\"base\":\"3000.00\",\"paid\":\"15.00\",\"paidOn\":\"2026-01-10\"},"
            + "{\"member\":\"m-6\",\"month\":\"2026-01\",\"base\":\"3000.00\",\"paid\":\"15.00\",\"paidOn\":\"2026-01-10\"}]");
        var result = PartyOrgDocument.Parse(d.ToJsonString());

        result.Success.Should().BeFalse();
        result.Problems.Select(p => p.ToString()).Should().OnlyContain(p => p.StartsWith(path, StringComparison.Ordinal));
    }

    [Fact]
    public void A_training_or_report_naming_nothing_is_still_reported_beside_a_refused_member()
    {
        var problems = PartyOrgDocument.Parse(WithLeadership("{\"id\":\"m-6\",\"name\":\"己\",\"branch\":\"b-2\",\"status\":\"fulll\"}",
            "[{\"member\":\"m-9\",\"year\":2026,\"hours\":40}]",
            "[{\"kind\":\"secretary-review\",\"organization\":\"b-9\",\"year\":2025,\"date\":\"2025-12-16\",\"by\":\"m-8\",\"to\":\"oc-9\"}]")).Problems.Select(p => p.ToString()).ToArray();

        problems.Should().HaveCount(5, because: string.Join("\n", problems));
        problems[0].Should().StartWith("$.members[5].status: ");
        problems.Skip(1).Should().Equal(
            "$.reports[0].organization: no organization \"b-9\"",
            "$.reports[0].by: no member \"m-8\"",
            "$.reports[0].to: no organization \"oc-9\"",
            "$.trainings[0].member: no member \"m-9\"");
    }

    [Fact]
    public void With_a_broken_tree_the_references_of_the_sections_checked_against_it_are_still_checked()
    {
        // m-1 (refused: an impossible date) holds posts, so the tree cannot be built; the sections checked against the
        // tree are checked against the document's ids instead: what names nothing is reported, what names m-1 is not.
        var d = JsonNode.Parse(Mutate("member with an impossible date"))!;
        d["trainings"] = JsonNode.Parse("[{\"member\":\"m-1\",\"year\":2026,\"hours\":40},{\"member\":\"m-9\",\"year\":2026,\"hours\":40}]");
        d["reports"] = JsonNode.Parse("[{\"kind\":\"secretary-review\",\"organization\":\"b-9\",\"year\":2025,\"date\":\"2025-12-16\",\"by\":\"m-1\",\"to\":\"oc-9\"}]");
        d["assessments"] = JsonNode.Parse("[{\"organization\":\"b-7\",\"year\":2025,\"item\":\"x\",\"value\":1}]");
        d["dues"] = JsonNode.Parse("[{\"member\":\"m-1\",\"month\":\"2026-03\",\"base\":\"6500\"},{\"member\":\"m-7\",\"month\":\"2026-03\",\"base\":\"6500\"}]");
        d["duesExemptions"] = JsonNode.Parse("[{\"member\":\"m-6\",\"kind\":\"exempt\",\"from\":\"2026-01\",\"approvedBy\":\"nowhere\"}]");

        var problems = PartyOrgDocument.Parse(d.ToJsonString()).Problems.Select(p => p.ToString()).ToArray();

        problems.Should().HaveCount(7, because: string.Join("\n", problems));
        problems[0].Should().StartWith("$.members[0].admitted: ");
        problems.Skip(1).Should().BeEquivalentTo(
            "$.reports[0].organization: no organization \"b-9\"",
            "$.reports[0].to: no organization \"oc-9\"",
            "$.trainings[1].member: no member \"m-9\"",
            "$.assessments[0].organization: no organization \"b-7\"",
            "$.dues[1].member: no member \"m-7\"",
            "$.duesExemptions[0].approvedBy: no organization \"nowhere\"");
    }

    [Fact]
    public void With_a_broken_tree_the_references_of_development_transfers_outflows_and_lost_contact_are_still_checked()
    {
        // As above, for the member's path: each reference to nothing is reported with the message its validation against
        // the tree gives; references to m-1 (refused for its own problem) and to organizations outside the document
        // named by "toName" are not.
        var d = JsonNode.Parse(Mutate("member with an impossible date"))!;
        d["development"] = JsonNode.Parse("""
            [{"id":"a-1","name":"周航","branch":"b-9","applied":"2024-02-26","liaisons":["m-1","m-8"],"sponsors":["m-2","m-7"],"member":"m-5"},
             {"id":"a-2","name":"吴敏","branch":"b-1","applied":"2024-02-26","member":"m-6a"}]
            """);
        d["transfers"] = JsonNode.Parse("""
            [{"member":"m-1","reason":"unit-change","occurred":"2026-04-01","from":"b-2","toName":"省财政厅机关党委"},
             {"member":"m-9","reason":"unit-change","occurred":"2026-04-01","from":"b-3","to":"b-1","refusedOn":"2026-04-20","refusedBy":"b-4"}]
            """);
        d["outflows"] = JsonNode.Parse("""[{"member":"m-10","left":"2025-09-01","place":"深圳市南山区","fixedPlace":true}]""");
        d["lostContact"] = JsonNode.Parse("""[{"member":"m-11","since":"2022-01-10"}]""");

        var problems = PartyOrgDocument.Parse(d.ToJsonString()).Problems.Select(p => p.ToString()).ToArray();

        problems.Should().HaveCount(10, because: string.Join("\n", problems));
        problems[0].Should().StartWith("$.members[0].admitted: ");
        problems.Skip(1).Should().BeEquivalentTo(
            "$.development[0].branch: no organization \"b-9\"",
            "$.development[0].liaisons[1]: no member \"m-8\"; liaisons are Party members",
            "$.development[0].sponsors[1]: no member \"m-7\"; sponsors are Party members",
            "$.development[1].member: no member \"m-6a\"",
            "$.transfers[1].member: no member \"m-9\"",
            "$.transfers[1].from: no organization \"b-3\"; name an organization outside the document with \"fromName\"",
            "$.transfers[1].refusedBy: no organization \"b-4\"",
            "$.outflows[0].member: no member \"m-10\"",
            "$.lostContact[0].member: no member \"m-11\"");

        // With the tree built, the validation against it gives these same problems.
        var whole = JsonNode.Parse(Base)!;
        foreach (var section in new[] { "development", "transfers", "outflows", "lostContact" })
        {
            whole[section] = JsonNode.Parse(d[section]!.ToJsonString());
        }

        var withTree = PartyOrgDocument.Parse(whole.ToJsonString()).Problems.Select(p => p.ToString()).ToArray();
        withTree.Should().Contain(problems.Skip(1), because: string.Join("\n", withTree));
    }

    private static string WithLeadership(string sixthMember, string trainings, string reports)
    {
        var d = JsonNode.Parse(Base)!;
        d["members"]!.AsArray()[5] = JsonNode.Parse(sixthMember);
        d["trainings"] = JsonNode.Parse(trainings);
        d["reports"] = JsonNode.Parse(reports);
        return d.ToJsonString();
    }

    [Fact]
    public void Base_Loads_WithVisitorsAtBothMeetings()
    {
        var result = PartyOrgDocument.Parse(Base);
        result.Problems.Should().BeEmpty();
        result.Document!.Meetings!.Records.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("member \"m-1\" holds post secretary in \"b-18\" but is not a member of that organization (registered in \"b-18\")", true)]
    [InlineData("member \"m-1\" is not a member of \"b-2\" (registered in \"b-2\")", true)]
    [InlineData("member \"m-1\" holds post secretary in \"b-2\" but is not registered in branch \"b-2\"", true)]
    [InlineData("member \"m-1\" holds post secretary in \"b-2\" but is registered in branch \"b-1\"; a branch's posts are held by its own members", false)]
    [InlineData("member \"m-1\" is registered in temporary branch \"b-18\"; a temporary branch holds no registration", false)]
    public void ContradictsItself_RecognisesTheShape(string message, bool expected) => ContradictsItself(message).Should().Be(expected);

    /// <summary>A message saying an organization is "not" what the member is in, and that the member is registered in that same organization.</summary>
    internal static bool ContradictsItself(string message)
    {
        if (!message.Contains("not", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (Match m in Quoted.Matches(message))
        {
            var id = m.Groups[1].Value;
            if (Regex.IsMatch(message, "registered in (?:[a-z-]+ )*\"" + Regex.Escape(id) + "\"", RegexOptions.CultureInvariant)
                && Quoted.Matches(message).Count(x => x.Groups[1].Value == id) > 1)
            {
                return true;
            }
        }

        return false;
    }

    private static string Mutate(string root)
    {
        var d = JsonNode.Parse(Base)!;
        var orgs = d["organizations"]!.AsArray();
        var members = d["members"]!.AsArray();
        var posts = d["posts"]!.AsArray();
        switch (root)
        {
            case "member registered in a temporary branch it holds a post of": members[3]!["branch"] = "b-18"; break;
            case "member registered in a temporary branch": members[0]!["branch"] = "b-18"; break;
            case "member registered in a Party group": members[0]!["branch"] = "g-1"; break;
            case "member registered in an unknown organization": members[0]!["branch"] = "nowhere"; break;
            case "member registered in an organ committee": members[0]!["branch"] = "oc"; break;
            case "member in the Party group of another branch": members[0]!["branch"] = "b-2"; break;
            case "member in an unknown Party group": members[0]!["group"] = "g-x"; break;
            case "member with an impossible date": members[0]!["admitted"] = "2010-02-30"; break;
            case "member with an unknown status": members[0]!["status"] = "fulll"; break;
            case "branch with an unknown parent": orgs[3]!["parent"] = "oc-x"; break;
            case "branch with an unknown kind": orgs[3]!["kind"] = "brnch"; break;
            case "temporary branch with an unknown form": orgs[6]!["form"] = "temp"; break;
            case "Party group under an unknown parent": orgs[4]!["parent"] = "b-x"; break;
            case "Party group under an organ committee": orgs[4]!["parent"] = "oc"; break;
            case "leading group leading a Party group": orgs[1]!["leads"] = "g-1"; break;
            case "member registered in two branches": members.Add(JsonNode.Parse("{\"id\":\"m-1\",\"name\":\"甲\",\"branch\":\"b-2\",\"status\":\"full\"}")); break;
            case "post in a branch by a member of another": posts[0]!["organization"] = "b-2"; break;
            case "Party group post by a member of no group": posts[1]!["member"] = "m-2"; break;
            case "temporary branch post by a non-participant": posts[4]!["member"] = "m-5"; break;
            default: throw new ArgumentOutOfRangeException(nameof(root), root, "no such case");
        }

        return d.ToJsonString();
    }
}
