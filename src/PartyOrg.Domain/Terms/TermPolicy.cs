using System;
using NodaTime;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Terms;

/// <summary>
/// 任期政策 — how long an elected body's term is and when the 换届 milestones fall, VERSIONED by the term's start:
/// a term that began before <see cref="ChangeoverDate"/> (the 2018 《关于党的基层组织任期的意见》, in force
/// 2018-07-12) keeps the length it began with (<see cref="Legacy"/>) and switches to <see cref="Current"/> at its
/// next election. An immutable value; the compliance profile holds one per sector.
/// </summary>
/// <remarks>
/// <para>
/// Current lengths: committee 5, general branch 3, branch 3 years "as a
/// rule"; village and community committees, general branches and branches 5 years at every level.
/// </para>
/// <para>
/// Legacy lengths (before 2018-07-12): the older rules of the catalogue (§M4), committee 4, general branch 3, branch
/// 2 years ("4/3/2"). The 1998 and 2010 organ regulations gave an organ Party committee at prefecture level and above
/// 4 years (county level 3) and a general branch 3 years; the pre-2017 Constitution allowed 3 to 5 years for a basic
/// committee and 2 or 3 for a general branch or branch, and many units applied 2 for branches. Terms begun from
/// 2017-10-24 are raised to the 2017 Constitution's minimum of 3 years. Villages and communities: 3/3/3;
/// universities: committee 4 (the 1996/2010 高校条例 “任期四年”). Record <c>years</c> explicitly when a body was elected
/// for another length (a county-level organ committee's 3 years, say). Source confidence of the legacy defaults:
/// MEMORY for the branch's 2 years, read in stored excerpts for the organ committee's 4 and general branch's 3.
/// </para>
/// <para>
/// Milestones: the higher organization's reminder (6 months before expiry), the request
/// (换届请示, default 1 month before: no central number), the on-time tolerance (an
/// election within this period of the due date needs no approval; default 1 month), the report after the election
/// (default 1 month) and the limit of a postponement or advance (1 year "as a rule").
/// </para>
/// </remarks>
public sealed class TermPolicy : IEquatable<TermPolicy>
{
    private readonly (LocalDate From, TermLengths Lengths)[] later;

    /// <summary>Creates a policy.</summary>
    /// <param name="current">Lengths for terms starting on or after <paramref name="changeoverDate"/>.</param>
    /// <param name="legacy">Lengths for terms starting before it.</param>
    /// <param name="changeoverDate">The first day of the current rules (2018-07-12).</param>
    /// <param name="reminderLead">How long before expiry the higher organization reminds (6 months).</param>
    /// <param name="requestLead">How long before expiry the 换届请示 is due (1 month).</param>
    /// <param name="reportLag">How long after the election the report is due (1 month).</param>
    /// <param name="onTimeTolerance">How far from the due date an election still counts as on time (1 month).</param>
    /// <param name="adjustmentLimit">The usual limit of a postponement or advance (1 year).</param>
    /// <exception cref="ArgumentException">A period is negative or mixes in time units.</exception>
    public TermPolicy(
        TermLengths current,
        TermLengths legacy,
        LocalDate changeoverDate,
        Period reminderLead,
        Period requestLead,
        Period reportLag,
        Period onTimeTolerance,
        Period adjustmentLimit)
        : this(current, legacy, changeoverDate, reminderLead, requestLead, reportLag, onTimeTolerance, adjustmentLimit, Array.Empty<(LocalDate, TermLengths)>())
    {
    }

    private TermPolicy(
        TermLengths current,
        TermLengths legacy,
        LocalDate changeoverDate,
        Period reminderLead,
        Period requestLead,
        Period reportLag,
        Period onTimeTolerance,
        Period adjustmentLimit,
        (LocalDate From, TermLengths Lengths)[] later)
    {
        this.later = later;
        Current = current ?? throw new ArgumentNullException(nameof(current));
        Legacy = legacy ?? throw new ArgumentNullException(nameof(legacy));
        ChangeoverDate = changeoverDate;
        ReminderLead = CheckPeriod(reminderLead, nameof(reminderLead));
        RequestLead = CheckPeriod(requestLead, nameof(requestLead));
        ReportLag = CheckPeriod(reportLag, nameof(reportLag));
        OnTimeTolerance = CheckPeriod(onTimeTolerance, nameof(onTimeTolerance));
        AdjustmentLimit = CheckPeriod(adjustmentLimit, nameof(adjustmentLimit));
    }

    /// <summary>Party and state organs, SOEs and other units: 5/3/3 since 2018-07-12, 4/3/2 before.</summary>
    public static TermPolicy Default { get; } = Create(new TermLengths(5, 3, 3), new TermLengths(4, 3, 2));

    /// <summary>Villages, townships and communities: 5/5/5 since 2018-07-12 (fixed, no "一般"), 3/3/3 before.</summary>
    public static TermPolicy VillageAndCommunity { get; } = Create(new TermLengths(5, 5, 5), new TermLengths(3, 3, 3));

