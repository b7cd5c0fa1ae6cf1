using System;
using System.Globalization;

namespace PartyOrg.Domain.Organizations;

/// <summary>
/// An element of an input collection by position, e.g. the earlier element a <see cref="DataProblem"/> message points
/// at (<see cref="DataProblem.Related"/>: "first at <c>$.members[2]</c>").
/// </summary>
public sealed class DataLocation : IEquatable<DataLocation>
{
    /// <summary>Creates a location.</summary>
    /// <param name="collection">The collection in the contract's words: <c>organizations</c>, <c>members</c>, <c>dues</c>, …</param>
    /// <param name="index">The 0-based position in the collection as passed to the validating code.</param>
    public DataLocation(string collection, int index)
    {
        Collection = Internal.Guard.NotBlank(collection, nameof(collection));
        Index = Internal.Guard.NotNegative(index, nameof(index));
    }

    /// <summary>The collection: <c>organizations</c>, <c>members</c>, <c>dues</c>, …</summary>
    public string Collection { get; }

    /// <summary>The 0-based position in the collection as passed to the validating code.</summary>
    public int Index { get; }

    /// <summary>The JSON path in the interchange contract, e.g. <c>$.members[2]</c>.</summary>
    public string Path => "$." + Collection + "[" + Index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <inheritdoc />
    public bool Equals(DataLocation? other) => other is not null && Index == other.Index && string.Equals(Collection, other.Collection, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DataLocation l && Equals(l);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(Collection) * 31) + Index);

    /// <summary>The path, e.g. <c>$.members[2]</c>.</summary>
    /// <returns>The path.</returns>
    public override string ToString() => Path;
}
