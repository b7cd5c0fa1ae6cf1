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

namespace PartyOrg.Domain.Tests.Compliance;

/// <summary>
/// Exact boundaries of the LIFE-* rules not pinned by the meeting tests: the 党组 seats held on the day of a 民主生活会, the
/// years, seats, exemptions and records LIFE-DUAL-ORG-LIFE judges, the months and shares of LIFE-THEME-DAY-FIXED-DAY and
/// the branch of LIFE-EVERY-MEMBER-IN-UNIT. Rule ids, subjects, periods, severities and values are asserted, never
/// message texts.
/// </summary>
public sealed class LifeRuleMutationTests
{
    private const string Dlm = "LIFE-DEMOCRATIC-LIFE-MEETING";
    private const string Dual = "LIFE-DUAL-ORG-LIFE";
    private const string FixedDay = "LIFE-THEME-DAY-FIXED-DAY";
    private static readonly LocalDate Posts = new(2020, 1, 1);
    private static readonly LocalDate DlmDay = new(2026, 12, 20);

    private static Finding[] Findings(OrganizationTree tree, IEnumerable<MeetingRecord> records, string ruleId, LocalDate asOf, DateInterval? window = null)
    {
        var input = new ComplianceInput(tree, asOf).WithMeetings(MeetingLog.Create(tree, records));
        if (window is not null)
        {
            input = input.WithWindow(window);
        }

        return new ComplianceChecker(ComplianceProfile.StateOrgans).Check(input).Findings.Where(f => f.RuleId == ruleId).ToArray();
    }

    private static List<MeetingRecord> Replace(IEnumerable<MeetingRecord> records, MeetingKind kind, string org, MeetingRecord? with)
    {
        var list = records.Where(r => !(r.OrganizationId == org && r.Counts(kind))).ToList();
        if (with is not null)
        {
            list.Add(with);
        }

        return list;
    }

    // ---- LIFE-DEMOCRATIC-LIFE-MEETING ----

    // 党组 "lg": m11 secretary, m1 deputy, m10 member, and m5 on the seat given.
    private static Finding[] DemocraticLife(LocalDate m5Since, LocalDate? m5Until, params string[] present)
    {
        var tree = Tree(extra: b => b
            .Add(new Post("lg", "m1", PostKind.DeputySecretary, Posts))
            .Add(new Post("lg", "m10", PostKind.CommitteeMember, Posts))
            .Add(new Post("lg", "m5", PostKind.CommitteeMember, m5Since, m5Until)));
        var dlm = Meeting("dlm", "lg", DlmDay, MeetingKind.DemocraticLifeMeeting, present);
        return Findings(tree, Replace(RecordsFor(tree, Obligations2026(tree)), MeetingKind.DemocraticLifeMeeting, "lg", dlm), Dlm, YearEnd);
    }

    [Fact]
    public void DemocraticLife_ASeatBeginningOnTheDay_IsExpected_TheDayAfter_IsNot()
    {
        // Four seats: 2 present of 4 is below 2/3 (6 < 8); three seats: 2 of 3 is exactly 2/3.
        var f = DemocraticLife(DlmDay, null, "m11", "m1").Single();
        f.SubjectId.Should().Be("lg");
        f.OrganizationId.Should().Be("lg");
        f.Period.Should().Be(ReportingPeriod.Year(2026));
        f.Severity.Should().Be(Severity.Error);
        f.Expected.Should().Be("≥ 3");
        f.Actual.Should().Be("2");
        DemocraticLife(DlmDay.PlusDays(1), null, "m11", "m1").Should().BeEmpty();
    }

    [Fact]
    public void DemocraticLife_ASeatEndingOnTheDay_IsNotExpected_TheDayAfter_Is()
    {
        DemocraticLife(Posts, DlmDay, "m11", "m1").Should().BeEmpty();
        DemocraticLife(Posts, DlmDay.PlusDays(1), "m11", "m1").Should().ContainSingle().Which.Expected.Should().Be("≥ 3");
    }

