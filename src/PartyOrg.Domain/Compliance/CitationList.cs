using System.Collections;
using System.Collections.Generic;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// An immutable list of citations. A rule's descriptor holds one, and every finding of the rule shares it instead of
/// copying it (a province-size audit reports hundreds of thousands of findings).
/// </summary>
internal sealed class CitationList : IReadOnlyList<Citation>
{
    private readonly Citation[] items;

    /// <summary>Wraps an array that nobody else holds.</summary>
    internal CitationList(Citation[] items) => this.items = items;

    public int Count => items.Length;

    public Citation this[int index] => items[index];

    /// <summary>The list itself when it already is one, else an immutable copy.</summary>
    internal static CitationList From(IEnumerable<Citation> citations) =>
        citations as CitationList ?? new CitationList(System.Linq.Enumerable.ToArray(citations));

    public IEnumerator<Citation> GetEnumerator() => ((IEnumerable<Citation>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();
}