    /// <summary>Universities: 5/3/3 since 2018-07-12; before, 4/3/2 (the university committee served 4 years: 高校条例 “任期四年”).</summary>
    public static TermPolicy University { get; } = Create(new TermLengths(5, 3, 3), new TermLengths(4, 3, 2));

    /// <summary>Lengths for terms starting on or after <see cref="ChangeoverDate"/>.</summary>
    public TermLengths Current { get; }

    /// <summary>Lengths for terms that started before <see cref="ChangeoverDate"/> (kept until the next election).</summary>
    public TermLengths Legacy { get; }

    /// <summary>The first day of the current lengths: 2018-07-12, when the 2018 Opinion took effect.</summary>
    public LocalDate ChangeoverDate { get; }

    /// <summary>How long before expiry the higher organization reminds the body.</summary>
    public Period ReminderLead { get; }

    /// <summary>How long before expiry the 换届请示 is due.</summary>
    public Period RequestLead { get; }

    /// <summary>How long after the election (or the due date) the election report (换届情况报告) is due.</summary>
    public Period ReportLag { get; }

    /// <summary>How far from the due date an election still counts as on time without approval.</summary>
    public Period OnTimeTolerance { get; }

    /// <summary>The usual limit (一般不超过1年) of a postponement or an advance.</summary>
    public Period AdjustmentLimit { get; }

    /// <summary>The policy of a sector's built-in profile.</summary>
    /// <param name="sector">The sector.</param>
    /// <returns><see cref="VillageAndCommunity"/> for rural and community, <see cref="University"/> for universities, else <see cref="Default"/>.</returns>
    public static TermPolicy ForSector(Sector sector)
    {
        if (sector is null)
        {
            throw new ArgumentNullException(nameof(sector));
        }

        if (sector == Sector.Rural || sector == Sector.Community)
        {
            return VillageAndCommunity;
        }

        return sector == Sector.University ? University : Default;
    }

    /// <summary>The latest lengths: those of the last version (a local change after the changeover), else <see cref="Current"/>.</summary>
    public TermLengths Latest => later.Length > 0 ? later[later.Length - 1].Lengths : Current;

    /// <summary>The lengths for a term starting on <paramref name="start"/>: <see cref="Legacy"/> before <see cref="ChangeoverDate"/>, else the version in force on that day.</summary>
    /// <param name="start">The term's start.</param>
    /// <returns>The lengths (the legacy ones before the Constitution's minimum is applied: see <see cref="DefaultYears"/>).</returns>
    public TermLengths LengthsFor(LocalDate start)
    {
        if (IsLegacy(start))
        {
            return Legacy;
        }

        for (var i = later.Length - 1; i >= 0; i--)
        {
            if (later[i].From <= start)
            {
                return later[i].Lengths;
            }
        }

        return Current;
    }

