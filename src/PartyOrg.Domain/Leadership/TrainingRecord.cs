using System;

namespace PartyOrg.Domain.Leadership;

/// <summary>Class hours (学时) of training and collective study a member took in a year (contract <c>trainings[]</c>; rows are summed per member and year).</summary>
public sealed class TrainingRecord : IEquatable<TrainingRecord>
{
    /// <summary>Creates a row.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="year">The year.</param>
    /// <param name="hours">Class hours, zero or more, in whole or half hours.</param>
    /// <param name="note">A note, or null.</param>
    public TrainingRecord(string memberId, int year, decimal hours, string? note = null)
    {
        MemberId = string.IsNullOrWhiteSpace(memberId) ? throw new ArgumentException("A training row names its member.", nameof(memberId)) : memberId;
        if (year < 1900 || year > 2199)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be between 1900 and 2199.");
        }

        if (hours < 0 || decimal.Remainder(hours * 2, 1) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(hours), hours, "Class hours must be zero or more, in whole or half hours.");
        }

        Year = year;
        Hours = hours;
        Note = note;
    }

    /// <summary>The member.</summary>
    public string MemberId { get; }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>Class hours.</summary>
    public decimal Hours { get; }

    /// <summary>A note, or null.</summary>
    public string? Note { get; }

    /// <inheritdoc />
    public bool Equals(TrainingRecord? other) =>
        other is not null && MemberId == other.MemberId && Year == other.Year && Hours == other.Hours && Note == other.Note;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TrainingRecord r && Equals(r);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(MemberId) * 397) ^ Year ^ Hours.GetHashCode());
}
