using System;
using System.Collections.Generic;
using NodaTime;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Meetings;

/// <summary>
/// Builds a large <see cref="MeetingLog"/> without a <see cref="MeetingRecord"/> per meeting: meetings are appended one
/// by one (<see cref="Add(string, string, LocalDate, IEnumerable{MeetingKind}, string?, string?)"/>, then their
/// <see cref="Attendee(string)"/>s, <see cref="Absence(string, AbsenceReason, string?)"/>s and <see cref="Vote"/>s), the ids
/// they name interned once (a caller that has the ids' keys from <see cref="Intern"/> passes them instead), and <see cref="TryBuild"/> validates them against a tree into compact columns (dense member
/// and organization indices, attendance as index ranges). The log it builds is the log
/// <see cref="MeetingLog.TryCreate(OrganizationTree, IEnumerable{MeetingRecord}, out MeetingLog?, out IReadOnlyList{DataProblem})"/>
/// builds from the same records — the same problems, the same <see cref="MeetingLog.Records"/> (created on first
/// read) and the same audit — in a fraction of the memory. Not thread-safe; the builder can be built once.
/// </summary>
/// <example>
/// <code>
/// var builder = new MeetingLogBuilder();
/// builder.Add("m1", "b1", new LocalDate(2026, 3, 10), new[] { MeetingKind.GeneralMeeting })
///     .Attendee("p1").Attendee("p2").Absence("p3", AbsenceReason.Illness);
/// if (!builder.TryBuild(tree, out var log, out var problems)) { /* report problems */ }
/// </code>
/// </example>
public sealed class MeetingLogBuilder
{
    private const int KindBits = 4;
    private const int MaxInterned = (64 / KindBits) - 1;

    private readonly Dictionary<string, int> keys = new(StringComparer.Ordinal);
    private readonly List<string> keyIds = new();
    private readonly Dictionary<long, int> comboIndex = new();
    private readonly List<MeetingKind[]> combos = new();
    private readonly Utf8IdColumn ids = new();
    private readonly NativeColumn<int> organizations = new();
    private readonly NativeColumn<LocalDate> dates = new();
    private readonly NativeColumn<int> comboOf = new();
    private readonly NativeColumn<int> lecturers = new();
    private readonly NativeColumn<int> attendeeStart = new();
    private readonly NativeColumn<int> attendees = new();
    private readonly NativeColumn<int> absenceStart = new();
    private readonly NativeColumn<int> absenceMembers = new();
    // Each absence's reason as its place in the reasons met so far (a closed vocabulary of a few): a byte, not a reference.
    private readonly NativeColumn<byte> absenceReasons = new();
    private readonly List<AbsenceReason> reasons = new();
    private Dictionary<int, string>? absenceNotes;
    private Dictionary<int, string>? topics;
    private Dictionary<int, List<MeetingVote>>? votes;
    private bool built;
    private Prepared? prepared;

    /// <summary>The number of meetings added.</summary>
    public int Count => ids.Count;

    /// <summary>Adds a meeting; its attendees, absences and votes follow.</summary>
    /// <param name="id">The caller's id.</param>
    /// <param name="organizationId">The organization that held it.</param>
    /// <param name="date">The day held.</param>
    /// <param name="kinds">The kinds it counts for (at least one).</param>
    /// <param name="lecturerId">For a 党课: the member who lectured, or null.</param>
    /// <param name="topic">The topic, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">As for <see cref="MeetingRecord"/>: an id is empty, no kind is given, a kind is null,
    /// or the date is outside 1900–2199.</exception>
    /// <exception cref="InvalidOperationException">The log was already built.</exception>
    public MeetingLogBuilder Add(string id, string organizationId, LocalDate date, IEnumerable<MeetingKind> kinds, string? lecturerId = null, string? topic = null)
    {
        NotBuilt();
        Internal.Guard.Id(id, nameof(id));
        Internal.Guard.Id(organizationId, nameof(organizationId));
        Calendars.SupportedDates.Check(date, nameof(date));
        var combo = Combo(id, kinds ?? throw new ArgumentNullException(nameof(kinds)));
        if (lecturerId is not null)
        {
            Internal.Guard.Id(lecturerId, nameof(lecturerId));
        }

        ids.Add(id);
        return Append(Key(organizationId), date, combo, lecturerId is null ? -1 : Key(lecturerId), topic);
    }

