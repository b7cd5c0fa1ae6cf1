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
    private readonly ObligationStatus[] obligations;

    private MeetingAudit(OrganizationTree tree, LocalDate asOf, DateInterval window, ObligationStatus[] obligations)
    {
        Tree = tree;
        AsOf = asOf;
        Window = window;
        this.obligations = obligations;
    }

    /// <summary>The "as of" date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The audit window.</summary>
    public DateInterval Window { get; }

    /// <summary>Every obligation audited, in planner order.</summary>
    public IReadOnlyList<ObligationStatus> Obligations => obligations;

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

        return Run(new MeetingIndex(tree, log), requirements, window, asOf, dueSoonDays);
    }

    /// <summary>The share of obligations met per kind and quarter, for an organization's subtree (or the organization alone), or the whole tree.</summary>
    /// <param name="organizationId">The organization, or null for the whole tree.</param>
    /// <param name="includeSubtree">Include the organizations below it.</param>
    /// <returns>One row per kind and quarter with obligations, ordered by quarter then kind.</returns>
    public IReadOnlyList<ObligationSummary> Summarize(string? organizationId = null, bool includeSubtree = true)
    {
        var root = organizationId is null ? -1 : Tree.IndexOf(organizationId);
        var rows = new SortedDictionary<(DateTime Quarter, int Kind), int[]>();
        foreach (var s in obligations)
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

    internal static MeetingAudit Run(MeetingIndex index, MeetingRequirementSet requirements, DateInterval window, LocalDate asOf, int dueSoonDays)
    {
        if (requirements is null)
        {
            throw new ArgumentNullException(nameof(requirements));
        }

        if (window is null)
        {
            throw new ArgumentNullException(nameof(window));
        }

        var tree = index.Tree;
        var planned = new MeetingPlanner(requirements).Plan(tree, window);
        var result = new List<ObligationStatus>(planned.Count);
        foreach (var ob in planned)
        {
            var period = ob.Period;
            if (period.Start > asOf)
            {
                continue;
            }

            var req = ob.Requirement;
            var preferred = req.PreferredWindow is null ? null : new DateInterval(ob.WindowStart, ob.WindowEnd);
            var inWindow = preferred is null;
            var last = period.End < asOf ? period.End : asOf;
            var count = req.Lecturer == LecturerRequirement.Secretary
                ? CountBySecretary(index, ob, last, ref inWindow, preferred)
                : CountOwn(index, ob, last, ref inWindow, preferred);
            var closed = period.IsClosedOn(asOf);
            var state = count >= req.MinimumCount ? ObligationState.Met
                : closed ? ObligationState.Missed
                : dueSoonDays > 0 && Period.Between(asOf, period.End, PeriodUnits.Days).Days <= dueSoonDays ? ObligationState.DueSoon
                : ObligationState.Open;
            result.Add(new ObligationStatus(ob, count, state, inWindow, closed));
        }

        return new MeetingAudit(tree, asOf, window, result.ToArray());
    }

    private static int CountOwn(MeetingIndex index, MeetingObligation ob, LocalDate last, ref bool inWindow, DateInterval? preferred)
    {
        var o = ob.OrganizationIndex;
        var bit = ob.Kind.Bit;
        var end = index.OrgStart[o + 1];
        var count = 0;
        for (var k = index.LowerBound(index.ByOrg, index.OrgStart[o], end, ob.Period.Start); k < end; k++)
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

    private static int CountBySecretary(MeetingIndex index, MeetingObligation ob, LocalDate last, ref bool inWindow, DateInterval? preferred)
    {
        var tree = index.Tree;
        var o = ob.OrganizationIndex;
        var org = tree.Organizations[o];
        var root = o;
        var anywhere = false;
        if (org.Kind == OrganizationKind.LeadingGroup)
        {
            anywhere = org.LeadsId is null || !tree.TryGetIndex(org.LeadsId, out root);
        }

        var bit = ob.Kind.Bit;
        var count = 0;
        foreach (var p in tree.PostIndicesOf(o))
        {
            var post = tree.Posts[p];
            if (post.Kind != PostKind.Secretary)
            {
                continue;
            }

            var m = tree.MemberIndexOf(post.MemberId);
            if (m < 0)
            {
                continue;
            }

            var end = index.LecturerStart[m + 1];
            for (var k = index.LowerBound(index.ByLecturer, index.LecturerStart[m], end, ob.Period.Start); k < end; k++)
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
