using System.Linq;
using FluentAssertions;
using PartyOrg.Domain.AssessmentData;
using PartyOrg.Domain.Organizations;
using Xunit;

namespace PartyOrg.Domain.Tests.Assessment;

public class AssessmentEntryLogTests
{
    [Fact]
    public void Values_differing_in_any_part_of_the_key_are_kept()
    {
        // One value per organisation, year, item, assessor and scorecard: each differs from the first in one part only.
        var log = new AssessmentEntryLog(new[]
        {
            new AssessmentEntry("b-1", 2025, "performance", 10m),
            new AssessmentEntry("b-2", 2025, "performance", 10m),
            new AssessmentEntry("b-1", 2026, "performance", 10m),
            new AssessmentEntry("b-1", 2025, "venue", 10m),
            new AssessmentEntry("b-1", 2025, "performance", 10m, assessor: "self"),
            new AssessmentEntry("b-1", 2025, "performance", 10m, scorecard: "local-weighted-classification"),
            new AssessmentEntry("b-1", 2025, "performance", 10m, assessor: "self", scorecard: "local-weighted-classification"),
        });

        log.Entries.Should().HaveCount(7);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("self", null)]
    [InlineData(null, "local-weighted-classification")]
    [InlineData("self", "local-weighted-classification")]
    public void A_second_value_for_the_same_key_is_refused_at_its_index(string? assessor, string? scorecard)
    {
        // The same key given again (a different value and note do not make it another key), after other entries.
        var act = () => new AssessmentEntryLog(new[]
        {
            new AssessmentEntry("b-1", 2025, "performance", 10m, assessor, scorecard),
            new AssessmentEntry("b-1", 2025, "venue", 3m),
            new AssessmentEntry(new string("b-1".ToCharArray()), 2025, new string("performance".ToCharArray()), 12m, assessor, scorecard, "again"),
        });

        act.Should().Throw<PartyOrgDataException>().Which.Problems.Select(p => (p.Index, p.Field)).Should().Equal((2, "item"));
    }
}

public class AssessmentKeyTests
{
    public static TheoryData<string, int, string, string?, string?> OtherKeys => new()
    {
        { "b-2", 2025, "performance", "self", "s" },
        { "b-1", 2026, "performance", "self", "s" },
        { "b-1", 2025, "venue", "self", "s" },
        { "b-1", 2025, "performance", null, "s" },
        { "b-1", 2025, "performance", "other", "s" },
        { "b-1", 2025, "performance", "self", null },
        { "b-1", 2025, "performance", "self", "t" },
    };

    [Theory]
    [MemberData(nameof(OtherKeys))]
    public void Keys_differing_in_one_part_are_not_equal(string organization, int year, string item, string? assessor, string? scorecard)
    {
        // The log's duplicate check (which the JSON reader's relies on) compares by these keys; a set only compares keys
        // whose hashes meet, so each part is checked here directly.
        new AssessmentKey("b-1", 2025, "performance", "self", "s").Equals(new AssessmentKey(organization, year, item, assessor, scorecard)).Should().BeFalse();
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("self", "s")]
    public void Keys_of_equal_text_are_equal_and_hash_alike(string? assessor, string? scorecard)
    {
        static string Copy(string? s) => s is null ? null! : new string(s.ToCharArray());
        var a = new AssessmentKey("b-1", 2025, "performance", assessor, scorecard);
        var b = new AssessmentKey(Copy("b-1"), 2025, Copy("performance"), Copy(assessor), Copy(scorecard));
        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }
}
