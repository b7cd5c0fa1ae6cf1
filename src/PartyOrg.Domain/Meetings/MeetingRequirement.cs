using System;
using System.Globalization;
using PartyOrg.Domain.Calendars;

namespace PartyOrg.Domain.Meetings;

/// <summary>
/// 会议要求 — one recurring obligation as data: the rule that enforces it (its id in the rule catalogue; severity and
/// citations come from that rule), the kind of meeting, which organizations owe it, how often and how many, the soft
/// scheduling window, the quorum, who must lecture and an optional fixed day for planning. The
/// <see cref="MeetingPlanner"/> and the audit read the same objects, so the calendar never asks for something the audit
/// does not check. An immutable value; the <c>With…</c> methods return changed copies.
/// </summary>
public sealed class MeetingRequirement : IEquatable<MeetingRequirement>
{
    /// <summary>Creates a requirement.</summary>
    /// <param name="ruleId">The id of the rule that enforces it, e.g. <c>MTG-COMMITTEE-MONTHLY</c>.</param>
    /// <param name="kind">The kind of meeting.</param>
    /// <param name="scope">Which organizations owe it.</param>
    /// <param name="frequency">The periods in which it is owed.</param>
    /// <param name="minimumCount">How many per period (at least 1).</param>
    /// <param name="preferredWindow">The soft "as a rule" window (e.g. Q4), or null.</param>
    /// <param name="quorum">The quorum checked per record.</param>
    /// <param name="lecturer">Who must lecture (Party lectures).</param>
    /// <param name="fixedDay">The fixed day the planner proposes (e.g. the first Friday for a 主题党日), or null for the end of the period.</param>
    /// <exception cref="ArgumentException">The rule id is empty or <paramref name="minimumCount"/> is less than 1.</exception>
    public MeetingRequirement(
        string ruleId,
        MeetingKind kind,
        OrganizationScope scope,
        MeetingFrequency frequency,
        int minimumCount = 1,
        SchedulingWindow? preferredWindow = null,
        MeetingQuorum quorum = MeetingQuorum.None,
        LecturerRequirement lecturer = LecturerRequirement.Anyone,
        FixedDayPolicy? fixedDay = null)
    {
        RuleId = Internal.Guard.NotBlank(ruleId, nameof(ruleId));
        Kind = kind ?? throw new ArgumentNullException(nameof(kind));
        Scope = scope ?? throw new ArgumentNullException(nameof(scope));
        Frequency = frequency ?? throw new ArgumentNullException(nameof(frequency));
        MinimumCount = Internal.Guard.Positive(minimumCount, nameof(minimumCount));
        PreferredWindow = preferredWindow;
        Quorum = quorum;
        Lecturer = lecturer;
        FixedDay = fixedDay;
    }

    /// <summary>The id of the enforcing rule.</summary>
    public string RuleId { get; }

    /// <summary>The kind of meeting.</summary>
    public MeetingKind Kind { get; }

    /// <summary>Which organizations owe it.</summary>
    public OrganizationScope Scope { get; }

    /// <summary>The periods in which it is owed.</summary>
    public MeetingFrequency Frequency { get; }

    /// <summary>How many per period.</summary>
    public int MinimumCount { get; }

    /// <summary>The soft scheduling window, or null.</summary>
    public SchedulingWindow? PreferredWindow { get; }

    /// <summary>The quorum checked per record.</summary>
    public MeetingQuorum Quorum { get; }

    /// <summary>Who must lecture.</summary>
    public LecturerRequirement Lecturer { get; }

    /// <summary>The planner's fixed day, or null.</summary>
    public FixedDayPolicy? FixedDay { get; }

    /// <summary>A copy with another frequency (e.g. a local 党课 frequency).</summary>
    /// <param name="frequency">The frequency.</param>
    /// <returns>The copy.</returns>
    public MeetingRequirement WithFrequency(MeetingFrequency frequency) =>
        new(RuleId, Kind, Scope, frequency, MinimumCount, PreferredWindow, Quorum, Lecturer, FixedDay);

    /// <summary>A copy with another minimum count.</summary>
    /// <param name="minimumCount">At least 1.</param>
    /// <returns>The copy.</returns>
    public MeetingRequirement WithMinimumCount(int minimumCount) =>
        new(RuleId, Kind, Scope, Frequency, minimumCount, PreferredWindow, Quorum, Lecturer, FixedDay);

    /// <summary>A copy with another scope.</summary>
    /// <param name="scope">The scope.</param>
    /// <returns>The copy.</returns>
    public MeetingRequirement WithScope(OrganizationScope scope) =>
        new(RuleId, Kind, scope, Frequency, MinimumCount, PreferredWindow, Quorum, Lecturer, FixedDay);

    /// <summary>A copy with another fixed day for planning.</summary>
    /// <param name="fixedDay">The policy, or null.</param>
    /// <returns>The copy.</returns>
    public MeetingRequirement WithFixedDay(FixedDayPolicy? fixedDay) =>
        new(RuleId, Kind, Scope, Frequency, MinimumCount, PreferredWindow, Quorum, Lecturer, fixedDay);

    /// <summary>A copy with another soft scheduling window.</summary>
    /// <param name="preferredWindow">The window, or null.</param>
    /// <returns>The copy.</returns>
    public MeetingRequirement WithPreferredWindow(SchedulingWindow? preferredWindow) =>
        new(RuleId, Kind, Scope, Frequency, MinimumCount, preferredWindow, Quorum, Lecturer, FixedDay);

    /// <inheritdoc />
    public bool Equals(MeetingRequirement? other) =>
        other is not null && RuleId == other.RuleId && Kind.Equals(other.Kind) && Scope.Equals(other.Scope) && Frequency.Equals(other.Frequency)
        && MinimumCount == other.MinimumCount && Equals(PreferredWindow, other.PreferredWindow) && Quorum == other.Quorum
        && Lecturer == other.Lecturer && Equals(FixedDay, other.FixedDay);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MeetingRequirement r && Equals(r);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(RuleId) * 397) ^ Kind.GetHashCode());

    /// <summary>"RULE-ID: ≥ n kind frequency for scope".</summary>
    /// <returns>A summary.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0}: ≥ {1} {2} {3} for {4}", RuleId, MinimumCount, Kind.Name, Frequency, Scope);
}
