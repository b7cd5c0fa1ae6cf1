using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using NodaTime;
using PartyOrg.Domain.Json.Contracts;
using PartyOrg.Domain.Meetings;

namespace PartyOrg.Domain.Json.Reading;

/// <summary>
/// The fast path of the bulk section, <c>meetings</c>: a well-formed meeting (known fields once each, plain strings,
/// known kinds and reasons, valid dates) is read straight from its bytes by one hand scan (<see cref="Scan"/>), no
/// per-element DOM, the repeated ids (organizations, attendees, lecturers) shared through the document's
/// <see cref="IdPool"/>.
/// Anything else — an unknown or duplicate field, an escape, a null, a wrong type, a value out of range, votes —
/// is read again by the per-element reader <see cref="Meeting"/>, so every problem and message stays the same.
/// </summary>
internal sealed partial class DocumentReader
{
    private sealed class MeetingSlot : SectionSlot
    {
        private const int IdField = 0;
        private const int OrganizationField = 1;
        private const int KindsField = 2;
        private const int DateField = 3;
        private const int AttendeesField = 4;
        private const int LecturerField = 5;
        private const int AbsencesField = 6;
        private const int TopicField = 7;

        private static readonly byte[][] FieldNames = MeetingFields.Select(Encoding.UTF8.GetBytes).ToArray();
        private static readonly byte[][] KindNames = Vocabulary.MeetingKinds.Select(Encoding.UTF8.GetBytes).ToArray();
        private static readonly byte[][] ReasonNames = Vocabulary.AbsenceReasons.Select(Encoding.UTF8.GetBytes).ToArray();
        private static readonly byte[] MemberName = Encoding.UTF8.GetBytes("member");
        private static readonly byte[] ReasonName = Encoding.UTF8.GetBytes("reason");

        private static readonly MeetingKind[] Kinds = Vocabulary.MeetingKinds.Select(n => MeetingKind.FromName(n, false)).ToArray();
        private static readonly AbsenceReason[] Reasons = Vocabulary.AbsenceReasons.Select(n => AbsenceReason.FromName(n, false)).ToArray();

        private readonly DocumentReader owner;
        private readonly MeetingLogBuilder builder = new();
        private readonly List<(int Index, MeetingContract? Contract)> slow = new();
        private int[] keyOfShared = Array.Empty<int>();
        private int[] scratch = new int[64];
        private int scratchCount;
        private readonly List<int> skipped = new(16);
        private readonly List<(int Member, int Reason)> absences = new(8);
        private readonly Scanned single = new();
        private readonly Dictionary<long, MeetingKind[]> kindLists = new();
        private int count;

        /// <summary>The pool index of the organization, the lecturer and the first attendee of the meeting read last (the guesses for the next meeting's).</summary>
        private int lastOrganization = -2;
        private int lastLecturer = -2;
        private int firstAttendee = -2;

        /// <summary>
        /// Per organization (its pool index), the members its meetings have named so far — attendees and absentees — as
        /// pool indices in increasing order: the roster the next meeting's attendees are guessed from, in order, and its
        /// absentees among those the attendees passed over (a group's members are every other member of its branch, say,
        /// which the guesses by position miss).
        /// </summary>
        private readonly Dictionary<int, List<int>> rosters = new();

        /// <summary>The members the meeting being read named that its organization's roster does not have yet.</summary>
        private readonly List<int> unlisted = new(16);

        internal MeetingSlot(DocumentReader owner)
            : base("meetings", false)
        {
            this.owner = owner;
        }

        internal override void Read(ReadOnlyMemory<byte> element, string basePath, int index)
        {
            single.Clear();
            if (owner.fastPaths)
            {
                ScanOne(element.Span, single);
            }

            Read(element, basePath, index, owner.fastPaths ? single : null, 0);
        }

        /// <summary>
        /// The first stage of the fast path, for a whole batch on the reading thread before it is queued: the hand scan
        /// of each element, which needs nothing shared (no id is looked up, nothing is added to the builder).
        /// </summary>
        internal override object? Prepare(byte[] bytes, List<int> starts, int length, object? reuse)
        {
            if (!owner.fastPaths)
            {
                return null;
            }

            var scanned = reuse as Scanned ?? new Scanned();
            scanned.Clear();
            for (var i = 0; i < starts.Count; i++)
            {
                var end = i + 1 < starts.Count ? starts[i + 1] : length;
                ScanOne(new ReadOnlySpan<byte>(bytes, starts[i], end - starts[i]), scanned);
            }

            return scanned;
        }

