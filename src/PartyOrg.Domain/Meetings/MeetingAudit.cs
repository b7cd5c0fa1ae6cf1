using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Meetings;

/// <summary>
/// 会议审计 — checks the meetings held against the meetings owed, in one pass: the obligations come from a
/// <see cref="MeetingPlanner"/> over the audit window (so the calendar and the audit share one set of requirements),
/// the records are bucketed once by organization and date, and each obligation counts the matching records of its period.
/// The compliance rules (MTG-*, LIFE-*) report from this result; <see cref="Summarize"/> rolls it up per kind and quarter.
/// </summary>
/// <remarks>
/// <para>
/// A period is judged once its last day is on or before "as of": then too few meetings make it
/// <see cref="ObligationState.Missed"/>. A period still open is <see cref="ObligationState.Open"/> (no finding) or, in its
/// last <c>dueSoonDays</c> days, <see cref="ObligationState.DueSoon"/> (a warning). Periods that start after "as of" are
/// left out. Every period overlapping the window is audited whole: records before the window count for a period that
/// began before it; records dated after "as of" are not counted.
/// </para>
/// <para>
/// A record counts for an obligation when it lists the kind and falls in the period; for a requirement with
/// <see cref="LecturerRequirement.Secretary"/>, when its lecturer held the organization's secretary post on the day and it
/// was held in the organization or below it (a 党组: below the organ committee it leads, or in the 党组 itself).
/// </para>
/// </remarks>
public sealed class MeetingAudit
{
    private readonly MeetingRequirementSet requirements;
    private readonly PlannedPeriod[][] periods;
    private readonly AuditEntry[] entries;
    private readonly int entryCount;
    private readonly Func<MeetingAudit>? complete;
    private ObligationStatus[]? obligations;

    private MeetingAudit(OrganizationTree tree, LocalDate asOf, DateInterval window, MeetingRequirementSet requirements, PlannedPeriod[][] periods,
        AuditEntry[] entries, int entryCount, Func<MeetingAudit>? complete)
    {
        Tree = tree;
        AsOf = asOf;
        Window = window;
        this.requirements = requirements;
        this.periods = periods;
        this.entries = entries;
        this.entryCount = entryCount;
        this.complete = complete;
    }

    /// <summary>The "as of" date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The audit window.</summary>
    public DateInterval Window { get; }

    /// <summary>Every obligation audited, in planner order.</summary>
    /// <remarks>The statuses are created on first use: the compliance rules read the compact entries and create only those they report.</remarks>
    public IReadOnlyList<ObligationStatus> Obligations
    {
        get
        {
            if (obligations is null)
            {
                // An audit made for the rules keeps only the entries that can give a finding: redo it in full once.
                var full = complete?.Invoke() ?? this;
                var all = new ObligationStatus[full.entryCount];
                for (var i = 0; i < all.Length; i++)
                {
                    all[i] = full.StatusAt(i);
                }

                obligations = all;
            }

            return obligations;
        }
    }

    /// <summary>The number of obligations audited.</summary>
    internal int EntryCount => entryCount;

    /// <summary>The requirement of entry <paramref name="i"/>.</summary>
    internal MeetingRequirement RequirementAt(int i) => requirements.Requirements[entries[i].Requirement];

    /// <summary>Whether entry <paramref name="i"/> can give a finding: not met, or met outside its preferred window once closed.</summary>
    internal bool MayReport(int i) => entries[i].MayReport;

    /// <summary>Creates the status of entry <paramref name="i"/>.</summary>
    internal ObligationStatus StatusAt(int i)
    {
        var e = entries[i];
        var p = periods[e.Requirement][e.Period];
        var ob = new MeetingObligation(e.Organization, Tree.Organizations[e.Organization].Id, requirements.Requirements[e.Requirement], p.Period, p.Window, p.Due);
        return new ObligationStatus(ob, e.Count, e.State, e.InWindow, e.Closed);
    }

    internal OrganizationTree Tree { get; }

    /// <summary>Audits a log.</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="log">The meetings held.</param>
    /// <param name="requirements">The requirements.</param>
    /// <param name="window">The audit window.</param>
    /// <param name="asOf">The "as of" date.</param>
    /// <param name="dueSoonDays">How many days before the end of an open period an unmet obligation becomes a warning (0: never).</param>
    /// <returns>The audit.</returns>
    public static MeetingAudit Run(OrganizationTree tree, MeetingLog log, MeetingRequirementSet requirements, DateInterval window, LocalDate asOf, int dueSoonDays = 7)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        if (log is null)
        {
            throw new ArgumentNullException(nameof(log));
        }