    [Fact]
    public void DemocraticLife_AMeetingAfterAsOf_IsNotJudgedForAttendance()
    {
        var tree = Tree(extra: b => b.Add(new Post("lg", "m1", PostKind.DeputySecretary, Posts)));
        var records = Replace(RecordsFor(tree, Obligations2026(tree)), MeetingKind.DemocraticLifeMeeting, "lg",
            Meeting("dlm", "lg", new LocalDate(2026, 6, 10), MeetingKind.DemocraticLifeMeeting, new[] { "m11" }));
        Findings(tree, records, Dlm, new LocalDate(2026, 6, 10)).Should().ContainSingle().Which.Actual.Should().Be("1");
        Findings(tree, records, Dlm, new LocalDate(2026, 6, 9)).Where(f => f.Actual == "1").Should().BeEmpty();
    }

    // ---- LIFE-DUAL-ORG-LIFE ----

    private static OrganizationTree DualTree(LocalDate since, LocalDate? until = null, LifeExemption? exemption = null, bool twoSeats = false)
    {
        var tree = Tree(extra: b =>
        {
            b.Add(new Post("lg", "m1", PostKind.DeputySecretary, since, until));
            return twoSeats ? b.Add(new Post("lg", "m1", PostKind.CommitteeMember, since, until)) : b;
        });
        if (exemption is null)
        {
            return tree;
        }

        var m1 = tree.GetMember("m1").WithLifeExemption(exemption);
        return new OrganizationTreeBuilder().AddRange(tree.Organizations).AddRange(tree.Members.Select(m => m.Id == "m1" ? m1 : m)).AddRange(tree.Posts).Build();
    }

    /// <summary>The year's planned records with m1 absent (no reason) from b1's 组织生活会.</summary>
    private static List<MeetingRecord> WithoutM1(OrganizationTree tree) =>
        RecordsFor(tree, Obligations2026(tree)).Select(r => r.OrganizationId == "b1" && r.Counts(MeetingKind.OrganizationalLifeMeeting)
            ? r.WithAttendance(r.Attendees.Where(a => a != "m1"), null) : r).ToList();

    [Theory]
    [InlineData(2026, 12, 31, true)]
    [InlineData(2027, 1, 1, false)]
    public void DualOrgLife_ASeatBeginningOnTheYearsLastDay_IsJudged(int y, int m, int d, bool finding)
    {
        var tree = DualTree(new LocalDate(y, m, d));
        var f = Findings(tree, WithoutM1(tree), Dual, YearEnd);
        f.Should().HaveCount(finding ? 1 : 0);
        if (finding)
        {
            f[0].SubjectId.Should().Be("m1");
            f[0].OrganizationId.Should().Be("b1");
            f[0].Period.Should().Be(ReportingPeriod.Year(2026));
            f[0].Expected.Should().Be("≥ 1");
            f[0].Actual.Should().Be("0");
        }
    }

    [Theory]
    [InlineData(2026, 1, 1, false)]
    [InlineData(2026, 1, 2, true)]
    public void DualOrgLife_ASeatEndingOnTheYearsFirstDay_IsNotJudged(int y, int m, int d, bool finding)
    {
        var tree = DualTree(Posts, new LocalDate(y, m, d));
        Findings(tree, WithoutM1(tree), Dual, YearEnd).Should().HaveCount(finding ? 1 : 0);
    }

    [Fact]
    public void DualOrgLife_TwoSeatsOfOneMember_GiveOneFinding()
    {
        var tree = DualTree(Posts, twoSeats: true);
        Findings(tree, WithoutM1(tree), Dual, YearEnd).Should().ContainSingle().Which.SubjectId.Should().Be("m1");
    }

    [Theory]
    [InlineData(2026, 12, 31, null, 0, 0, false)]  // from the year's last day
    [InlineData(2027, 1, 1, null, 0, 0, true)]     // from the next year
    [InlineData(2025, 1, 1, 2026, 1, 1, false)]    // until the year's first day
    [InlineData(2025, 1, 1, 2025, 12, 31, true)]   // ended the year before
    public void DualOrgLife_AnExemptionTouchingTheYear_MeansNotJudged(int fy, int fm, int fd, int? uy, int um, int ud, bool finding)
    {
        var exemption = new LifeExemption(LifeExemptionReason.SeriouslyIll, new LocalDate(fy, fm, fd), uy is { } y ? new LocalDate(y, um, ud) : null);
        var tree = DualTree(Posts, exemption: exemption);
        Findings(tree, WithoutM1(tree), Dual, YearEnd).Should().HaveCount(finding ? 1 : 0);
    }

