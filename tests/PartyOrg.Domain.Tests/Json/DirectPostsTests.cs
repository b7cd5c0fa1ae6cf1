using System.Linq;
using FluentAssertions;
using PartyOrg.Domain.Json;
using Xunit;

namespace PartyOrg.Domain.Tests.Json;

/// <summary>
/// Loaded without the contracts kept (as the commands load), a plain post is made at once as the domain's post; one the
/// domain refuses stays a contract and is reported as before. Either way, on one thread or two: the same posts and the
/// same problems as with the contracts kept.
/// </summary>
public sealed class DirectPostsTests
{
    private const string Tree = "\"asOf\":\"2026-01-31\",\"organizations\":[{\"id\":\"oc\",\"kind\":\"organ-committee\",\"name\":\"机关党委\"},"
        + "{\"id\":\"b-1\",\"kind\":\"branch\",\"name\":\"一支部\",\"parent\":\"oc\",\"form\":\"regular\"}],"
        + "\"members\":[{\"id\":\"m-1\",\"name\":\"甲\",\"branch\":\"b-1\",\"status\":\"full\",\"admitted\":\"2000-01-01\",\"fullSince\":\"2001-01-01\"},"
        + "{\"id\":\"m-2\",\"name\":\"乙\",\"branch\":\"b-1\",\"status\":\"full\",\"admitted\":\"2000-01-01\",\"fullSince\":\"2001-01-01\"}]";

    private static readonly PartyOrgLoadOptions[] Ways =
    {
        new() { KeepContract = false },
        new() { KeepContract = false, MaxThreads = 2, SectionBatchBytes = 64 },
    };

    private static LoadResult Load(string posts, PartyOrgLoadOptions? options = null) =>
        PartyOrgDocument.Parse("{" + Tree + ",\"posts\":[" + posts + "]}", options);

    [Fact]
    public void PlainPosts_AreTheSamePosts()
    {
        const string Posts = "{\"organization\":\"b-1\",\"member\":\"m-1\",\"post\":\"secretary\",\"since\":\"2024-01-01\"},"
            + "{\"organization\":\"b-1\",\"member\":\"m-2\",\"post\":\"committee-member\",\"since\":\"2024-01-01\",\"until\":\"2025-06-30\",\"duty\":\"publicity\"}";
        static object[] Posts_(LoadResult r) => r.GetDocumentOrThrow().Tree.Posts
            .Select(p => (object)(p.OrganizationId, p.MemberId, p.Kind, p.Since, p.Until, p.Duty)).ToArray();

        var kept = Posts_(Load(Posts));
        kept.Should().HaveCount(2);
        foreach (var way in Ways)
        {
            Posts_(Load(Posts, way)).Should().Equal(kept);
        }
    }

    [Fact]
    public void PostsTheDomainRefuses_OrNamingNothing_AreTheSameProblems()
    {
        // An end before the start, a duty for a secretary (both refused by Post), an unknown member and organization.
        const string Posts = "{\"organization\":\"b-1\",\"member\":\"m-1\",\"post\":\"secretary\",\"since\":\"2024-01-01\",\"until\":\"2023-01-01\"},"
            + "{\"organization\":\"b-1\",\"member\":\"m-2\",\"post\":\"secretary\",\"since\":\"2024-01-01\",\"duty\":\"publicity\"},"
            + "{\"organization\":\"b-1\",\"member\":\"m-9\",\"post\":\"committee-member\",\"since\":\"2024-01-01\"},"
            + "{\"organization\":\"b-9\",\"member\":\"m-1\",\"post\":\"committee-member\",\"since\":\"2024-01-01\"}";
        var kept = Load(Posts).Problems.Select(p => p.ToString()).ToArray();

        kept.Should().Contain(p => p.StartsWith("$.posts[0]", System.StringComparison.Ordinal))
            .And.Contain(p => p.StartsWith("$.posts[1]", System.StringComparison.Ordinal))
            .And.Contain(p => p.StartsWith("$.posts[2]", System.StringComparison.Ordinal))
            .And.Contain(p => p.StartsWith("$.posts[3]", System.StringComparison.Ordinal));
        foreach (var way in Ways)
        {
            Load(Posts, way).Problems.Select(p => p.ToString()).Should().Equal(kept);
        }
    }
}
