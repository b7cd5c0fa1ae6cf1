using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartyOrg.Domain.Calendars;

namespace PartyOrg.Domain.Meetings;

/// <summary>
/// 频次 — the periods in which a meeting is owed: calendar months, quarters, half years or years, or custom windows such
/// as school terms (学期). An immutable value.
/// </summary>
public sealed class MeetingFrequency : IEquatable<MeetingFrequency>
{
    private readonly ReportingPeriod[] windows;

    private MeetingFrequency(PeriodKind kind, ReportingPeriod[] windows)
    {
        Kind = kind;
        this.windows = windows;
    }

    /// <summary>每月 — every calendar month.</summary>
    public static MeetingFrequency Monthly { get; } = new(PeriodKind.Month, Array.Empty<ReportingPeriod>());

    /// <summary>每季度 — every calendar quarter.</summary>
    public static MeetingFrequency Quarterly { get; } = new(PeriodKind.Quarter, Array.Empty<ReportingPeriod>());

    /// <summary>每半年 — every half year.</summary>
    public static MeetingFrequency HalfYearly { get; } = new(PeriodKind.HalfYear, Array.Empty<ReportingPeriod>());

    /// <summary>每年 — every calendar year.</summary>
    public static MeetingFrequency Yearly { get; } = new(PeriodKind.Year, Array.Empty<ReportingPeriod>());

    /// <summary>The granularity; <see cref="PeriodKind.Custom"/> for explicit windows.</summary>
    public PeriodKind Kind { get; }

    /// <summary>For <see cref="PeriodKind.Custom"/>: the windows, in date order; empty otherwise.</summary>
    public IReadOnlyList<ReportingPeriod> Windows => Internal.ReadOnly.View(windows, ref windowsView);

    private IReadOnlyList<ReportingPeriod>? windowsView;

    /// <summary>Explicit windows, e.g. school terms (每学期); no obligation falls outside them.</summary>
    /// <param name="windows">The windows (non-overlapping).</param>
    /// <returns>The frequency.</returns>
    /// <exception cref="ArgumentException">No window is given, a window is null, or two overlap.</exception>
    public static MeetingFrequency Custom(IEnumerable<DateInterval> windows)
    {
        var w = (windows ?? throw new ArgumentNullException(nameof(windows)))
            .Select(i => i is null ? throw new ArgumentException("A window is null.", nameof(windows)) : ReportingPeriod.Custom(i.Start, i.End))
            .OrderBy(p => p)
            .ToArray();
        if (w.Length == 0)
        {
            throw new ArgumentException("Custom frequency needs at least one window.", nameof(windows));
        }

        for (var i = 1; i < w.Length; i++)
        {
            if (w[i].Start <= w[i - 1].End)
            {
                throw new ArgumentException($"Windows {w[i - 1]} and {w[i]} overlap.", nameof(windows));
            }
        }

        return new MeetingFrequency(PeriodKind.Custom, w);
    }

    /// <summary>The periods that overlap <paramref name="range"/>, in date order.</summary>
    /// <param name="range">The date range.</param>
    /// <returns>The periods.</returns>
    public IEnumerable<ReportingPeriod> PeriodsOverlapping(DateInterval range)
    {
        if (range is null)
        {
            throw new ArgumentNullException(nameof(range));
        }

        if (Kind == PeriodKind.Custom)
        {
            foreach (var w in windows)
            {
                if (w.Start <= range.End && w.End >= range.Start)
                {
                    yield return w;
                }
            }

            yield break;
        }

        for (var p = ReportingPeriod.Containing(Kind, range.Start); p.Start <= range.End; p = p.Next())
        {
            yield return p;
            if (p.End >= range.End)
            {
                yield break; // the last period: no Next() past it (none exists after 9999-12-31)
            }
        }
    }

    /// <inheritdoc />
    public bool Equals(MeetingFrequency? other) => other is not null && Kind == other.Kind && windows.SequenceEqual(other.windows);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MeetingFrequency f && Equals(f);

    /// <inheritdoc />
    public override int GetHashCode() => ((int)Kind * 397) ^ windows.Length;

    /// <summary>"monthly", "quarterly", "half-yearly", "yearly" or the custom windows.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        PeriodKind.Month => "monthly",
        PeriodKind.Quarter => "quarterly",
        PeriodKind.HalfYear => "half-yearly",
        PeriodKind.Year => "yearly",
        _ => "in " + string.Join(", ", windows.Select(w => w.ToString())),
    };
}
