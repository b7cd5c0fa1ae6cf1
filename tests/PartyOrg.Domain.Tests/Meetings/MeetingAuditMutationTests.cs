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
/// Exact boundaries of <see cref="MeetingAudit"/>: which periods are audited on "as of", when a period is closed, the
/// "due soon" days, which records count (period start, "as of", kind, minimum count, preferred window, secretary
/// lectures), the compact audit the rules read, and the per-quarter summary.
/// </summary>
public sealed class MeetingAuditMutationTests
{
    private static readonly MeetingRequirement Monthly =
        new("TEST-THEME-MONTHLY", MeetingKind.ThemedPartyDay, OrganizationScope.Branches, MeetingFrequency.Monthly);

    private static MeetingAudit Audit(IEnumerable<MeetingRecord> records, LocalDate asOf, MeetingRequirement? requirement = null, int dueSoonDays = 7,
        OrganizationTree? tree = null, DateInterval? window = null)
    {
        tree ??= Tree();
        return MeetingAudit.Run(tree, MeetingLog.Create(tree, records), new MeetingRequirementSet(new[] { requirement ?? Monthly }), window ?? Year2026, asOf, dueSoonDays);
    }

    private static ObligationStatus? Find(MeetingAudit audit, string org, string period) =>
        audit.Obligations.SingleOrDefault(s => s.Obligation.OrganizationId == org && s.Obligation.Period.ToString() == period);

    private static ObligationStatus Status(MeetingAudit audit, string org, string period) =>
        Find(audit, org, period) ?? throw new InvalidOperationException($"no obligation of {org} in {period}");

    private static MeetingRecord Theme(string id, LocalDate date, string org = "b1") => Meeting(id, org, date, MeetingKind.ThemedPartyDay);

    [Fact]
    public void PeriodStartingOnAsOf_IsAudited_PeriodStartingTheDayAfter_IsNot()
    {
        var onStart = Audit(Array.Empty<MeetingRecord>(), new LocalDate(2026, 3, 1));
        Status(onStart, "b1", "2026-03").State.Should().Be(ObligationState.Open);
        Status(onStart, "b1", "2026-03").IsClosed.Should().BeFalse();
        onStart.Obligations.Where(s => s.Obligation.OrganizationId == "b1").Select(s => s.Obligation.Period.ToString())
            .Should().Equal("2026-01", "2026-02", "2026-03");

        var dayBefore = Audit(Array.Empty<MeetingRecord>(), new LocalDate(2026, 2, 28));
        Find(dayBefore, "b1", "2026-03").Should().BeNull();
        dayBefore.Obligations.Should().HaveCount(4, "two branches × January and February");
    }

    [Fact]
    public void PeriodEndingOnAsOf_IsClosedAndMissed_TheDayBefore_ItIsStillOpen()
    {
        var onEnd = Status(Audit(Array.Empty<MeetingRecord>(), new LocalDate(2026, 2, 28)), "b1", "2026-02");
        onEnd.IsClosed.Should().BeTrue();
        onEnd.State.Should().Be(ObligationState.Missed);
        onEnd.Count.Should().Be(0);

        var dayBefore = Status(Audit(Array.Empty<MeetingRecord>(), new LocalDate(2026, 2, 27)), "b1", "2026-02");
        dayBefore.IsClosed.Should().BeFalse();
        dayBefore.State.Should().Be(ObligationState.DueSoon);
    }

    [Theory]
    [InlineData(7, 21, ObligationState.DueSoon)] // 7 days before the end of February, with 7 "due soon" days
    [InlineData(7, 20, ObligationState.Open)]    // 8 days before
    [InlineData(1, 27, ObligationState.DueSoon)]
    [InlineData(1, 26, ObligationState.Open)]
    [InlineData(0, 27, ObligationState.Open)]    // 0: never a warning
    [InlineData(0, 28, ObligationState.Missed)]  // the last day is judged whatever the warning days
    [InlineData(-1, 27, ObligationState.Open)]
    public void DueSoonDays_ExactBoundary(int dueSoonDays, int day, ObligationState expected) =>
        Status(Audit(Array.Empty<MeetingRecord>(), new LocalDate(2026, 2, day), dueSoonDays: dueSoonDays), "b1", "2026-02").State.Should().Be(expected);