    [Fact]
    public void DualOrgLife_AMeetingOnTheYearsLastDay_Counts()
    {
        var tree = DualTree(Posts);
        var records = Replace(RecordsFor(tree, Obligations2026(tree)), MeetingKind.OrganizationalLifeMeeting, "b1",
            Meeting("olm", "b1", YearEnd, MeetingKind.OrganizationalLifeMeeting, new[] { "m2", "m3" }));
        Findings(tree, records, Dual, YearEnd).Should().ContainSingle().Which.SubjectId.Should().Be("m1");
    }

    [Fact]
    public void DualOrgLife_OnlyMeetingsInTheWindow_AndOfTheKind_Count()
    {
        var tree = DualTree(Posts);
        var olm = Meeting("olm", "b1", new LocalDate(2026, 2, 15), MeetingKind.OrganizationalLifeMeeting, new[] { "m2", "m3" });
        var records = Replace(RecordsFor(tree, Obligations2026(tree)), MeetingKind.OrganizationalLifeMeeting, "b1", olm);
        Findings(tree, records, Dual, YearEnd, new DateInterval(new LocalDate(2026, 2, 16), YearEnd)).Should().BeEmpty("the only meeting is before the window");
        Findings(tree, records, Dual, YearEnd, new DateInterval(new LocalDate(2026, 2, 15), YearEnd)).Should().ContainSingle();

        // A general meeting m1 missed is not a 组织生活会.
        var other = Replace(RecordsFor(tree, Obligations2026(tree)), MeetingKind.GeneralMeeting, "b1",
            Meeting("gm", "b1", new LocalDate(2026, 5, 5), MeetingKind.GeneralMeeting, new[] { "m2", "m3" }));
        Findings(tree, other, Dual, YearEnd).Should().BeEmpty();
    }

    [Fact]
    public void DualOrgLife_SomeoneElsesProperAbsence_DoesNotExcuseTheMember()
    {
        var tree = DualTree(Posts);
        var records = RecordsFor(tree, Obligations2026(tree)).Select(r => r.OrganizationId == "b1" && r.Counts(MeetingKind.OrganizationalLifeMeeting)
            ? r.WithAttendance(r.Attendees.Where(a => a != "m1" && a != "m2"), new[] { new MeetingAbsence("m2", AbsenceReason.Illness) }) : r).ToList();
        Findings(tree, records, Dual, YearEnd).Should().ContainSingle().Which.SubjectId.Should().Be("m1");
    }

