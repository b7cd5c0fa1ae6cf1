using NodaTime;

namespace PartyOrg.Domain.Json.Contracts;

/// <summary>One entry of the <c>reports</c> section (revision 2): a secretary's 述职评议, a 党组's Party-building briefing or its comprehensive report.</summary>
public sealed class LeadershipReportContract
{
    /// <summary><c>secretary-review</c>, <c>party-building-briefing</c> or <c>comprehensive-report</c> (required).</summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary>The organization whose report it is (required).</summary>
    public string Organization { get; init; } = string.Empty;

    /// <summary>The year reported on (required).</summary>
    public int Year { get; init; }

    /// <summary>The day it was given (required); the obligation met is that of this day's year.</summary>
    public LocalDate Date { get; init; }

    /// <summary>The member who gave it, or null.</summary>
    public string? By { get; init; }

    /// <summary>The organization it was given to, or null.</summary>
    public string? To { get; init; }

    /// <summary>The grade (as implemented): <c>good</c> 好, <c>fairly-good</c> 较好, <c>average</c> 一般, <c>poor</c> 差; or null.</summary>
    public string? Grade { get; init; }
}

/// <summary>One row of the <c>trainings</c> section (revision 2): class hours of a member in a year (rows are summed).</summary>
public sealed class TrainingContract
{
    /// <summary>The member (required).</summary>
    public string Member { get; init; } = string.Empty;

    /// <summary>The year (required).</summary>
    public int Year { get; init; }

    /// <summary>Class hours, a number ≥ 0 in whole or half hours (required).</summary>
    public decimal Hours { get; init; }

    /// <summary>A note, or null.</summary>
    public string? Note { get; init; }
}