    [Fact]
    public void RecordOnThePeriodsFirstDay_CountsForIt_TheDayBefore_ForThePreviousPeriod()
    {
        var audit = Audit(new[] { Theme("a", new LocalDate(2026, 3, 1)), Theme("b", new LocalDate(2026, 1, 31)) }, YearEnd);
        Status(audit, "b1", "2026-01").Count.Should().Be(1);
        Status(audit, "b1", "2026-02").Count.Should().Be(0);
        Status(audit, "b1", "2026-02").State.Should().Be(ObligationState.Missed);
        Status(audit, "b1", "2026-03").Count.Should().Be(1);
        Status(audit, "b1", "2026-03").State.Should().Be(ObligationState.Met);
    }

    [Fact]
    public void RecordOnAsOf_Counts_RecordTheDayAfter_DoesNot()
    {
        var asOf = new LocalDate(2026, 3, 10);
        var on = Status(Audit(new[] { Theme("a", asOf) }, asOf), "b1", "2026-03");
        on.Count.Should().Be(1);
        on.State.Should().Be(ObligationState.Met);

        var after = Status(Audit(new[] { Theme("a", asOf.PlusDays(1)) }, asOf), "b1", "2026-03");
        after.Count.Should().Be(0);
        after.State.Should().Be(ObligationState.Open);
    }

    [Fact]
    public void RecordsOfOtherOrganizations_DoNotCount()
    {
        var audit = Audit(new[] { Theme("a", new LocalDate(2026, 1, 5), "b2") }, YearEnd);
        Status(audit, "b1", "2026-01").Count.Should().Be(0);
        Status(audit, "b2", "2026-01").Count.Should().Be(1);
    }

    [Theory]
    [InlineData(1, ObligationState.Missed)]
    [InlineData(2, ObligationState.Met)]
    [InlineData(3, ObligationState.Met)]
    public void MinimumCount_Two_NeedsTwoRecords(int records, ObligationState expected)
    {
        var meetings = Enumerable.Range(1, records).Select(d => Theme("t" + d, new LocalDate(2026, 1, d)));
        var status = Status(Audit(meetings, YearEnd, Monthly.WithMinimumCount(2)), "b1", "2026-01");
        status.Count.Should().Be(records);
        status.State.Should().Be(expected);
    }

    [Fact]
    public void OnlyRecordsListingTheKind_Count()
    {
        var tree = Tree();
        var records = new[]
        {
            Meeting("general", "b1", new LocalDate(2026, 1, 5), MeetingKind.GeneralMeeting),
            new MeetingRecord("both", "b1", new LocalDate(2026, 2, 5), new[] { MeetingKind.GeneralMeeting, MeetingKind.ThemedPartyDay }),
        };
        var audit = Audit(records, YearEnd, tree: tree);
        Status(audit, "b1", "2026-01").State.Should().Be(ObligationState.Missed);
        Status(audit, "b1", "2026-02").State.Should().Be(ObligationState.Met);
    }

    [Theory]
    [InlineData(9, 30, false)]
    [InlineData(10, 1, true)]
    [InlineData(12, 31, true)]
    public void PreferredWindow_MetInsideOrOutside(int month, int day, bool inWindow)
    {
        var yearly = new MeetingRequirement("TEST-YEARLY", MeetingKind.OrganizationalLifeMeeting, OrganizationScope.Branches, MeetingFrequency.Yearly,
            preferredWindow: SchedulingWindow.FourthQuarter);
        var status = Status(Audit(new[] { Meeting("o", "b1", new LocalDate(2026, month, day), MeetingKind.OrganizationalLifeMeeting) }, YearEnd, yearly), "b1", "2026");
        status.State.Should().Be(ObligationState.Met);
        status.MetInPreferredWindow.Should().Be(inWindow);
        status.Obligation.WindowStart.Should().Be(new LocalDate(2026, 10, 1));
    }

