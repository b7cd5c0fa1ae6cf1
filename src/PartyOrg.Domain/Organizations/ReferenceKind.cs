using Ardalis.SmartEnum;

namespace PartyOrg.Domain.Organizations;

/// <summary>What a reference in the input names: an organization or a member (see <see cref="DataReference"/>).</summary>
public sealed class ReferenceKind : SmartEnum<ReferenceKind>
{
    /// <summary>An organization id (<c>organizations[].id</c>).</summary>
    public static readonly ReferenceKind Organization = new("organization", 1, "organizations");

    /// <summary>A member id (<c>members[].id</c>).</summary>
    public static readonly ReferenceKind Member = new("member", 2, "members");

    private ReferenceKind(string name, int value, string collection)
        : base(name, value)
    {
        Collection = collection;
    }

    /// <summary>The collection such ids are declared in, in the contract's words: <c>organizations</c> or <c>members</c>.</summary>
    public string Collection { get; }
}
