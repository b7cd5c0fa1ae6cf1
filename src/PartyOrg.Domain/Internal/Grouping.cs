using System;
using System.Collections.Generic;
using NodaTime;

namespace PartyOrg.Domain.Internal;

/// <summary>Grouping without LINQ for the logs built from a whole document (hundreds of thousands of records).</summary>
internal static class Grouping
{
    /// <summary>
    /// The items grouped by <paramref name="key"/> (ordinal), each group ordered by <paramref name="date"/> with equal
    /// dates in input order, the keys in order of first appearance: what
    /// <c>GroupBy(key).ToDictionary(g =&gt; g.Key, g =&gt; g.OrderBy(date).ToArray())</c> gives, with one array per group.
    /// </summary>
    internal static Dictionary<string, T[]> ByKeyOrderedByDate<T>(T[] items, Func<T, string> key, Func<T, LocalDate> date)
    {
        var groupOf = new int[items.Length];
        var groupIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new List<string>();
        var counts = new List<int>();
        for (var i = 0; i < items.Length; i++)
        {
            var k = key(items[i]);
            if (!groupIndex.TryGetValue(k, out var g))
            {
                g = keys.Count;
                groupIndex.Add(k, g);
                keys.Add(k);
                counts.Add(0);
            }

            groupOf[i] = g;
            counts[g]++;
        }

        var groups = new T[keys.Count][];
        for (var g = 0; g < groups.Length; g++)
        {
            groups[g] = new T[counts[g]];
            counts[g] = 0;
        }

        for (var i = 0; i < items.Length; i++)
        {
            var g = groupOf[i];
            groups[g][counts[g]++] = items[i];
        }

        var result = new Dictionary<string, T[]>(keys.Count, StringComparer.Ordinal);
        for (var g = 0; g < groups.Length; g++)
        {
            SortStable(groups[g], date);
            result.Add(keys[g], groups[g]);
        }

        return result;
    }

    /// <summary>Sorts by date keeping equal dates in their order (an insertion sort: groups are a few records, mostly in order already).</summary>
    private static void SortStable<T>(T[] group, Func<T, LocalDate> date)
    {
        for (var i = 1; i < group.Length; i++)
        {
            var item = group[i];
            var d = date(item);
            var j = i - 1;
            while (j >= 0 && date(group[j]) > d)
            {
                group[j + 1] = group[j];
                j--;
            }

            group[j + 1] = item;
        }
    }
}
