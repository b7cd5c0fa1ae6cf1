using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using FsCheck.Xunit;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Meetings;
using Xunit;
using static PartyOrg.Domain.Tests.Meetings.MeetingFixture;

namespace PartyOrg.Domain.Tests.Meetings;

public sealed class MeetingPlannerTests
{
    [Fact]
    public void Plan_Year_OwesEachRequirementPerPeriod()
    {
        var tree = Tree();
        var obligations = new MeetingPlanner(Requirements()).Plan(tree, Year2026);
        int Count(string org, MeetingKind kind) => obligations.Count(o => o.OrganizationId == org && o.Kind == kind);
        Count("b1", MeetingKind.GeneralMeeting).Should().Be(4);
        Count("b1", MeetingKind.CommitteeMeeting).Should().Be(12);
        Count("b2", MeetingKind.CommitteeMeeting).Should().Be(0, "b2 has a secretary only, no committee");
        Count("g1", MeetingKind.GroupMeeting).Should().Be(12);
        Count("b1", MeetingKind.ThemedPartyDay).Should().Be(12);
        Count("b2", MeetingKind.PartyLecture).Should().Be(4);
        Count("oc", MeetingKind.PartyLecture).Should().Be(1);
        Count("lg", MeetingKind.PartyLecture).Should().Be(1);
        Count("oc", MeetingKind.OrganAssembly).Should().Be(1);
        Count("lg", MeetingKind.DemocraticLifeMeeting).Should().Be(1);
        Count("oc", MeetingKind.DemocraticLifeMeeting).Should().Be(0, "only the 党组 holds a 民主生活会");
        obligations.Should().HaveCount(72);
    }

    [Fact]
    public void Plan_OrgLifeMeeting_WindowIsFourthQuarter()
    {
        var ob = new MeetingPlanner(Requirements()).Plan(Tree(), "b1", Year2026).Single(o => o.Kind == MeetingKind.OrganizationalLifeMeeting);
        ob.WindowStart.Should().Be(new LocalDate(2026, 10, 1));
        ob.WindowEnd.Should().Be(YearEnd);
        ob.DueDate.Should().Be(YearEnd);
        ob.Period.ToString().Should().Be("2026");
        ob.RuleId.Should().Be("LIFE-ORG-LIFE-MEETING-ANNUAL");
    }

    [Fact]
    public void Plan_ThemeDayFirstFriday_MovedOffHolidays()
    {
        var planner = new MeetingPlanner(Requirements().With(MeetingRequirements.ThemeDayMonthly.WithFixedDay(FixedDayPolicy.FirstFriday)),
            WorkingDayCalendar.ChinaMainland2025And2026);
        var days = planner.Plan(Tree(), "b1", Year2026).Where(o => o.Kind == MeetingKind.ThemedPartyDay).Select(o => o.DueDate).ToArray();
        days[0].Should().Be(new LocalDate(2026, 1, 4), "Friday 2 January is a holiday and Sunday 4 January is worked (调休)");
        days[4].Should().Be(new LocalDate(2026, 5, 6), "1 May is a holiday until the 5th");
        days[10].Should().Be(new LocalDate(2026, 11, 6));
    }

    [Fact]
    public void Plan_DueDateWithoutFixedDay_LastWorkingDayOfPeriod()
    {
        var q3 = new MeetingPlanner(Requirements(), WorkingDayCalendar.ChinaMainland2025And2026).Plan(Tree(), "b1", Year2026)
            .Where(o => o.Kind == MeetingKind.GeneralMeeting).ToArray();
        q3[2].DueDate.Should().Be(new LocalDate(2026, 9, 30));
        q3[0].DueDate.Should().Be(new LocalDate(2026, 3, 31));
    }

    [Fact]
    public void Plan_EstablishedMidPeriod_PeriodsStartingBeforeAreNotOwed()
    {
        var tree = Tree(b2Established: new LocalDate(2026, 2, 15));
        var b2 = new MeetingPlanner(Requirements()).Plan(tree, "b2", Year2026);
        b2.Where(o => o.Kind == MeetingKind.ThemedPartyDay).Select(o => o.Period.ToString()).First().Should().Be("2026-03");
        b2.Where(o => o.Kind == MeetingKind.GeneralMeeting).Select(o => o.Period.ToString()).Should().Equal("2026-Q2", "2026-Q3", "2026-Q4");
        b2.Should().NotContain(o => o.Kind == MeetingKind.OrganizationalLifeMeeting, "the year began before b2 was set up");
    }