        /// <summary>The second stage: the ids looked up and the meeting added to the builder, or the per-element reader.</summary>
        internal override void Read(ReadOnlyMemory<byte> element, string basePath, int index, object? prepared, int k)
        {
            if (prepared is not Scanned scanned || !Apply(element.Span, scanned, k))
            {
                using var document = JsonDocument.Parse(element, ElementOptions);
                slow.Add((count, owner.Meeting(document.RootElement, JsonPaths.Index(basePath, index))));
            }

            count++;
        }

        internal override void Store()
        {
            owner.raw.HasMeetings = Present;
            owner.raw.MeetingSection = new MeetingSection(builder, slow, count);
        }

        /// <summary>
        /// Scans one meeting into <paramref name="into"/> (an entry, fast or not), by hand, once: structure, plain strings
        /// (no escape, no control character) and the known fields — what it accepts is valid JSON, so it needs no other
        /// check when the element's end was found by its brackets alone (<see cref="JsonStreamSource.TryElementQuick"/>); the ids are kept as positions in the element, for <see cref="Apply"/> to look
        /// up. Anything else — another type, an escape, a number, null, a nested value where none belongs — makes the
        /// entry one for the per-element reader. Reads nothing shared: it runs on the reading thread.
        /// </summary>
        private void ScanOne(ReadOnlySpan<byte> json, Scanned into)
        {
            var entry = new Entry { SpanFrom = into.Spans.Count, AbsentFrom = into.Absent.Count, KindFrom = into.Kinds.Count, LecturerStart = -1 };
            entry.Fast = ScanFields(json, into, ref entry);
            if (!entry.Fast)
            {
                // Nothing of a slow element is kept.
                into.Spans.RemoveRange(entry.SpanFrom, into.Spans.Count - entry.SpanFrom);
                into.Absent.RemoveRange(entry.AbsentFrom, into.Absent.Count - entry.AbsentFrom);
                into.Kinds.RemoveRange(entry.KindFrom, into.Kinds.Count - entry.KindFrom);
                entry = new Entry();
            }

            into.Entries.Add(entry);
        }

        private bool ScanFields(ReadOnlySpan<byte> json, Scanned into, ref Entry entry)
        {
            var p = new Scan(json);
            if (!p.Take((byte)'{'))
            {
                return false;
            }

            var seen = 0;
            var last = -1;
            do
            {
                if (!p.String(out var name))
                {
                    return false;
                }

                // Fields mostly come in the table's order: the one after the last is tried first.
                var field = last + 1 < FieldNames.Length && name.SequenceEqual(FieldNames[last + 1]) ? last + 1 : Match(name, FieldNames);
                if (field < 0 || field > TopicField || (seen & (1 << field)) != 0 || !p.Take((byte)':'))
                {
                    return false;
                }

                seen |= 1 << field;
                last = field;
                ReadOnlySpan<byte> value;
                switch (field)
                {
                    case IdField:
                        if (!p.String(out value) || !PlainId(value))
                        {
                            return false;
                        }

                        // Kept as UTF-8: the log needs no string of it.
                        entry.IdStart = p.Position - 1 - value.Length;
                        entry.IdLength = value.Length;
                        break;
                    case OrganizationField:
                        if (!p.String(out value) || value.Length == 0)
                        {
                            return false;
                        }

                        entry.OrganizationStart = p.Position - 1 - value.Length;
                        entry.OrganizationLength = value.Length;
                        break;
                    case KindsField:
                        if (!KindList(ref p, into, ref entry))
                        {
                            return false;
                        }

                        break;
                    case DateField:
                        if (!p.String(out value) || PlainDate(value) is not { } d)
                        {
                            return false;
                        }

                        entry.Date = d;
                        break;
                    case AttendeesField:
                        if (!Ids(ref p, into, ref entry))
                        {
                            return false;
                        }

                        break;
                    case LecturerField:
                        if (!p.String(out value) || value.Length == 0)
                        {
                            return false;
                        }

                        entry.LecturerStart = p.Position - 1 - value.Length;
                        entry.LecturerLength = value.Length;
                        break;
                    case AbsencesField:
                        if (!Absences(ref p, into, ref entry))
                        {
                            return false;
                        }

                        break;
                    default:
                        if (!p.String(out value) || (entry.Topic = Text(value)) is null)
                        {
                            return false;
                        }

                        break;
                }
            }
            while (p.Take((byte)','));

            const int Required = (1 << IdField) | (1 << OrganizationField) | (1 << KindsField) | (1 << DateField);
            return p.Take((byte)'}') && p.AtEnd && (seen & Required) == Required;
        }