    [Fact]
    public void PreferredWindow_OneRecordInsideIsEnough_NoWindowMeansAlwaysInside()
    {
        var yearly = new MeetingRequirement("TEST-YEARLY", MeetingKind.OrganizationalLifeMeeting, OrganizationScope.Branches, MeetingFrequency.Yearly,
            preferredWindow: SchedulingWindow.FourthQuarter);
        var records = new[]
        {
            Meeting("o1", "b1", new LocalDate(2026, 3, 1), MeetingKind.OrganizationalLifeMeeting),
            Meeting("o2", "b1", new LocalDate(2026, 11, 1), MeetingKind.OrganizationalLifeMeeting),
            Meeting("o3", "b1", new LocalDate(2026, 12, 1), MeetingKind.OrganizationalLifeMeeting),
        };
        var both = Status(Audit(records, YearEnd, yearly), "b1", "2026");
        both.MetInPreferredWindow.Should().BeTrue();
        both.Count.Should().Be(3);

        var none = Status(Audit(Array.Empty<MeetingRecord>(), YearEnd, yearly), "b1", "2026");
        none.MetInPreferredWindow.Should().BeFalse("nothing was held at all");

        var withoutWindow = Status(Audit(Array.Empty<MeetingRecord>(), YearEnd, yearly.WithPreferredWindow(null)), "b1", "2026");
        withoutWindow.MetInPreferredWindow.Should().BeTrue("a requirement without a window counts as held inside it");
        withoutWindow.Obligation.WindowStart.Should().Be(new LocalDate(2026, 1, 1));
    }

    [Fact]
    public void CompactAudit_KeepsOnlyWhatCanGiveAFinding_AndRedoesTheFullAuditOnDemand()
    {
        var tree = Tree();
        var yearly = new MeetingRequirement("TEST-YEARLY", MeetingKind.OrganizationalLifeMeeting, OrganizationScope.Branches, MeetingFrequency.Yearly,
            preferredWindow: SchedulingWindow.FourthQuarter);
        var set = new MeetingRequirementSet(new[] { Monthly, yearly });
        var records = new List<MeetingRecord>
        {
            Meeting("o1", "b1", new LocalDate(2026, 3, 1), MeetingKind.OrganizationalLifeMeeting), // met outside its window
            Meeting("o2", "b2", new LocalDate(2026, 11, 1), MeetingKind.OrganizationalLifeMeeting), // met inside
        };
        records.AddRange(Enumerable.Range(1, 11).Select(m => Theme("t" + m, new LocalDate(2026, m, 3)))); // b1: December missing
        var log = MeetingLog.Create(tree, records);
        var asOf = YearEnd;

        var full = MeetingAudit.Run(log.IndexFor(tree), set, Year2026, asOf, 7, keepAll: true);
        var compact = MeetingAudit.Run(log.IndexFor(tree), set, Year2026, asOf, 7, keepAll: false);
        full.EntryCount.Should().Be(2 * 12 + 2);
        var reportable = Enumerable.Range(0, compact.EntryCount).Select(i => compact.StatusAt(i)).ToArray();
        reportable.Select(s => (s.Obligation.OrganizationId, s.Obligation.Period.ToString(), s.State)).Should().BeEquivalentTo(new[]
        {
            ("b1", "2026-12", ObligationState.Missed),
            ("b1", "2026", ObligationState.Met), // met outside the preferred window, once closed: a possible finding
        }.Concat(Enumerable.Range(1, 12).Select(m => ("b2", $"2026-{m:00}", ObligationState.Missed))));
        Enumerable.Range(0, compact.EntryCount).Should().OnlyContain(i => compact.MayReport(i));
        Enumerable.Range(0, full.EntryCount).Count(i => full.MayReport(i)).Should().Be(compact.EntryCount);
        compact.RequirementAt(0).Should().BeSameAs(full.RequirementAt(0));

        compact.Obligations.Should().HaveCount(full.EntryCount, "asking for every obligation redoes the audit in full");
        compact.Obligations.Select(s => s.ToString()).Should().Equal(full.Obligations.Select(s => s.ToString()));
        compact.Obligations.Should().BeSameAs(compact.Obligations, "the statuses are created once");
    }

