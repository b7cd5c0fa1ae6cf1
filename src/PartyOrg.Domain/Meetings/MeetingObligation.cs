using System;
using NodaTime;
using PartyOrg.Domain.Calendars;

namespace PartyOrg.Domain.Meetings;

/// <summary>
/// 会议义务 — one meeting an organization owes: which kind, under which requirement (and rule id), in which period, the
/// window to hold it in (the soft "as a rule" window, else the whole period) and the proposed date (the fixed day, moved
/// to a working day, else the last working day of the window). A meeting anywhere in the period meets it. An immutable
/// value produced by <see cref="MeetingPlanner"/>.
/// </summary>
public sealed class MeetingObligation : IEquatable<MeetingObligation>
{
    internal MeetingObligation(int organizationIndex, string organizationId, MeetingRequirement requirement, ReportingPeriod period, DateInterval window, LocalDate dueDate)
    {
        OrganizationIndex = organizationIndex;
        OrganizationId = organizationId;
        Requirement = requirement;
        Period = period;
        WindowStart = window.Start;
        WindowEnd = window.End;
        DueDate = dueDate;
    }

    /// <summary>The organization that owes it.</summary>
    public string OrganizationId { get; }

    /// <summary>The requirement.</summary>
    public MeetingRequirement Requirement { get; }

    /// <summary>The kind of meeting.</summary>
    public MeetingKind Kind => Requirement.Kind;

    /// <summary>The id of the enforcing rule.</summary>
    public string RuleId => Requirement.RuleId;

    /// <summary>How many meetings the period needs.</summary>
    public int MinimumCount => Requirement.MinimumCount;

    /// <summary>The period in which it is owed.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The first day of the window to hold it in.</summary>
    public LocalDate WindowStart { get; }

    /// <summary>The last day of the window to hold it in.</summary>
    public LocalDate WindowEnd { get; }

    /// <summary>The proposed date.</summary>
    public LocalDate DueDate { get; }

    internal int OrganizationIndex { get; }

    /// <inheritdoc />
    public bool Equals(MeetingObligation? other) =>
        other is not null && OrganizationId == other.OrganizationId && Requirement.Equals(other.Requirement) && Period == other.Period
        && WindowStart == other.WindowStart && WindowEnd == other.WindowEnd && DueDate == other.DueDate;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MeetingObligation o && Equals(o);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(OrganizationId) * 397) ^ Period.GetHashCode() ^ Kind.GetHashCode());

    /// <summary>"organization kind period (due date) RULE-ID".</summary>
    /// <returns>A summary.</returns>
    public override string ToString() => $"{OrganizationId} {Kind.Name} {Period} (due {DueDate:uuuu-MM-dd}) {RuleId}";
}