    /// <summary>
    /// Adds a meeting whose organization and lecturer are given by their keys (<see cref="Intern"/>); otherwise as
    /// <see cref="Add(string, string, LocalDate, IEnumerable{MeetingKind}, string?, string?)"/>.
    /// </summary>
    /// <param name="id">The caller's id.</param>
    /// <param name="organizationKey">The key of the organization that held it.</param>
    /// <param name="date">The day held.</param>
    /// <param name="kinds">The kinds it counts for (at least one).</param>
    /// <param name="lecturerKey">For a 党课: the key of the member who lectured, or -1.</param>
    /// <param name="topic">The topic, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The id is empty, no kind is given, a kind is null, or the date is outside 1900–2199.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A key was not given by <see cref="Intern"/>.</exception>
    /// <exception cref="InvalidOperationException">The log was already built.</exception>
    public MeetingLogBuilder Add(string id, int organizationKey, LocalDate date, IEnumerable<MeetingKind> kinds, int lecturerKey = -1, string? topic = null)
    {
        NotBuilt();
        Internal.Guard.Id(id, nameof(id));
        CheckKey(organizationKey, nameof(organizationKey));
        Calendars.SupportedDates.Check(date, nameof(date));
        var combo = Combo(id, kinds ?? throw new ArgumentNullException(nameof(kinds)));
        if (lecturerKey != -1)
        {
            CheckKey(lecturerKey, nameof(lecturerKey));
        }

        ids.Add(id);
        return Append(organizationKey, date, combo, lecturerKey, topic);
    }

    /// <summary>
    /// Adds a meeting whose id is given as its UTF-8 bytes and whose organization and lecturer are given by their keys
    /// (<see cref="Intern"/>): for a reader of UTF-8 text (JSON), which need not make a string of each meeting's id — the
    /// log keeps the ids as UTF-8 and makes a string of one only when it is read. Otherwise as
    /// <see cref="Add(string, int, LocalDate, IEnumerable{MeetingKind}, int, string?)"/>: the same log and problems as
    /// for the id given as a string.
    /// </summary>
    /// <param name="utf8Id">The caller's id, UTF-8 encoded.</param>
    /// <param name="organizationKey">The key of the organization that held it.</param>
    /// <param name="date">The day held.</param>
    /// <param name="kinds">The kinds it counts for (at least one).</param>
    /// <param name="lecturerKey">For a 党课: the key of the member who lectured, or -1.</param>
    /// <param name="topic">The topic, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The id is empty, blank, has leading or trailing white space or is not valid
    /// UTF-8; no kind is given, a kind is null, or the date is outside 1900–2199.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A key was not given by <see cref="Intern"/>.</exception>
    /// <exception cref="InvalidOperationException">The log was already built.</exception>
    public MeetingLogBuilder Add(ReadOnlySpan<byte> utf8Id, int organizationKey, LocalDate date, IEnumerable<MeetingKind> kinds, int lecturerKey = -1, string? topic = null)
    {
        NotBuilt();
        Utf8IdColumn.Check(utf8Id, nameof(utf8Id));
        CheckKey(organizationKey, nameof(organizationKey));
        Calendars.SupportedDates.Check(date, nameof(date));
        var combo = Combo(null, kinds ?? throw new ArgumentNullException(nameof(kinds)), utf8Id);

        if (lecturerKey != -1)
        {
            CheckKey(lecturerKey, nameof(lecturerKey));
        }

        ids.Add(utf8Id);
        return Append(organizationKey, date, combo, lecturerKey, topic);
    }

