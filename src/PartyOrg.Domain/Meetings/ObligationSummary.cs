using System;
using PartyOrg.Domain.Calendars;

namespace PartyOrg.Domain.Meetings;

/// <summary>
/// 完成率 — for one organization (or subtree), kind of meeting and quarter: how many judged obligations there were and
/// how many were met, and how many are still open — what a 机关工委 looks at each quarter. An obligation belongs to the
/// quarter in which its period ends (a yearly one to Q4). An immutable value.
/// </summary>
public sealed class ObligationSummary
{
    internal ObligationSummary(string? organizationId, MeetingKind kind, ReportingPeriod quarter, int owed, int met, int open)
    {
        OrganizationId = organizationId;
        Kind = kind;
        Quarter = quarter;
        Owed = owed;
        Met = met;
        Open = open;
    }

    /// <summary>The organization (root of the subtree summarized), or null for the whole tree.</summary>
    public string? OrganizationId { get; }

    /// <summary>The kind of meeting.</summary>
    public MeetingKind Kind { get; }

    /// <summary>The quarter.</summary>
    public ReportingPeriod Quarter { get; }

    /// <summary>Judged obligations (periods closed on "as of").</summary>
    public int Owed { get; }

    /// <summary>Judged obligations met.</summary>
    public int Met { get; }

    /// <summary>Obligations whose period is still open and not yet met.</summary>
    public int Open { get; }

    /// <summary>Met ÷ owed, or null when nothing was owed yet.</summary>
    public double? Share => Owed == 0 ? null : (double)Met / Owed;

    /// <summary>"kind quarter met/owed".</summary>
    /// <returns>A summary.</returns>
    public override string ToString() => $"{Kind.Name} {Quarter} {Met}/{Owed}";
}
