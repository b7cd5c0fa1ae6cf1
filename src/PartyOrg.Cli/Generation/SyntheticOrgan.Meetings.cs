using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using PartyOrg.Domain.Meetings;

namespace PartyOrg.Cli.Generation;

/// <summary>A year of meetings for the synthetic organ.</summary>
public static partial class SyntheticOrgan
{
    private static readonly MeetingKind[] GeneralOnly = { MeetingKind.GeneralMeeting };
    private static readonly MeetingKind[] GeneralAndLecture = { MeetingKind.GeneralMeeting, MeetingKind.PartyLecture };
    private static readonly MeetingKind[] GeneralAndLife = { MeetingKind.GeneralMeeting, MeetingKind.OrganizationalLifeMeeting, MeetingKind.DemocraticAppraisal };
    private static readonly MeetingKind[] LifeAndAppraisal = { MeetingKind.OrganizationalLifeMeeting, MeetingKind.DemocraticAppraisal };
    private static readonly MeetingKind[] CommitteeOnly = { MeetingKind.CommitteeMeeting };
    private static readonly MeetingKind[] GroupOnly = { MeetingKind.GroupMeeting };
    private static readonly MeetingKind[] ThemeDayOnly = { MeetingKind.ThemedPartyDay };
    private static readonly MeetingKind[] LectureOnly = { MeetingKind.PartyLecture };
    private static readonly MeetingKind[] AssemblyAndLecture = { MeetingKind.OrganAssembly, MeetingKind.PartyLecture };
    private static readonly MeetingKind[] DemocraticLife = { MeetingKind.DemocraticLifeMeeting };
    private static readonly AbsenceReason[] ProperReasons = { AbsenceReason.Leave, AbsenceReason.Illness, AbsenceReason.BusinessTravel, AbsenceReason.Other };

    static partial void AddMeetings(SyntheticDocument document, DeterministicRandom random)
    {
        var records = new List<MeetingRecord>(document.Branches.Length * 45 + document.Departments.Length * 15);
        var g = new MeetingGenerator(document, random, records.Add);
        g.Run();
        document.SetMeetings(records.ToArray(), g.Attendees);
    }

    /// <summary>
    /// Generates the year of meetings of a document made without them (<see cref="GenerateWithoutMeetings"/>) one record
    /// at a time, in the order and with the values <see cref="Generate"/> gives: nothing is kept, so a writer can stream them.
    /// </summary>
    /// <param name="document">The document (its tree data).</param>
    /// <param name="sink">Receives each record as it is made (the record is not used again by the generator).</param>
    /// <returns>The number of records and of attendee entries.</returns>
    internal static (int Meetings, long Attendees) StreamMeetings(SyntheticDocument document, Action<MeetingRecord> sink)
    {
        var g = new MeetingGenerator(document, new DeterministicRandom(document.Seed ^ MeetingSeedMask), sink);
        g.Run();
        return (g.Count, g.Attendees);
    }

    /// <summary>
    /// Generates the meetings: per branch 党员大会 quarterly, a 党课 each quarter (with the 党员大会 or on its own; the
    /// secretary lectures in Q2), 支委会 monthly where there is a committee, 党小组会 monthly per group (held by the
    /// group), 主题党日 monthly on a roughly fixed day, the 组织生活会 with 民主评议 in December (often together with the
    /// Q4 党员大会); per department the 机关党委's and general branches' committee meetings monthly, the annual
    /// 机关党员干部大会 with the 党组 secretary's 党课, and the 党组's 民主生活会. About 2–4 % of meetings are missed
    /// (realistic gaps); about 7 % of expected attendees are absent (1 % without reason); a few members drop out of
    /// organizational life for 6–8 months (LIFE-SELF-LAPSE-6M) and some for 2–4.
    /// </summary>
    private sealed class MeetingGenerator
    {
        private readonly SyntheticDocument document;
        private readonly DeterministicRandom random;
        private readonly Action<MeetingRecord> sink;
        private readonly List<string> attendees = new(64);
        private readonly List<MeetingAbsence> absences = new(8);
        private int[] lapse = new int[64];

        internal MeetingGenerator(SyntheticDocument document, DeterministicRandom random, Action<MeetingRecord> sink)
        {
            this.document = document;
            this.random = random;
            this.sink = sink;
        }

        /// <summary>The number of records made so far.</summary>
        internal int Count { get; private set; }

        internal long Attendees { get; private set; }

        internal void Run()
        {
            foreach (var branch in document.Branches)
            {
                Branch(branch);
            }

            foreach (var body in document.Bodies)
            {
                if (body.Kind.Name != "branch")
                {
                    for (var month = 1; month <= 12; month++)
                    {
                        if (!random.Chance(0.04))
                        {
                            Add(body.OrganizationId, Day(month), CommitteeOnly, body.Committee, 0, 1, 0, month, null);
                        }
                    }
                }
            }

            foreach (var department in document.Departments)
            {
                var secretary = document.Members[department.LeadingGroupMembers[0]].Id;
                Add(department.OrganCommitteeId, new LocalDate(Year, random.Between(1, 3), random.Between(5, 25)), AssemblyAndLecture,
                    null, department.FirstMember, department.MemberCount, 0, 0, secretary);
                Add(department.LeadingGroupId, new LocalDate(Year, 12, random.Between(10, 28)), DemocraticLife, department.LeadingGroupMembers, 0, 1, 0, 12, null);
            }
        }