        return Run(log.IndexFor(tree), requirements, window, asOf, dueSoonDays, keepAll: true);
    }

    /// <summary>The share of obligations met per kind and quarter, for an organization's subtree (or the organization alone), or the whole tree.</summary>
    /// <param name="organizationId">The organization, or null for the whole tree.</param>
    /// <param name="includeSubtree">Include the organizations below it.</param>
    /// <returns>One row per kind and quarter with obligations, ordered by quarter then kind.</returns>
    public IReadOnlyList<ObligationSummary> Summarize(string? organizationId = null, bool includeSubtree = true)
    {
        var root = organizationId is null ? -1 : Tree.IndexOf(organizationId);
        var rows = new SortedDictionary<(DateTime Quarter, int Kind), int[]>();
        foreach (var s in Obligations)
        {
            var o = s.Obligation.OrganizationIndex;
            if (root >= 0 && !(includeSubtree ? MeetingMembership.IsWithin(Tree, o, root) : o == root))
            {
                continue;
            }

            var quarter = ReportingPeriod.QuarterOf(s.Obligation.Period.End);
            var key = (quarter.Start.ToDateTimeUnspecified(), s.Obligation.Kind.Value);
            if (!rows.TryGetValue(key, out var counts))
            {
                counts = new int[3];
                rows.Add(key, counts);
            }

            if (s.IsClosed)
            {
                counts[0]++;
                if (s.State == ObligationState.Met)
                {
                    counts[1]++;
                }
            }
            else if (s.State != ObligationState.Met)
            {
                counts[2]++;
            }
        }

        return rows.Select(r => new ObligationSummary(organizationId, MeetingKind.FromValue(r.Key.Kind),
            ReportingPeriod.QuarterOf(LocalDate.FromDateTime(r.Key.Quarter)), r.Value[0], r.Value[1], r.Value[2])).ToArray();
    }

    // keepAll: keep every obligation (met ones too); when false only those that can give a finding are kept (what the
    // rules read), and Obligations redoes the audit in full if it is ever asked for.
    internal static MeetingAudit Run(MeetingIndex index, MeetingRequirementSet requirements, DateInterval window, LocalDate asOf, int dueSoonDays, bool keepAll)
        => Run(index, requirements, window, asOf, dueSoonDays, keepAll, sweep: true);

    // sweep: an organization's records are searched from where the previous period of the same requirement began (its
    // periods come in order of their start), not by a binary search per period; false: a binary search each time (the
    // plain path, kept for the tests that compare the two).
    internal static MeetingAudit Run(MeetingIndex index, MeetingRequirementSet requirements, DateInterval window, LocalDate asOf, int dueSoonDays, bool keepAll, bool sweep)
    {
        if (requirements is null)
        {
            throw new ArgumentNullException(nameof(requirements));
        }

        if (window is null)
        {
            throw new ArgumentNullException(nameof(window));
        }

        // One pass over the organizations: each requirement's periods (with window and due day) are computed once for
        // all organizations, counts come from the records bucketed by organization (or lecturer) and date, and each
        // obligation is kept as a small struct; ObligationStatus objects are created only when asked for.
        var tree = index.Tree;
        var planner = new MeetingPlanner(requirements);
        var table = planner.Table(window);
        var reqs = requirements.Requirements;

        // Size the entries once: at most one per organization, requirement in scope and period.
        var capacity = 0;
        if (keepAll)
        {
            foreach (var org in tree.Organizations)
            {
                for (var q = 0; q < reqs.Count; q++)
                {
                    capacity += reqs[q].Scope.Includes(org) ? table[q].Length : 0;
                }
            }
        }

        var entries = new AuditEntry[Math.Max(capacity, 16)];
        var count = sweep
            ? Sweep(index, reqs, table, asOf, dueSoonDays, keepAll, ref entries)
            : Plain(index, reqs, table, asOf, dueSoonDays, keepAll, ref entries);

        Func<MeetingAudit>? complete = keepAll ? null : () => Run(index, requirements, window, asOf, dueSoonDays, keepAll: true, sweep);
        return new MeetingAudit(tree, asOf, window, requirements, table, entries, count, complete);
    }

    // The plain path: per period, the applicability and verdict worked out on the dates, the organization's records found
    // by a binary search (kept for the tests that compare the sweep with it).
    private static int Plain(MeetingIndex index, IReadOnlyList<MeetingRequirement> reqs, PlannedPeriod[][] table, LocalDate asOf, int dueSoonDays, bool keepAll,
        ref AuditEntry[] entries)
    {
        var tree = index.Tree;
        var count = 0;
        foreach (var o in tree.Preorder)
        {
            var org = tree.Organizations[o];
            for (var q = 0; q < reqs.Count; q++)
            {
                var req = reqs[q];
                if (!req.Scope.Includes(org))
                {
                    continue;
                }

                var bit = req.Kind.Bit;
                var periods = table[q];
                for (var pi = 0; pi < periods.Length; pi++)
                {
                    var planned = periods[pi];
                    var period = planned.Period;
                    if (period.Start > asOf || !MeetingPlanner.Applies(tree, o, org, req, period))
                    {
                        continue;
                    }

                    var preferred = req.PreferredWindow is null ? null : planned.Window;
                    var inWindow = preferred is null;
                    var last = period.End < asOf ? period.End : asOf;
                    var held = req.Lecturer == LecturerRequirement.Secretary
                        ? CountBySecretary(index, o, bit, period.Start, last, ref inWindow, preferred)
                        : CountOwn(index, o, bit, period.Start, last, ref inWindow, preferred);
                    var closed = period.IsClosedOn(asOf);
                    var state = held >= req.MinimumCount ? ObligationState.Met
                        : closed ? ObligationState.Missed
                        : dueSoonDays > 0 && Period.Between(asOf, period.End, PeriodUnits.Days).Days <= dueSoonDays ? ObligationState.DueSoon
                        : ObligationState.Open;
                    Add(ref entries, ref count, new AuditEntry(o, q, pi, held, state, inWindow, closed), keepAll);
                }
            }
        }

        return count;
    }

    // The sweep: everything that depends on a period alone (its bounds as day keys, whether it is closed, the verdict when
    // it is not met) worked out once for all organizations; an organization's records compared as day keys and searched
    // from where the requirement's previous period began (its periods come in order of their start).
    private static int Sweep(MeetingIndex index, IReadOnlyList<MeetingRequirement> reqs, PlannedPeriod[][] table, LocalDate asOf, int dueSoonDays, bool keepAll,
        ref AuditEntry[] entries)
    {
        var tree = index.Tree;
        var asOfKey = MeetingIndex.DayKey(asOf);
        var plans = new PeriodKeys[reqs.Count][];
        for (var q = 0; q < reqs.Count; q++)
        {
            var periods = table[q];
            var keys = plans[q] = new PeriodKeys[periods.Length];
            var preferred = reqs[q].PreferredWindow is not null;
            for (var pi = 0; pi < periods.Length; pi++)
            {
                var period = periods[pi].Period;
                var closed = period.IsClosedOn(asOf);
                var unmet = closed ? ObligationState.Missed
                    : dueSoonDays > 0 && Period.Between(asOf, period.End, PeriodUnits.Days).Days <= dueSoonDays ? ObligationState.DueSoon
                    : ObligationState.Open;
                keys[pi] = new PeriodKeys(
                    MeetingIndex.DayKey(period.Start),
                    MeetingIndex.DayKey(period.End),
                    MeetingIndex.DayKey(period.End < asOf ? period.End : asOf),
                    preferred ? MeetingIndex.DayKey(periods[pi].Window.Start) : int.MinValue,
                    preferred ? MeetingIndex.DayKey(periods[pi].Window.End) : int.MinValue,
                    period.Start > asOf,
                    closed,
                    unmet);
            }
        }

        var days = index.Days;
        var byOrg = index.ByOrg;
        var mask = index.Mask;
        var posts = tree.PostArray;
        var count = 0;
        // An organization's records (day keys and kinds, in date order) copied side by side once for all its requirements;
        // its committee members' tenures (day keys) gathered on the first requirement that needs a committee.
        var orgDays = new int[16];
        var orgKinds = new int[16];
        var since = new int[8];
        var until = new int[8];
        // A scope depends only on the organization's kind and form: decide it once per (kind, form, requirement).
        var inScope = new sbyte[16 * 8 * reqs.Count];
        foreach (var o in tree.Preorder)
        {
            var org = tree.Organizations[o];
            var shape = (((org.Kind.Value & 15) * 8) + ((org.Form?.Value ?? 0) & 7)) * reqs.Count;
            var established = org.EstablishedOn is { } est ? MeetingIndex.DayKey(est) : int.MinValue;
            var dissolved = org.DissolvedOn is { } dis ? MeetingIndex.DayKey(dis) : int.MaxValue;
            var organTop = -1;
            var committee = -1; // the number of committee member posts gathered, -1 before
            var records = -1; // the number of records copied, -1 before
            for (var q = 0; q < reqs.Count; q++)
            {
                var req = reqs[q];
                if (inScope[shape + q] == 0)
                {
                    inScope[shape + q] = req.Scope.Includes(org) ? (sbyte)1 : (sbyte)-1;
                }

                if (inScope[shape + q] < 0)
                {
                    continue;
                }

                if (req.Scope.OnlyOrganTop)
                {
                    if (organTop < 0)
                    {
                        organTop = tree.IsOrganTopIndex(o) ? 1 : 0;
                    }

                    if (organTop == 0)
                    {
                        continue;
                    }
                }

                var withCommittee = req.Scope.OnlyWithCommittee;
                if (withCommittee && committee < 0)
                {
                    committee = 0;
                    foreach (var pi in tree.PostIndicesOf(o))
                    {
                        var post = posts[pi];
                        if (post.Kind == PostKind.CommitteeMember)
                        {
                            if (committee == since.Length)
                            {
                                Array.Resize(ref since, committee * 2);
                                Array.Resize(ref until, committee * 2);
                            }

                            since[committee] = MeetingIndex.DayKey(post.Since);
                            until[committee] = post.Until is { } u ? MeetingIndex.DayKey(u) : int.MaxValue;
                            committee++;
                        }
                    }
                }

                var bySecretary = req.Lecturer == LecturerRequirement.Secretary;
                if (!bySecretary && records < 0)
                {
                    var from = index.OrgStart[o];
                    records = index.OrgStart[o + 1] - from;
                    if (records > orgDays.Length)
                    {
                        orgDays = new int[Math.Max(records, orgDays.Length * 2)];
                        orgKinds = new int[orgDays.Length];
                    }

                    for (var j = 0; j < records; j++)
                    {
                        var r = byOrg[from + j];
                        orgDays[j] = days[r];
                        orgKinds[j] = mask[r];
                    }
                }

                var bit = req.Kind.Bit;
                var minimum = req.MinimumCount;
                var periods = table[q];
                var keys = plans[q];
                var k = 0; // the first of the organization's records on or after the previous period's start
                var previousStart = int.MinValue;
                for (var pi = 0; pi < keys.Length; pi++)
                {
                    var p = keys[pi];
                    if (p.Start < previousStart)
                    {
                        k = 0; // out of order (not met with the built-in frequencies): search from the first record again
                    }

                    previousStart = p.Start;
                    if (p.StartsAfterAsOf || established > p.Start || dissolved <= p.End || (withCommittee && !HasCommitteeOn(since, until, committee, p.Start)))
                    {
                        continue;
                    }

                    var preferred = p.PreferredStart != int.MinValue;
                    var inWindow = !preferred;
                    int held;
                    if (bySecretary)
                    {
                        var period = periods[pi].Period;
                        held = CountBySecretary(index, o, bit, period.Start, period.End < asOf ? period.End : asOf, ref inWindow, preferred ? periods[pi].Window : null);
                    }
                    else
                    {
                        while (k < records && orgDays[k] < p.Start)
                        {
                            k++;
                        }

                        held = 0;
                        for (var j = k; j < records; j++)
                        {
                            var day = orgDays[j];
                            if (day > p.Last)
                            {
                                break;
                            }

                            if ((orgKinds[j] & bit) != 0)
                            {
                                held++;
                                inWindow |= preferred && day >= p.PreferredStart && day <= p.PreferredEnd;
                            }
                        }
                    }

                    Add(ref entries, ref count, new AuditEntry(o, q, pi, held, held >= minimum ? ObligationState.Met : p.Unmet, inWindow, p.Closed), keepAll);
                }
            }
        }

        return count;
    }

    // Whether one of the committee member tenures [since, until) (day keys) covers the day: MeetingMembership.HasCommitteeOn on keys.
    private static bool HasCommitteeOn(int[] since, int[] until, int count, int day)
    {
        for (var i = 0; i < count; i++)
        {
            if (day >= since[i] && day < until[i])
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(ref AuditEntry[] entries, ref int count, AuditEntry entry, bool keepAll)
    {
        if (keepAll || entry.MayReport)
        {
            if (count == entries.Length)
            {
                Array.Resize(ref entries, count * 2);
            }

            entries[count++] = entry;
        }
    }

    private static int CountOwn(MeetingIndex index, int o, int bit, LocalDate start, LocalDate last, ref bool inWindow, DateInterval? preferred)
    {
        var end = index.OrgStart[o + 1];
        var count = 0;
        for (var k = index.LowerBound(index.ByOrg, index.OrgStart[o], end, start); k < end; k++)
        {
            var r = index.ByOrg[k];
            var date = index.Dates[r];
            if (date > last)
            {
                break;
            }

            if ((index.Mask[r] & bit) != 0)
            {
                count++;
                inWindow |= preferred is not null && preferred.Contains(date);
            }
        }

        return count;
    }

    private static int CountBySecretary(MeetingIndex index, int o, int bit, LocalDate start, LocalDate last, ref bool inWindow, DateInterval? preferred)
    {
        var tree = index.Tree;
        var org = tree.Organizations[o];
        var root = o;
        var anywhere = false;
        if (org.Kind == OrganizationKind.LeadingGroup)
        {
            anywhere = org.LeadsId is null || !tree.TryGetIndex(org.LeadsId, out root);
        }

        var count = 0;
        foreach (var p in tree.PostIndicesOf(o))
        {
            var post = tree.Posts[p];
            if (post.Kind != PostKind.Secretary)
            {
                continue;
            }

            var m = tree.PostMemberIndex(p);
            if (m < 0)
            {
                continue;
            }

            var end = index.LecturerStart[m + 1];
            for (var k = index.LowerBound(index.ByLecturer, index.LecturerStart[m], end, start); k < end; k++)
            {
                var r = index.ByLecturer[k];
                var date = index.Dates[r];
                if (date > last)
                {
                    break;
                }

                if ((index.Mask[r] & bit) == 0 || !post.IsHeldOn(date))
                {
                    continue;
                }

                var at = index.Org[r];
                if (anywhere || at == o || MeetingMembership.IsWithin(tree, at, root))
                {
                    count++;
                    inWindow |= preferred is not null && preferred.Contains(date);
                }
            }
        }

        return count;
    }
}

/// <summary>One audited obligation in 16 bytes: organization, period and requirement indices, the count and the verdict (the period index is an int: a window of thousands of years of monthly periods fits).</summary>
// A planned period's bounds as day keys (MeetingIndex.DayKey) and what follows from the period alone.
internal readonly struct PeriodKeys
{
    internal PeriodKeys(int start, int end, int last, int preferredStart, int preferredEnd, bool startsAfterAsOf, bool closed, ObligationState unmet)
    {
        Start = start;
        End = end;
        Last = last;
        PreferredStart = preferredStart;
        PreferredEnd = preferredEnd;
        StartsAfterAsOf = startsAfterAsOf;
        Closed = closed;
        Unmet = unmet;
    }

    internal int Start { get; }

    internal int End { get; }

    // The last day counted: the period's end or the check date, whichever comes first.
    internal int Last { get; }

    // The preferred window (int.MinValue: the requirement has none).
    internal int PreferredStart { get; }

    internal int PreferredEnd { get; }

    internal bool StartsAfterAsOf { get; }

    internal bool Closed { get; }

    // The verdict when the count falls short: missed once closed, else due soon or open.
    internal ObligationState Unmet { get; }
}

internal readonly struct AuditEntry
{
    private readonly int period;
    private readonly short requirement;
    private readonly byte state;
    private readonly byte flags;

    internal AuditEntry(int organization, int requirement, int period, int count, ObligationState state, bool inWindow, bool closed)
    {
        Organization = organization;
        Count = count;
        this.requirement = checked((short)requirement);
        this.period = period;
        this.state = (byte)state;
        flags = (byte)((inWindow ? 1 : 0) | (closed ? 2 : 0));
    }

    internal int Organization { get; }

    internal int Count { get; }

    internal int Requirement => requirement;

    internal int Period => period;

    internal ObligationState State => (ObligationState)state;

    internal bool InWindow => (flags & 1) != 0;

    internal bool Closed => (flags & 2) != 0;

    /// <summary>Whether the entry can give a finding: not met, or met outside its preferred window once closed.</summary>
    internal bool MayReport => State != ObligationState.Met || (Closed && !InWindow);
}
