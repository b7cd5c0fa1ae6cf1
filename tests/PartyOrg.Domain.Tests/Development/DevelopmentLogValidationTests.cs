using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Development;
using PartyOrg.Domain.Organizations;
using Xunit;
using static PartyOrg.Domain.Tests.Development.DevelopmentFixture;

namespace PartyOrg.Domain.Tests.Development;

/// <summary>
/// <see cref="DevelopmentLog.Validate"/>: each problem at its applicant (index and id) and field; a member listed twice in
/// one list is a problem, the same member in two lists or for two applicants is not.
/// </summary>
public sealed class DevelopmentLogValidationTests
{
    private static Applicant Activist(string id, string[] liaisons, string[] sponsors) => new(
        id, "申请人", "b-1", applied: new LocalDate(2025, 1, 1), talked: new LocalDate(2025, 1, 2), activist: new LocalDate(2025, 3, 1),
        liaisonIds: liaisons, candidate: new LocalDate(2026, 3, 1), sponsorIds: sponsors);

    [Fact]
    public void MemberListedTwice_InOneList_IsAProblemAtItsSecondPlace()
    {
        var problems = DevelopmentLog.Validate(Tree(), new[] { Activist("a-1", new[] { "m-1", "m-2", "m-1" }, new[] { "m-3", "m-4" }) });

        problems.Select(p => (p.Index, p.Field, p.Message)).Should().Equal((0, "liaisons[2]", "member \"m-1\" is listed twice"));
    }

    [Fact]
    public void SameMember_InBothLists_OrForTwoApplicants_IsNoProblem()
    {
        var applicants = new[]
        {
            Activist("a-1", new[] { "m-1", "m-2" }, new[] { "m-1", "m-2" }),
            Activist("a-2", new[] { "m-1" }, new[] { "m-2", "m-1" }),
        };

        DevelopmentLog.Validate(Tree(), applicants).Should().BeEmpty();
    }

    [Fact]
    public void Problems_NameTheirApplicant_ByIndexAndId_AndUnknownMembersTheirReference()
    {
        var applicants = new[]
        {
            Activist("a-1", new[] { "m-1" }, new[] { "m-2", "m-3" }),
            Activist("a-2", new[] { "m-1", "m-9" }, new[] { "m-8", "m-8" }),
        };

        var problems = DevelopmentLog.Validate(Tree(), applicants);

        problems.Select(p => (p.Index, p.Field)).Should().Equal((1, "liaisons[1]"), (1, "sponsors[0]"), (1, "sponsors[1]"));
        problems.Should().OnlyContain(p => p.SubjectId == "a-2");
        problems.Select(p => p.MissingReference?.Id).Should().Equal("m-9", "m-8", "m-8");
    }
}
