using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Cli.Sample;

/// <summary>
/// The sample organ's meetings from 1 January to 22 November 2026: every meeting the default profile's planner asks for,
/// on its proposed date (主题党日 on the first Friday, moved off holidays), with deliberate gaps — no 党员大会 in Q2 in the
/// 投资处 branch (b-4), no 支委会 in August in the 办公室 branch (b-1), a member of b-4 absent without reason from May to
/// October (m-030, six months), a member of b-7 absent without reason for three months (m-100), a member on sick leave
/// (m-050, a proper reason), irregular 主题党日 dates in the retirees' branch (b-6), a 党员大会 vote recorded as passed with
/// only half of the entitled members for it, and the organ committee's Party lecture given by a branch secretary instead
/// of the 机关党委 secretary.
/// </summary>
public static partial class SampleOrgan
{
    /// <summary>The working-day calendar of the demo (the State Council's 2025 and 2026 arrangements).</summary>
    public static IWorkingDayCalendar Calendar => WorkingDayCalendar.ChinaMainland2025And2026;

    /// <summary>The sample's meeting requirements: the default set with the 主题党日 on the first Friday of each month.</summary>
    public static MeetingRequirementSet MeetingRequirements =>
        ComplianceProfile.StateOrgans.EnabledMeetingRequirements().With(PartyOrg.Domain.Compliance.MeetingRequirements.ThemeDayMonthly.WithFixedDay(FixedDayPolicy.FirstFriday));

    static partial void AddMeetings(ref ComplianceInput input)
    {
        var tree = input.Tree;
        var start = new LocalDate(2026, 1, 1);
        var planner = new MeetingPlanner(MeetingRequirements, Calendar);
        var records = new List<MeetingRecord>();
        string NextId() => "mt-" + (records.Count + 1).ToString("000", System.Globalization.CultureInfo.InvariantCulture);

        foreach (var ob in planner.Plan(tree, new DateInterval(start, AsOf)))
        {
            var date = ob.DueDate;
            if (ob.OrganizationId == "b-6" && ob.Kind == MeetingKind.ThemedPartyDay)
            {
                date = ob.Period.Start.PlusDays((date.Month * 11) % 27);
            }

            if (date > AsOf || date < start || ob.Requirement.Lecturer == LecturerRequirement.Secretary
                || (ob.OrganizationId == "b-4" && ob.Kind == MeetingKind.GeneralMeeting && ob.Period.ToString() == "2026-Q2")
                || (ob.OrganizationId == "b-1" && ob.Kind == MeetingKind.CommitteeMeeting && ob.Period.ToString() == "2026-08"))
            {
                continue;
            }

            var (attendees, absences) = Attendance(tree, ob.OrganizationId, date);
            records.Add(new MeetingRecord(NextId(), ob.OrganizationId, date, new[] { ob.Kind }, attendees, absences));
        }

        var b1 = Attendance(tree, "b-1", new LocalDate(2026, 6, 12));
        records.Add(new MeetingRecord(NextId(), "b-1", new LocalDate(2026, 6, 12), new[] { MeetingKind.GeneralMeeting, MeetingKind.PartyLecture },
            b1.Attendees.Take(10), b1.Absences, lecturerId: "m-001", topic: "学习贯彻党的二十届四中全会精神",
            votes: new[] { new MeetingVote("接收发展对象为预备党员", 6, 2, 2) }));
        var b7 = Attendance(tree, "b-7", new LocalDate(2026, 7, 1));
        records.Add(new MeetingRecord(NextId(), "b-7", new LocalDate(2026, 7, 1), new[] { MeetingKind.ThemedPartyDay, MeetingKind.PartyLecture },
            b7.Attendees, b7.Absences, lecturerId: "m-005", topic: "纪念建党105周年"));
        records.Add(new MeetingRecord(NextId(), "oc-drc", new LocalDate(2026, 3, 20), new[] { MeetingKind.OrganAssembly },
            new[] { "m-001", "m-002", "m-003", "m-004", "m-016", "m-026", "m-027", "m-091" }));

        input = input.WithMeetings(MeetingLog.Create(tree, records));
    }

    private static (string[] Attendees, MeetingAbsence[] Absences) Attendance(OrganizationTree tree, string organizationId, LocalDate date)
    {
        var org = tree.GetOrganization(organizationId);
        if (!org.IsBranch && org.Kind != OrganizationKind.PartyGroup)
        {
            return (Array.Empty<string>(), Array.Empty<MeetingAbsence>());
        }

        var attendees = new List<string>();
        var absences = new List<MeetingAbsence>();
        foreach (var m in tree.MembersOf(organizationId))
        {
            if (m.AdmittedOn is { } admitted && admitted > date)
            {
                continue;
            }

            if (m.Id == "m-030" && date.Month is >= 5 and <= 10)
            {
                absences.Add(new MeetingAbsence(m.Id, AbsenceReason.NoReason));
            }
            else if (m.Id == "m-100" && date.Month is >= 8 and <= 10)
            {
                absences.Add(new MeetingAbsence(m.Id, AbsenceReason.NoReason));
            }
            else if (m.Id == "m-050" && date.Month is >= 3 and <= 9)
            {
                absences.Add(new MeetingAbsence(m.Id, AbsenceReason.Illness, "住院治疗"));
            }
            else
            {
                attendees.Add(m.Id);
            }
        }

        return (attendees.ToArray(), absences.ToArray());
    }
}
