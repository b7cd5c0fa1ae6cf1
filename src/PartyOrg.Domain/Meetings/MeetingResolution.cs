using System;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Meetings;

/// <summary>
/// The ids of a log's records resolved to the dense indices of the tree the log was validated against, captured while
/// validating (which looks every id up anyway), so that an audit against the same tree does not hash the ids again.
/// Attendees and proper absences are flat index lists with per-record starts.
/// </summary>
internal sealed class MeetingResolution
{
    private int attendeeCount;
    private int absenceCount;

    internal MeetingResolution(OrganizationTree tree, int records, int attendees, int absences)
        : this(tree, records, new int[attendees], absences)
    {
    }

    /// <param name="tree">The tree.</param>
    /// <param name="records">The number of records.</param>
    /// <param name="attendees">The array of the attendees' members, as long as all the records' attendees; its contents
    /// are overwritten in order as the attendees are resolved.</param>
    /// <param name="absences">The most proper absences.</param>
    internal MeetingResolution(OrganizationTree tree, int records, int[] attendees, int absences)
    {
        Tree = tree;
        Org = new int[records];
        Lecturer = new int[records];
        AttendeeStart = new int[records + 1];
        Attendees = attendees;
        ProperAbsenceStart = new int[records + 1];
        ProperAbsences = new int[absences];
    }

    internal OrganizationTree Tree { get; }

    internal int[] Org { get; }

    internal int[] Lecturer { get; }

    internal int[] AttendeeStart { get; }

    internal int[] Attendees { get; }

    internal int[] ProperAbsenceStart { get; }

    internal int[] ProperAbsences { get; private set; }

    internal void Begin(int record, int org)
    {
        Org[record] = org;
        Lecturer[record] = -1;
        AttendeeStart[record] = attendeeCount;
        ProperAbsenceStart[record] = absenceCount;
        AttendeeStart[record + 1] = attendeeCount;
        ProperAbsenceStart[record + 1] = absenceCount;
    }

    internal void Attendee(int record, int member)
    {
        Attendees[attendeeCount++] = member;
        AttendeeStart[record + 1] = attendeeCount;
    }

    internal void ProperAbsence(int record, int member)
    {
        ProperAbsences[absenceCount++] = member;
        ProperAbsenceStart[record + 1] = absenceCount;
    }

    internal void SetLecturer(int record, int member) => Lecturer[record] = member;

    /// <summary>Trims the absence list to the proper absences actually recorded.</summary>
    internal void Complete()
    {
        if (absenceCount < ProperAbsences.Length)
        {
            var trimmed = new int[absenceCount];
            Array.Copy(ProperAbsences, trimmed, absenceCount);
            ProperAbsences = trimmed;
        }
    }
}
