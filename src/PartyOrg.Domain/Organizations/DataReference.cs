using System;

namespace PartyOrg.Domain.Organizations;

/// <summary>
/// A reference by id to an organization or member, e.g. the one a <see cref="DataProblem"/> names as missing
/// (<see cref="DataProblem.MissingReference"/>).
/// </summary>
public sealed class DataReference : IEquatable<DataReference>
{
    /// <summary>Creates a reference.</summary>
    /// <param name="kind">What the id names.</param>
    /// <param name="id">The id as written in the input (null is taken as empty).</param>
    public DataReference(ReferenceKind kind, string id)
    {
        Kind = Internal.Guard.NotNull(kind, nameof(kind));
        Id = id ?? string.Empty;
    }

    /// <summary>What the id names: an organization or a member.</summary>
    public ReferenceKind Kind { get; }

    /// <summary>The referenced id, exactly as written in the input.</summary>
    public string Id { get; }

    /// <summary>A reference to the organization <paramref name="id"/>.</summary>
    /// <param name="id">The organization id.</param>
    /// <returns>The reference.</returns>
    public static DataReference Organization(string id) => new(ReferenceKind.Organization, id);

    /// <summary>A reference to the member <paramref name="id"/>.</summary>
    /// <param name="id">The member id.</param>
    /// <returns>The reference.</returns>
    public static DataReference Member(string id) => new(ReferenceKind.Member, id);

    /// <inheritdoc />
    public bool Equals(DataReference? other) => other is not null && Kind == other.Kind && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DataReference r && Equals(r);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Kind.Value * 31) + StringComparer.Ordinal.GetHashCode(Id));

    /// <summary>The kind and the quoted id, e.g. <c>organization "b-9"</c>.</summary>
    /// <returns>The reference as text.</returns>
    public override string ToString() => Kind.Name + " \"" + Id + "\"";
}
