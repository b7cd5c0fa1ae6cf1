using System;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Terms;
using Xunit;

namespace PartyOrg.Domain.Tests.Terms;

/// <summary>Value semantics, texts and guards of the term types: each field takes part in equality, each guard names its parameter.</summary>
public sealed class TermValueTests
{
    private static readonly LocalDate Start = new(2021, 11, 20);

    [Fact]
    public void Term_EqualityUsesEveryField_AndToStringIsExact()
    {
        var t = new Term("oc", Start, 5, new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 6, 1)));
        t.Should().Be(new Term("oc", Start, 5, new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 6, 1))));
        t.GetHashCode().Should().Be(new Term("oc", Start, 5).GetHashCode());
        t.Equals(new Term("b", Start, 5, t.Adjustment)).Should().BeFalse();
        t.Equals(new Term("oc", Start.PlusDays(1), 5, t.Adjustment)).Should().BeFalse();
        t.Equals(new Term("oc", Start, 4, t.Adjustment)).Should().BeFalse();
        t.Equals(new Term("oc", Start, 5)).Should().BeFalse();
        t.Equals(null).Should().BeFalse();
        t!.Equals((object)"oc").Should().BeFalse();
        t.ToString().Should().Be("oc from 2021-11-20 (5 years)");
        new Term("oc", Start).ToString().Should().Be("oc from 2021-11-20");
        t.WithYears(null).Years.Should().BeNull();
        t.WithAdjustment(null).Adjustment.Should().BeNull();
    }

    [Fact]
    public void Term_Guards_NameTheParameterAndSayWhy()
    {
        var years = () => new Term("oc", Start, 0);
        years.Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().Contain("Term of \"oc\" starting 2021-11-20: years must be between 1 and 10.");
        var adjustment = () => new Term("oc", Start, 5, new TermAdjustment(TermAdjustmentKind.Advance, Start));
        adjustment.Should().Throw<ArgumentException>().Which.Message.Should().StartWith("Term of \"oc\" starting 2021-11-20: the adjusted election date 2021-11-20 must be after the start.");
        new Term("oc", Start, 5, new TermAdjustment(TermAdjustmentKind.Advance, Start.PlusDays(1))).Adjustment.Should().NotBeNull();
        new Term("oc", Start).ExpiryAfter(0).Should().Be(Start);
        var negative = () => new Term("oc", Start).ExpiryAfter(-1);
        negative.Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().StartWith("Expected 0 to 10 years.");
    }

    [Fact]
    public void TermAdjustment_EqualityTextsAndGuards()
    {
        var a = new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 6, 1), "wc", new LocalDate(2026, 9, 1), "lg", new LocalDate(2026, 8, 1));
        a.Should().Be(new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 6, 1), "wc", new LocalDate(2026, 9, 1), "lg", new LocalDate(2026, 8, 1)));
        a.GetHashCode().Should().Be(new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 6, 1), "wc", new LocalDate(2026, 9, 1), "lg", new LocalDate(2026, 8, 1)).GetHashCode());
        a.Equals(new TermAdjustment(TermAdjustmentKind.Advance, new LocalDate(2027, 6, 1), "wc", new LocalDate(2026, 9, 1), "lg", new LocalDate(2026, 8, 1))).Should().BeFalse();
        a.Equals(new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 6, 2), "wc", new LocalDate(2026, 9, 1), "lg", new LocalDate(2026, 8, 1))).Should().BeFalse();
        a.Equals(new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 6, 1), "oc", new LocalDate(2026, 9, 1), "lg", new LocalDate(2026, 8, 1))).Should().BeFalse();
        a.Equals(new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 6, 1), "wc", new LocalDate(2026, 9, 2), "lg", new LocalDate(2026, 8, 1))).Should().BeFalse();
        a.Equals(new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 6, 1), "wc", new LocalDate(2026, 9, 1), "lg2", new LocalDate(2026, 8, 1))).Should().BeFalse();
        a.Equals(new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 6, 1), "wc", new LocalDate(2026, 9, 1), "lg", new LocalDate(2026, 8, 2))).Should().BeFalse();
        a.Equals(null).Should().BeFalse();
        a!.Equals((object)"x").Should().BeFalse();
        a.ToString().Should().Be("postpone until 2027-06-01 (approved by wc)");
        new TermAdjustment(TermAdjustmentKind.Advance, new LocalDate(2027, 6, 1)).ToString().Should().Be("advance until 2027-06-01 (not approved)");

        a.IsApprovedOn(new LocalDate(2026, 9, 1)).Should().BeTrue();
        a.IsApprovedOn(new LocalDate(2026, 8, 31)).Should().BeFalse();
        new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 6, 1), "wc").IsApprovedOn(new LocalDate(2000, 1, 1)).Should().BeTrue();
        new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 6, 1)).IsApprovedOn(new LocalDate(2030, 1, 1)).Should().BeFalse();

        var on = () => new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 6, 1), approvedOn: new LocalDate(2026, 9, 1));
        on.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("approvedOn");
        on.Should().Throw<ArgumentException>().Which.Message.Should().StartWith("Term adjustment until 2027-06-01: approvedOn is given but approvedBy is not.");
        var decidedOn = () => new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 6, 1), partyGroupDecidedOn: new LocalDate(2026, 9, 1));
        decidedOn.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("partyGroupDecidedOn");
        decidedOn.Should().Throw<ArgumentException>().Which.Message.Should().StartWith("Term adjustment until 2027-06-01: partyGroupDecidedOn is given but partyGroupDecidedBy is not.");
        var blankBy = () => new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 6, 1), " ");
        blankBy.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("approvedBy");
        var blankGroup = () => new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 6, 1), partyGroupDecidedBy: " x");
        blankGroup.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("partyGroupDecidedBy");
    }

    [Fact]
    public void TermLengthsAndPolicy_EqualityUsesEveryField()
    {
        var l = new TermLengths(5, 3, 3);
        l.Should().Be(new TermLengths(5, 3, 3));
        l.GetHashCode().Should().Be(new TermLengths(5, 3, 3).GetHashCode());
        l.Equals(new TermLengths(4, 3, 3)).Should().BeFalse();
        l.Equals(new TermLengths(5, 2, 3)).Should().BeFalse();
        l.Equals(new TermLengths(5, 3, 2)).Should().BeFalse();
        l.Equals(null).Should().BeFalse();
        var kind = () => l!.For(null!);
        kind.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("kind");

        var p = TermPolicy.Default;
        p.Should().Be(TermPolicy.University);
        p.GetHashCode().Should().Be(TermPolicy.University.GetHashCode());
        p.Equals(TermPolicy.VillageAndCommunity).Should().BeFalse();
        p.Equals(p.WithCurrent(new TermLengths(5, 3, 2))).Should().BeFalse();
        p.Equals(p.WithLegacy(new TermLengths(4, 3, 3))).Should().BeFalse();
        p.Equals(p.WithReminderLead(Period.FromMonths(5))).Should().BeFalse();
        p.Equals(p.WithRequestLead(Period.FromMonths(2))).Should().BeFalse();
        p.Equals(p.WithReportLag(Period.FromMonths(2))).Should().BeFalse();
        p.Equals(p.WithOnTimeTolerance(Period.FromMonths(2))).Should().BeFalse();
        p.Equals(null).Should().BeFalse();
        var lead = () => p!.WithReminderLead(Period.FromDays(-1));
        lead.Should().Throw<ArgumentException>().Which.Message.Should().StartWith("Expected a non-negative period of years, months, weeks or days, not ");
        var nullLead = () => p!.WithReminderLead(null!);
        nullLead.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("reminderLead");
    }

    [Fact]
    public void TermPolicy_ForSector_EverySector()
    {
        TermPolicy.ForSector(Sector.University).Should().BeSameAs(TermPolicy.University);
        TermPolicy.ForSector(Sector.Rural).Should().BeSameAs(TermPolicy.VillageAndCommunity);
        TermPolicy.ForSector(Sector.Community).Should().BeSameAs(TermPolicy.VillageAndCommunity);
        TermPolicy.ForSector(Sector.StateOrgans).Should().BeSameAs(TermPolicy.Default);
        TermPolicy.ForSector(Sector.Other).Should().BeSameAs(TermPolicy.Default);
        var none = () => TermPolicy.ForSector(null!);
        none.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("sector");
    }

    [Fact]
    public void TermStatus_IsOverdue_OnlyForTheOverdueStatuses()
    {
        TermStatus.List.Where(s => s.IsOverdue).Should().BeEquivalentTo(new[] { TermStatus.Overdue, TermStatus.OverdueAfterPostponement });
    }

    [Fact]
    public void TermSet_NullTermAndUndecidedPartyGroup_AreReported()
    {
        var tree = TermTestData.Tree();
        var act = () => TermSet.Create(tree, new Term[] { null! });
        act.Should().Throw<PartyOrgDataException>().Which.Problems.Single().Message.Should().Be("a term is null");
    }

    [Fact]
    public void TermCalendar_Build_NullArguments_NameTheParameter()
    {
        var tree = TermTestData.Tree();
        var noTree = () => TermCalendar.Build(null!, TermSet.Empty, TermPolicy.Default, Start);
        noTree.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("tree");
        var noTerms = () => TermCalendar.Build(tree, null!, TermPolicy.Default, Start);
        noTerms.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("terms");
        var noPolicy = () => TermCalendar.Build(tree, TermSet.Empty, null!, Start);
        noPolicy.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("policy");
        var wrongOrg = () => TermCalendarEntry.For(tree.GetOrganization("b"), new Term("gb", Start), TermPolicy.Default, Start);
        wrongOrg.Should().Throw<ArgumentException>().Which.Message.Should().StartWith("The term belongs to \"gb\", not");
        var notElected = () => TermCalendarEntry.For(tree.GetOrganization("g"), new Term("g", Start), TermPolicy.Default, Start);
        notElected.Should().Throw<ArgumentException>().Which.Message.Should().StartWith("\"g\" is not elected and has no te");
    }
}