        /// <summary>
        /// Looks the ids of a scanned meeting up and adds it to the builder; false (nothing added) when it is not a fast
        /// entry or one of its ids is not a plain id — then it goes to the per-element reader.
        /// </summary>
        private bool Apply(ReadOnlySpan<byte> json, Scanned scanned, int k)
        {
            var e = scanned.Entries[k];
            if (!e.Fast)
            {
                return false;
            }

            var organization = Key(json.Slice(e.OrganizationStart, e.OrganizationLength), ref lastOrganization);
            var lecturer = -1;
            if (organization < 0 || (e.LecturerStart >= 0 && (lecturer = Key(json.Slice(e.LecturerStart, e.LecturerLength), ref lastLecturer)) < 0))
            {
                return false;
            }

            // An attendee list names a branch's members mostly in the order they were listed: the next id is most often the
            // one after the last (see IdPool.IndexOf with a hint); the first is guessed from the last meeting's.
            scratchCount = 0;
            skipped.Clear();
            unlisted.Clear();
            var spans = scanned.Spans;
            var last = firstAttendee - 1;
            var roster = rosters.TryGetValue(lastOrganization, out var known) ? known : null;
            var next = 0; // the roster's next member not yet named by this meeting
            for (var a = e.SpanFrom; a < e.SpanFrom + (2 * e.SpanCount); a += 2)
            {
                var before = last;
                var bytes = json.Slice(spans[a], spans[a + 1]);
                var at = roster is null ? -1 : Guess(roster, next, bytes);
                int key;
                if (at >= 0)
                {
                    last = roster![at];
                    key = KeyOf(last);
                }
                else
                {
                    key = Key(bytes, ref last);
                    at = roster is null || key < 0 ? -1 : roster.BinarySearch(last);
                    if (key >= 0 && (roster is null || at < 0))
                    {
                        unlisted.Add(last);
                    }
                }

                if (a == e.SpanFrom)
                {
                    firstAttendee = last;
                }

                if (key < 0)
                {
                    return false;
                }

                if (roster is not null)
                {
                    // The roster's members this attendee passed over: most often the members absent.
                    for (; next < at; next++)
                    {
                        skipped.Add(roster[next]);
                    }

                    next = Math.Max(next, at + 1);
                }
                else if (last > before + 1 && last - before <= IdPool.HintReach + 1)
                {
                    // The few ids an attendee found just ahead of the guess passed over: most often the members absent.
                    for (var s = before + 1; s < last; s++)
                    {
                        skipped.Add(s);
                    }
                }

                if (scratchCount == scratch.Length)
                {
                    Array.Resize(ref scratch, scratch.Length * 2);
                }

                scratch[scratchCount++] = key;
            }

            // After the last attendee, the roster's next members: an absentee listed at the end.
            for (var r = next; roster is not null && r < roster.Count && r <= next + IdPool.HintReach; r++)
            {
                skipped.Add(roster[r]);
            }

            absences.Clear();
            var absent = scanned.Absent;
            next = 0;
            for (var a = e.AbsentFrom; a < e.AbsentFrom + (3 * e.AbsentCount); a += 3)
            {
                // An absence is guessed among the ids passed over, in order, then after the last id found.
                var bytes = json.Slice(absent[a], absent[a + 1]);
                var at = Guess(skipped, next, bytes);
                int key;
                if (at >= 0)
                {
                    last = skipped[at];
                    key = KeyOf(last);
                }
                else
                {
                    if (next < skipped.Count)
                    {
                        last = skipped[next];
                    }

                    key = Key(bytes, ref last);
                }

                if (key < 0)
                {
                    return false;
                }

                if (roster is null || roster.BinarySearch(last) < 0)
                {
                    unlisted.Add(last);
                }

                while (next < skipped.Count && skipped[next] <= last)
                {
                    next++;
                }

                absences.Add((key, absent[a + 2]));
            }

            Remember(roster);

            if (!kindLists.TryGetValue(e.KindKey, out var kinds))
            {
                kinds = new MeetingKind[e.KindCount];
                for (var i = 0; i < kinds.Length; i++)
                {
                    kinds[i] = Kinds[scanned.Kinds[e.KindFrom + i]];
                }

                kindLists.Add(e.KindKey, kinds);
            }

            builder.Add(json.Slice(e.IdStart, e.IdLength), organization, e.Date, kinds, lecturer, e.Topic);
            builder.Attendees(new ReadOnlySpan<int>(scratch, 0, scratchCount));

            foreach (var (member, reason) in absences)
            {
                builder.Absence(member, Reasons[reason]);
            }

            return true;
        }