    [Fact]
    public void MayReport_MetInsideTheWindow_OrNotYetClosed_IsNotReportable()
    {
        var tree = Tree();
        var yearly = new MeetingRequirement("TEST-YEARLY", MeetingKind.OrganizationalLifeMeeting, OrganizationScope.Branches, MeetingFrequency.Yearly,
            preferredWindow: SchedulingWindow.FourthQuarter);
        var log = MeetingLog.Create(tree, new[] { Meeting("o1", "b1", new LocalDate(2026, 3, 1), MeetingKind.OrganizationalLifeMeeting) });
        var open = MeetingAudit.Run(log.IndexFor(tree), new MeetingRequirementSet(new[] { yearly }), Year2026, new LocalDate(2026, 12, 30), 0, keepAll: false);
        Enumerable.Range(0, open.EntryCount).Select(i => open.StatusAt(i).Obligation.OrganizationId).Should().Equal("b2");
    }

    [Fact]
    public void SecretaryLecture_CountsTheSecretarysLecturesInTheOrganizationOrBelow_Only()
    {
        var lecture = new MeetingRequirement("TEST-LECTURE", MeetingKind.PartyLecture, OrganizationScope.Branches, MeetingFrequency.Quarterly,
            lecturer: LecturerRequirement.Secretary);
        MeetingRecord Lecture(string id, string org, int month, string lecturer) =>
            Meeting(id, org, new LocalDate(2026, month, 10), MeetingKind.PartyLecture, lecturer: lecturer);

        var audit = Audit(new[]
        {
            Lecture("q1", "b1", 2, "m1"),  // b1's secretary at b1
            Lecture("q2", "g1", 5, "m1"),  // b1's secretary at its Party group
            Lecture("q3", "b2", 8, "m1"),  // b1's secretary at another branch: not b1's, not b2's
            Lecture("q4", "b1", 11, "m2"), // b1's deputy
            Lecture("b2q1", "b2", 1, "m9"),
            Lecture("b2q2", "b2", 4, "m1"),
        }, YearEnd, lecture);
        Status(audit, "b1", "2026-Q1").State.Should().Be(ObligationState.Met);
        Status(audit, "b1", "2026-Q2").State.Should().Be(ObligationState.Met);
        Status(audit, "b1", "2026-Q3").State.Should().Be(ObligationState.Missed);
        Status(audit, "b1", "2026-Q4").State.Should().Be(ObligationState.Missed);
        Status(audit, "b2", "2026-Q1").Count.Should().Be(1);
        Status(audit, "b2", "2026-Q2").Count.Should().Be(0, "m1 is not b2's secretary");
        Status(audit, "b2", "2026-Q3").Count.Should().Be(0);
    }

