using System;
using System.Collections.Generic;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Meetings;

/// <summary>
/// 会议计划 — the calendar of meetings owed: for an organization, a subtree or the whole tree and a date range, every
/// <see cref="MeetingObligation"/> of a <see cref="MeetingRequirementSet"/>. The audit enumerates its obligations with
/// this same planner, so what the calendar asks for is exactly what the audit checks.
/// </summary>
/// <remarks>
/// <para>
/// Periods are calendar months, quarters, half years and years (or a requirement's custom windows); every period that
/// overlaps the range is listed whole. A period is owed when the organization existed on its first day (established on
/// or before it; an unknown date counts as existing) and was not dissolved by its last day; a period that began before the
/// organization was set up is not owed. "Only with committee" is judged on the period's first day.
/// </para>
/// <para>
/// The proposed date is the requirement's <see cref="FixedDayPolicy"/> in the window's first month, moved to the next working
/// day in the window (else the previous one); without a fixed day, the last working day of the window.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var requirements = PartyOrg.Domain.Compliance.MeetingRequirements.Default
///     .With(PartyOrg.Domain.Compliance.MeetingRequirements.ThemeDayMonthly.WithFixedDay(FixedDayPolicy.FirstFriday));
/// var planner = new MeetingPlanner(requirements, WorkingDayCalendar.ChinaMainland2025And2026);
/// var year = planner.Plan(tree, new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)));
/// </code>
/// </example>
public sealed class MeetingPlanner
{
    /// <summary>Creates a planner.</summary>
    /// <param name="requirements">The requirements (e.g. a profile's <c>MeetingParameters.Requirements</c>).</param>
    /// <param name="calendar">The working-day calendar; weekends only when null.</param>
    public MeetingPlanner(MeetingRequirementSet requirements, IWorkingDayCalendar? calendar = null)
    {
        Requirements = requirements ?? throw new ArgumentNullException(nameof(requirements));
        Calendar = calendar ?? WorkingDayCalendar.WeekendsOnly;
    }

    /// <summary>The requirements.</summary>
    public MeetingRequirementSet Requirements { get; }

    /// <summary>The working-day calendar.</summary>
    public IWorkingDayCalendar Calendar { get; }

    /// <summary>The obligations of every organization of the tree, in preorder, then requirement order, then period.</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="range">The date range.</param>
    /// <returns>The obligations.</returns>
    public IReadOnlyList<MeetingObligation> Plan(OrganizationTree tree, DateInterval range)
    {
        Check(tree, range);
        var table = Table(range);
        var list = new List<MeetingObligation>();
        foreach (var i in tree.Preorder)
        {
            PlanInto(tree, i, table, list);
        }

        return list;
    }

    /// <summary>The obligations of one organization, or of it and its whole subtree.</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="organizationId">The organization.</param>
    /// <param name="range">The date range.</param>
    /// <param name="includeSubtree">Also the organizations below it.</param>
    /// <returns>The obligations.</returns>
    /// <exception cref="KeyNotFoundException">No organization has that id.</exception>
    public IReadOnlyList<MeetingObligation> Plan(OrganizationTree tree, string organizationId, DateInterval range, bool includeSubtree = false)
    {
        Check(tree, range);
        var table = Table(range);
        var list = new List<MeetingObligation>();
        if (!includeSubtree)
        {
            PlanInto(tree, tree.IndexOf(organizationId), table, list);
            return list;
        }

        foreach (var org in tree.Subtree(organizationId))
        {
            PlanInto(tree, tree.IndexOf(org.Id), table, list);
        }

        return list;
    }

    /// <summary>
    /// The periods of each requirement overlapping <paramref name="range"/>, with their windows and due days: the same for
    /// every organization, so computed once per plan (indexed like <see cref="MeetingRequirementSet.Requirements"/>).
    /// </summary>
    internal PlannedPeriod[][] Table(DateInterval range)
    {
        var reqs = Requirements.Requirements;
        var table = new PlannedPeriod[reqs.Count][];
        for (var q = 0; q < reqs.Count; q++)
        {
            var req = reqs[q];
            var periods = new List<PlannedPeriod>();
            foreach (var period in req.Frequency.PeriodsOverlapping(range))
            {
                var window = req.PreferredWindow?.Within(period) ?? period.Interval;
                var due = req.FixedDay is { } fixedDay
                    ? Calendar.AdjustWithin(fixedDay.DateIn(window.Start.Year, window.Start.Month) is var d && d < window.Start ? window.Start : d, window)
                    : Calendar.AdjustWithin(window.End, window);
                periods.Add(new PlannedPeriod(period, window, due));
            }

            table[q] = periods.ToArray();
        }

        return table;
    }

    /// <summary>Whether the organization owes the requirement in the period: it existed all through it and, if required, had a committee and is an organ's top organization.</summary>
    internal static bool Applies(OrganizationTree tree, int orgIndex, Organization org, MeetingRequirement req, ReportingPeriod period) =>
        !((org.EstablishedOn is { } est && est > period.Start) || (org.DissolvedOn is { } dis && dis <= period.End))
        && (!req.Scope.OnlyWithCommittee || MeetingMembership.HasCommitteeOn(tree, orgIndex, period.Start))
        && (!req.Scope.OnlyOrganTop || tree.IsOrganTopIndex(orgIndex));

    internal void PlanInto(OrganizationTree tree, int orgIndex, PlannedPeriod[][] table, List<MeetingObligation> into)
    {
        var org = tree.Organizations[orgIndex];
        var reqs = Requirements.Requirements;
        for (var q = 0; q < reqs.Count; q++)
        {
            var req = reqs[q];
            if (!req.Scope.Includes(org))
            {
                continue;
            }

            foreach (var planned in table[q])
            {
                if (Applies(tree, orgIndex, org, req, planned.Period))
                {
                    into.Add(new MeetingObligation(orgIndex, org.Id, req, planned.Period, planned.Window, planned.Due));
                }
            }
        }
    }

    private static void Check(OrganizationTree tree, DateInterval range)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        if (range is null)
        {
            throw new ArgumentNullException(nameof(range));
        }
    }
}

/// <summary>A period of a requirement with its preferred window and due day (the same for every organization).</summary>
internal readonly struct PlannedPeriod
{
    internal PlannedPeriod(ReportingPeriod period, DateInterval window, LocalDate due)
    {
        Period = period;
        Window = window;
        Due = due;
    }

    internal ReportingPeriod Period { get; }

    internal DateInterval Window { get; }

    internal LocalDate Due { get; }
}
