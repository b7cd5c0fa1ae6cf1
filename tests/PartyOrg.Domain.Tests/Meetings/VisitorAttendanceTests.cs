using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using Xunit;
using static PartyOrg.Domain.Tests.Meetings.MeetingFixture;

namespace PartyOrg.Domain.Tests.Meetings;

/// <summary>
/// Attendees and absences from other units (interchange contract, revision 2): they load, and they count only toward the
/// obligations of the units the member belongs to — never for or against the host, nor for the visitor at the host.
/// Fixture: b1 (m1–m8, committee m1/m2/m3, Party group g1 = m1–m4) and b2 (m9–m11).
/// </summary>
public sealed class VisitorAttendanceTests
{
    private static readonly LocalDate Day = new(2026, 3, 6);

    private readonly OrganizationTree tree = Tree();

    private List<MeetingRecord> FullYear() => RecordsFor(tree, Obligations2026(tree));

    private IReadOnlyList<Finding> Findings(IEnumerable<MeetingRecord> records, string ruleId) =>
        Check(tree, records, YearEnd).Findings.Where(f => f.RuleId == ruleId).ToArray();

    [Fact]
    public void MeetingAudit_VisitorsCountNeitherForTheirOwnUnitNorAgainstTheHost()
    {
        // March: b2 holds no 主题党日; its three members all attend b1's. b1's group g1 meets with visitors only.
        var records = FullYear()
            .Where(r => !(r.OrganizationId == "b2" && r.Counts(MeetingKind.ThemedPartyDay) && r.Date.Month == 3))
            .Where(r => !(r.OrganizationId == "g1" && r.Date.Month == 3))
            .Where(r => !(r.OrganizationId == "b1" && r.Counts(MeetingKind.ThemedPartyDay) && r.Date.Month == 3))
            .ToList();
        records.Add(new MeetingRecord("visit", "b1", new LocalDate(2026, 3, 12), new[] { MeetingKind.ThemedPartyDay },
            B1Members.Concat(new[] { "m9", "m10", "m11" })));
        records.Add(Meeting("g1-visitors", "g1", new LocalDate(2026, 3, 13), MeetingKind.GroupMeeting, new[] { "m5", "m6" }));

        var audit = MeetingAudit.Run(tree, MeetingLog.Create(tree, records), Requirements(), Year2026, YearEnd);
        ObligationState State(string org, MeetingKind kind) =>
            audit.Obligations.Single(s => s.Obligation.OrganizationId == org && s.Obligation.Kind == kind && s.Obligation.Period.ToString() == "2026-03").State;

        State("b1", MeetingKind.ThemedPartyDay).Should().Be(ObligationState.Met, "the host held its meeting; visitors do not change that");
        State("b2", MeetingKind.ThemedPartyDay).Should().Be(ObligationState.Missed, "b2's members attending b1's meeting is not b2 holding one");
        State("g1", MeetingKind.GroupMeeting).Should().Be(ObligationState.Met, "a meeting the group held counts for it whoever attended");
        Findings(records, "LIFE-THEME-DAY-MONTHLY").Select(f => f.SubjectId + " " + f.Period).Should().Equal("b2 2026-03");
    }

    [Fact]
    public void SelfLapse_AttendingAnotherUnitDoesNotCountForTheVisitor()
    {
        // m5 (b1) misses every b1 and g1 meeting from March to August but attends b2's 主题党日 each of those months.
        var records = FullYear().Select(r => r.Date.Month >= 3 && r.Date.Month < 9 && r.Attendees.Contains("m5")
            ? r.WithAttendance(r.Attendees.Where(a => a != "m5"), System.Array.Empty<MeetingAbsence>()) : r).ToList();
        records = records.Select(r => r.OrganizationId == "b2" && r.Counts(MeetingKind.ThemedPartyDay) && r.Date.Month >= 3 && r.Date.Month < 9
            ? r.WithAttendance(r.Attendees.Concat(new[] { "m5" }), r.Absences) : r).ToList();
        records.Count(r => r.OrganizationId == "b2" && r.Attendees.Contains("m5")).Should().Be(6);

        var lapse = Findings(records, "LIFE-SELF-LAPSE-6M").Where(f => f.SubjectId == "m5").ToArray();
        lapse.Should().ContainSingle();
        lapse[0].Severity.Should().Be(Severity.Error);
        lapse[0].Actual.Should().Be("6");
        lapse[0].Period.ToString().Should().Be("2026-03-01/2026-08-31");
    }

