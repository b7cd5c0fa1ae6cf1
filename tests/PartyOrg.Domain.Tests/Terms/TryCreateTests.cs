using System;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Elections;
using PartyOrg.Domain.Terms;
using Xunit;

namespace PartyOrg.Domain.Tests.Terms;

/// <summary>
/// <see cref="TermSet.TryCreate"/> and <see cref="ElectionLog.TryCreate"/>: the problems of Validate, and the set or log
/// of Create, each body's records oldest first (equal dates in input order), the bodies in order of first appearance.
/// </summary>
public sealed class TryCreateTests
{
    private static readonly LocalDate Day = new(2024, 3, 15);

    private static ElectionRecord Election(string id, string org, LocalDate date, string member = "m-1") =>
        new(id, org, new ElectionInput(date, 1, new[] { new CandidateVotes(member, 5) }, 5, 5, 5));

    [Fact]
    public void Terms_Valid_AreTheSetOfCreate_OldestFirst()
    {
        var tree = TermTestData.Tree();
        var terms = new[]
        {
            new Term("b", Day.PlusYears(3)),
            new Term("oc", Day),
            new Term("b", Day),
            new Term("gb", Day.PlusYears(1), 3),
            new Term("gb", Day, 5),
            new Term("b", Day.PlusYears(-3)),
        };

        TermSet.TryCreate(tree, terms, out var set, out var problems).Should().BeTrue();
        problems.Should().BeEmpty();
        var created = TermSet.Create(tree, terms);
        set!.Terms.Should().Equal(terms);
        set.OrganizationIds.Should().Equal("b", "oc", "gb");
        set.OrganizationIds.Should().Equal(created.OrganizationIds);
        set.TermsOf("b").Should().Equal(terms[5], terms[2], terms[0]);
        set.TermsOf("gb").Select(t => t.Years).Should().Equal(5, 3);
        foreach (var org in new[] { "b", "oc", "gb", "g" })
        {
            set.TermsOf(org).Should().Equal(created.TermsOf(org));
        }
    }

    [Fact]
    public void Terms_WithProblems_AreThoseOfValidate_AndNoSet()
    {
        var tree = TermTestData.Tree();
        var terms = new[] { new Term("b", Day), new Term("b-9", Day), new Term("b", Day) };
        TermSet.TryCreate(tree, terms, out var set, out var problems).Should().BeFalse();
        set.Should().BeNull();
        problems.Should().HaveCount(2).And.Equal(TermSet.Validate(tree, terms));
    }

    [Fact]
    public void Elections_Valid_AreTheLogOfCreate_OldestFirst_TiesInInputOrder()
    {
        var tree = TermTestData.Tree();
        var records = new[]
        {
            Election("e-1", "b", Day.PlusDays(10)),
            Election("e-2", "oc", Day),
            Election("e-3", "b", Day),
            Election("e-4", "b", Day, "m-2"),
            Election("e-5", "b", Day.PlusDays(-10)),
        };

        ElectionLog.TryCreate(tree, records, out var log, out var problems).Should().BeTrue();
        problems.Should().BeEmpty();
        log!.Records.Should().Equal(records);
        log.Of("b").Select(r => r.Id).Should().Equal("e-5", "e-3", "e-4", "e-1");
        log.Of("b").Should().Equal(ElectionLog.Create(tree, records).Of("b"));
        log.Of("oc").Select(r => r.Id).Should().Equal("e-2");
        log.Of("gb").Should().BeEmpty();
    }

    [Fact]
    public void Elections_WithProblems_AreThoseOfValidate_AndNoLog()
    {
        var tree = TermTestData.Tree();
        var records = new[] { Election("e-1", "b", Day), Election("e-1", "b", Day, "m-99") };
        ElectionLog.TryCreate(tree, records, out var log, out var problems).Should().BeFalse();
        log.Should().BeNull();
        problems.Should().HaveCount(2).And.Equal(ElectionLog.Validate(tree, records));
        var act = () => ElectionLog.TryCreate(tree, null!, out _, out _);
        act.Should().Throw<ArgumentNullException>();
    }
}
