using System;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Elections;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Terms;
using Xunit;

namespace PartyOrg.Domain.Tests.Calendars;

/// <summary>Public constructors and methods refuse what they cannot handle with an exception naming the parameter.</summary>
public sealed class LibraryGuardTests
{
    private static readonly MeetingKind[] Kinds = { MeetingKind.ThemedPartyDay };

    [Fact]
    public void SupportedDates_BoundsAreInclusive()
    {
        SupportedDates.Contains(new LocalDate(1900, 1, 1)).Should().BeTrue();
        SupportedDates.Contains(new LocalDate(2199, 12, 31)).Should().BeTrue();
        SupportedDates.Contains(new LocalDate(1899, 12, 31)).Should().BeFalse();
        SupportedDates.Contains(new LocalDate(2200, 1, 1)).Should().BeFalse();
        SupportedDates.Check(new LocalDate(2026, 1, 1), "d").Should().Be(new LocalDate(2026, 1, 1));
        var act = () => SupportedDates.Check(new LocalDate(2200, 1, 1), "d");
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("d");
    }

    [Fact]
    public void SupportedDates_Format_UsesTheAbsoluteYear()
    {
        SupportedDates.Format(new LocalDate(0, 1, 1)).Should().Be("0000-01-01");
        SupportedDates.Format(new LocalDate(-5, 3, 1)).Should().Be("-0005-03-01");
    }

    [Fact]
    public void MeetingRecord_DateOutsideTheSupportedRange_Throws_AtTheBoundariesNot()
    {
        new MeetingRecord("m", "b", new LocalDate(1900, 1, 1), Kinds).Date.Should().Be(new LocalDate(1900, 1, 1));
        new MeetingRecord("m", "b", new LocalDate(2199, 12, 31), Kinds).Date.Should().Be(new LocalDate(2199, 12, 31));
        var min = () => new MeetingRecord("m", "b", LocalDate.MinIsoValue, Kinds);
        min.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("date");
        var after = () => new MeetingRecord("m", "b", new LocalDate(2200, 1, 1), Kinds);
        after.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("date");
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(10, true)]
    [InlineData(11, false)]
    [InlineData(int.MaxValue, false)]
    public void Term_Years_From1To10(int years, bool accepted)
    {
        var act = () => new Term("b", new LocalDate(2199, 12, 1), years);
        if (accepted)
        {
            act().ExpiryAfter(years).Should().Be(new LocalDate(2199 + years, 12, 1));
        }
        else
        {
            act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("years");
        }
    }

