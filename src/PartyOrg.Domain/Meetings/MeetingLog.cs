using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Meetings;

/// <summary>
/// 会议台账 — the meetings held, validated against an <see cref="OrganizationTree"/>. Creation rejects impossible data
/// with an <see cref="PartyOrgDataException"/> listing every problem (collection <c>meetings</c>, with the record's index
/// and field): an unknown organization, a kind the organization cannot hold, an unknown attendee or absentee, a member
/// listed twice or both attending and absent, duplicate meeting ids, a date before the organization was established (or
/// from its dissolution on), an unknown lecturer, negative vote counts or more votes than members of the organization
/// attended. An immutable collection.
/// </summary>
/// <remarks>
/// Attendees and absences may name members of <b>other</b> units (a leader at a branch's 主题党日, a member sitting in on
/// another Party group, a flowing member at the inflow organization): that is not an error. Such a visitor's attendance
/// counts only toward the obligations of the units the member belongs to (the six-month lapse check reads only the meetings of
/// the member's own branch, Party group and temporary branches), never toward or against the host: a visitor is not part
/// of a committee's quorum nor of a vote's electorate, and cannot cast one of its votes. The members of an organization's
/// meetings are a Party group's members; a branch's registered members, or a temporary branch's participants; for other
/// organizations, the members registered below them and the holders of their posts.
/// </remarks>
public sealed class MeetingLog
{
    private readonly MeetingRecord[]? records;

    private readonly MeetingLogColumns? columns;

    private readonly MeetingIndex? index;

    private MeetingLog(MeetingRecord[] records, MeetingResolution? resolution = null)
    {
        this.records = records;
        Resolution = resolution;

        // Index once, when the log is created against its tree: audits of this log against that tree reuse it.
        if (resolution is not null)
        {
            index = new MeetingIndex(resolution.Tree, this);
        }
    }

    private MeetingLog(MeetingLogColumns columns, MeetingResolution resolution)
    {
        this.columns = columns;
        Resolution = resolution;
        index = new MeetingIndex(resolution.Tree, this);
    }

    /// <summary>A log without meetings.</summary>
    public static MeetingLog Empty { get; } = new(Array.Empty<MeetingRecord>());

    /// <summary>The records, in input order (a log built by <see cref="MeetingLogBuilder"/> creates each on first read).</summary>
    public IReadOnlyList<MeetingRecord> Records => columns is null
        ? Internal.ReadOnly.View(records!, ref recordsView)
        : System.Threading.LazyInitializer.EnsureInitialized(ref recordsView, () => new MeetingRecordList(columns, Resolution!))!;

    private IReadOnlyList<MeetingRecord>? recordsView;

    /// <summary>The number of records.</summary>
    public int Count => columns?.Ids.Count ?? records!.Length;

    /// <summary>Whether record <paramref name="i"/> recorded votes, without creating the record of a compact log.</summary>
    /// <param name="i">The record's index.</param>
    /// <returns>True when it has at least one vote.</returns>
    internal bool HasVotes(int i) => columns is null ? records![i].Votes.Count > 0 : columns.Votes?.ContainsKey(i) == true;

    /// <summary>The compact log of validated columns (<see cref="MeetingLogBuilder"/>).</summary>
    internal static MeetingLog FromColumns(MeetingLogColumns columns, MeetingResolution resolution) => new(columns, resolution);

    /// <summary>The day record <paramref name="i"/> was held.</summary>
    internal LocalDate DateAt(int i) => columns is null ? records![i].Date : columns.Dates[i];

    /// <summary>The id of record <paramref name="i"/>, without creating the record of a compact log.</summary>
    internal string IdAt(int i) => columns is null ? records![i].Id : columns.Ids.StringAt(i);

    /// <summary>
    /// Record <paramref name="i"/> for one use: a compact log makes it without keeping it (and without the slot per record
    /// that <see cref="Records"/> keeps), for a rule that reads a few records of millions.
    /// </summary>
    internal MeetingRecord RecordAt(int i) => columns is null ? records![i] : columns.Record(i, Resolution!);