    /// <summary>
    /// A copy in which terms starting on or after <paramref name="from"/> get <paramref name="lengths"/> (a later national
    /// or local change). A date on or before <see cref="ChangeoverDate"/> moves the changeover there and replaces
    /// <see cref="Current"/>; versions that begin on or after <paramref name="from"/> are replaced.
    /// </summary>
    /// <param name="from">The first term start the lengths apply to.</param>
    /// <param name="lengths">The lengths.</param>
    /// <returns>The copy.</returns>
    public TermPolicy WithLengthsFrom(LocalDate from, TermLengths lengths)
    {
        if (lengths is null)
        {
            throw new ArgumentNullException(nameof(lengths));
        }

        if (from <= ChangeoverDate)
        {
            return new(lengths, Legacy, from, ReminderLead, RequestLead, ReportLag, OnTimeTolerance, AdjustmentLimit);
        }

        var kept = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Where(later, v => v.From < from));
        kept.Add((from, lengths));
        return new(Current, Legacy, ChangeoverDate, ReminderLead, RequestLead, ReportLag, OnTimeTolerance, AdjustmentLimit, kept.ToArray());
    }

    /// <summary>Whether a term starting on <paramref name="start"/> is under the legacy (pre-2018) lengths.</summary>
    /// <param name="start">The term's start.</param>
    /// <returns>True before <see cref="ChangeoverDate"/>.</returns>
    public bool IsLegacy(LocalDate start) => start < ChangeoverDate;

    /// <summary>The default length of a term of a body of <paramref name="kind"/> starting on <paramref name="start"/>, or null for a kind without a term.</summary>
    /// <param name="kind">The organization kind.</param>
    /// <param name="start">The term's start.</param>
    /// <returns>Years, or null.</returns>
    /// <remarks>A legacy length is raised to the minimum of the Constitution in force at the start: from 2017-10-24
    /// (the 2017 Constitution) general branches and branches serve at least 3 years even before the 2018 Opinion.</remarks>
    public int? DefaultYears(OrganizationKind kind, LocalDate start)
    {
        if (!IsLegacy(start))
        {
            return LengthsFor(start).For(kind);
        }

        var years = Legacy.For(kind);
        var range = kind is null ? null : ConstitutionalTermRange.For(kind, start);
        return years is { } y && range is not null && y < range.MinYears ? range.MinYears : years;
    }

    /// <summary>The article that sets the default length for a term starting on <paramref name="start"/>.</summary>
    /// <param name="start">The term's start.</param>
    /// <returns>The 2018 Opinion Part 1 for current terms; the Constitution then in force for legacy ones (article unconfirmed).</returns>
    public Citation LengthCitation(LocalDate start) =>
        IsLegacy(start)
            ? start >= Regulation.Constitution2017.InForceFrom
                ? new Citation(Regulation.Constitution2017, 31)
                : new Citation(Regulation.Constitution2012, 30, articleConfirmed: false)
            : new Citation(Regulation.TermOpinion, 1);

    /// <summary>A copy with other current lengths.</summary>
    /// <param name="current">The lengths.</param>
    /// <returns>The copy.</returns>
    public TermPolicy WithCurrent(TermLengths current) => new(current, Legacy, ChangeoverDate, ReminderLead, RequestLead, ReportLag, OnTimeTolerance, AdjustmentLimit, later);

    /// <summary>A copy with other legacy lengths (for data from before 2018-07-12).</summary>
    /// <param name="legacy">The lengths.</param>
    /// <returns>The copy.</returns>
    public TermPolicy WithLegacy(TermLengths legacy) => new(Current, legacy, ChangeoverDate, ReminderLead, RequestLead, ReportLag, OnTimeTolerance, AdjustmentLimit, later);

    /// <summary>A copy with another request lead time (e.g. 2 months, Bengbu).</summary>
    /// <param name="requestLead">The period.</param>
    /// <returns>The copy.</returns>
    public TermPolicy WithRequestLead(Period requestLead) => new(Current, Legacy, ChangeoverDate, ReminderLead, requestLead, ReportLag, OnTimeTolerance, AdjustmentLimit, later);

    /// <summary>A copy with another reminder lead time.</summary>
    /// <param name="reminderLead">The period.</param>
    /// <returns>The copy.</returns>
    public TermPolicy WithReminderLead(Period reminderLead) => new(Current, Legacy, ChangeoverDate, reminderLead, RequestLead, ReportLag, OnTimeTolerance, AdjustmentLimit, later);

    /// <summary>A copy with another report lag.</summary>
    /// <param name="reportLag">The period.</param>
    /// <returns>The copy.</returns>
    public TermPolicy WithReportLag(Period reportLag) => new(Current, Legacy, ChangeoverDate, ReminderLead, RequestLead, reportLag, OnTimeTolerance, AdjustmentLimit, later);

    /// <summary>A copy with another on-time tolerance.</summary>
    /// <param name="onTimeTolerance">The period.</param>
    /// <returns>The copy.</returns>
    public TermPolicy WithOnTimeTolerance(Period onTimeTolerance) => new(Current, Legacy, ChangeoverDate, ReminderLead, RequestLead, ReportLag, onTimeTolerance, AdjustmentLimit, later);

    /// <inheritdoc />
    public bool Equals(TermPolicy? other) =>
        other is not null && Current.Equals(other.Current) && Legacy.Equals(other.Legacy) && ChangeoverDate == other.ChangeoverDate
        && ReminderLead.Equals(other.ReminderLead) && RequestLead.Equals(other.RequestLead) && ReportLag.Equals(other.ReportLag)
        && OnTimeTolerance.Equals(other.OnTimeTolerance) && AdjustmentLimit.Equals(other.AdjustmentLimit)
        && System.Linq.Enumerable.SequenceEqual(later, other.later);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TermPolicy p && Equals(p);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Current.GetHashCode() * 397) ^ Legacy.GetHashCode() ^ ChangeoverDate.GetHashCode());

    /// <summary>"current 5/3/3 since 2018-07-12 (legacy 4/3/2)".</summary>
    /// <returns>A summary.</returns>
    public override string ToString()
    {
        var text = $"{Current} since {ChangeoverDate:uuuu-MM-dd} (before: {Legacy})";
        foreach (var (from, lengths) in later)
        {
            text += $"; {lengths} from {from:uuuu-MM-dd}";
        }

        return text;
    }

    private static TermPolicy Create(TermLengths current, TermLengths legacy) =>
        new(current, legacy, Regulation.TermOpinion.InForceFrom, Period.FromMonths(6), Period.FromMonths(1), Period.FromMonths(1), Period.FromMonths(1), Period.FromYears(1));

    private static Period CheckPeriod(Period period, string name)
    {
        if (period is null)
        {
            throw new ArgumentNullException(name);
        }

        if (period.HasTimeComponent || period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0)
        {
            throw new ArgumentException($"Expected a non-negative period of years, months, weeks or days, not {period}.", name);
        }

        return period;
    }
}