    /// <summary>
    /// The builder's key for an id: a caller that names the same ids again and again (a branch's members in each of its
    /// meetings) can intern each id once and pass its key to <see cref="Attendee(int)"/>,
    /// <see cref="Absence(int, AbsenceReason, string?)"/> and
    /// <see cref="Add(string, int, LocalDate, IEnumerable{MeetingKind}, int, string?)"/>, saving a lookup per use. The
    /// same id always gets the same key; keys are numbered from 0 in the order ids are first seen.
    /// </summary>
    /// <param name="id">The id of an organization or member.</param>
    /// <returns>Its key.</returns>
    /// <exception cref="ArgumentException">The id is empty, blank or has leading or trailing white space.</exception>
    /// <exception cref="InvalidOperationException">The log was already built.</exception>
    public int Intern(string id)
    {
        NotBuilt();
        Internal.Guard.Id(id, nameof(id));
        return Key(id);
    }

    /// <summary>
    /// A new key for an id, without looking up whether the id has one already: for a caller that keeps its own map from
    /// ids to keys (a reader that pools every id it reads), it saves a hash lookup for each id's first use. The key is
    /// used like one from <see cref="Intern"/>. An id given two keys is still one organization or member: the log and
    /// the problems are the same (a member listed twice under two keys is listed twice). <see cref="Intern"/> does not
    /// know the keys made here: it gives an id it has not seen a key of its own.
    /// </summary>
    /// <param name="id">The id of an organization or member.</param>
    /// <returns>The new key (one more than the last key made).</returns>
    /// <exception cref="ArgumentException">The id is empty, blank or has leading or trailing white space.</exception>
    /// <exception cref="InvalidOperationException">The log was already built.</exception>
    public int NewKey(string id)
    {
        NotBuilt();
        Internal.Guard.Id(id, nameof(id));
        keyIds.Add(id);
        return keyIds.Count - 1;
    }

    /// <summary>Adds a member present at the meeting added last, by its key (<see cref="Intern"/>).</summary>
    /// <param name="memberKey">The member's key.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The key was not given by <see cref="Intern"/>.</exception>
    /// <exception cref="InvalidOperationException">No meeting was added yet, or the log was already built.</exception>
    public MeetingLogBuilder Attendee(int memberKey)
    {
        Last();
        CheckKey(memberKey, nameof(memberKey));
        attendees.Add(memberKey);
        return this;
    }

    /// <summary>Adds members present at the meeting added last, by their keys (<see cref="Intern"/>), in order: as many calls of <see cref="Attendee(int)"/>.</summary>
    /// <param name="memberKeys">The members' keys.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A key was not given by <see cref="Intern"/> (then none is added).</exception>
    /// <exception cref="InvalidOperationException">No meeting was added yet, or the log was already built.</exception>
    public MeetingLogBuilder Attendees(ReadOnlySpan<int> memberKeys)
    {
        Last();
        foreach (var key in memberKeys)
        {
            CheckKey(key, nameof(memberKeys));
        }

        attendees.AddRange(memberKeys);
        return this;
    }

    /// <summary>Adds a member absent from the meeting added last, by its key (<see cref="Intern"/>).</summary>
    /// <param name="memberKey">The member's key.</param>
    /// <param name="reason">Why.</param>
    /// <param name="note">A note, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The key was not given by <see cref="Intern"/>.</exception>
    /// <exception cref="InvalidOperationException">No meeting was added yet, or the log was already built.</exception>
    public MeetingLogBuilder Absence(int memberKey, AbsenceReason reason, string? note = null)
    {
        Last();
        CheckKey(memberKey, nameof(memberKey));
        if (reason is null)
        {
            throw new ArgumentNullException(nameof(reason));
        }

        if (note is not null)
        {
            (absenceNotes ??= new Dictionary<int, string>())[absenceMembers.Count] = note;
        }

        absenceMembers.Add(memberKey);
        absenceReasons.Add(ReasonCode(reason));
        return this;
    }

