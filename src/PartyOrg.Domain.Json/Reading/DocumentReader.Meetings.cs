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
        private readonly List<int> scratch = new(64);
        private readonly List<(int Member, int Reason)> absences = new(8);
        private readonly List<int> kindScratch = new(4);
        private readonly Dictionary<long, MeetingKind[]> kindLists = new();
        private int count;

        internal MeetingSlot(DocumentReader owner)
            : base("meetings", false)
        {
            this.owner = owner;
        }

        internal override void Read(ReadOnlyMemory<byte> element, string basePath, int index)
        {
            if (!owner.fastPaths || !TryFast(element.Span))
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
        /// Reads a plain meeting into the builder; false (nothing added) when it needs the per-element reader. The element
        /// is valid JSON (the stream's reader has tokenised it whole to find its end), so it is scanned by hand, once:
        /// structure, plain strings (no escape) and the known fields; anything else — another type, an escape, a number,
        /// null, a nested value where none belongs — gives false.
        /// </summary>
        private bool TryFast(ReadOnlySpan<byte> json)
        {
            var p = new Scan(json);
            if (!p.Take((byte)'{'))
            {
                return false;
            }

            var seen = 0;
            string? id = null, topic = null;
            int organization = -1, lecturer = -1;
            MeetingKind[]? kinds = null;
            LocalDate date = default;
            scratch.Clear();
            absences.Clear();
            do
            {
                if (!p.String(out var name))
                {
                    return false;
                }

                var field = Match(name, FieldNames);
                if (field < 0 || field > TopicField || (seen & (1 << field)) != 0 || !p.Take((byte)':'))
                {
                    return false;
                }

                seen |= 1 << field;
                ReadOnlySpan<byte> value;
                switch (field)
                {
                    case IdField:
                        if (!p.String(out value) || (id = Id(value)) is null)
                        {
                            return false;
                        }

                        break;
                    case OrganizationField:
                        if (!p.String(out value) || (organization = Key(value)) < 0)
                        {
                            return false;
                        }

                        break;
                    case KindsField:
                        if ((kinds = KindList(ref p)) is null)
                        {
                            return false;
                        }

                        break;
                    case DateField:
                        if (!p.String(out value) || PlainDate(value) is not { } d)
                        {
                            return false;
                        }

                        date = d;
                        break;
                    case AttendeesField:
                        if (!Ids(ref p))
                        {
                            return false;
                        }

                        break;
                    case LecturerField:
                        if (!p.String(out value) || (lecturer = Key(value)) < 0)
                        {
                            return false;
                        }

                        break;
                    case AbsencesField:
                        if (!Absences(ref p))
                        {
                            return false;
                        }

                        break;
                    default:
                        if (!p.String(out value) || (topic = Text(value)) is null)
                        {
                            return false;
                        }

                        break;
                }
            }
            while (p.Take((byte)','));

            const int Required = (1 << IdField) | (1 << OrganizationField) | (1 << KindsField) | (1 << DateField);
            if (!p.Take((byte)'}') || !p.AtEnd || (seen & Required) != Required)
            {
                return false;
            }

            builder.Add(id!, organization, date, kinds!, lecturer, topic);
            foreach (var a in scratch)
            {
                builder.Attendee(a);
            }

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

        /// <summary>A plain id (not blank, no surrounding white space, not too long), or null.</summary>
        private static string? Id(ReadOnlySpan<byte> value)
        {
            if (value.Length == 0)
            {
                return null;
            }

            var s = IdPool.Decode(value);
            return PlainId(s, PartyOrgLoadOptions.MaxIdLength) ? s : null;
        }

        /// <summary>
        /// The builder's key of a plain id named again and again (an organization, an attendee), looked up by its bytes
        /// (decoded and checked only the first time), or -1 when it is not a plain id.
        /// </summary>
        private int Key(ReadOnlySpan<byte> bytes)
        {
            if (bytes.Length == 0)
            {
                return -1;
            }

            var shared = owner.sharedIds.IndexOf(bytes);
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

        /// <summary>A non-empty array of plain ids into <c>scratch</c> (an empty array keeps its contract: per-element reader).</summary>
        private bool Ids(ref Scan p)
        {
            if (!p.Take((byte)'[') || p.Take((byte)']'))
            {
                return false;
            }

            do
            {
                int key;
                if (scratch.Count == owner.problems.MaxArrayLength || !p.String(out var value) || (key = Key(value)) < 0)
                {
                    return false;
                }

                scratch.Add(key);
            }
            while (p.Take((byte)','));

            return p.Take((byte)']');
        }

        /// <summary>The kinds (one shared array per distinct sequence), or null.</summary>
        private MeetingKind[]? KindList(ref Scan p)
        {
            if (!p.Take((byte)'[') || p.Take((byte)']'))
            {
                return null;
            }

            kindScratch.Clear();
            long key = 0;
            var max = owner.problems.MaxArrayLength;
            do
            {
                var k = p.String(out var value) ? Match(value, KindNames) : -1;
                if (k < 0 || kindScratch.Count == max || kindScratch.Count == 12)
                {
                    return null;
                }

                kindScratch.Add(k);
                key = (key << 5) | (uint)(k + 1);
            }
            while (p.Take((byte)','));

            if (!p.Take((byte)']'))
            {
                return null;
            }

            if (!kindLists.TryGetValue(key, out var list))
            {
                list = kindScratch.Select(k => Kinds[k]).ToArray();
                kindLists.Add(key, list);
            }

            return list;
        }

        /// <summary>A non-empty array of plain absences (a member and a reason each, nothing else) into <c>absences</c>.</summary>
        private bool Absences(ref Scan p)
        {
            if (!p.Take((byte)'[') || p.Take((byte)']'))
            {
                return false;
            }

            do
            {
                if (absences.Count == owner.problems.MaxArrayLength || !p.Take((byte)'{'))
                {
                    return false;
                }

                var member = -1;
                var reason = -1;
                do
                {
                    if (!p.String(out var name) || !p.Take((byte)':') || !p.String(out var value))
                    {
                        return false;
                    }

                    if (member < 0 && name.SequenceEqual(MemberName))
                    {
                        if ((member = Key(value)) < 0)
                        {
                            return false;
                        }
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

                if (!p.Take((byte)'}') || member < 0 || reason < 0)
                {
                    return false;
                }

                absences.Add((member, reason));
            }
            while (p.Take((byte)','));

            return p.Take((byte)']');
        }
    }
}

/// <summary>
/// One string per distinct id (an organization's, a member's, named again and again): looked up by its UTF-8 bytes,
/// decoded and checked (<see cref="IsPlain"/>) the first time only.
/// </summary>
internal sealed class IdPool
{
    private static readonly UTF8Encoding Utf8 = new(false, false);
    private readonly Utf8IdTable table = new();
    private readonly List<string> strings = new();
    private readonly List<bool> plain = new();

    /// <summary>The id at <paramref name="index"/> (given by <see cref="IndexOf"/>).</summary>
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
        var index = table.Find(utf8);
        if (index >= 0)
        {
            return index;
        }

        var s = Decode(utf8);
        index = strings.Count;
        table.Add(utf8, index);
        strings.Add(s);
        plain.Add(s.Length > 0 && DocumentReader.PlainId(s, PartyOrgLoadOptions.MaxIdLength));
        return index;
    }

    /// <summary>Whether the id at <paramref name="index"/> is a plain id: not blank, no surrounding white space, not too long.</summary>
    internal bool IsPlain(int index) => plain[index];
}
