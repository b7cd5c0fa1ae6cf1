using System;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Json.Reading;
using PartyOrg.Domain.Organizations;
using Xunit;

namespace PartyOrg.Domain.Tests.Json;

/// <summary>
/// The domain pass after the stream with two threads (the members made in two halves, the meetings prepared while the
/// tree is built) against one: the same tree, the same problems in the same order; and the trainings' member lookup
/// that tries the row before's member first.
/// </summary>
public sealed class DomainPassThreadsTests
{
    private const string Orgs = "\"organizations\":[{\"id\":\"oc\",\"kind\":\"organ-committee\",\"name\":\"机关党委\"},"
        + "{\"id\":\"b-1\",\"kind\":\"branch\",\"name\":\"一支部\",\"parent\":\"oc\"},{\"id\":\"b-2\",\"kind\":\"branch\",\"name\":\"二支部\",\"parent\":\"oc\"}]";

    private static string Member(int i, string extra = "", string? id = null, string status = "full", string branch = "b-1") =>
        "{\"id\":\"" + (id ?? "m-" + i) + "\",\"name\":\"党员" + i + "\",\"branch\":\"" + branch + "\",\"status\":\"" + status + "\",\"admitted\":\"2000-01-01\"" + extra + "}";

    /// <summary>Ten members, the halves 0–4 and 5–9; <paramref name="replace"/> puts other elements at given positions.</summary>
    private static string Members(params (int At, string Element)[] replace) =>
        "\"members\":[" + string.Join(",", Enumerable.Range(0, 10).Select(i => replace.FirstOrDefault(r => r.At == i).Element ?? Member(i, i % 3 == 0 ? ",\"restrictions\":[{\"kind\":\"suspension\",\"from\":\"2026-01-01\"}]" : string.Empty))) + "]";

    private static RawDocument Read(string json, ProblemList problems)
    {
        var source = new JsonStreamSource(new MemoryStream(Encoding.UTF8.GetBytes(json)), PartyOrgLoadOptions.DefaultMaxDepth);
        source.Begin(out _).Should().BeTrue();
        return DocumentReader.Read(source, problems, PartyOrgLoadOptions.Default.ProfileNames, PartyOrgLoadOptions.DefaultMaxArrayLength)!;
    }

    private static (OrganizationTree? Tree, string[] Problems) BuildTree(string json, int threads)
    {
        var problems = new ProblemList();
        var raw = Read(json, problems);
        var tree = DomainMapper.BuildTree(raw, problems, threads, parallelFrom: 0);
        return (tree, problems.Items.Select(p => p.ToString()).ToArray());
    }

    private static void SameWithTwoThreads(string json)
    {
        var one = BuildTree(json, 1);
        var two = BuildTree(json, 2);
        two.Problems.Should().Equal(one.Problems);
        if (one.Tree is null)
        {
            two.Tree.Should().BeNull();
            return;
        }

        two.Tree!.Members.Should().Equal(one.Tree.Members);
        two.Tree.Members.Select(m => (m.Restrictions.Count, m.LifeExemption is null)).Should().Equal(one.Tree.Members.Select(m => (m.Restrictions.Count, m.LifeExemption is null)));
    }

    [Fact]
    public void ValidMembers_MakeTheSameTree()
    {
        var json = "{" + Orgs + "," + Members() + "}";
        BuildTree(json, 2).Tree!.Members.Should().HaveCount(10);
        SameWithTwoThreads(json);
    }

