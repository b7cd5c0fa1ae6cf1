namespace PartyOrg.Domain.Calendars;

/// <summary>The granularity of a <see cref="ReportingPeriod"/>.</summary>
public enum PeriodKind
{
    /// <summary>A calendar month (月), written <c>2026-03</c>.</summary>
    Month = 0,

    /// <summary>A calendar quarter (季度), written <c>2026-Q1</c>.</summary>
    Quarter = 1,

    /// <summary>A half year (半年), read as <c>2026-H1</c> and written as its interval of dates, <c>2026-01-01/2026-06-30</c>.</summary>
    HalfYear = 2,

    /// <summary>A calendar year (年度), written <c>2026</c>.</summary>
    Year = 3,

    /// <summary>Any other window (a school term, a custom audit window), written <c>2026-03-01/2026-07-15</c>.</summary>
    Custom = 4,
}
