using System.Collections.Generic;
using NodaTime;

namespace PartyOrg.Domain.Meetings;

/// <summary>
/// The compact form of a validated log built by <see cref="MeetingLogBuilder"/>: one array per field, kinds as an index
/// into the distinct kind lists, absences as member indices of the tree; organizations, lecturers, attendees and
/// proper absences are in the log's <see cref="MeetingResolution"/>. Rarely used fields (topics, notes, votes) are sparse.
/// </summary>
internal sealed class MeetingLogColumns
{
    internal MeetingLogColumns(
        Utf8IdColumn ids,
        LocalDate[] dates,
        int[] combo,
        MeetingKind[][] combos,
        int[] comboMask,
        int[] absenceStart,
        int[] absenceMembers,
        byte[] absenceReasons,
        AbsenceReason[] reasons,
        Dictionary<int, string>? absenceNotes,
        Dictionary<int, string>? topics,
        Dictionary<int, MeetingVote[]>? votes)
    {
        Ids = ids;
        Dates = dates;
        Combo = combo;
        Combos = combos;
        ComboMask = comboMask;
        AbsenceStart = absenceStart;
        AbsenceMembers = absenceMembers;
        AbsenceReasons = absenceReasons;
        Reasons = reasons;
        AbsenceNotes = absenceNotes;
        Topics = topics;
        Votes = votes;
    }

    /// <summary>The meetings' ids, as UTF-8.</summary>
    internal Utf8IdColumn Ids { get; }

    internal LocalDate[] Dates { get; }

    internal int[] Combo { get; }

    internal MeetingKind[][] Combos { get; }

    internal int[] ComboMask { get; }

    internal int[] AbsenceStart { get; }

    internal int[] AbsenceMembers { get; }

    /// <summary>Each absence's reason, as its place in <see cref="Reasons"/>.</summary>
    internal byte[] AbsenceReasons { get; }

    /// <summary>The reasons the absences name.</summary>
    internal AbsenceReason[] Reasons { get; }

    internal Dictionary<int, string>? AbsenceNotes { get; }

    internal Dictionary<int, string>? Topics { get; }

    internal Dictionary<int, MeetingVote[]>? Votes { get; }

    /// <summary>Record <paramref name="i"/> as a <see cref="MeetingRecord"/>, its ids read back from the tree.</summary>
    internal MeetingRecord Record(int i, MeetingResolution resolution)
    {
        var tree = resolution.Tree;
        var from = resolution.AttendeeStart[i];
        var present = new string[resolution.AttendeeStart[i + 1] - from];
        for (var a = 0; a < present.Length; a++)
        {
            present[a] = tree.Members[resolution.Attendees[from + a]].Id;
        }

        var absent = new MeetingAbsence[AbsenceStart[i + 1] - AbsenceStart[i]];
        for (var a = 0; a < absent.Length; a++)
        {
            var at = AbsenceStart[i] + a;
            string? note = null;
            AbsenceNotes?.TryGetValue(at, out note);
            absent[a] = new MeetingAbsence(tree.Members[AbsenceMembers[at]].Id, Reasons[AbsenceReasons[at]], note);
        }

        string? topic = null;
        Topics?.TryGetValue(i, out topic);
        MeetingVote[]? votes = null;
        Votes?.TryGetValue(i, out votes);
        var lecturer = resolution.Lecturer[i];
        return new MeetingRecord(Ids.StringAt(i), tree.Organizations[resolution.Org[i]].Id, Dates[i], Combos[Combo[i]], present, absent,
            lecturer < 0 ? null : tree.Members[lecturer].Id, topic, votes);
    }
}

/// <summary>The records of a compact log, each created on first read and kept.</summary>
internal sealed class MeetingRecordList : IReadOnlyList<MeetingRecord>
{
    private readonly MeetingLogColumns columns;
    private readonly MeetingResolution resolution;
    private readonly MeetingRecord?[] records;

    internal MeetingRecordList(MeetingLogColumns columns, MeetingResolution resolution)
    {
        this.columns = columns;
        this.resolution = resolution;
        records = new MeetingRecord?[columns.Ids.Count];
    }

    public int Count => records.Length;

    // Creating the same record twice from two threads is harmless: both are equal and either is kept.
    public MeetingRecord this[int index] => records[index] ??= columns.Record(index, resolution);

    public IEnumerator<MeetingRecord> GetEnumerator()
    {
        for (var i = 0; i < records.Length; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
