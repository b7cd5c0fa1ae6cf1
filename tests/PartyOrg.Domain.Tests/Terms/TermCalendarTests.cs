using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Regulations;
using PartyOrg.Domain.Terms;
using Xunit;

namespace PartyOrg.Domain.Tests.Terms;

public sealed class TermCalendarTests
{
    private static TermCalendarEntry Entry(Term term, LocalDate asOf)
    {
        var tree = TermTestData.Tree();
        return TermCalendar.Build(tree, TermSet.Create(tree, new[] { term }), TermPolicy.Default, asOf).EntryOf(term.OrganizationId)!;
    }

    [Fact]
    public void Milestones_ContractExample()
    {
        var e = Entry(new Term("b", new LocalDate(2024, 3, 1), 3), new LocalDate(2026, 11, 22));

        e.Expiry.Should().Be(new LocalDate(2027, 3, 1));
        e.ReminderDue.Should().Be(new LocalDate(2026, 9, 1));
        e.RequestDue.Should().Be(new LocalDate(2027, 2, 1));
        e.ReportDue.Should().Be(new LocalDate(2027, 4, 1));
        e.Status.Should().Be(TermStatus.DueSoon);
        e.Status.Name.Should().Be("due-soon");
    }

    [Theory]
    [InlineData("2026-09-14", "current")]
    [InlineData("2026-09-15", "due-soon")]
    [InlineData("2027-03-14", "due-soon")]
    [InlineData("2027-03-15", "due")]
    [InlineData("2027-04-15", "due")]
    [InlineData("2027-04-16", "overdue")]
    public void Status_AroundTheMilestones(string asOf, string status)
    {
        Entry(new Term("b", new LocalDate(2024, 3, 15)), NodaTime.Text.LocalDatePattern.Iso.Parse(asOf).Value).Status.Name.Should().Be(status);
    }

    [Fact]
    public void Status_ApprovedPostponement_PostponedUntilTheNewDateThenOverdue()
    {
        var term = new Term("b", new LocalDate(2023, 5, 10), adjustment: new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2026, 12, 20), "gb", new LocalDate(2026, 4, 20)));

        Entry(term, new LocalDate(2026, 12, 20)).Status.Should().Be(TermStatus.Postponed);
        Entry(term, new LocalDate(2026, 12, 21)).Status.Should().Be(TermStatus.OverdueAfterPostponement);
        Entry(term, new LocalDate(2026, 12, 21)).ReportDue.Should().Be(new LocalDate(2027, 1, 20));
    }

    [Fact]
    public void Status_ApprovalDatedAfterAsOf_DoesNotCountYet()
    {
        var term = new Term("b", new LocalDate(2023, 5, 10), adjustment: new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2026, 12, 20), "gb", new LocalDate(2026, 12, 1)));

        var e = Entry(term, new LocalDate(2026, 11, 22));
        e.AdjustmentApproved.Should().BeFalse();
        e.Status.Should().Be(TermStatus.Overdue);
    }

    [Fact]
    public void Status_UnapprovedPostponement_IsOverdue()
    {
        var term = new Term("b", new LocalDate(2022, 6, 1), adjustment: new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2026, 12, 31)));

        Entry(term, new LocalDate(2026, 11, 22)).Status.Should().Be(TermStatus.Overdue);
    }

    [Fact]
    public void Length_TermBeganIn2016_KeepsTheLegacyLength()
    {
        var e = Entry(new Term("b", new LocalDate(2016, 3, 4)), new LocalDate(2017, 1, 1));

        e.Years.Should().Be(2);
        e.YearsFromPolicy.Should().BeTrue();
        e.IsLegacy.Should().BeTrue();
        e.Expiry.Should().Be(new LocalDate(2018, 3, 4));
        e.LengthCitation.Regulation.Should().Be(Regulation.Constitution2012);
    }

    [Fact]
    public void Length_TermBeganIn2019_UsesThe2018Opinion()
    {
        var e = Entry(new Term("b", new LocalDate(2019, 3, 4)), new LocalDate(2020, 1, 1));

        e.Years.Should().Be(3);
        e.IsLegacy.Should().BeFalse();
        e.LengthCitation.Should().Be(new Citation(Regulation.TermOpinion, 1));
    }

    [Fact]
    public void Length_Recorded_WinsOverThePolicy()
    {
        var e = Entry(new Term("oc", new LocalDate(2016, 11, 25), 5), new LocalDate(2017, 1, 1));

        e.Years.Should().Be(5);
        e.YearsFromPolicy.Should().BeFalse();
        e.Expiry.Should().Be(new LocalDate(2021, 11, 25));
    }

    [Fact]
    public void Calendar_BodiesNotElected_AreNoTerm_AndElectedWithoutTerm_AreUnrecorded()
    {
        var tree = TermTestData.Tree();
        var calendar = TermCalendar.Build(tree, TermSet.Create(tree, new[] { new Term("b", new LocalDate(2024, 3, 15)) }), TermPolicy.Default, TermTestData.AsOf);

        calendar.Entries.Should().ContainSingle().Which.OrganizationId.Should().Be("b");
        calendar.NotElected.Should().BeEquivalentTo("wc", "lg", "g", "tb");
        calendar.Unrecorded.Should().Equal("oc", "gb");
        calendar.StatusOf("lg").Should().Be(TermStatus.NoTerm);
        calendar.StatusOf("tb").Should().Be(TermStatus.NoTerm);
        calendar.StatusOf("oc").Should().BeNull();
        calendar.StatusOf("b").Should().Be(TermStatus.DueSoon);
    }

    [Fact]
    public void Status_AllContractSpellings()
    {
        TermStatus.List.Should().HaveCount(7);
        new[] { "current", "due-soon", "due", "overdue", "postponed", "overdue-after-postponement", "no-term" }
            .Should().BeEquivalentTo(System.Linq.Enumerable.Select(TermStatus.List, s => s.Name));
    }
}