    [Fact]
    public void RefusedMembers_AtTheEdgeOfTheHalves_AreReportedAsWithOneThread()
    {
        // The last of the first half and the first of the second are refused by their constructors; a member after them
        // repeats a refused one's id; an unreadable one names an unknown branch; a post names a refused member.
        var json = "{" + Orgs + "," + Members(
                (0, Member(0, branch: "nowhere", status: "bogus")),
                (4, Member(4, ",\"fullSince\":\"2001-01-01\"", status: "probationary")),
                (5, Member(5, ",\"restrictions\":[{\"kind\":\"suspension\",\"from\":\"2026-01-01\"},{\"kind\":\"suspension\",\"from\":\"2026-01-01\",\"until\":\"2025-01-01\"}]")),
                (6, Member(6, ",\"lifeExemption\":{\"reason\":\"seriously-ill\",\"from\":\"2026-01-01\",\"until\":\"2025-01-01\"}")),
                (9, Member(9, id: "m-4", branch: "b-2")))
            + ",\"posts\":[{\"organization\":\"b-1\",\"member\":\"m-5\",\"post\":\"secretary\",\"since\":\"2020-01-01\"}]}";
        var one = BuildTree(json, 1);
        one.Tree.Should().BeNull();
        one.Problems.Should().Contain(p => p.StartsWith("$.members[4].fullSince:", StringComparison.Ordinal))
            .And.Contain(p => p.StartsWith("$.members[5].restrictions[1].until:", StringComparison.Ordinal))
            .And.Contain(p => p.StartsWith("$.members[6].lifeExemption.until:", StringComparison.Ordinal))
            .And.Contain(p => p.StartsWith("$.members[9].id: duplicate member id \"m-4\"", StringComparison.Ordinal))
            .And.Contain(p => p.StartsWith("$.members[0].branch: no organization \"nowhere\"", StringComparison.Ordinal));
        SameWithTwoThreads(json);
    }

    [Fact]
    public void RepeatedMeetingId_WithTheMeetingsPrepared_IsReportedAsWithOneThread()
    {
        var meetings = ",\"meetings\":[{\"id\":\"a\",\"organization\":\"b-1\",\"date\":\"2026-03-01\",\"kinds\":[\"general-meeting\"],\"attendees\":[\"m-1\",\"m-2\"]},"
            + "{\"id\":\"b\",\"organization\":\"b-1\",\"date\":\"2026-03-02\",\"kinds\":[\"general-meeting\"],\"attendees\":[\"m-2\"]},"
            + "{\"id\":\"a\",\"organization\":\"b-2\",\"date\":\"2026-03-03\",\"kinds\":[\"general-meeting\"],\"attendees\":[\"m-3\"]}]";
        var json = "{" + Orgs + "," + Members() + meetings + "}";
        string[] Problems(int threads) => PartyOrgDocument.Parse(json, new PartyOrgLoadOptions { MaxThreads = threads }).Problems.Select(p => p.ToString()).ToArray();
        Problems(1).Should().ContainSingle().Which.Should().StartWith("$.meetings[2].id:");
        Problems(2).Should().Equal(Problems(1));
        var valid = "{" + Orgs + "," + Members() + meetings.Replace("{\"id\":\"a\",\"organization\":\"b-2\"", "{\"id\":\"c\",\"organization\":\"b-2\"") + "}";
        var loaded = PartyOrgDocument.Parse(valid, new PartyOrgLoadOptions { MaxThreads = 2 }).GetDocumentOrThrow();
        loaded.Meetings!.Records.Select(r => (r.Id, string.Join(" ", r.Attendees))).Should().Equal(("a", "m-1 m-2"), ("b", "m-2"), ("c", "m-3"));
    }

    [Fact]
    public void Trainings_InAnyOrder_FindTheirMembers_AndAnUnknownOneIsReported()
    {
        // In member order, a member twice, one skipped, one backwards, an unknown one between known ones, the last member.
        var rows = new[] { "m-0", "m-1", "m-1", "m-3", "m-2", "m-99", "m-4", "m-9", "m-0" };
        var trainings = ",\"trainings\":[" + string.Join(",", rows.Select(m => "{\"member\":\"" + m + "\",\"year\":2025,\"hours\":1}")) + "]";
        var result = PartyOrgDocument.Parse("{" + Orgs + "," + Members() + trainings + "}");
        result.Problems.Select(p => p.ToString()).Should().Equal("$.trainings[5].member: no member \"m-99\"");

        var known = rows.Where(m => m != "m-99").ToArray();
        var doc = PartyOrgDocument.Parse("{" + Orgs + "," + Members() + ",\"trainings\":[" + string.Join(",", known.Select(m => "{\"member\":\"" + m + "\",\"year\":2025,\"hours\":1}")) + "]}").GetDocumentOrThrow();
        doc.Trainings!.Records.Select(r => r.MemberId).Should().Equal(known);
        doc.Trainings.HoursOf("m-1", 2025).Should().Be(2m);
        doc.Trainings.HoursOf("m-0", 2025).Should().Be(2m);
    }
}