    [Fact]
    public void Plan_Subtree_CoversDescendants()
    {
        var planner = new MeetingPlanner(Requirements());
        var all = planner.Plan(Tree(), "oc", Year2026, includeSubtree: true);
        all.Select(o => o.OrganizationId).Distinct().Should().BeEquivalentTo(new[] { "oc", "b1", "g1", "b2" });
    }

    [Fact]
    public void Plan_CustomTermWindows_OnlyInsideTerms()
    {
        var terms = MeetingFrequency.Custom(new[]
        {
            new DateInterval(new LocalDate(2026, 2, 23), new LocalDate(2026, 7, 10)),
            new DateInterval(new LocalDate(2026, 9, 1), new LocalDate(2027, 1, 15)),
        });
        var set = new MeetingRequirementSet(new[] { MeetingRequirements.PartyLectureLocalFrequency.WithFrequency(terms).WithMinimumCount(2) });
        var obs = new MeetingPlanner(set).Plan(Tree(), "b1", Year2026);
        obs.Select(o => o.Period.ToString()).Should().Equal("2026-02-23/2026-07-10", "2026-09-01/2027-01-15");
        obs.Should().OnlyContain(o => o.MinimumCount == 2);
    }

    [Fact]
    public void RequirementSet_DuplicateRuleId_Throws()
    {
        var act = () => new MeetingRequirementSet(new[] { MeetingRequirements.GroupMonthly, MeetingRequirements.GroupMonthly });
        act.Should().Throw<System.ArgumentException>().WithMessage("*MTG-GROUP-MONTHLY*");
    }

    [Fact]
    public void Default_ExcludesBranchSecretaryLecture_ProfileCarriesDefault()
    {
        MeetingRequirements.Default.Find("MTG-LECTURE-BRANCH-SECRETARY").Should().BeNull();
        ComplianceProfile.StateOrgans.Get(MeetingParameters.Requirements).Should().Be(MeetingRequirements.Default);
        MeetingRequirements.Default.Find("MTG-PARTY-LECTURE-LOCAL-FREQUENCY")!.Frequency.Should().Be(MeetingFrequency.Quarterly);
    }

    [Property(MaxTest = 12)]
    public bool Property_EveryObligationMetOnce_NoMeetingFindings(int seed)
    {
        var day = 1 + (((seed % 28) + 28) % 28);
        var year = 2021 + ((((seed / 28) % 8) + 8) % 8);
        var tree = Tree();
        var range = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        var planner = new MeetingPlanner(Requirements().With(MeetingRequirements.ThemeDayMonthly.WithFixedDay(FixedDayPolicy.DayOfMonth(day))),
            WorkingDayCalendar.ChinaMainland2025And2026);
        var records = RecordsFor(tree, planner.Plan(tree, range));
        var input = new ComplianceInput(tree, range.End).WithMeetings(MeetingLog.Create(tree, records));
        return new ComplianceChecker(ComplianceProfile.StateOrgans).Check(input).MeetingFindings().Count == 0;
    }

    [Fact]
    public void Property_RemovingAnyOneRecord_GivesExactlyThatObligationsFinding()
    {
        var tree = Tree();
        var obligations = Obligations2026(tree);
        var records = RecordsFor(tree, obligations);
        Check(tree, records, YearEnd).MeetingFindings().Should().BeEmpty();
        for (var i = 0; i < records.Count; i++)
        {
            var without = new List<MeetingRecord>(records);
            without.RemoveAt(i);
            var findings = Check(tree, without, YearEnd).MeetingFindings();
            var ob = obligations[i];
            findings.Select(f => (f.RuleId, f.SubjectId, f.Period)).Should().Equal(new[] { (ob.RuleId, ob.OrganizationId, (ReportingPeriod?)ob.Period) }, $"record {i} met {ob}");
        }
    }
}
