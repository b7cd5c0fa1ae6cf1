using System;

namespace PartyOrg.Domain.Organizations;

/// <summary>
/// One reason why input data is impossible (not merely non-compliant): which collection and position it was
/// in, the offending id and field, and what was expected. A bulk load reports all of them at once.
/// </summary>
public sealed class DataProblem : IEquatable<DataProblem>
{
    /// <summary>Creates a problem.</summary>
    /// <param name="collection">The collection in the contract's words: <c>organizations</c>, <c>members</c>, <c>posts</c>, …</param>
    /// <param name="index">The 0-based position in that collection, or -1.</param>
    /// <param name="subjectId">The offending id.</param>
    /// <param name="field">The field in the contract's words (<c>parent</c>, <c>branch</c>…), or null for the element.</param>
    /// <param name="message">What is wrong and what was expected.</param>
    public DataProblem(string collection, int index, string subjectId, string? field, string message)
    {
        Collection = Internal.Guard.NotBlank(collection, nameof(collection));
        Index = index;
        SubjectId = subjectId ?? string.Empty;
        Field = field;
        Message = Internal.Guard.NotBlank(message, nameof(message));
    }

    /// <summary>The collection: <c>organizations</c>, <c>members</c>, <c>posts</c>, …</summary>
    public string Collection { get; }

    /// <summary>The 0-based position in the collection, or -1.</summary>
    public int Index { get; }

    /// <summary>The offending id.</summary>
    public string SubjectId { get; }

    /// <summary>The field, or null.</summary>
    public string? Field { get; }

    /// <summary>What is wrong and what was expected.</summary>
    public string Message { get; }

    /// <summary>A JSON path in the interchange contract, e.g. <c>$.members[3].branch</c>.</summary>
    public string Path => "$." + Collection + (Index >= 0 ? "[" + Index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]" : string.Empty) + (Field is null ? string.Empty : "." + Field);

    /// <inheritdoc />
    public bool Equals(DataProblem? other) =>
        other is not null && Collection == other.Collection && Index == other.Index && SubjectId == other.SubjectId && Field == other.Field && Message == other.Message;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DataProblem p && Equals(p);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path + Message);

    /// <summary>"path: message".</summary>
    /// <returns>The problem as one line.</returns>
    public override string ToString() => Path + ": " + Message;
}