    [Fact]
    public void SelfLapse_AbsentWithoutReasonFromAnotherUnitDoesNotCountAgainstTheVisitor()
    {
        // m9 (b2) is recorded absent without reason at every b1 meeting and attends b2's as usual: no lapse for m9.
        var records = FullYear().Select(r => r.OrganizationId == "b1"
            ? r.WithAttendance(r.Attendees, r.Absences.Concat(new[] { new MeetingAbsence("m9", AbsenceReason.NoReason) })) : r).ToList();
        Findings(records, "LIFE-SELF-LAPSE-6M").Should().BeEmpty();

        // Boundary: the same member missing their own branch for six months is a lapse, whatever they did at b1.
        var missing = records.Select(r => r.OrganizationId == "b2" && r.Date.Month >= 3 && r.Date.Month < 9
            ? r.WithAttendance(r.Attendees.Where(a => a != "m9"), r.Absences) : r).ToList();
        Findings(missing, "LIFE-SELF-LAPSE-6M").Should().ContainSingle(f => f.SubjectId == "m9" && f.Actual == "6");
    }

    [Fact]
    public void SelfLapse_ProperAbsenceAtAnotherUnitDoesNotExcuseTheVisitor()
    {
        // m5 misses b1/g1 from March to August; a proper-reason absence recorded at b2's meetings does not excuse that.
        var records = FullYear().Select(r => r.Date.Month >= 3 && r.Date.Month < 9 && r.Attendees.Contains("m5")
            ? r.WithAttendance(r.Attendees.Where(a => a != "m5"), System.Array.Empty<MeetingAbsence>()) : r).ToList();
        records = records.Select(r => r.OrganizationId == "b2" && r.Date.Month >= 3 && r.Date.Month < 9
            ? r.WithAttendance(r.Attendees, r.Absences.Concat(new[] { new MeetingAbsence("m5", AbsenceReason.Leave) })) : r).ToList();
        Findings(records, "LIFE-SELF-LAPSE-6M").Should().ContainSingle(f => f.SubjectId == "m5" && f.Actual == "6");
    }

    [Fact]
    public void CommitteeQuorum_VisitorsAreNotCommitteeMembers()
    {
        // b1's committee is m1, m2, m3. One committee member and three visitors: 1 of 3 present.
        var records = FullYear().Where(r => !(r.OrganizationId == "b1" && r.Counts(MeetingKind.CommitteeMeeting) && r.Date.Month == 3)).ToList();
        records.Add(Meeting("cm", "b1", Day, MeetingKind.CommitteeMeeting, new[] { "m1", "m9", "m10", "m11" }));
        var f = Findings(records, "MTG-COMMITTEE-QUORUM").Single();
        f.SubjectId.Should().Be("cm");
        f.Actual.Should().Be("1");

        // Boundary: two of three committee members (and the same visitors) are quorate.
        records[records.Count - 1] = Meeting("cm", "b1", Day, MeetingKind.CommitteeMeeting, new[] { "m1", "m2", "m9", "m10", "m11" });
        Findings(records, "MTG-COMMITTEE-QUORUM").Should().BeEmpty();
    }

    [Fact]
    public void Voting_VisitorsAreNotInTheElectorate()
    {
        // b1 has 8 members with voting rights. Three of them and the three members of b2 attend.
        var three = Meeting("gm", "b1", Day, MeetingKind.GeneralMeeting, new[] { "m1", "m2", "m3", "m9", "m10", "m11" },
            votes: new[] { new MeetingVote("决议", 3, recordedAsPassed: true) });
        var tally = MeetingVoting.Tally(tree, three);
        tally.EntitledVoters.Should().Be(8);
        tally.PresentVoters.Should().Be(3, "visitors are not counted as present voters");
        tally.IsQuorate.Should().BeFalse();

        var records = FullYear().Where(r => !(r.OrganizationId == "b1" && r.Counts(MeetingKind.GeneralMeeting) && r.Date.Month == 3)).ToList();
        records.Add(three);
        Findings(records, "MTG-MEMBERS-MEETING-QUORUM-VOTE").Select(f => f.SubjectId + " " + f.Actual).Should().Contain("gm 3");

        // Compliant: five of b1's eight members present (quorate under any reading of 半数以上), five for.
        var five = Meeting("gm", "b1", Day, MeetingKind.GeneralMeeting, new[] { "m1", "m2", "m3", "m4", "m5", "m9", "m10", "m11" },
            votes: new[] { new MeetingVote("决议", 5, recordedAsPassed: true) });
        MeetingVoting.Tally(tree, five).PresentVoters.Should().Be(5);
        records[records.Count - 1] = five;
        Findings(records, "MTG-MEMBERS-MEETING-QUORUM-VOTE").Should().BeEmpty();
    }
}