    [Fact]
    public void SecretaryLecture_OnlyWhileThePostIsHeld_AndOnlyLecturesOfTheRequiredKind()
    {
        // m1 is b1's secretary until 1 April 2026 (exclusive), m5 from that day.
        var since = new LocalDate(2000, 1, 1);
        var tree = new OrganizationTreeBuilder()
            .Add(new Organization("b1", OrganizationKind.Branch, "支部", establishedOn: since))
            .Add(new Member("m1", "党员1", MembershipStatus.Full, "b1", null, new LocalDate(1999, 1, 1), since))
            .Add(new Member("m5", "党员5", MembershipStatus.Full, "b1", null, new LocalDate(1999, 1, 1), since))
            .Add(new Post("b1", "m1", PostKind.Secretary, new LocalDate(2020, 1, 1), new LocalDate(2026, 4, 1)))
            .Add(new Post("b1", "m5", PostKind.Secretary, new LocalDate(2026, 4, 1)))
            .Build();
        var lecture = new MeetingRequirement("TEST-LECTURE", MeetingKind.PartyLecture, OrganizationScope.Branches, MeetingFrequency.Monthly,
            lecturer: LecturerRequirement.Secretary);
        var audit = Audit(new[]
        {
            Meeting("a", "b1", new LocalDate(2026, 3, 31), MeetingKind.PartyLecture, lecturer: "m1"),
            Meeting("b", "b1", new LocalDate(2026, 4, 1), MeetingKind.PartyLecture, lecturer: "m1"),
            Meeting("c", "b1", new LocalDate(2026, 4, 2), MeetingKind.PartyLecture, lecturer: "m5"),
            Meeting("d", "b1", new LocalDate(2026, 5, 2), MeetingKind.PartyLecture, lecturer: "m5"),
            Meeting("e", "b1", new LocalDate(2026, 5, 20), MeetingKind.PartyLecture, lecturer: "m5"),
        }, YearEnd, lecture, tree: tree);
        Status(audit, "b1", "2026-03").Count.Should().Be(1);
        Status(audit, "b1", "2026-04").Count.Should().Be(1, "on 1 April m1 no longer held the post");
        Status(audit, "b1", "2026-05").Count.Should().Be(2);
        Status(audit, "b1", "2026-02").Count.Should().Be(0);

        var generalBySecretary = lecture.WithFrequency(MeetingFrequency.Quarterly);
        var byKind = new MeetingRequirement("TEST-GENERAL", MeetingKind.GeneralMeeting, OrganizationScope.Branches, MeetingFrequency.Quarterly,
            lecturer: LecturerRequirement.Secretary);
        var kindAudit = Audit(new[]
        {
            Meeting("a", "b1", new LocalDate(2026, 2, 3), MeetingKind.PartyLecture, lecturer: "m1"),
            new MeetingRecord("b", "b1", new LocalDate(2026, 5, 3), new[] { MeetingKind.PartyLecture, MeetingKind.GeneralMeeting }, lecturerId: "m5"),
        }, YearEnd, byKind, tree: tree);
        Status(kindAudit, "b1", "2026-Q1").Count.Should().Be(0, "a Party lecture is not a general meeting");
        Status(kindAudit, "b1", "2026-Q2").Count.Should().Be(1);
        generalBySecretary.Lecturer.Should().Be(LecturerRequirement.Secretary);
    }

    [Fact]
    public void SecretaryLecture_LeadingGroup_CountsBelowTheCommitteeItLeads_OrAnywhereWithoutOne()
    {
        var scope = new OrganizationScope(new[] { OrganizationKind.LeadingGroup, OrganizationKind.OrganCommittee });
        var lecture = new MeetingRequirement("TEST-LECTURE", MeetingKind.PartyLecture, scope, MeetingFrequency.Quarterly, lecturer: LecturerRequirement.Secretary);
        MeetingRecord Lecture(string id, string org, int month, string lecturer) =>
            Meeting(id, org, new LocalDate(2026, month, 10), MeetingKind.PartyLecture, lecturer: lecturer);
        var records = new[]
        {
            Lecture("a", "b1", 2, "m11"), // 党组 secretary in a branch of the organ committee it leads
            Lecture("b", "lg", 5, "m11"), // in the 党组 itself
            Lecture("c", "g1", 8, "m10"), // organ committee secretary, two levels below
            Lecture("d", "lg", 11, "m10"), // organ committee secretary at the 党组: not below the organ committee
        };
        var audit = Audit(records, YearEnd, lecture);
        Status(audit, "lg", "2026-Q1").State.Should().Be(ObligationState.Met);
        Status(audit, "lg", "2026-Q2").State.Should().Be(ObligationState.Met);
        Status(audit, "oc", "2026-Q3").State.Should().Be(ObligationState.Met);
        Status(audit, "oc", "2026-Q4").State.Should().Be(ObligationState.Missed);
        Status(audit, "oc", "2026-Q1").State.Should().Be(ObligationState.Missed, "the 党组 secretary's lecture is not the organ committee's");

        // A 党组 that leads no committee in the tree: its secretary's lectures count wherever they are held.
        var loose = Tree(extra: b => b
            .Add(new Organization("lg2", OrganizationKind.LeadingGroup, "另一党组"))
            .Add(new Post("lg2", "m8", PostKind.Secretary, new LocalDate(2020, 1, 1))));
        var looseAudit = Audit(new[] { Lecture("e", "b2", 3, "m8"), Lecture("f", "g1", 6, "m8") }, YearEnd, lecture, tree: loose);
        Status(looseAudit, "lg2", "2026-Q1").State.Should().Be(ObligationState.Met);
        Status(looseAudit, "lg2", "2026-Q2").State.Should().Be(ObligationState.Met);
        Status(looseAudit, "lg2", "2026-Q3").State.Should().Be(ObligationState.Missed);
        Status(looseAudit, "lg", "2026-Q1").State.Should().Be(ObligationState.Missed);
    }

