using System;

namespace PartyOrg.Domain.AssessmentData;

/// <summary>
/// The key an assessment value is unique by (organisation, year, item, assessor, scorecard), for the duplicate check of
/// <see cref="AssessmentEntryLog"/>: a struct of its own rather than a tuple, so that a set of a province's million keys
/// compares and hashes them without the shared generic code of a tuple of strings.
/// </summary>
internal readonly struct AssessmentKey : IEquatable<AssessmentKey>
{
    private readonly string organization;
    private readonly int year;
    private readonly string item;
    private readonly string? assessor;
    private readonly string? scorecard;

    internal AssessmentKey(string organization, int year, string item, string? assessor, string? scorecard)
    {
        this.organization = organization;
        this.year = year;
        this.item = item;
        this.assessor = assessor;
        this.scorecard = scorecard;
    }

    public bool Equals(AssessmentKey other) =>
        year == other.year && string.Equals(organization, other.organization, StringComparison.Ordinal) && string.Equals(item, other.item, StringComparison.Ordinal)
        && string.Equals(assessor, other.assessor, StringComparison.Ordinal) && string.Equals(scorecard, other.scorecard, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is AssessmentKey other && Equals(other);

    public override int GetHashCode()
    {
        unchecked
        {
            var hash = organization.GetHashCode();
            hash = (hash * 31) + year;
            hash = (hash * 31) + item.GetHashCode();
            hash = (hash * 31) + (assessor?.GetHashCode() ?? 0);
            return (hash * 31) + (scorecard?.GetHashCode() ?? 0);
        }
    }
}
