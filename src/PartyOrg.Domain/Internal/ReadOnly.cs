using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace PartyOrg.Domain.Internal;

/// <summary>
/// Read-only views of private arrays and lists: a property never hands out the array itself, so a caller's downcast to
/// <c>T[]</c> cannot change an immutable value or a static vocabulary. The view is created once per instance.
/// </summary>
internal static class ReadOnly
{
    internal static IReadOnlyList<T> View<T>(IReadOnlyList<T> items, ref IReadOnlyList<T>? view) =>
        view ??= items is IList<T> list ? new ReadOnlyCollection<T>(list) : items;
}