    /// <summary>Adds a member present at the meeting added last.</summary>
    /// <param name="memberId">The member.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="memberId"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No meeting was added yet, or the log was already built.</exception>
    public MeetingLogBuilder Attendee(string memberId)
    {
        Last();
        attendees.Add(Key(memberId ?? throw new ArgumentNullException(nameof(memberId))));
        return this;
    }

    /// <summary>Adds a member absent from the meeting added last.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="reason">Why.</param>
    /// <param name="note">A note, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">As for <see cref="MeetingAbsence"/>: the id is empty or the reason null.</exception>
    /// <exception cref="InvalidOperationException">No meeting was added yet, or the log was already built.</exception>
    public MeetingLogBuilder Absence(string memberId, AbsenceReason reason, string? note = null)
    {
        Last();
        Internal.Guard.Id(memberId, nameof(memberId));
        return Absence(Key(memberId), reason, note);
    }

    /// <summary>Adds a vote taken at the meeting added last.</summary>
    /// <param name="vote">The vote.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="vote"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No meeting was added yet, or the log was already built.</exception>
    public MeetingLogBuilder Vote(MeetingVote vote)
    {
        var index = Last();
        votes ??= new Dictionary<int, List<MeetingVote>>();
        if (!votes.TryGetValue(index, out var list))
        {
            votes[index] = list = new List<MeetingVote>(1);
        }

        list.Add(vote ?? throw new ArgumentNullException(nameof(vote)));
        return this;
    }

    /// <summary>The meetings added, as records (unvalidated, in the order added).</summary>
    /// <returns>A new list of records.</returns>
    /// <exception cref="InvalidOperationException">A log was built (<see cref="TryBuild"/> succeeded): the builder's meetings were let go; read them from the log.</exception>
    public IReadOnlyList<MeetingRecord> ToRecords()
    {
        if (organizations.Released)
        {
            throw new InvalidOperationException("The log was built from these meetings and the builder let them go; read them from the log.");
        }

        var records = new MeetingRecord[ids.Count];
        for (var i = 0; i < records.Length; i++)
        {
            records[i] = RecordAt(i);
        }

        return records;
    }

    /// <summary>
    /// Validates the meetings against <paramref name="tree"/> and builds the log: the same log and the same problems as
    /// <see cref="MeetingLog.TryCreate(OrganizationTree, IEnumerable{MeetingRecord}, out MeetingLog?, out IReadOnlyList{DataProblem})"/>
    /// on <see cref="ToRecords"/>. The builder cannot be used afterwards: once a log is built, the memory of its meetings is
    /// given back at once (<see cref="ToRecords"/> then throws).
    /// </summary>
    /// <param name="tree">The tree the meetings refer to.</param>
    /// <param name="log">The log, or null when there are problems.</param>
    /// <param name="problems">Every problem found (empty on success).</param>
    /// <returns>True when the meetings are valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tree"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The log was already built.</exception>
    public bool TryBuild(OrganizationTree tree, out MeetingLog? log, out IReadOnlyList<DataProblem> problems)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        NotBuilt();
        built = true;
        log = Compact(tree);
        if (log is not null)
        {
            // The log has its own arrays: the columns' memory is given back now, not at a later collection.
            ReleaseColumns();
            problems = Array.Empty<DataProblem>();
            return true;
        }

