using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using Xunit;
using static PartyOrg.Domain.Tests.Meetings.MeetingFixture;

namespace PartyOrg.Domain.Tests.Meetings;

/// <summary>
/// Exact boundaries of the planner and of the requirement values it reads: <see cref="MeetingFrequency"/> (periods
/// overlapping a range, custom windows), <see cref="MeetingRequirement"/>, <see cref="MeetingRequirementSet"/>, when an
/// organization owes a period (established, dissolved, committee, organ top) and the proposed dates.
/// </summary>
public sealed class MeetingPlanMutationTests
{
    private static readonly MeetingRequirement Monthly =
        new("TEST-THEME-MONTHLY", MeetingKind.ThemedPartyDay, OrganizationScope.Branches, MeetingFrequency.Monthly);

    private static readonly object NotAFrequency = "monthly";

    private static DateInterval Range(int y1, int m1, int d1, int y2, int m2, int d2) => new(new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2));

    private static string[] Periods(MeetingFrequency frequency, DateInterval range) => frequency.PeriodsOverlapping(range).Select(p => p.ToString()).ToArray();

    // ---- MeetingFrequency ----

    [Fact]
    public void PeriodsOverlapping_ListsEveryPeriodTouchingTheRange_Whole()
    {
        Periods(MeetingFrequency.Monthly, Range(2026, 1, 31, 2026, 2, 1)).Should().Equal("2026-01", "2026-02");
        Periods(MeetingFrequency.Monthly, Range(2026, 1, 1, 2026, 1, 31)).Should().Equal("2026-01");
        Periods(MeetingFrequency.Monthly, Range(2026, 1, 15, 2026, 1, 15)).Should().Equal("2026-01");
        Periods(MeetingFrequency.Quarterly, Range(2026, 3, 31, 2026, 7, 1)).Should().Equal("2026-Q1", "2026-Q2", "2026-Q3");
        Periods(MeetingFrequency.Quarterly, Range(2026, 4, 1, 2026, 6, 30)).Should().Equal("2026-Q2");
        Periods(MeetingFrequency.HalfYearly, Range(2026, 6, 30, 2026, 7, 1)).Should().Equal("2026-01-01/2026-06-30", "2026-07-01/2026-12-31");
        Periods(MeetingFrequency.Yearly, Range(2025, 12, 31, 2027, 1, 1)).Should().Equal("2025", "2026", "2027");
        Periods(MeetingFrequency.Yearly, Range(9999, 1, 1, 9999, 12, 31)).Should().Equal("9999");
        Periods(MeetingFrequency.Monthly, Range(9999, 11, 15, 9999, 12, 31)).Should().Equal("9999-11", "9999-12");
    }

    [Fact]
    public void PeriodsOverlapping_Custom_WindowsTouchingTheRangeOnItsFirstOrLastDay_AreIncluded()
    {
        var terms = MeetingFrequency.Custom(new[]
        {
            Range(2026, 9, 1, 2027, 1, 15),
            Range(2026, 2, 23, 2026, 7, 10), // given out of order: sorted
        });
        terms.Kind.Should().Be(PeriodKind.Custom);
        terms.Windows.Select(w => w.ToString()).Should().Equal("2026-02-23/2026-07-10", "2026-09-01/2027-01-15");
        Periods(terms, Range(2026, 7, 10, 2026, 9, 1)).Should().Equal("2026-02-23/2026-07-10", "2026-09-01/2027-01-15");
        Periods(terms, Range(2026, 7, 11, 2026, 8, 31)).Should().BeEmpty();
        Periods(terms, Range(2026, 1, 1, 2026, 2, 22)).Should().BeEmpty();
        Periods(terms, Range(2026, 1, 1, 2026, 2, 23)).Should().Equal("2026-02-23/2026-07-10");
        Periods(terms, Range(2027, 1, 15, 2027, 12, 31)).Should().Equal("2026-09-01/2027-01-15");
        Periods(terms, Range(2027, 1, 16, 2027, 12, 31)).Should().BeEmpty();
        FluentActions.Invoking(() => terms.PeriodsOverlapping(null!).ToArray()).Should().Throw<ArgumentNullException>().WithParameterName("range");
    }

    [Fact]
    public void Custom_WindowsMeetingOnADay_Overlap_TheNextDay_DoNot()
    {
        var adjacent = MeetingFrequency.Custom(new[] { Range(2026, 1, 1, 2026, 1, 31), Range(2026, 2, 1, 2026, 2, 28) });
        adjacent.Windows.Should().HaveCount(2);

        FluentActions.Invoking(() => MeetingFrequency.Custom(new[] { Range(2026, 1, 1, 2026, 1, 31), Range(2026, 1, 31, 2026, 2, 28) }))
            .Should().Throw<ArgumentException>().WithParameterName("windows").WithMessage("*overlap*");
        FluentActions.Invoking(() => MeetingFrequency.Custom(new[] { Range(2026, 1, 1, 2026, 12, 31), Range(2026, 3, 1, 2026, 3, 31) }))
            .Should().Throw<ArgumentException>().WithParameterName("windows");
        FluentActions.Invoking(() => MeetingFrequency.Custom(new[] { Range(2026, 1, 1, 2026, 1, 31), Range(2026, 3, 1, 2026, 3, 31), Range(2026, 3, 31, 2026, 4, 30) }))
            .Should().Throw<ArgumentException>().WithParameterName("windows");
        FluentActions.Invoking(() => MeetingFrequency.Custom(Array.Empty<DateInterval>())).Should().Throw<ArgumentException>().WithParameterName("windows");
        FluentActions.Invoking(() => MeetingFrequency.Custom(null!)).Should().Throw<ArgumentNullException>().WithParameterName("windows");
    }

    [Fact]
    public void Frequency_EqualityAndText()
    {
        MeetingFrequency.Monthly.Windows.Should().BeEmpty();
        MeetingFrequency.Monthly.Kind.Should().Be(PeriodKind.Month);
        MeetingFrequency.Quarterly.Kind.Should().Be(PeriodKind.Quarter);
        MeetingFrequency.HalfYearly.Kind.Should().Be(PeriodKind.HalfYear);
        MeetingFrequency.Yearly.Kind.Should().Be(PeriodKind.Year);
        MeetingFrequency.Monthly.ToString().Should().Be("monthly");
        MeetingFrequency.Quarterly.ToString().Should().Be("quarterly");
        MeetingFrequency.HalfYearly.ToString().Should().Be("half-yearly");
        MeetingFrequency.Yearly.ToString().Should().Be("yearly");
        var a = MeetingFrequency.Custom(new[] { Range(2026, 1, 1, 2026, 1, 31), Range(2026, 3, 1, 2026, 3, 31) });
        var b = MeetingFrequency.Custom(new[] { Range(2026, 3, 1, 2026, 3, 31), Range(2026, 1, 1, 2026, 1, 31) });
        var c = MeetingFrequency.Custom(new[] { Range(2026, 1, 1, 2026, 1, 31), Range(2026, 3, 1, 2026, 3, 30) });
        a.ToString().Should().Be("in 2026-01-01/2026-01-31, 2026-03-01/2026-03-31");
        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Equals(c).Should().BeFalse();
        a.Equals(MeetingFrequency.Monthly).Should().BeFalse();
        MeetingFrequency.Monthly.Equals(MeetingFrequency.Quarterly).Should().BeFalse();
        MeetingFrequency.Monthly.Equals(NotAFrequency).Should().BeFalse();
        MeetingFrequency.Monthly.Equals((MeetingFrequency?)null).Should().BeFalse();
    }

    // ---- MeetingRequirement ----

    [Fact]
    public void Requirement_Guards_NameTheParameter()
    {
        var scope = OrganizationScope.Branches;
        var kind = MeetingKind.ThemedPartyDay;
        var f = MeetingFrequency.Monthly;
        FluentActions.Invoking(() => new MeetingRequirement(" ", kind, scope, f)).Should().Throw<ArgumentException>().WithParameterName("ruleId");
        FluentActions.Invoking(() => new MeetingRequirement("R", null!, scope, f)).Should().Throw<ArgumentNullException>().WithParameterName("kind");
        FluentActions.Invoking(() => new MeetingRequirement("R", kind, null!, f)).Should().Throw<ArgumentNullException>().WithParameterName("scope");
        FluentActions.Invoking(() => new MeetingRequirement("R", kind, scope, null!)).Should().Throw<ArgumentNullException>().WithParameterName("frequency");
        FluentActions.Invoking(() => new MeetingRequirement("R", kind, scope, f, 0)).Should().Throw<ArgumentException>().WithParameterName("minimumCount");
        new MeetingRequirement("R", kind, scope, f, 1).MinimumCount.Should().Be(1);
        FluentActions.Invoking(() => Monthly.WithMinimumCount(0)).Should().Throw<ArgumentException>().WithParameterName("minimumCount");
    }

    [Fact]
    public void Requirement_KeepsValues_CopiesChangeOnlyTheirOwn()
    {
        var r = new MeetingRequirement("R", MeetingKind.PartyLecture, OrganizationScope.Branches, MeetingFrequency.Quarterly, 2,
            SchedulingWindow.FourthQuarter, MeetingQuorum.HalfOfVotingMembers, LecturerRequirement.Secretary, FixedDayPolicy.FirstFriday);
        r.RuleId.Should().Be("R");
        r.Kind.Should().Be(MeetingKind.PartyLecture);
        r.Scope.Should().BeSameAs(OrganizationScope.Branches);
        r.Frequency.Should().BeSameAs(MeetingFrequency.Quarterly);
        r.MinimumCount.Should().Be(2);
        r.PreferredWindow.Should().Be(SchedulingWindow.FourthQuarter);
        r.Quorum.Should().Be(MeetingQuorum.HalfOfVotingMembers);
        r.Lecturer.Should().Be(LecturerRequirement.Secretary);
        r.FixedDay.Should().Be(FixedDayPolicy.FirstFriday);

        var groups = new OrganizationScope(new[] { OrganizationKind.PartyGroup });
        var copies = new[]
        {
            r.WithFrequency(MeetingFrequency.Yearly), r.WithMinimumCount(3), r.WithScope(groups), r.WithFixedDay(null), r.WithPreferredWindow(null),
        };
        copies[0].Frequency.Should().Be(MeetingFrequency.Yearly);
        copies[1].MinimumCount.Should().Be(3);
        copies[2].Scope.Should().BeSameAs(groups);
        copies[3].FixedDay.Should().BeNull();
        copies[4].PreferredWindow.Should().BeNull();
        foreach (var c in copies)
        {
            c.Should().NotBe(r);
            c.RuleId.Should().Be("R");
            c.Kind.Should().Be(MeetingKind.PartyLecture);
            c.Quorum.Should().Be(MeetingQuorum.HalfOfVotingMembers);
            c.Lecturer.Should().Be(LecturerRequirement.Secretary);
        }

        copies[0].MinimumCount.Should().Be(2);
        copies[0].PreferredWindow.Should().Be(SchedulingWindow.FourthQuarter);
        copies[0].FixedDay.Should().Be(FixedDayPolicy.FirstFriday);
        copies[0].Scope.Should().BeSameAs(OrganizationScope.Branches);
        copies[1].Frequency.Should().BeSameAs(MeetingFrequency.Quarterly);
        copies[4].FixedDay.Should().Be(FixedDayPolicy.FirstFriday);
        copies[3].PreferredWindow.Should().Be(SchedulingWindow.FourthQuarter);
    }

    [Fact]
    public void Requirement_Equality_ComparesEveryField()
    {
        MeetingRequirement Make(string id = "R", MeetingKind? kind = null, OrganizationScope? scope = null, MeetingFrequency? f = null, int min = 1,
            SchedulingWindow? window = null, MeetingQuorum quorum = MeetingQuorum.None, LecturerRequirement lecturer = LecturerRequirement.Anyone, FixedDayPolicy? day = null) =>
            new(id, kind ?? MeetingKind.GeneralMeeting, scope ?? OrganizationScope.Branches, f ?? MeetingFrequency.Monthly, min, window, quorum, lecturer, day);

        var baseline = Make();
        var same = Make(scope: new OrganizationScope(new[] { OrganizationKind.Branch }));
        baseline.Equals(same).Should().BeTrue();
        baseline.Equals((object)same).Should().BeTrue();
        baseline.GetHashCode().Should().Be(same.GetHashCode());
        var different = new[]
        {
            Make(id: "S"), Make(kind: MeetingKind.ThemedPartyDay), Make(scope: new OrganizationScope(new[] { OrganizationKind.GeneralBranch })),
            Make(f: MeetingFrequency.Yearly), Make(min: 2), Make(window: SchedulingWindow.FourthQuarter), Make(quorum: MeetingQuorum.HalfOfCommittee),
            Make(lecturer: LecturerRequirement.Secretary), Make(day: FixedDayPolicy.FirstFriday),
        };
        foreach (var d in different)
        {
            baseline.Equals(d).Should().BeFalse(d.ToString());
            d.Equals(baseline).Should().BeFalse(d.ToString());
        }

        baseline.Equals(NotAFrequency).Should().BeFalse();
        baseline.Equals((MeetingRequirement?)null).Should().BeFalse();
        Make(window: SchedulingWindow.FourthQuarter).Equals(Make(window: new SchedulingWindow(10, 12))).Should().BeTrue();
        Make(day: FixedDayPolicy.FirstFriday).Equals(Make(day: FixedDayPolicy.FirstFriday)).Should().BeTrue();
    }

    [Fact]
    public void Requirement_Text()
    {
        var r = new MeetingRequirement("R-1", MeetingKind.ThemedPartyDay, OrganizationScope.Branches, MeetingFrequency.Quarterly, 2);
        r.ToString().Should().Be($"R-1: ≥ 2 {MeetingKind.ThemedPartyDay.Name} quarterly for {OrganizationScope.Branches}");
    }

    // ---- MeetingRequirementSet ----

    [Fact]
    public void RequirementSet_GuardsFindWithWithoutWhere()
    {
        FluentActions.Invoking(() => new MeetingRequirementSet(null!)).Should().Throw<ArgumentNullException>().WithParameterName("requirements");
        FluentActions.Invoking(() => new MeetingRequirementSet(new[] { Monthly, null! })).Should().Throw<ArgumentException>().WithParameterName("requirements");

        var a = Monthly;
        var b = new MeetingRequirement("TEST-B", MeetingKind.GeneralMeeting, OrganizationScope.Branches, MeetingFrequency.Quarterly);
        var c = new MeetingRequirement("TEST-C", MeetingKind.CommitteeMeeting, OrganizationScope.Branches, MeetingFrequency.Monthly);
        var set = new MeetingRequirementSet(new[] { a, b });
        set.Count.Should().Be(2);
        set.Requirements.Should().Equal(a, b);
        set.Find("TEST-B").Should().BeSameAs(b);
        set.Find("TEST-X").Should().BeNull();
        set.ToString().Should().Be("TEST-THEME-MONTHLY, TEST-B");

        var replaced = set.With(a.WithMinimumCount(4));
        replaced.Requirements.Select(r => r.RuleId).Should().Equal("TEST-THEME-MONTHLY", "TEST-B");
        replaced.Requirements[0].MinimumCount.Should().Be(4);
        set.Requirements[0].MinimumCount.Should().Be(1, "the set is immutable");
        set.With(c).Requirements.Should().Equal(a, b, c);
        set.Without("TEST-THEME-MONTHLY").Requirements.Should().Equal(b);
        set.Without("TEST-X").Should().Be(set);
        set.Where(r => r.RuleId == "TEST-B").Requirements.Should().Equal(b);
        FluentActions.Invoking(() => set.With(null!)).Should().Throw<ArgumentNullException>().WithParameterName("requirement");
        FluentActions.Invoking(() => set.Where(null!)).Should().Throw<ArgumentNullException>().WithParameterName("keep");
    }

    [Fact]
    public void RequirementSet_Equality_IsOrderedByRequirement()
    {
        var b = new MeetingRequirement("TEST-B", MeetingKind.GeneralMeeting, OrganizationScope.Branches, MeetingFrequency.Quarterly);
        var ab = new MeetingRequirementSet(new[] { Monthly, b });
        ab.Equals(new MeetingRequirementSet(new[] { Monthly, b })).Should().BeTrue();
        ab.Equals((object)new MeetingRequirementSet(new[] { Monthly, b })).Should().BeTrue();
        ab.GetHashCode().Should().Be(new MeetingRequirementSet(new[] { Monthly, b }).GetHashCode());
        ab.Equals(new MeetingRequirementSet(new[] { b, Monthly })).Should().BeFalse();
        ab.Equals(new MeetingRequirementSet(new[] { Monthly })).Should().BeFalse();
        ab.Equals(new MeetingRequirementSet(new[] { Monthly, b.WithMinimumCount(2) })).Should().BeFalse();
        ab.Equals(NotAFrequency).Should().BeFalse();
        ab.Equals((MeetingRequirementSet?)null).Should().BeFalse();
    }

    // ---- MeetingPlanner ----

    [Theory]
    [InlineData(2026, 3, 1, true)]   // established on the period's first day: owed
    [InlineData(2026, 3, 2, false)]  // the day after: not owed
    [InlineData(2026, 2, 28, true)]
    public void Planner_EstablishedOn_FirstDayOfThePeriod(int year, int month, int day, bool owed)
    {
        var tree = Tree(b2Established: new LocalDate(year, month, day));
        var obs = new MeetingPlanner(new MeetingRequirementSet(new[] { Monthly })).Plan(tree, "b2", Range(2026, 3, 1, 2026, 3, 31));
        obs.Should().HaveCount(owed ? 1 : 0);
    }

    [Theory]
    [InlineData(31, false)] // dissolved on the period's last day: not owed
    [InlineData(30, false)]
    public void Planner_DissolvedWithinThePeriod_IsNotOwed(int day, bool owed)
    {
        var tree = DissolvedTree(new LocalDate(2026, 3, day));
        new MeetingPlanner(new MeetingRequirementSet(new[] { Monthly })).Plan(tree, "b3", Range(2026, 3, 1, 2026, 3, 31)).Should().HaveCount(owed ? 1 : 0);
    }

    [Fact]
    public void Planner_DissolvedTheDayAfterThePeriod_IsOwed()
    {
        var tree = DissolvedTree(new LocalDate(2026, 4, 1));
        var obs = new MeetingPlanner(new MeetingRequirementSet(new[] { Monthly })).Plan(tree, "b3", Range(2026, 1, 1, 2026, 12, 31));
        obs.Select(o => o.Period.ToString()).Should().Equal("2026-01", "2026-02", "2026-03");
    }

    private static OrganizationTree DissolvedTree(LocalDate dissolvedOn) =>
        Tree(extra: b => b.Add(new Organization("b3", OrganizationKind.Branch, "第三支部", "oc", establishedOn: new LocalDate(2000, 1, 1), dissolvedOn: dissolvedOn)));

    [Theory]
    [InlineData(1, true)]  // the committee seat begins on the period's first day
    [InlineData(2, false)] // the day after
    public void Planner_OnlyWithCommittee_JudgedOnThePeriodsFirstDay(int day, bool owed)
    {
        var tree = Tree(extra: b => b.Add(new Post("b2", "m10", PostKind.CommitteeMember, new LocalDate(2026, 3, day))));
        var committee = new MeetingRequirement("TEST-COMMITTEE", MeetingKind.CommitteeMeeting,
            new OrganizationScope(new[] { OrganizationKind.Branch }, onlyWithCommittee: true), MeetingFrequency.Monthly);
        var obs = new MeetingPlanner(new MeetingRequirementSet(new[] { committee })).Plan(tree, "b2", Range(2026, 2, 1, 2026, 4, 30));
        obs.Select(o => o.Period.ToString()).Should().Equal(owed ? new[] { "2026-03", "2026-04" } : new[] { "2026-04" });
    }

    [Fact]
    public void Planner_OnlyOrganTop_OwedByTheOrganCommitteeOnly()
    {
        var top = new MeetingRequirement("TEST-TOP", MeetingKind.OrganAssembly,
            new OrganizationScope(new[] { OrganizationKind.OrganCommittee, OrganizationKind.Branch }, onlyOrganTop: true), MeetingFrequency.Yearly);
        var all = new MeetingPlanner(new MeetingRequirementSet(new[] { top })).Plan(Tree(), Year2026);
        all.Select(o => o.OrganizationId).Should().Equal("oc");
        var notTop = new MeetingRequirement("TEST-ALL", MeetingKind.OrganAssembly,
            new OrganizationScope(new[] { OrganizationKind.OrganCommittee, OrganizationKind.Branch }), MeetingFrequency.Yearly);
        new MeetingPlanner(new MeetingRequirementSet(new[] { notTop })).Plan(Tree(), Year2026).Select(o => o.OrganizationId).Should().Equal("oc", "b1", "b2");
    }

    [Fact]
    public void Planner_FixedDayBeforeTheWindow_StartsTheWindow()
    {
        var terms = MeetingFrequency.Custom(new[] { Range(2026, 2, 23, 2026, 7, 10) });
        var req = Monthly.WithFrequency(terms).WithFixedDay(FixedDayPolicy.DayOfMonth(5));
        var ob = new MeetingPlanner(new MeetingRequirementSet(new[] { req })).Plan(Tree(), "b1", Year2026).Single();
        ob.DueDate.Should().Be(new LocalDate(2026, 2, 23), "the 5th of February is before the term starts on Monday 23 February");

        var later = Monthly.WithFrequency(MeetingFrequency.Custom(new[] { Range(2026, 3, 5, 2026, 7, 10) })).WithFixedDay(FixedDayPolicy.DayOfMonth(5));
        new MeetingPlanner(new MeetingRequirementSet(new[] { later })).Plan(Tree(), "b1", Year2026).Single().DueDate
            .Should().Be(new LocalDate(2026, 3, 5), "the fixed day is the window's first day (a Thursday)");

        var saturday = Monthly.WithFrequency(MeetingFrequency.Custom(new[] { Range(2026, 2, 28, 2026, 7, 10) })).WithFixedDay(FixedDayPolicy.DayOfMonth(5));
        new MeetingPlanner(new MeetingRequirementSet(new[] { saturday })).Plan(Tree(), "b1", Year2026).Single().DueDate
            .Should().Be(new LocalDate(2026, 3, 2), "Saturday 28 February moves to the next working day");
    }

    [Fact]
    public void Planner_WindowOutsideThePeriod_UsesTheWholePeriod()
    {
        var monthlyQ4 = Monthly.WithPreferredWindow(SchedulingWindow.FourthQuarter);
        var obs = new MeetingPlanner(new MeetingRequirementSet(new[] { monthlyQ4 })).Plan(Tree(), "b1", Year2026);
        obs[0].WindowStart.Should().Be(new LocalDate(2026, 1, 1));
        obs[0].WindowEnd.Should().Be(new LocalDate(2026, 1, 31));
        obs[0].DueDate.Should().Be(new LocalDate(2026, 1, 30), "Saturday 31 January: the last working day before it");
        obs[10].WindowStart.Should().Be(new LocalDate(2026, 11, 1));
        obs[10].WindowEnd.Should().Be(new LocalDate(2026, 11, 30));
    }

    [Fact]
    public void Planner_OneOrganization_OrItsSubtree_InPreorderThenRequirementOrder()
    {
        var set = new MeetingRequirementSet(new[]
        {
            Monthly,
            new MeetingRequirement("TEST-GROUP", MeetingKind.GroupMeeting, new OrganizationScope(new[] { OrganizationKind.PartyGroup }), MeetingFrequency.Quarterly),
        });
        var planner = new MeetingPlanner(set);
        var range = Range(2026, 1, 1, 2026, 3, 31);
        planner.Plan(Tree(), "b1", range).Select(o => (o.OrganizationId, o.RuleId, o.Period.ToString()))
            .Should().Equal(("b1", "TEST-THEME-MONTHLY", "2026-01"), ("b1", "TEST-THEME-MONTHLY", "2026-02"), ("b1", "TEST-THEME-MONTHLY", "2026-03"));
        planner.Plan(Tree(), "b1", range, includeSubtree: true).Select(o => o.OrganizationId).Should().Equal("b1", "b1", "b1", "g1");
        planner.Plan(Tree(), "g1", range).Select(o => o.RuleId).Should().Equal("TEST-GROUP");
        planner.Plan(Tree(), range).Select(o => o.OrganizationId).Should().Equal("b1", "b1", "b1", "g1", "b2", "b2", "b2");
        planner.Calendar.Should().BeSameAs(WorkingDayCalendar.WeekendsOnly);
        planner.Requirements.Should().BeSameAs(set);
        FluentActions.Invoking(() => planner.Plan(Tree(), "nowhere", range)).Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void Planner_Guards_NameTheParameter()
    {
        FluentActions.Invoking(() => new MeetingPlanner(null!)).Should().Throw<ArgumentNullException>().WithParameterName("requirements");
        var planner = new MeetingPlanner(new MeetingRequirementSet(new[] { Monthly }));
        FluentActions.Invoking(() => planner.Plan(null!, Year2026)).Should().Throw<ArgumentNullException>().WithParameterName("tree");
        FluentActions.Invoking(() => planner.Plan(Tree(), null!)).Should().Throw<ArgumentNullException>().WithParameterName("range");
        FluentActions.Invoking(() => planner.Plan(null!, "b1", Year2026)).Should().Throw<ArgumentNullException>().WithParameterName("tree");
        FluentActions.Invoking(() => planner.Plan(Tree(), "b1", null!)).Should().Throw<ArgumentNullException>().WithParameterName("range");
    }

    [Fact]
    public void Obligation_EqualityAndText()
    {
        var planner = new MeetingPlanner(new MeetingRequirementSet(new[] { Monthly }));
        var a = planner.Plan(Tree(), "b1", Year2026);
        var b = planner.Plan(Tree(), "b1", Year2026);
        a[0].Equals(b[0]).Should().BeTrue();
        a[0].Equals((object)b[0]).Should().BeTrue();
        a[0].GetHashCode().Should().Be(b[0].GetHashCode());
        a[0].Equals(a[1]).Should().BeFalse();
        a[0].Equals((MeetingObligation?)null).Should().BeFalse();
        a[0].Equals((object)"b1").Should().BeFalse();
        a[0].Equals(planner.Plan(Tree(), "b2", Year2026)[0]).Should().BeFalse();
        var other = new MeetingPlanner(new MeetingRequirementSet(new[] { Monthly.WithMinimumCount(2) })).Plan(Tree(), "b1", Year2026)[0];
        a[0].Equals(other).Should().BeFalse("another requirement");
        var otherDue = new MeetingPlanner(new MeetingRequirementSet(new[] { Monthly.WithFixedDay(FixedDayPolicy.FirstFriday) })).Plan(Tree(), "b1", Year2026)[0];
        a[0].Equals(otherDue).Should().BeFalse("another proposed date");
        var otherWindow = new MeetingPlanner(new MeetingRequirementSet(new[] { Monthly.WithPreferredWindow(new SchedulingWindow(1, 1)) })).Plan(Tree(), "b1", Year2026)[0];
        otherWindow.DueDate.Should().Be(a[0].DueDate);
        a[0].ToString().Should().Be($"b1 {MeetingKind.ThemedPartyDay.Name} 2026-01 (due 2026-01-30) TEST-THEME-MONTHLY");
    }
}