    [Fact]
    public void Term_StartAndAdjustmentOutsideTheSupportedRange_Throw()
    {
        var start = () => new Term("b", new LocalDate(1899, 12, 31));
        start.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("start");
        var until = () => new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2200, 1, 1));
        until.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("until");
        var expiry = () => new Term("b", new LocalDate(2020, 1, 1)).ExpiryAfter(11);
        expiry.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("years");
    }

    [Fact]
    public void ElectionInput_DateOutsideTheSupportedRange_Throws()
    {
        var act = () => new ElectionInput(new LocalDate(9999, 12, 31), 1, Array.Empty<CandidateVotes>(), 1, 1, 1);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("date");
    }

    [Theory]
    [InlineData(-1, 0, 0, "for")]
    [InlineData(0, -1, 0, "against")]
    [InlineData(0, 0, -1, "abstain")]
    [InlineData(10_000_001, 0, 0, "for")]
    public void MeetingVote_CountOutOfRange_ThrowsNamingTheCount(int @for, int against, int abstain, string parameter)
    {
        var act = () => new MeetingVote("item", @for, against, abstain);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(parameter);
    }

    [Fact]
    public void MeetingVote_CountsAtTheBounds_Accepted()
    {
        new MeetingVote("item", 0).Total.Should().Be(0);
        new MeetingVote("item", MeetingVote.MaxCount, MeetingVote.MaxCount, MeetingVote.MaxCount).Total.Should().Be(30_000_000);
    }

    [Fact]
    public void ReportingPeriod_AtTheLastRepresentableDate_DoesNotOverflow()
    {
        ReportingPeriod.Month(9999, 12).End.Should().Be(LocalDate.MaxIsoValue);
        ReportingPeriod.Quarter(9999, 4).End.Should().Be(LocalDate.MaxIsoValue);
        ReportingPeriod.HalfYear(9999, 2).End.Should().Be(LocalDate.MaxIsoValue);
        ReportingPeriod.Month(2024, 2).End.Should().Be(new LocalDate(2024, 2, 29));
        ReportingPeriod.Quarter(2026, 1).End.Should().Be(new LocalDate(2026, 3, 31));
        ReportingPeriod.HalfYear(2026, 1).End.Should().Be(new LocalDate(2026, 6, 30));
        var next = () => ReportingPeriod.Year(9999).Next();
        next.Should().Throw<InvalidOperationException>();
        ReportingPeriod.Month(9999, 11).Next().Should().Be(ReportingPeriod.Month(9999, 12));
        var custom = () => ReportingPeriod.Custom(new LocalDate(9999, 12, 13), new LocalDate(9999, 12, 22)).Next();
        custom.Should().Throw<InvalidOperationException>();
        ReportingPeriod.Custom(new LocalDate(9999, 12, 12), new LocalDate(9999, 12, 21)).Next().End.Should().Be(LocalDate.MaxIsoValue);
        ReportingPeriod.Custom(new LocalDate(9999, 12, 11), new LocalDate(9999, 12, 20)).Next().End.Should().Be(new LocalDate(9999, 12, 30));
    }

    [Fact]
    public void FindingComparison_NullElement_ThrowsNamingTheList()
    {
        var before = () => FindingComparison.Compare(new Finding[] { null! }, Array.Empty<Finding>());
        before.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("before");
        var after = () => FindingComparison.Compare(Array.Empty<Finding>(), new Finding[] { null! });
        after.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("after");
        FindingComparison.Compare(Array.Empty<Finding>(), Array.Empty<Finding>()).Should().NotBeNull();
    }

    [Fact]
    public void MeetingFrequency_Custom_NullWindow_ThrowsNamingWindows()
    {
        var act = () => MeetingFrequency.Custom(new DateInterval[] { null! });
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("windows");
    }

    [Fact]
    public void OrganizationScope_NullKindOrForm_ThrowsNamingTheList()
    {
        var kind = () => new OrganizationScope(new OrganizationKind[] { null! });
        kind.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("kinds");
        var form = () => new OrganizationScope(new[] { OrganizationKind.Branch }, new BranchForm[] { null! });
        form.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("forms");
    }

    [Fact]
    public void ComplianceProfile_NullRuleId_ThrowsNamingRuleId()
    {
        var enabled = () => ComplianceProfile.StateOrgans.IsEnabled(null!);
        enabled.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("ruleId");
        var find = () => ComplianceProfile.StateOrgans.FindRule(null!);
        find.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("ruleId");
    }

    [Fact]
    public void MeetingPlanner_AtTheLastRepresentableYear_DoesNotOverflow()
    {
        var tree = PartyOrg.Domain.Json.PartyOrgDocument.Load(System.IO.File.ReadAllBytes(Tests.Json.RepoFiles.PathOf("docs", "examples", "sample-organ.json"))).Document!.Tree;
        var range = new DateInterval(new LocalDate(9999, 1, 1), LocalDate.MaxIsoValue);
        var plan = () => ComplianceProfile.StateOrgans.MeetingPlanner().Plan(tree, range);
        plan.Should().NotThrow();
        plan().Should().NotBeEmpty().And.OnlyContain(o => o.Period.End <= LocalDate.MaxIsoValue && o.Period.Start.Year == 9999);
    }
}