        // Something is wrong: the record path lists every problem with its record and field.
        return MeetingLog.TryCreate(tree, ToRecords(), out log, out problems);
    }

    /// <summary>
    /// Optional: does ahead the part of <see cref="TryBuild"/> that needs no tree (whether the meetings' ids are unique,
    /// the columns the log keeps, and the array that will hold the attendees' members, filled with their keys), so that
    /// it can run on another thread while the tree is built and <see cref="TryBuild"/> then does less. The log and the
    /// problems are the same with it or without it; meetings added afterwards make <see cref="TryBuild"/> ignore it. Not
    /// thread-safe: nothing else may use the builder until it returns.
    /// </summary>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The log was already built.</exception>
    public MeetingLogBuilder Prepare()
    {
        NotBuilt();
        var n = ids.Count;
        var unique = ids.AllDistinct();
        prepared = unique ? new Prepared(n, attendees.Count, Columns(), attendees.ToArray()) : new Prepared(n, attendees.Count, null, null);
        return this;
    }

    /// <summary>The compact log, or null at the first problem (then the record path reports them all).</summary>
    private MeetingLog? Compact(OrganizationTree tree)
    {
        var n = ids.Count;

        // What Prepare found holds while nothing was added since.
        var ready = prepared is { } p && p.Meetings == n && p.Attendees == attendees.Count ? p : null;
        if (ready is { IdsUnique: false })
        {
            return null; // an id repeated
        }

        var comboMask = new int[combos.Count];
        for (var c = 0; c < combos.Count; c++)
        {
            foreach (var k in combos[c])
            {
                if ((comboMask[c] & k.Bit) != 0)
                {
                    return null; // a kind listed twice
                }

                comboMask[c] |= k.Bit;
            }
        }

        // Each interned id resolved once, as an organization or as a member, when first needed.
        var asOrg = new int[keyIds.Count];
        var asMember = new int[keyIds.Count];
        for (var k = 0; k < asOrg.Length; k++)
        {
            asOrg[k] = int.MinValue;
            asMember[k] = int.MinValue;
        }

        int Org(int key)
        {
            if (asOrg[key] == int.MinValue)
            {
                asOrg[key] = tree.TryGetIndex(keyIds[key], out var o) ? o : -1;
            }

            return asOrg[key];
        }

        // Keys are numbered as ids are first seen, which mostly follows the members' order in the tree (a branch's
        // first meeting names its members in order): the member after the last one found is tried before hashing.
        var lastMember = -1;
        int Member(int key)
        {
            if (asMember[key] == int.MinValue)
            {
                var found = tree.MemberIndexOf(keyIds[key], lastMember + 1);
                asMember[key] = found;
                lastMember = found >= 0 ? found : lastMember;
            }

            return asMember[key];
        }

        var properCount = 0;
        for (var a = 0; a < absenceReasons.Count; a++)
        {
            properCount += reasons[absenceReasons[a]].IsProper ? 1 : 0;
        }

        var resolution = ready?.AttendeeKeys is { } keys ? new MeetingResolution(tree, n, keys, properCount) : new MeetingResolution(tree, n, attendees.Count, properCount);
        if (ready is null && !ids.AllDistinct())
        {
            return null; // an id repeated
        }

        var copied = ready?.Columns ?? Columns();
        prepared = null;
        var stamp = new int[tree.Members.Count];
        var absenceMember = new int[absenceMembers.Count];
        var organizationArray = tree.OrganizationArray;

        // Prepared, the attendees' keys are in the array that takes their members, read as they are overwritten.
        var flatKeys = ready?.AttendeeKeys;
        var absenceReasonArray = copied.AbsenceReasons;

        // Whether every kind of a combination can be held by an organization kind, judged once per pair (0: not yet).
        var kindSlots = 0;
        foreach (var kind in OrganizationKind.List)
        {
            kindSlots = Math.Max(kindSlots, kind.Value + 1);
        }

        var heldBy = new sbyte[combos.Count * kindSlots];
        bool HeldBy(int combo, OrganizationKind kind)
        {
            var at = (combo * kindSlots) + kind.Value;
            if (heldBy[at] == 0)
            {
                var ok = true;
                foreach (var k in combos[combo])
                {
                    ok &= k.CanBeHeldBy(kind);
                }

                heldBy[at] = (sbyte)(ok ? 1 : -1);
            }

            return heldBy[at] > 0;
        }
        for (var i = 0; i < n; i++)
        {
            var orgIndex = Org(organizations[i]);
            if (orgIndex < 0)
            {
                return null;
            }

            var org = organizationArray[orgIndex];
            var combo = copied.ComboOf[i];
            if (!HeldBy(combo, org.Kind))
            {
                return null;
            }

            var date = copied.Dates[i];
            if ((org.EstablishedOn is { } est && date < est) || (org.DissolvedOn is { } dis && date >= dis))
            {
                return null;
            }

            resolution.Begin(i, orgIndex);
            var mark = i + 1;
            var attending = 0;
            var voted = votes is not null && votes.ContainsKey(i);
            var attendeeEnd = i + 1 < n ? attendeeStart[i + 1] : attendees.Count;
            for (var a = attendeeStart[i]; a < attendeeEnd; a++)
            {
                var mi = Member(flatKeys is null ? attendees[a] : flatKeys[a]);
                if (mi < 0 || stamp[mi] == mark)
                {
                    return null;
                }

                stamp[mi] = mark;
                resolution.Attendee(i, mi);
                if (voted && MeetingMembership.MayAttend(tree, orgIndex, mi))
                {
                    attending++;
                }
            }

            var absenceEnd = i + 1 < n ? absenceStart[i + 1] : absenceMembers.Count;
            for (var a = absenceStart[i]; a < absenceEnd; a++)
            {
                var mi = Member(absenceMembers[a]);
                if (mi < 0 || stamp[mi] == mark)
                {
                    return null;
                }

                stamp[mi] = mark;
                absenceMember[a] = mi;
                if (reasons[absenceReasonArray[a]].IsProper)
                {
                    resolution.ProperAbsence(i, mi);
                }
            }

            if (lecturers[i] >= 0)
            {
                var li = Member(lecturers[i]);
                if (li < 0 || (comboMask[combo] & MeetingKind.PartyLecture.Bit) == 0)
                {
                    return null;
                }

                resolution.SetLecturer(i, li);
            }

            if (voted)
            {
                foreach (var v in votes![i])
                {
                    if (v.For < 0 || v.Against < 0 || v.Abstain < 0 || v.Total > attending)
                    {
                        return null;
                    }
                }
            }
        }

        resolution.Complete();
        Dictionary<int, MeetingVote[]>? voteArrays = null;
        if (votes is not null)
        {
            voteArrays = new Dictionary<int, MeetingVote[]>();
            foreach (var pair in votes)
            {
                voteArrays[pair.Key] = pair.Value.ToArray();
            }
        }

        var columns = new MeetingLogColumns(
            ids, copied.Dates, copied.ComboOf, combos.ToArray(), comboMask,
            copied.AbsenceStarts, absenceMember, copied.AbsenceReasons, reasons.ToArray(), absenceNotes, topics, voteArrays);
        return MeetingLog.FromColumns(columns, resolution);
    }

    /// <summary>The columns the log keeps, copied out of the chunks (with the end of the last record's absences).</summary>
    private CopiedColumns Columns()
    {
        var absenceStarts = absenceStart.ToArray(1);
        absenceStarts[ids.Count] = absenceMembers.Count;
        return new CopiedColumns(dates.ToArray(), comboOf.ToArray(), absenceStarts, absenceReasons.ToArray());
    }

    /// <summary>The columns the log keeps, as arrays.</summary>
    private sealed class CopiedColumns
    {
        internal CopiedColumns(LocalDate[] dates, int[] comboOf, int[] absenceStarts, byte[] absenceReasons)
        {
            Dates = dates;
            ComboOf = comboOf;
            AbsenceStarts = absenceStarts;
            AbsenceReasons = absenceReasons;
        }

        internal LocalDate[] Dates { get; }

        internal int[] ComboOf { get; }

        internal int[] AbsenceStarts { get; }

        /// <summary>Each absence's reason, as its place in the builder's reasons.</summary>
        internal byte[] AbsenceReasons { get; }
    }

    /// <summary>What <see cref="Prepare"/> found for the first <see cref="Meetings"/> meetings and <see cref="Attendees"/> attendees.</summary>
    private sealed class Prepared
    {
        internal Prepared(int meetings, int attendees, CopiedColumns? columns, int[]? attendeeKeys)
        {
            Meetings = meetings;
            Attendees = attendees;
            Columns = columns;
            AttendeeKeys = attendeeKeys;
        }

        internal int Meetings { get; }

        internal int Attendees { get; }

        internal bool IdsUnique => Columns is not null;

        /// <summary>The columns the log keeps (null when an id repeats: no log is built then).</summary>
        internal CopiedColumns? Columns { get; }

        /// <summary>The attendees' keys in order (null when an id repeats: no log is built then).</summary>
        internal int[]? AttendeeKeys { get; }
    }

    private MeetingRecord RecordAt(int i)
    {
        var n = ids.Count;
        var attendeeEnd = i + 1 < n ? attendeeStart[i + 1] : attendees.Count;
        var present = new string[attendeeEnd - attendeeStart[i]];
        for (var a = 0; a < present.Length; a++)
        {
            present[a] = keyIds[attendees[attendeeStart[i] + a]];
        }

        var absenceEnd = i + 1 < n ? absenceStart[i + 1] : absenceMembers.Count;
        var absent = new MeetingAbsence[absenceEnd - absenceStart[i]];
        for (var a = 0; a < absent.Length; a++)
        {
            var at = absenceStart[i] + a;
            string? note = null;
            absenceNotes?.TryGetValue(at, out note);
            absent[a] = new MeetingAbsence(keyIds[absenceMembers[at]], reasons[absenceReasons[at]], note);
        }

        string? topic = null;
        topics?.TryGetValue(i, out topic);
        List<MeetingVote>? taken = null;
        votes?.TryGetValue(i, out taken);
        return new MeetingRecord(ids.StringAt(i), keyIds[organizations[i]], dates[i], combos[comboOf[i]], present, absent,
            lecturers[i] < 0 ? null : keyIds[lecturers[i]], topic, taken);
    }

    private int Combo(string? id, IEnumerable<MeetingKind> kinds, ReadOnlySpan<byte> utf8Id = default)
    {
        // Arrays and lists are read by index: no enumerator per meeting.
        var list = kinds as IReadOnlyList<MeetingKind> ?? new List<MeetingKind>(kinds);
        long key = 0;
        for (var i = 0; i < list.Count; i++)
        {
            var k = list[i] ?? throw new ArgumentException($"Meeting \"{id ?? Decode(utf8Id)}\" has a null kind, attendee, absence or vote.", nameof(kinds));
            key = key >= 0 && i < MaxInterned && k.Value > 0 && k.Value < (1 << KindBits) ? key | ((long)k.Value << (i * KindBits)) : -1;
        }

        if (list.Count == 0)
        {
            throw new ArgumentException($"Meeting \"{id ?? Decode(utf8Id)}\" needs at least one kind.", nameof(kinds));
        }

        if (key >= 0 && comboIndex.TryGetValue(key, out var existing))
        {
            return existing;
        }

        combos.Add(new List<MeetingKind>(list).ToArray());
        if (key >= 0)
        {
            comboIndex[key] = combos.Count - 1;
        }

        return combos.Count - 1;
    }

    /// <summary>An id given as UTF-8 (checked), as a string for a message.</summary>
    private static string Decode(ReadOnlySpan<byte> utf8Id) => System.Text.Encoding.UTF8.GetString(utf8Id.ToArray());

    /// <summary>Appends a validated meeting's columns; its attendees, absences and votes follow.</summary>
    private MeetingLogBuilder Append(int organization, LocalDate date, int combo, int lecturer, string? topic)
    {
        var index = ids.Count - 1;
        organizations.Add(organization);
        dates.Add(date);
        comboOf.Add(combo);
        lecturers.Add(lecturer);
        attendeeStart.Add(attendees.Count);
        absenceStart.Add(absenceMembers.Count);
        if (!string.IsNullOrWhiteSpace(topic))
        {
            (topics ??= new Dictionary<int, string>())[index] = topic!;
        }

        return this;
    }

    /// <summary>The place of <paramref name="reason"/> among the reasons met so far, added when new.</summary>
    private byte ReasonCode(AbsenceReason reason)
    {
        var at = reasons.IndexOf(reason);
        if (at < 0)
        {
            // AbsenceReason is a closed vocabulary of a few values; a byte holds every place.
            reasons.Add(reason);
            at = reasons.Count - 1;
        }

        return checked((byte)at);
    }

    private void CheckKey(int key, string name)
    {
        if ((uint)key >= (uint)keyIds.Count)
        {
            throw new ArgumentOutOfRangeException(name, key, "Not a key given by Intern.");
        }
    }

    private int Key(string id)
    {
        if (!keys.TryGetValue(id, out var key))
        {
            key = keyIds.Count;
            keys.Add(id, key);
            keyIds.Add(id);
        }

        return key;
    }

    /// <summary>Gives back the memory of the columns the log was built from.</summary>
    private void ReleaseColumns()
    {
        organizations.Release();
        dates.Release();
        comboOf.Release();
        lecturers.Release();
        attendeeStart.Release();
        attendees.Release();
        absenceStart.Release();
        absenceMembers.Release();
        absenceReasons.Release();
    }

    private int Last()
    {
        NotBuilt();
        return ids.Count > 0 ? ids.Count - 1 : throw new InvalidOperationException("Add a meeting before its attendees, absences and votes.");
    }

    private void NotBuilt()
    {
        if (built)
        {
            throw new InvalidOperationException("The log was already built; use a new builder.");
        }
    }
}