        private void Branch(BranchShape b)
        {
            // Lapses: bit (month − 1) set = the member takes no part in organizational life that month.
            if (lapse.Length < b.MemberCount)
            {
                lapse = new int[b.MemberCount * 2];
            }

            for (var i = 0; i < b.MemberCount; i++)
            {
                lapse[i] = 0;
                if (i >= b.Committee.Length && random.Chance(0.004))
                {
                    var start = random.Between(0, 5);
                    lapse[i] = ((1 << random.Between(6, 8)) - 1) << start & 0xFFF;
                }
                else if (random.Chance(0.01))
                {
                    lapse[i] = ((1 << random.Between(2, 4)) - 1) << random.Between(0, 8) & 0xFFF;
                }
            }

            var secretary = document.Members[b.Committee[0]].Id;
            var combinedLife = random.Chance(0.6);
            for (var q = 1; q <= 4; q++)
            {
                var month = q * 3;
                var lecturer = q == 2 && random.Chance(0.95) ? secretary : document.Members[b.Committee[random.Next(b.Committee.Length)]].Id;
                var withLecture = q == 2 || (!(q == 4 && combinedLife) && random.Chance(0.5));
                if (!random.Chance(0.02))
                {
                    var kinds = q == 4 && combinedLife ? GeneralAndLife : withLecture ? GeneralAndLecture : GeneralOnly;
                    Add(b.Id, Day(month), kinds, null, b.FirstMember, b.MemberCount, 0, month, withLecture ? lecturer : null);
                }

                if (!withLecture && !random.Chance(0.03))
                {
                    Add(b.Id, Day(month - 1), LectureOnly, null, b.FirstMember, b.MemberCount, 0, month - 1, lecturer);
                }
            }

            if (!combinedLife && !random.Chance(0.03))
            {
                Add(b.Id, Day(12), LifeAndAppraisal, null, b.FirstMember, b.MemberCount, 0, 12, null);
            }

            var themeDay = random.Between(8, 20);
            for (var month = 1; month <= 12; month++)
            {
                if (b.Committee.Length >= 3 && !random.Chance(0.03))
                {
                    Add(b.Id, Day(month), CommitteeOnly, b.Committee, 0, 1, 0, month, null);
                }

                for (var k = 0; k < b.Groups; k++)
                {
                    if (!random.Chance(0.04))
                    {
                        Add(b.GroupId(k), Day(month), GroupOnly, null, b.FirstMember, b.MemberCount, b.Groups, month, null, k);
                    }
                }

                if (!random.Chance(0.02))
                {
                    Add(b.Id, new LocalDate(Year, month, themeDay + random.Between(-2, 2)), ThemeDayOnly, null, b.FirstMember, b.MemberCount, 0, month, null);
                }
            }
        }

        private LocalDate Day(int month) => new(Year, month, random.Between(5, 25));

        /// <summary>
        /// Adds one record. Expected attendees: <paramref name="list"/> (member indices), or the members
        /// first .. first + count, every <paramref name="stride"/>-th from <paramref name="offset"/> when stride &gt; 0.
        /// </summary>
        private void Add(string organizationId, LocalDate date, MeetingKind[] kinds, int[]? list, int first, int count, int stride, int month, string? lecturer, int offset = 0)
        {
            attendees.Clear();
            absences.Clear();
            if (list is not null)
            {
                foreach (var m in list)
                {
                    Attend(m, -1, month, lecturer);
                }
            }
            else
            {
                for (var i = stride > 0 ? offset : 0; i < count; i += stride > 0 ? stride : 1)
                {
                    Attend(first + i, month > 0 ? i : -1, month, lecturer);
                }
            }

            if (lecturer is not null && !attendees.Contains(lecturer))
            {
                attendees.Add(lecturer);
            }

            Attendees += attendees.Count;
            var id = "mt-" + (++Count).ToString(CultureInfo.InvariantCulture).PadLeft(8, '0');
            sink(new MeetingRecord(id, organizationId, date, kinds, attendees, absences, lecturer));
        }

        /// <summary>Present, excused, absent without reason, or (lapsed that month) none of these. <paramref name="local"/> is the index in the branch for lapses, or −1.</summary>
        private void Attend(int member, int local, int month, string? lecturer)
        {
            var id = document.Members[member].Id;
            if (ReferenceEquals(id, lecturer))
            {
                attendees.Add(id);
                return;
            }

            if (local >= 0 && local < lapse.Length && month > 0 && (lapse[local] & (1 << (month - 1))) != 0)
            {
                return; // lapsed: neither present nor excused
            }

            var r = random.NextDouble();
            if (r < 0.01)
            {
                absences.Add(new MeetingAbsence(id, AbsenceReason.NoReason));
            }
            else if (r < 0.07)
            {
                absences.Add(new MeetingAbsence(id, ProperReasons[random.Next(ProperReasons.Length)]));
            }
            else
            {
                attendees.Add(id);
            }
        }
    }
}
