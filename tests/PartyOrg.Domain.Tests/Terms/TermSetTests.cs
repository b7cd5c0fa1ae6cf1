using System;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Terms;
using Xunit;

namespace PartyOrg.Domain.Tests.Terms;

public sealed class TermSetTests
{
    [Fact]
    public void Create_ImpossibleTerms_ListsEveryProblemWithItsPath()
    {
        var tree = TermTestData.Tree();
        var act = () => TermSet.Create(tree, new[]
        {
            new Term("b-9", new LocalDate(2024, 1, 1)),
            new Term("lg", new LocalDate(2024, 1, 1)),
            new Term("tb", new LocalDate(2024, 1, 1)),
            new Term("g", new LocalDate(2024, 1, 1)),
            new Term("oc", new LocalDate(1999, 1, 1)),
            new Term("b", new LocalDate(2024, 1, 1)),
            new Term("b", new LocalDate(2024, 1, 1)),
            new Term("gb", new LocalDate(2024, 1, 1), adjustment: new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 6, 1), "x-1")),
        });

        var problems = act.Should().Throw<PartyOrgDataException>().Which.Problems.Select(p => p.ToString()).ToArray();
        problems.Should().HaveCount(7);
        problems.Should().Contain(p => p.StartsWith("$.terms[0].organization: no organization \"b-9\"", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("$.terms[1].organization:", StringComparison.Ordinal) && p.Contains("leading-group"));
        problems.Should().Contain(p => p.StartsWith("$.terms[2].organization:", StringComparison.Ordinal) && p.Contains("temporary branch"));
        problems.Should().Contain(p => p.StartsWith("$.terms[3].organization:", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("$.terms[4].start:", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("$.terms[6].start:", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("$.terms[7].adjustment.approvedBy:", StringComparison.Ordinal));
    }

    [Fact]
    public void Term_YearsNotPositive_Throws()
    {
        var act = () => new Term("b", new LocalDate(2024, 1, 1), 0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("years");
    }

    [Fact]
    public void Term_AdjustmentNotAfterStart_Throws()
    {
        var act = () => new Term("b", new LocalDate(2024, 1, 1), adjustment: new TermAdjustment(TermAdjustmentKind.Advance, new LocalDate(2024, 1, 1), "gb"));

        act.Should().Throw<ArgumentException>().WithParameterName("adjustment");
    }

    [Fact]
    public void Adjustment_ApprovalDateWithoutApprover_Throws()
    {
        var act = () => new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 1, 1), approvedOn: new LocalDate(2026, 1, 1));

        act.Should().Throw<ArgumentException>().WithParameterName("approvedOn");
    }

    [Fact]
    public void CurrentTerm_SuccessiveTerms_LatestStartedWins()
    {
        var tree = TermTestData.Tree();
        var first = new Term("b", new LocalDate(2021, 3, 1));
        var second = new Term("b", new LocalDate(2024, 2, 20));
        var set = TermSet.Create(tree, new[] { second, first });

        set.TermsOf("b").Should().Equal(first, second);
        set.CurrentTerm("b", new LocalDate(2024, 2, 19)).Should().Be(first);
        set.CurrentTerm("b", new LocalDate(2024, 2, 20)).Should().Be(second);
        set.CurrentTerm("b", new LocalDate(2020, 1, 1)).Should().BeNull();
        set.Successor(first).Should().Be(second);
        set.Successor(second).Should().BeNull();
    }
}