/// <summary>
/// An append-only list in fixed chunks: beyond the first chunk growing never copies, so a column of tens of millions
/// of entries costs its entries once (a <see cref="List{T}"/> doubles and copies, leaving its old arrays behind).
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ChunkedColumn<T>
{
    // 32,768 entries: a chunk of 4-byte values is 128 KiB, so the runtime allocates it on the large object heap and the
    // garbage collector never copies it (a column of tens of millions of entries would otherwise be copied from
    // generation to generation as it is promoted).
    private const int Shift = 15;
    private const int ChunkSize = 1 << Shift;
    private const int Mask = ChunkSize - 1;
    private readonly List<T[]> chunks = new();

    // The chunk being filled and the entries in it: the common case of Add is one store.
    private T[] current = Array.Empty<T>();
    private int inCurrent;

    internal int Count { get; private set; }

    internal T this[int index] => chunks[index >> Shift][index & Mask];

    internal void Add(T item)
    {
        if (inCurrent < current.Length)
        {
            current[inCurrent++] = item;
            Count++;
            return;
        }

        AddToNewChunk(item);
    }

    private void AddToNewChunk(T item)
    {
        if (Count < ChunkSize)
        {
            // The first chunk grows by doubling, so that a small log does not pay for whole chunks.
            if (chunks.Count == 0)
            {
                chunks.Add(new T[16]);
            }
            else if (Count == chunks[0].Length)
            {
                var grown = new T[Math.Min(ChunkSize, Count * 2)];
                Array.Copy(chunks[0], grown, Count);
                chunks[0] = grown;
            }
        }
        else if ((Count & Mask) == 0 && (Count >> Shift) == chunks.Count)
        {
            chunks.Add(new T[ChunkSize]);
        }

        current = chunks[Count >> Shift];
        inCurrent = Count & Mask;
        current[inCurrent++] = item;
        Count++;
    }

    internal T[] ToArray(int extra = 0)
    {
        var array = new T[Count + extra];
        var left = Count;
        for (var c = 0; left > 0; c++)
        {
            var n = Math.Min(left, ChunkSize);
            Array.Copy(chunks[c], 0, array, c * ChunkSize, n);
            left -= n;
        }

        return array;
    }
}