    /// <summary>The kinds of record <paramref name="i"/> as a bit mask.</summary>
    internal int KindMaskAt(int i) => columns is null ? records![i].KindMask : columns.ComboMask[columns.Combo[i]];

    /// <summary>Validates and creates a log.</summary>
    /// <param name="tree">The tree the records refer to.</param>
    /// <param name="records">The records.</param>
    /// <returns>The log.</returns>
    /// <exception cref="PartyOrgDataException">The records are impossible for the tree (every problem is listed).</exception>
    public static MeetingLog Create(OrganizationTree tree, IEnumerable<MeetingRecord> records)
    {
        if (TryCreate(tree, records, out var log, out var problems))
        {
            return log!;
        }

        throw new PartyOrgDataException(problems);
    }

    /// <summary>Validates and creates a log without throwing on bad data.</summary>
    /// <param name="tree">The tree the records refer to.</param>
    /// <param name="records">The records.</param>
    /// <param name="log">The log, or null when there are problems.</param>
    /// <param name="problems">Every problem found (empty on success).</param>
    /// <returns>True when the records are valid.</returns>
    public static bool TryCreate(OrganizationTree tree, IEnumerable<MeetingRecord> records, out MeetingLog? log, out IReadOnlyList<DataProblem> problems)
    {
        var array = (records ?? throw new ArgumentNullException(nameof(records))).ToArray();
        int attendees = 0, absences = 0;
        foreach (var r in array)
        {
            attendees += r?.Attendees.Count ?? 0;
            absences += r?.Absences.Count ?? 0;
        }

        var resolution = tree is null ? null : new MeetingResolution(tree, array.Length, attendees, absences);
        problems = Validate(tree!, array, resolution);
        resolution?.Complete();
        log = problems.Count == 0 ? new MeetingLog(array, resolution) : null;
        return log is not null;
    }

    /// <summary>Lists every problem of the records against the tree (empty when valid).</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="records">The records.</param>
    /// <returns>The problems, in record order.</returns>
    public static IReadOnlyList<DataProblem> Validate(OrganizationTree tree, IEnumerable<MeetingRecord> records) => Validate(tree, records, null);

    /// <summary>The ids resolved against the tree the log was validated against (null for <see cref="Empty"/>).</summary>
    internal MeetingResolution? Resolution { get; }

    /// <summary>The records resolved and bucketed against <paramref name="tree"/>: built when the log was created for the same tree, else now.</summary>
    internal MeetingIndex IndexFor(OrganizationTree tree) =>
        index is not null && ReferenceEquals(index.Tree, tree) ? index : new MeetingIndex(tree, this);

