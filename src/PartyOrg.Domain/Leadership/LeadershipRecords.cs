using System;
using System.Collections.Generic;
using System.Linq;

namespace PartyOrg.Domain.Leadership;

/// <summary>The <c>reports</c> section of a document: the yearly reports of an organ's leaders (immutable).</summary>
public sealed class LeadershipReportLog
{
    private readonly LeadershipReport[] reports;

    /// <summary>Creates the log.</summary>
    /// <param name="reports">The reports (none may be null).</param>
    public LeadershipReportLog(IEnumerable<LeadershipReport> reports)
    {
        this.reports = (reports ?? throw new ArgumentNullException(nameof(reports))).ToArray();
        if (Array.IndexOf(this.reports, null) >= 0)
        {
            throw new ArgumentException("A report is null.", nameof(reports));
        }
    }

    /// <summary>The reports, in the order given.</summary>
    public IReadOnlyList<LeadershipReport> Reports => reports;
}

/// <summary>The <c>trainings</c> section of a document: class hours per member and year (immutable).</summary>
public sealed class TrainingLog
{
    private readonly TrainingRecord[] records;

    /// <summary>Creates the log.</summary>
    /// <param name="records">The rows (none may be null).</param>
    public TrainingLog(IEnumerable<TrainingRecord> records)
    {
        this.records = (records ?? throw new ArgumentNullException(nameof(records))).ToArray();
        if (Array.IndexOf(this.records, null) >= 0)
        {
            throw new ArgumentException("A training row is null.", nameof(records));
        }
    }

    /// <summary>The rows, in the order given.</summary>
    public IReadOnlyList<TrainingRecord> Records => records;

    /// <summary>The rows, the array itself (the audit's loop).</summary>
    internal TrainingRecord[] RecordArray => records;

    /// <summary>The class hours of a member in a year (all rows summed).</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="year">The year.</param>
    /// <returns>The sum, 0 when there is no row.</returns>
    public decimal HoursOf(string memberId, int year)
    {
        var sum = 0m;
        foreach (var r in records)
        {
            if (r.Year == year && string.Equals(r.MemberId, memberId, StringComparison.Ordinal))
            {
                sum += r.Hours;
            }
        }

        return sum;
    }
}
