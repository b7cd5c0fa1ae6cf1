using System;
using NodaTime;

namespace PartyOrg.Domain.Leadership;

/// <summary>
/// A yearly report of an organ's leaders (contract <c>reports[]</c>): a secretary's 述职评议, a 党组's Party-building
/// briefing or its comprehensive report. An annual obligation is met by a report dated in the calendar year.
/// </summary>
public sealed class LeadershipReport : IEquatable<LeadershipReport>
{
    /// <summary>Creates a report.</summary>
    /// <param name="kind">What kind of report.</param>
    /// <param name="organizationId">The organization whose report it is (the branch or committee; the 党组).</param>
    /// <param name="year">The year reported on.</param>
    /// <param name="date">The day it was given.</param>
    /// <param name="byMemberId">The member who gave it, or null.</param>
    /// <param name="toOrganizationId">The organization it was given to, or null.</param>
    /// <param name="grade">The grade of the review, or null.</param>
    public LeadershipReport(LeadershipReportKind kind, string organizationId, int year, LocalDate date, string? byMemberId = null,
        string? toOrganizationId = null, ReviewGrade? grade = null)
    {
        Kind = kind ?? throw new ArgumentNullException(nameof(kind));
        OrganizationId = string.IsNullOrWhiteSpace(organizationId) ? throw new ArgumentException("A report names its organization.", nameof(organizationId)) : organizationId;
        if (year < 1900 || year > 2199)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The year reported on must be between 1900 and 2199.");
        }

        Year = year;
        Date = date;
        ByMemberId = byMemberId;
        ToOrganizationId = toOrganizationId;
        Grade = grade;
    }

    /// <summary>What kind of report.</summary>
    public LeadershipReportKind Kind { get; }

    /// <summary>The organization whose report it is.</summary>
    public string OrganizationId { get; }

    /// <summary>The year reported on.</summary>
    public int Year { get; }

    /// <summary>The day it was given (the obligation it meets is that of this day's calendar year).</summary>
    public LocalDate Date { get; }

    /// <summary>The member who gave it, or null.</summary>
    public string? ByMemberId { get; }

    /// <summary>The organization it was given to, or null.</summary>
    public string? ToOrganizationId { get; }

    /// <summary>The grade of the review (好 / 较好 / 一般 / 差), or null.</summary>
    public ReviewGrade? Grade { get; }

    /// <inheritdoc />
    public bool Equals(LeadershipReport? other) =>
        other is not null && Kind == other.Kind && OrganizationId == other.OrganizationId && Year == other.Year && Date == other.Date
        && ByMemberId == other.ByMemberId && ToOrganizationId == other.ToOrganizationId && Grade == other.Grade;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LeadershipReport r && Equals(r);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Kind.Value * 397) ^ StringComparerHash(OrganizationId) ^ Date.GetHashCode());

    private static int StringComparerHash(string s) => StringComparer.Ordinal.GetHashCode(s);
}