    [Fact]
    public void SecretaryLecture_RecordsBeforeThePeriod_AreSkipped()
    {
        var lecture = new MeetingRequirement("TEST-LECTURE", MeetingKind.PartyLecture, OrganizationScope.Branches, MeetingFrequency.Monthly,
            lecturer: LecturerRequirement.Secretary);
        var audit = Audit(new[]
        {
            Meeting("a", "b1", new LocalDate(2026, 1, 31), MeetingKind.PartyLecture, lecturer: "m1"),
            Meeting("b", "b1", new LocalDate(2026, 2, 1), MeetingKind.PartyLecture, lecturer: "m1"),
            Meeting("c", "b1", new LocalDate(2026, 3, 1), MeetingKind.PartyLecture, lecturer: "m1"),
        }, new LocalDate(2026, 2, 28), lecture);
        Status(audit, "b1", "2026-01").Count.Should().Be(1);
        Status(audit, "b1", "2026-02").Count.Should().Be(1, "31 January is before February and 1 March is after \"as of\"");
    }

    [Fact]
    public void Scope_IsDecidedPerKindAndForm_NotByTheFirstOrganizationSeen()
    {
        var tree = Tree(extra: b => b
            .Add(new Organization("bj", OrganizationKind.Branch, "联合支部", "oc", BranchForm.Joint, establishedOn: new LocalDate(2000, 1, 1), coveredUnits: 2))
            .Add(new Organization("bt", OrganizationKind.Branch, "临时支部", "oc", BranchForm.Temporary, establishedOn: new LocalDate(2000, 1, 1)))
            .Add(new Organization("gb", OrganizationKind.GeneralBranch, "总支", "oc", establishedOn: new LocalDate(2000, 1, 1))));
        IEnumerable<string> Owing(OrganizationScope scope) =>
            Audit(Array.Empty<MeetingRecord>(), new LocalDate(2026, 1, 31), new MeetingRequirement("TEST", MeetingKind.ThemedPartyDay, scope, MeetingFrequency.Monthly), tree: tree)
                .Obligations.Select(s => s.Obligation.OrganizationId);

        Owing(new OrganizationScope(new[] { OrganizationKind.Branch }, new[] { BranchForm.Joint })).Should().Equal("bj");
        Owing(new OrganizationScope(new[] { OrganizationKind.Branch }, new[] { BranchForm.Temporary })).Should().Equal("bt");
        Owing(new OrganizationScope(new[] { OrganizationKind.Branch }, new[] { BranchForm.Regular })).Should().BeEquivalentTo("b1", "b2");
        Owing(new OrganizationScope(new[] { OrganizationKind.GeneralBranch, OrganizationKind.OrganCommittee })).Should().BeEquivalentTo("oc", "gb");
        Owing(new OrganizationScope(new[] { OrganizationKind.PartyGroup })).Should().Equal("g1");

        // Two requirements with different scopes: the cached decisions are per requirement.
        var two = new MeetingRequirementSet(new[]
        {
            new MeetingRequirement("A", MeetingKind.ThemedPartyDay, new OrganizationScope(new[] { OrganizationKind.Branch }, new[] { BranchForm.Joint }), MeetingFrequency.Monthly),
            new MeetingRequirement("B", MeetingKind.GeneralMeeting, new OrganizationScope(new[] { OrganizationKind.Branch }, new[] { BranchForm.Regular }), MeetingFrequency.Monthly),
        });
        var audit = MeetingAudit.Run(tree, MeetingLog.Empty, two, Year2026, new LocalDate(2026, 1, 31));
        audit.Obligations.Select(s => (s.Obligation.RuleId, s.Obligation.OrganizationId)).Should().BeEquivalentTo(new[] { ("A", "bj"), ("B", "b1"), ("B", "b2") });
    }