    /// <summary>Validates, and records the resolved indices into <paramref name="resolution"/> (used only when there is no problem).</summary>
    private static IReadOnlyList<DataProblem> Validate(OrganizationTree tree, IEnumerable<MeetingRecord> records, MeetingResolution? resolution)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        const string c = "meetings";
        var list = new List<DataProblem>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<int>();
        var index = -1;
        foreach (var r in records ?? throw new ArgumentNullException(nameof(records)))
        {
            index++;
            if (r is null)
            {
                list.Add(new DataProblem(c, index, string.Empty, null, "the record is null"));
                continue;
            }

            void Add(string? field, string message) => list.Add(new DataProblem(c, index, r.Id, field, message));
            void Missing(string field, DataReference missing) => list.Add(new DataProblem(c, index, r.Id, field, $"no {missing.Kind.Name} \"{missing.Id}\"") { MissingReference = missing });
            if (!ids.Add(r.Id))
            {
                Add("id", $"duplicate meeting id \"{r.Id}\"");
            }

            var kindSeen = 0;
            for (var k = 0; k < r.Kinds.Count; k++)
            {
                if ((kindSeen & r.Kinds[k].Bit) != 0)
                {
                    Add(Field("kinds", k), $"meeting \"{r.Id}\" lists {r.Kinds[k].Name} twice");
                }

                kindSeen |= r.Kinds[k].Bit;
            }

            if (!tree.TryGetIndex(r.OrganizationId, out var orgIndex))
            {
                Missing("organization", DataReference.Organization(r.OrganizationId));
                continue;
            }

            var org = tree.Organizations[orgIndex];
            resolution?.Begin(index, orgIndex);
            for (var k = 0; k < r.Kinds.Count; k++)
            {
                if (!r.Kinds[k].CanBeHeldBy(org.Kind))
                {
                    Add(Field("kinds", k), $"a {org.Kind.Name} (\"{org.Id}\") cannot hold a {r.Kinds[k].Name}; expected one held by {string.Join(", ", r.Kinds[k].HeldBy.Select(h => h.Name))}");
                }
            }

            if (org.EstablishedOn is { } est && r.Date < est)
            {
                Add("date", $"meeting on {r.Date:uuuu-MM-dd} is before \"{org.Id}\" was established on {est:uuuu-MM-dd}");
            }

            if (org.DissolvedOn is { } dis && r.Date >= dis)
            {
                Add("date", $"meeting on {r.Date:uuuu-MM-dd} is on or after \"{org.Id}\" was dissolved on {dis:uuuu-MM-dd}");
            }

            seen.Clear();
            var attending = 0; // attendees who are members of the organization: visitors cannot vote
            for (var a = 0; a < r.Attendees.Count; a++)
            {
                var mi = tree.MemberIndexOf(r.Attendees[a]);
                if (mi < 0)
                {
                    Missing(Field("attendees", a), DataReference.Member(r.Attendees[a]));
                }
                else if (!seen.Add(mi))
                {
                    Add(Field("attendees", a), $"member \"{r.Attendees[a]}\" is listed twice");
                }
                else
                {
                    // A member of another unit (a visitor) is recorded too: the rules count attendance only at the member's own units.
                    resolution?.Attendee(index, mi);
                    if (MeetingMembership.MayAttend(tree, orgIndex, mi))
                    {
                        attending++;
                    }
                }
            }

            var visitors = seen.Count - attending;

            for (var a = 0; a < r.Absences.Count; a++)
            {
                var id = r.Absences[a].MemberId;
                var mi = tree.MemberIndexOf(id);
                if (mi < 0)
                {
                    Missing(Field("absences", a) + ".member", DataReference.Member(id));
                }
                else if (!seen.Add(mi))
                {
                    Add(Field("absences", a) + ".member", r.Attendees.Contains(id)
                        ? $"member \"{id}\" is recorded both as attending and as absent"
                        : $"member \"{id}\" is listed as absent twice");
                }
                else if (r.Absences[a].Reason.IsProper)
                {
                    resolution?.ProperAbsence(index, mi);
                }
            }

            if (r.LecturerId is { } lecturer)
            {
                var li = tree.MemberIndexOf(lecturer);
                if (li < 0)
                {
                    Missing("lecturer", DataReference.Member(lecturer));
                }
                else
                {
                    resolution?.SetLecturer(index, li);
                }

                if (!r.Counts(MeetingKind.PartyLecture))
                {
                    Add("lecturer", $"meeting \"{r.Id}\" has a lecturer but is not a {MeetingKind.PartyLecture.Name}");
                }
            }

            for (var v = 0; v < r.Votes.Count; v++)
            {
                var vote = r.Votes[v];
                if (vote.Total > attending)
                {
                    Add(Field("votes", v), string.Format(CultureInfo.InvariantCulture,
                        "vote \"{0}\" counts {1} votes but only {2} member{5} of \"{3}\" attended{4}", vote.Item, vote.Total, attending, org.Id,
                        visitors > 0 ? " (members of other units attending cannot vote)" : string.Empty, attending == 1 ? string.Empty : "s"));
                }
            }
        }

        return list;
    }

    private static string Field(string name, int i) => name + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
}
