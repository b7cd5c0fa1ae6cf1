using System.Linq;
using FluentAssertions;
using PartyOrg.Domain.Terms;
using Xunit;

namespace PartyOrg.Domain.Tests.Terms;

/// <summary>The term vocabularies: every member's JSON spelling, number, zh-CN and en names, and <see cref="TermStatus.IsOverdue"/>.</summary>
public sealed class TermVocabularyTests
{
    [Theory]
    [InlineData("current", 1, "任期内", "current", false)]
    [InlineData("due-soon", 2, "即将届满", "due soon", false)]
    [InlineData("due", 3, "应当换届", "due", false)]
    [InlineData("overdue", 4, "逾期未换届", "overdue", true)]
    [InlineData("postponed", 5, "经批准延期", "postponed", false)]
    [InlineData("overdue-after-postponement", 6, "延期后仍逾期", "overdue after postponement", true)]
    [InlineData("no-term", 7, "无任期", "no term", false)]
    public void TermStatus_Members(string name, int value, string chinese, string english, bool overdue)
    {
        var status = TermStatus.FromName(name);

        status.Should().BeSameAs(TermStatus.FromValue(value));
        status.Name.Should().Be(name);
        status.Value.Should().Be(value);
        status.ChineseName.Should().Be(chinese);
        status.EnglishName.Should().Be(english);
        status.Text.Chinese.Should().Be(chinese);
        status.IsOverdue.Should().Be(overdue);
    }

    [Fact]
    public void TermStatus_NamedMembers_AreTheListedOnes()
    {
        new[] { TermStatus.Current, TermStatus.DueSoon, TermStatus.Due, TermStatus.Overdue, TermStatus.Postponed, TermStatus.OverdueAfterPostponement, TermStatus.NoTerm }
            .Select(s => s.Value).Should().Equal(1, 2, 3, 4, 5, 6, 7);
        TermStatus.List.Count(s => s.IsOverdue).Should().Be(2);
    }

    [Theory]
    [InlineData("postpone", 1, "延期换届", "postponement")]
    [InlineData("advance", 2, "提前换届", "advance")]
    public void TermAdjustmentKind_Members(string name, int value, string chinese, string english)
    {
        var kind = TermAdjustmentKind.FromName(name);

        kind.Should().BeSameAs(TermAdjustmentKind.FromValue(value));
        kind.Name.Should().Be(name);
        kind.Value.Should().Be(value);
        kind.ChineseName.Should().Be(chinese);
        kind.EnglishName.Should().Be(english);
        TermAdjustmentKind.List.Should().HaveCount(2);
    }

    [Fact]
    public void TermAdjustmentKind_NamedMembers()
    {
        TermAdjustmentKind.Postpone.Value.Should().Be(1);
        TermAdjustmentKind.Advance.Value.Should().Be(2);
    }
}