    [Fact]
    public void Audit_OwesExactlyWhatThePlannerPlans_UpToAsOf()
    {
        var tree = Tree(b2Established: new LocalDate(2026, 2, 15));
        var requirements = Requirements();
        foreach (var asOf in new[] { new LocalDate(2026, 1, 1), new LocalDate(2026, 4, 1), new LocalDate(2026, 7, 15), YearEnd })
        {
            var planned = new MeetingPlanner(requirements).Plan(tree, Year2026).Where(o => o.Period.Start <= asOf).ToArray();
            var audited = MeetingAudit.Run(tree, MeetingLog.Empty, requirements, Year2026, asOf).Obligations.Select(s => s.Obligation).ToArray();
            audited.Should().Equal(planned, $"as of {asOf}");
        }
    }

    [Fact]
    public void Audit_ManyRecordsPerOrganization_InAnyInputOrder_AreCountedPerPeriod()
    {
        // 60 records in one bucket (sorted by key, not by insertion) in reverse date order; 5 per month.
        var records = Enumerable.Range(0, 60).Select(i => Theme("t" + i, new LocalDate(2026, 12 - (i / 5), 1 + ((i % 5) * 5)))).ToArray();
        var audit = Audit(records, YearEnd);
        audit.Obligations.Where(s => s.Obligation.OrganizationId == "b1").Select(s => s.Count).Should().Equal(Enumerable.Repeat(5, 12));

        // 20 records (insertion sort), shuffled deterministically, two per month in the first ten months.
        var few = Enumerable.Range(0, 20).Select(i => (i * 7) % 20).Select(i => Theme("f" + i, new LocalDate(2026, 1 + (i / 2), 2 + (i % 2)))).ToArray();
        Audit(few, YearEnd).Obligations.Where(s => s.Obligation.OrganizationId == "b1").Select(s => s.Count)
            .Should().Equal(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0);
    }

    [Fact]
    public void Audit_WithoutRequirements_OrOrganizations_IsEmpty()
    {
        var tree = Tree();
        MeetingAudit.Run(tree, MeetingLog.Empty, new MeetingRequirementSet(Array.Empty<MeetingRequirement>()), Year2026, YearEnd).Obligations.Should().BeEmpty();
        var audit = MeetingAudit.Run(tree, MeetingLog.Empty, new MeetingRequirementSet(new[] { Monthly }), Year2026, YearEnd);
        audit.AsOf.Should().Be(YearEnd);
        audit.Window.Should().BeSameAs(Year2026);
        audit.Obligations.Should().HaveCount(24);
        audit.Summarize().Should().HaveCount(4);
    }

    [Fact]
    public void Run_Guards_NameTheParameter()
    {
        var tree = Tree();
        var set = new MeetingRequirementSet(new[] { Monthly });
        FluentActions.Invoking(() => MeetingAudit.Run(null!, MeetingLog.Empty, set, Year2026, YearEnd)).Should().Throw<ArgumentNullException>().WithParameterName("tree");
        FluentActions.Invoking(() => MeetingAudit.Run(tree, null!, set, Year2026, YearEnd)).Should().Throw<ArgumentNullException>().WithParameterName("log");
        FluentActions.Invoking(() => MeetingAudit.Run(tree, MeetingLog.Empty, null!, Year2026, YearEnd)).Should().Throw<ArgumentNullException>().WithParameterName("requirements");
        FluentActions.Invoking(() => MeetingAudit.Run(tree, MeetingLog.Empty, set, null!, YearEnd)).Should().Throw<ArgumentNullException>().WithParameterName("window");
    }

