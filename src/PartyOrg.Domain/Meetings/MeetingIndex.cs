using System;
using NodaTime;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Meetings;

/// <summary>
/// The records of a log resolved against a tree once: dense arrays, records bucketed by organization index (and by
/// lecturer) in date order, attendees and proper absences as flat index lists. Records whose organization is unknown to
/// the tree are left out (a log validated against another tree).
/// </summary>
internal sealed class MeetingIndex
{
    internal MeetingIndex(OrganizationTree tree, MeetingLog log)
    {
        Tree = tree;
        Log = log;
        var n = log.Count;
        Dates = new LocalDate[n];
        Days = new int[n];
        Mask = new int[n];
        var attendeeCount = 0;
        var absenceCount = 0;

        // A log validated against this very tree already knows every index: reuse them instead of hashing ids again.
        var resolved = log.Resolution is { } res && ReferenceEquals(res.Tree, tree) ? res : null;
        Org = resolved?.Org ?? new int[n];
        Lecturer = resolved?.Lecturer ?? new int[n];
        for (var i = 0; i < n; i++)
        {
            Dates[i] = log.DateAt(i);
            Days[i] = DayKey(Dates[i]);
            Mask[i] = log.KindMaskAt(i);
            if (resolved is null)
            {
                var r = log.Records[i];
                Org[i] = tree.TryGetIndex(r.OrganizationId, out var o) ? o : -1;
                Lecturer[i] = r.LecturerId is null ? -1 : tree.MemberIndexOf(r.LecturerId);
                attendeeCount += r.Attendees.Count;
                absenceCount += r.Absences.Count;
            }
        }

        // Bucket the records by organization (and by lecturer) with a counting sort, then order each bucket by date:
        // linear in the records, instead of sorting the whole log by date.
        var orgCount = tree.Organizations.Count;
        OrgStart = new int[orgCount + 1];
        LecturerStart = new int[tree.Members.Count + 1];
        for (var i = 0; i < n; i++)
        {
            var date = Dates[i];
            if (i == 0 || date < MinDate!.Value)
            {
                MinDate = date;
            }

            if (i == 0 || date > MaxDate!.Value)
            {
                MaxDate = date;
            }

            if (Org[i] >= 0)
            {
                OrgStart[Org[i] + 1]++;
                if (Lecturer[i] >= 0)
                {
                    LecturerStart[Lecturer[i] + 1]++;
                }
            }
        }

        Prefix(OrgStart);
        Prefix(LecturerStart);
        ByOrg = new int[OrgStart[orgCount]];
        ByLecturer = new int[LecturerStart[tree.Members.Count]];
        var nextOrg = (int[])OrgStart.Clone();
        var nextLecturer = (int[])LecturerStart.Clone();
        for (var i = 0; i < n; i++)
        {
            if (Org[i] >= 0)
            {
                ByOrg[nextOrg[Org[i]]++] = i;
                if (Lecturer[i] >= 0)
                {
                    ByLecturer[nextLecturer[Lecturer[i]]++] = i;
                }
            }
        }

        SortBuckets(ByOrg, OrgStart, Dates);
        SortBuckets(ByLecturer, LecturerStart, Dates);

        if (resolved is not null)
        {
            AttendeeStart = resolved.AttendeeStart;
            Attendees = resolved.Attendees;
            ProperAbsenceStart = resolved.ProperAbsenceStart;
            ProperAbsences = resolved.ProperAbsences;
            return;
        }

        AttendeeStart = new int[n + 1];
        Attendees = new int[attendeeCount];
        ProperAbsenceStart = new int[n + 1];
        ProperAbsences = new int[absenceCount];
        int a = 0, b = 0;
        for (var i = 0; i < n; i++)
        {
            var r = log.Records[i];
            AttendeeStart[i] = a;
            foreach (var id in r.Attendees)
            {
                var mi = tree.MemberIndexOf(id);
                if (mi >= 0)
                {
                    Attendees[a++] = mi;
                }
            }

            ProperAbsenceStart[i] = b;
            foreach (var absence in r.Absences)
            {
                var mi = tree.MemberIndexOf(absence.MemberId);
                if (mi >= 0 && absence.Reason.IsProper)
                {
                    ProperAbsences[b++] = mi;
                }
            }
        }

        AttendeeStart[n] = a;
        ProperAbsenceStart[n] = b;
    }

    internal OrganizationTree Tree { get; }

    internal MeetingLog Log { get; }

    internal LocalDate[] Dates { get; }

    /// <summary>
    /// Each record's date as a day key (<see cref="DayKey"/>): the sweeps over the records compare integers instead of
    /// dates (a date comparison checks the two calendars and calls the calendar's comparer).
    /// </summary>
    internal int[] Days { get; }

    internal int[] Org { get; }

    internal int[] Mask { get; }

    internal int[] Lecturer { get; }

    internal int[] OrgStart { get; }

    internal int[] ByOrg { get; }

    internal int[] LecturerStart { get; }

    internal int[] ByLecturer { get; }

    internal int[] AttendeeStart { get; }

    internal int[] Attendees { get; }

    internal int[] ProperAbsenceStart { get; }

    internal int[] ProperAbsences { get; }

    internal LocalDate? MinDate { get; }

    internal LocalDate? MaxDate { get; }

    /// <summary>
    /// A number that orders like the date: year × 512 + month × 32 + day (ISO dates, the only calendar of the domain).
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The key.</returns>
    internal static int DayKey(LocalDate date) => (date.Year * 512) + (date.Month * 32) + date.Day;

    /// <summary>The first position in <paramref name="list"/>[from, to) whose record is on or after <paramref name="date"/>.</summary>
    internal int LowerBound(int[] list, int from, int to, LocalDate date)
    {
        var lo = from;
        var hi = to;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (Dates[list[mid]] < date)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Whether member <paramref name="memberIndex"/> attended record <paramref name="record"/>.</summary>
    internal bool Attended(int record, int memberIndex)
    {
        for (var k = AttendeeStart[record]; k < AttendeeStart[record + 1]; k++)
        {
            if (Attendees[k] == memberIndex)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Orders every bucket [starts[b], starts[b + 1]) of <paramref name="list"/> by date, then record index.</summary>
    private static void SortBuckets(int[] list, int[] starts, LocalDate[] dates)
    {
        long[]? keys = null;
        for (var b = 0; b + 1 < starts.Length; b++)
        {
            int from = starts[b], to = starts[b + 1];
            if (to - from <= 48)
            {
                // Insertion sort: buckets are small and usually already in date order.
                for (var i = from + 1; i < to; i++)
                {
                    var item = list[i];
                    var key = Key(dates, item);
                    var j = i - 1;
                    while (j >= from && Key(dates, list[j]) > key)
                    {
                        list[j + 1] = list[j];
                        j--;
                    }

                    list[j + 1] = item;
                }

                continue;
            }

            keys ??= new long[list.Length];
            for (var i = from; i < to; i++)
            {
                keys[i] = Key(dates, list[i]);
            }

            Array.Sort(keys, list, from, to - from);
        }
    }

    /// <summary>A sort key: the date, then the record index (so the order is deterministic).</summary>
    private static long Key(LocalDate[] dates, int record)
    {
        var date = dates[record];
        return ((long)((date.Year << 9) | (date.Month << 5) | date.Day) << 32) | (uint)record;
    }

    private static void Prefix(int[] counts)
    {
        for (var i = 1; i < counts.Length; i++)
        {
            counts[i] += counts[i - 1];
        }
    }
}