        private static int Match(ReadOnlySpan<byte> value, byte[][] names)
        {
            for (var i = 0; i < names.Length; i++)
            {
                if (value.SequenceEqual(names[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        private static readonly System.Text.UTF8Encoding StrictUtf8 = new(false, true);

        /// <summary>Whether the UTF-8 bytes are a plain id (not blank, no surrounding white space, not too long); all ASCII, without decoding.</summary>
        private static bool PlainId(ReadOnlySpan<byte> value)
        {
            if (value.Length == 0)
            {
                return false;
            }

            foreach (var b in value)
            {
                if (b >= 0x80)
                {
                    // Decoded strictly, as the log's builder checks it (the text was checked as UTF-8 before it came here).
                    try
                    {
                        return DocumentReader.PlainId(StrictUtf8.GetString(value.ToArray()), PartyOrgLoadOptions.MaxIdLength);
                    }
                    catch (System.Text.DecoderFallbackException)
                    {
                        return false;
                    }
                }
            }

            return value.Length <= PartyOrgLoadOptions.MaxIdLength && !char.IsWhiteSpace((char)value[0]) && !char.IsWhiteSpace((char)value[value.Length - 1]);
        }

        /// <summary>
        /// The builder's key of a plain id named again and again (an organization, an attendee), looked up by its bytes
        /// (decoded and checked only the first time), or -1 when it is not a plain id.
        /// </summary>
        /// <param name="bytes">The id's bytes.</param>
        /// <param name="last">The pool index guessed (tried with the few either side of it), set to the id's.</param>
        private int Key(ReadOnlySpan<byte> bytes, ref int last)
        {
            if (bytes.Length == 0)
            {
                return -1;
            }

            last = owner.sharedIds.IndexOf(bytes, last);
            return KeyOf(last);
        }

        /// <summary>
        /// The place in <paramref name="candidates"/> (pool indices), from <paramref name="from"/> and the few after it, of
        /// the id <paramref name="bytes"/>; -1 when it is none of them.
        /// </summary>
        private int Guess(List<int> candidates, int from, ReadOnlySpan<byte> bytes)
        {
            var end = Math.Min(candidates.Count, from + IdPool.HintReach + 1);
            for (var i = from; i < end; i++)
            {
                if (owner.sharedIds.Is(candidates[i], bytes))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Adds the members this meeting named that its organization's roster did not have (the roster made at its first meeting).</summary>
        private void Remember(List<int>? roster)
        {
            if (unlisted.Count == 0)
            {
                return;
            }

            if (roster is null)
            {
                roster = new List<int>(unlisted.Count);
                rosters.Add(lastOrganization, roster);
            }

            foreach (var shared in unlisted)
            {
                var at = roster.BinarySearch(shared);
                if (at < 0)
                {
                    roster.Insert(~at, shared);
                }
            }
        }

        /// <summary>The builder's key of the id at pool index <paramref name="shared"/>, or -1 when it is not a plain id.</summary>
        private int KeyOf(int shared)
        {
            if (!owner.sharedIds.IsPlain(shared))
            {
                return -1;
            }

            if (shared >= keyOfShared.Length)
            {
                var grown = new int[Math.Max(1024, Math.Max(shared + 1, keyOfShared.Length * 2))];
                Array.Copy(keyOfShared, grown, keyOfShared.Length);
                grown.AsSpan(keyOfShared.Length).Fill(-1);
                keyOfShared = grown;
            }

            var key = keyOfShared[shared];
            if (key < 0)
            {
                // This map gives each id one key already: the builder need not look it up again.
                key = keyOfShared[shared] = builder.NewKey(owner.sharedIds[shared]);
            }

            return key;
        }

        private static string? Text(ReadOnlySpan<byte> value)
        {
            var s = IdPool.Decode(value);
            return s.Length <= PartyOrgLoadOptions.MaxTextLength && s.Trim().Length > 0 ? s : null;
        }

        /// <summary>A non-empty array of strings, the attendees' ids, kept as positions (an empty array keeps its contract: per-element reader).</summary>
        private bool Ids(ref Scan p, Scanned into, ref Entry entry)
        {
            if (!p.Take((byte)'[') || p.Take((byte)']'))
            {
                return false;
            }

            var max = owner.problems.MaxArrayLength;
            do
            {
                if (entry.SpanCount == max || !p.String(out var value) || value.Length == 0)
                {
                    return false;
                }

                into.Spans.Add(p.Position - 1 - value.Length);
                into.Spans.Add(value.Length);
                entry.SpanCount++;
            }
            while (p.Take((byte)','));

            return p.Take((byte)']');
        }

        /// <summary>The kinds, as indices and a key naming the sequence (the shared array is found by <see cref="Apply"/>); false when not plain.</summary>
        private bool KindList(ref Scan p, Scanned into, ref Entry entry)
        {
            if (!p.Take((byte)'[') || p.Take((byte)']'))
            {
                return false;
            }

            long key = 0;
            var max = owner.problems.MaxArrayLength;
            do
            {
                var k = p.String(out var value) ? Match(value, KindNames) : -1;
                if (k < 0 || entry.KindCount == max || entry.KindCount == 12)
                {
                    return false;
                }

                into.Kinds.Add(k);
                entry.KindCount++;
                key = (key << 5) | (uint)(k + 1);
            }
            while (p.Take((byte)','));

            entry.KindKey = key;
            return p.Take((byte)']');
        }

        /// <summary>A non-empty array of plain absences (a member and a reason each, nothing else), kept as positions and reasons.</summary>
        private bool Absences(ref Scan p, Scanned into, ref Entry entry)
        {
            if (!p.Take((byte)'[') || p.Take((byte)']'))
            {
                return false;
            }

            var max = owner.problems.MaxArrayLength;
            do
            {
                if (entry.AbsentCount == max || !p.Take((byte)'{'))
                {
                    return false;
                }

                int memberStart = -1, memberLength = 0, reason = -1;
                do
                {
                    if (!p.String(out var name) || !p.Take((byte)':') || !p.String(out var value))
                    {
                        return false;
                    }

                    if (memberStart < 0 && name.SequenceEqual(MemberName))
                    {
                        if (value.Length == 0)
                        {
                            return false;
                        }

                        memberStart = p.Position - 1 - value.Length;
                        memberLength = value.Length;
                    }
                    else if (reason < 0 && name.SequenceEqual(ReasonName))
                    {
                        if ((reason = Match(value, ReasonNames)) < 0)
                        {
                            return false;
                        }
                    }
                    else
                    {
                        return false;
                    }
                }
                while (p.Take((byte)','));

                if (!p.Take((byte)'}') || memberStart < 0 || reason < 0)
                {
                    return false;
                }

                into.Absent.Add(memberStart);
                into.Absent.Add(memberLength);
                into.Absent.Add(reason);
                entry.AbsentCount++;
            }
            while (p.Take((byte)','));

            return p.Take((byte)']');
        }
    }

    /// <summary>What the scan of one meeting found: its values, and its ids as positions in the element.</summary>
    private struct Entry
    {
        internal bool Fast;
        internal int IdStart;
        internal int IdLength;
        internal string? Topic;
        internal LocalDate Date;
        internal long KindKey;
        internal int KindFrom;
        internal int KindCount;
        internal int OrganizationStart;
        internal int OrganizationLength;
        internal int LecturerStart;
        internal int LecturerLength;
        internal int SpanFrom;
        internal int SpanCount;
        internal int AbsentFrom;
        internal int AbsentCount;
    }

    /// <summary>The scanned meetings of a batch (or of one element), reused from batch to batch.</summary>
    private sealed class Scanned
    {
        /// <summary>One entry per element, in order.</summary>
        internal List<Entry> Entries { get; } = new();

        /// <summary>The attendees' ids: start and length in their element, two numbers each.</summary>
        internal List<int> Spans { get; } = new();

        /// <summary>The absences: the member's id's start and length in its element and the reason's index, three numbers each.</summary>
        internal List<int> Absent { get; } = new();

        /// <summary>The kinds' indices.</summary>
        internal List<int> Kinds { get; } = new();

        internal void Clear()
        {
            Entries.Clear();
            Spans.Clear();
            Absent.Clear();
            Kinds.Clear();
        }
    }
}

/// <summary>
/// One string per distinct id (an organization's, a member's, named again and again): looked up by its UTF-8 bytes,
/// decoded and checked (<see cref="IsPlain"/>) the first time only.
/// </summary>
internal sealed class IdPool
{
    /// <summary>How many ids after a hint, and before it, <see cref="IndexOf(ReadOnlySpan{byte}, int)"/> tries (an attendee list skips the absent).</summary>
    internal const int HintReach = 4;

    private static readonly UTF8Encoding Utf8 = new(false, false);
    private readonly Utf8IdTable table = new();
    private readonly List<string> strings = new();
    private readonly List<bool> plain = new();

    /// <summary>The id at <paramref name="index"/> (given by <see cref="IndexOf(ReadOnlySpan{byte})"/>).</summary>
    internal string this[int index] => strings[index];

    /// <summary>The UTF-8 bytes (valid, no escape) as a string.</summary>
    internal static string Decode(ReadOnlySpan<byte> utf8)
    {
#if NET9_0_OR_GREATER
        return Utf8.GetString(utf8);
#else
        return Utf8.GetString(utf8.ToArray());
#endif
    }

    /// <summary>The index of the id given as UTF-8 bytes (valid, no escape), added the first time it is seen.</summary>
    internal int IndexOf(ReadOnlySpan<byte> utf8)
    {
        // One hash and one probe whether the id is new or not.
        var index = table.FindOrAdd(utf8, strings.Count);
        if (index < strings.Count)
        {
            return index;
        }

        var s = Decode(utf8);
        strings.Add(s);
        plain.Add(s.Length > 0 && DocumentReader.PlainId(s, PartyOrgLoadOptions.MaxIdLength));
        return index;
    }

    /// <summary>
    /// <see cref="IndexOf(ReadOnlySpan{byte})"/>, trying the id at <paramref name="hint"/> and the few after it first,
    /// then the few before it: a data set names ids in runs (a branch's rows, its members in the order they were listed,
    /// skipping those absent; a branch's meetings among its groups'), and comparing a few bytes with an id just used
    /// costs less than hashing.
    /// </summary>
    internal int IndexOf(ReadOnlySpan<byte> utf8, int hint)
    {
        // The table's entries are added with the ids, in the same order: entry i is id i.
        for (var i = hint; i <= hint + HintReach; i++)
        {
            if (table.KeyIs(i, utf8))
            {
                return i;
            }
        }

        for (var i = hint - 1; i >= hint - HintReach; i--)
        {
            if (table.KeyIs(i, utf8))
            {
                return i;
            }
        }

        return IndexOf(utf8);
    }

    /// <summary>Fetches into the cache where the table keeps, or would keep, these UTF-8 bytes (a hint; nothing changes).</summary>
    internal void Prefetch(ReadOnlySpan<byte> utf8) => table.Prefetch(utf8);

    /// <summary>Whether the id at <paramref name="index"/> (any number: none is -1 or past the end) has these UTF-8 bytes.</summary>
    internal bool Is(int index, ReadOnlySpan<byte> utf8) => table.KeyIs(index, utf8);

    /// <summary>Whether the id at <paramref name="index"/> is a plain id: not blank, no surrounding white space, not too long.</summary>
    internal bool IsPlain(int index) => plain[index];
}