    [Fact]
    public void Summarize_CountsClosedMetAndOpenPerQuarter_OwnOrSubtree()
    {
        var tree = Tree();
        var set = new MeetingRequirementSet(new[]
        {
            Monthly,
            new MeetingRequirement("TEST-GROUP", MeetingKind.GroupMeeting, new OrganizationScope(new[] { OrganizationKind.PartyGroup }), MeetingFrequency.Monthly),
        });
        var records = new[]
        {
            Theme("t1", new LocalDate(2026, 1, 5)),
            Theme("t3", new LocalDate(2026, 3, 5)),
            Theme("t4", new LocalDate(2026, 4, 2)),
            Meeting("g1", "g1", new LocalDate(2026, 2, 5), MeetingKind.GroupMeeting),
        };
        var audit = MeetingAudit.Run(tree, MeetingLog.Create(tree, records), set, Year2026, new LocalDate(2026, 4, 15));

        var own = audit.Summarize("b1", includeSubtree: false);
        own.Select(r => (r.OrganizationId, r.Kind, r.Quarter.ToString(), r.Owed, r.Met, r.Open)).Should().Equal(
            ("b1", MeetingKind.ThemedPartyDay, "2026-Q1", 3, 2, 0),
            ("b1", MeetingKind.ThemedPartyDay, "2026-Q2", 0, 0, 0)); // April met but not closed: neither owed nor open
        own[0].Share.Should().BeApproximately(2.0 / 3, 1e-12);
        own[1].Share.Should().BeNull();
        own[0].ToString().Should().Be($"{MeetingKind.ThemedPartyDay.Name} 2026-Q1 2/3");

        var subtree = audit.Summarize("b1");
        subtree.Select(r => (r.Kind, r.Quarter.ToString(), r.Owed, r.Met, r.Open)).Should().Equal(
            (MeetingKind.GroupMeeting, "2026-Q1", 3, 1, 0),
            (MeetingKind.ThemedPartyDay, "2026-Q1", 3, 2, 0),
            (MeetingKind.GroupMeeting, "2026-Q2", 0, 0, 1),
            (MeetingKind.ThemedPartyDay, "2026-Q2", 0, 0, 0));

        var b2 = audit.Summarize("b2", includeSubtree: true);
        b2.Select(r => (r.Quarter.ToString(), r.Owed, r.Met, r.Open)).Should().Equal(("2026-Q1", 3, 0, 0), ("2026-Q2", 0, 0, 1));

        var all = audit.Summarize();
        all.Should().OnlyContain(r => r.OrganizationId == null);
        all.Single(r => r.Kind == MeetingKind.ThemedPartyDay && r.Quarter.ToString() == "2026-Q1").Owed.Should().Be(6);
        all.Single(r => r.Kind == MeetingKind.ThemedPartyDay && r.Quarter.ToString() == "2026-Q2").Open.Should().Be(1);
    }

    [Fact]
    public void Summarize_UnknownOrganization_Throws() =>
        FluentActions.Invoking(() => MeetingAudit.Run(Tree(), MeetingLog.Empty, new MeetingRequirementSet(new[] { Monthly }), Year2026, YearEnd).Summarize("nowhere"))
            .Should().Throw<KeyNotFoundException>();

    [Fact]
    public void ObligationStatusAndObligation_Text()
    {
        var audit = Audit(new[] { Theme("t", new LocalDate(2026, 1, 9)) }, YearEnd);
        var status = Status(audit, "b1", "2026-01");
        status.ToString().Should().Be($"b1 {MeetingKind.ThemedPartyDay.Name} 2026-01 (due 2026-01-30) TEST-THEME-MONTHLY: Met (1)");
        status.Obligation.MinimumCount.Should().Be(1);
        status.Obligation.RuleId.Should().Be("TEST-THEME-MONTHLY");
        status.Obligation.Requirement.Should().BeSameAs(Monthly);
    }
}