    [Fact]
    public void DualOrgLife_EveryClosedYearOfTheWindow_IsJudged()
    {
        var tree = DualTree(Posts);
        var records = WithoutM1(tree);
        records.Add(Meeting("olm-2025", "b1", new LocalDate(2025, 11, 10), MeetingKind.OrganizationalLifeMeeting, new[] { "m2" }));
        var window = new DateInterval(new LocalDate(2025, 1, 1), YearEnd);
        Findings(tree, records, Dual, YearEnd, window).Select(f => f.Period!.ToString()).Should().BeEquivalentTo("2025", "2026");
        var open = new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2026, 12, 30));
        Findings(tree, records, Dual, open.End, open).Select(f => f.Period!.ToString()).Should().Equal("2025");
    }

    // ---- LIFE-THEME-DAY-FIXED-DAY ----

    private static MeetingRecord ThemeDay(int month, int day, int year = 2026) =>
        Meeting($"td-{year}-{month}-{day}", "b1", new LocalDate(year, month, day), MeetingKind.ThemedPartyDay, B1Members);

    [Fact]
    public void FixedDay_FromTheMinimumNumberOfMonths()
    {
        var tree = Tree();
        var two = new[] { ThemeDay(1, 2), ThemeDay(2, 14) };
        Findings(tree, two, FixedDay, YearEnd).Should().BeEmpty("two months are too few to judge");

        var f = Findings(tree, two.Append(ThemeDay(3, 27)), FixedDay, new LocalDate(2026, 6, 30)).Single();
        f.SubjectId.Should().Be("b1");
        f.OrganizationId.Should().Be("b1");
        f.Severity.Should().Be(Severity.Info);
        f.Period.Should().Be(ReportingPeriod.Custom(new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 30)));
        f.Expected.Should().Be("≥ 67% same day");
        f.Actual.Should().Be("01-02, 02-14, 03-27");
    }

    [Fact]
    public void FixedDay_OnlyTheFirstThemedDayOfAMonth_AndOnlyUpToAsOf_Count()
    {
        var tree = Tree();
        // The 5th each month, and a second themed day late in the month: regular.
        var records = Enumerable.Range(1, 4).SelectMany(m => new[] { ThemeDay(m, 5), ThemeDay(m, 26) }).ToArray();
        Findings(tree, records, FixedDay, YearEnd).Should().BeEmpty();

        // Two months before "as of" and one after: too few to judge.
        var late = new[] { ThemeDay(1, 2), ThemeDay(2, 14), ThemeDay(3, 27) };
        Findings(tree, late, FixedDay, new LocalDate(2026, 3, 26)).Should().BeEmpty();
        Findings(tree, late, FixedDay, new LocalDate(2026, 3, 27)).Should().ContainSingle();

        // Months before the window are not read.
        Findings(tree, late, FixedDay, YearEnd, new DateInterval(new LocalDate(2026, 1, 3), YearEnd)).Should().BeEmpty();
    }

    private static LocalDate D(int month, int day) => new(2026, month, day);

    [Fact]
    public void IsRegular_TheShareIsInclusive()
    {
        // 3 of 4 within 3 days of the median (the 11th): exactly 75 %; all four on different weekdays.
        var dates = new[] { D(1, 8), D(2, 10), D(3, 11), D(4, 25) };
        LifeThemeDayFixedDayRule.IsRegular(dates, 75, 3).Should().BeTrue();
        LifeThemeDayFixedDayRule.IsRegular(dates, 76, 3).Should().BeFalse();
        LifeThemeDayFixedDayRule.IsRegular(dates, 75, 2).Should().BeFalse("the 8th is 3 days away from the 11th");
    }

    [Fact]
    public void IsRegular_TheSameWeekdayInTheSameWeekOfTheMonth()
    {
        // First Fridays 2 January, 6 March and 1 May 2026, the second Friday 13 February: 3 of 4.
        var firstFridays = new[] { D(1, 2), D(2, 13), D(3, 6), D(5, 1) };
        LifeThemeDayFixedDayRule.IsRegular(firstFridays, 75, 0).Should().BeTrue();
        LifeThemeDayFixedDayRule.IsRegular(firstFridays, 76, 0).Should().BeFalse();

        // Fridays of four different weeks are not one pattern: 2 January (1st), 13 February (2nd), 20 March (3rd), 24 April (4th).
        LifeThemeDayFixedDayRule.IsRegular(new[] { D(1, 2), D(2, 13), D(3, 20), D(4, 24) }, 50, 0).Should().BeFalse();

        // The same week of the month on different weekdays is not one pattern either: Fri 2 Jan, Mon 2 Feb, Thu 5 Mar, Wed 1 Apr.
        LifeThemeDayFixedDayRule.IsRegular(new[] { D(1, 2), D(2, 2), D(3, 5), D(4, 1) }, 75, 0).Should().BeFalse();

        // Day 7 is in the month's first week, day 8 in its second: Wed 7 Jan, Wed 4 Feb and Wed 4 Mar are first
        // Wednesdays, Wed 8 Apr is the second and Wed 1 Apr the first.
        LifeThemeDayFixedDayRule.IsRegular(new[] { D(1, 7), D(2, 4), D(3, 4), D(4, 8) }, 100, 0).Should().BeFalse();
        LifeThemeDayFixedDayRule.IsRegular(new[] { D(1, 7), D(2, 4), D(3, 4), D(4, 1) }, 100, 0).Should().BeTrue();
    }

    [Fact]
    public void DemocraticLife_TheSeatsAreCountedAfreshForEachMeeting()
    {
        // m5 sits on the 党组 until 30 June: four seats at the June meeting (3 present), three in December (2 present).
        var tree = Tree(extra: b => b
            .Add(new Post("lg", "m1", PostKind.DeputySecretary, Posts))
            .Add(new Post("lg", "m10", PostKind.CommitteeMember, Posts))
            .Add(new Post("lg", "m5", PostKind.CommitteeMember, Posts, new LocalDate(2026, 6, 30))));
        var records = Replace(RecordsFor(tree, Obligations2026(tree)), MeetingKind.DemocraticLifeMeeting, "lg",
            Meeting("dlm-1", "lg", new LocalDate(2026, 6, 10), MeetingKind.DemocraticLifeMeeting, new[] { "m11", "m1", "m10" }));
        records.Add(Meeting("dlm-2", "lg", DlmDay, MeetingKind.DemocraticLifeMeeting, new[] { "m11", "m1" }));
        Findings(tree, records, Dlm, YearEnd).Should().BeEmpty();
    }

    [Fact]
    public void DualOrgLife_AMeetingOfTheYearBefore_DoesNotCountForTheYear()
    {
        var tree = DualTree(Posts);
        var records = WithoutM1(tree);
        records.Add(Meeting("olm-2025", "b1", new LocalDate(2025, 11, 10), MeetingKind.OrganizationalLifeMeeting, new[] { "m1", "m2" }));
        var window = new DateInterval(new LocalDate(2025, 1, 1), YearEnd);
        Findings(tree, records, Dual, YearEnd, window).Select(f => f.Period!.ToString()).Should().Equal("2026");
    }

    [Fact]
    public void DualOrgLife_ProperAbsencesAtEveryMeeting_Excuse()
    {
        var tree = DualTree(Posts);
        var records = RecordsFor(tree, Obligations2026(tree)).Select(r => r.OrganizationId == "b1" && r.Counts(MeetingKind.OrganizationalLifeMeeting)
            ? r.WithAttendance(r.Attendees.Where(a => a != "m1"), new[] { new MeetingAbsence("m1", AbsenceReason.Illness) }) : r).ToList();
        records.Add(Meeting("olm-2", "b1", new LocalDate(2026, 6, 10), MeetingKind.OrganizationalLifeMeeting, new[] { "m2" },
            new[] { new MeetingAbsence("m1", AbsenceReason.BusinessTravel) }));
        Findings(tree, records, Dual, YearEnd).Should().BeEmpty();
    }

    [Fact]
    public void FixedDay_AWindowEndingBeforeAsOf_EndsThePeriod()
    {
        var tree = Tree();
        var records = new[] { ThemeDay(1, 2), ThemeDay(2, 14), ThemeDay(3, 27) };
        Findings(tree, records, FixedDay, YearEnd, new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 26))).Should().BeEmpty();
        Findings(tree, records, FixedDay, YearEnd, new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 27)))
            .Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Custom(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 27)));
    }

    // ---- LIFE-SELF-LAPSE-6M ----

    private const string Lapse = "LIFE-SELF-LAPSE-6M";

    private static IEnumerable<MeetingRecord> Monthly(string org, int months, params string[] attendees) =>
        Enumerable.Range(1, months).Select(m => Meeting($"{org}-{m}", org, new LocalDate(2026, m, 10), MeetingKind.ThemedPartyDay, attendees));

    [Fact]
    public void SelfLapse_ATemporaryBranchsMeetings_CountForItsParticipantsOnly()
    {
        // p1 (registered in b2) takes part in temporary branch t, which meets monthly; b2 holds nothing.
        var since = new LocalDate(2000, 1, 1);
        var tree = Tree(extra: b => b
            .Add(new Organization("t", OrganizationKind.Branch, "临时党支部", "oc", BranchForm.Temporary, establishedOn: since))
            .Add(new Member("p1", "参加者", MembershipStatus.Full, "b2", null, since, since, temporaryBranchIds: new[] { "t" })));
        var asOf = new LocalDate(2026, 6, 30);
        var f = Findings(tree, Monthly("t", 6), Lapse, asOf).Single();
        f.SubjectId.Should().Be("p1");
        f.OrganizationId.Should().Be("b2");
        f.Severity.Should().Be(Severity.Error);
        f.Actual.Should().Be("6");
        f.Period.Should().Be(ReportingPeriod.Custom(new LocalDate(2026, 1, 1), asOf));

        Findings(tree, Monthly("t", 6, "p1"), Lapse, asOf).Should().BeEmpty("p1 attended the temporary branch's meetings");
    }

    [Theory]
    [InlineData(1, "6", Severity.Error)]   // admitted on the 1st: March is judged
    [InlineData(15, "5", Severity.Warning)] // admitted mid-March: judged from April
    public void SelfLapse_TheMonthOfAdmission_IsJudgedOnlyWhenItBeginsOnItsFirstDay(int day, string months, Severity severity)
    {
        var tree = Tree(extra: b => b.Add(new Member("p2", "新党员", MembershipStatus.Probationary, "b2", admittedOn: new LocalDate(2026, 3, day))));
        var f = Findings(tree, Monthly("b2", 8, "m9", "m10", "m11"), Lapse, new LocalDate(2026, 8, 31)).Single();
        f.SubjectId.Should().Be("p2");
        f.Actual.Should().Be(months);
        f.Severity.Should().Be(severity);
        f.Period.Should().Be(ReportingPeriod.Custom(new LocalDate(2026, day == 1 ? 3 : 4, 1), new LocalDate(2026, 8, 31)));
    }

    [Fact]
    public void SelfLapse_AWindowEndingBeforeAsOf_EndsTheJudgedMonths()
    {
        var tree = Tree();
        var window = new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 4, 30));
        var f = Findings(tree, Monthly("b2", 8, "m9", "m11"), Lapse, new LocalDate(2026, 8, 31), window).Single();
        f.SubjectId.Should().Be("m10");
        f.Actual.Should().Be("4");
        f.Severity.Should().Be(Severity.Warning);
        f.Period.Should().Be(ReportingPeriod.Custom(new LocalDate(2026, 1, 1), new LocalDate(2026, 4, 30)));
    }

    // ---- LIFE-EVERY-MEMBER-IN-UNIT ----

    [Theory]
    [InlineData(2026, 6, 30, true)]  // dissolved on the check date
    [InlineData(2026, 7, 1, false)]  // dissolved the day after
    public void EveryMemberInUnit_BranchDissolvedOnTheCheckDate(int y, int m, int d, bool finding)
    {
        var since = new LocalDate(2000, 1, 1);
        var tree = new OrganizationTreeBuilder()
            .Add(new Organization("oc", OrganizationKind.OrganCommittee, "机关党委", establishedOn: since))
            .Add(new Organization("b", OrganizationKind.Branch, "支部", "oc", establishedOn: since, dissolvedOn: new LocalDate(y, m, d)))
            .Add(new Member("p1", "党员1", MembershipStatus.Full, "b", null, since, since))
            .Build();
        var f = new ComplianceChecker(ComplianceProfile.StateOrgans).Check(new ComplianceInput(tree, new LocalDate(2026, 6, 30)))
            .Findings.Where(x => x.RuleId == "LIFE-EVERY-MEMBER-IN-UNIT").ToArray();
        f.Should().HaveCount(finding ? 1 : 0);
        if (finding)
        {
            f[0].SubjectId.Should().Be("p1");
            f[0].OrganizationId.Should().Be("b");
            f[0].Severity.Should().Be(Severity.Warning);
            f[0].Period.Should().BeNull();
            f[0].Expected.Should().Be("an existing branch");
            f[0].Actual.Should().Be("b not existing");
        }
    }
}
