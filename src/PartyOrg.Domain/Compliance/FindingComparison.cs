using System;
using System.Collections.Generic;
using System.Linq;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// 调整前后对比 — compares two sets of findings, e.g. before and after a what-if restructuring: which were fixed,
/// which appeared, which are unchanged. Findings match by rule id + subject + period (the message, numbers and
/// severity may differ); repeated findings with the same key match one for one.
/// </summary>
public sealed class FindingComparison
{
    private FindingComparison(Finding[] fixedFindings, Finding[] appeared, Finding[] unchanged)
    {
        Fixed = fixedFindings;
        Appeared = appeared;
        Unchanged = unchanged;
    }

    /// <summary>Findings present before and not after (已解决), in report order.</summary>
    public IReadOnlyList<Finding> Fixed { get; }

    /// <summary>Findings present after and not before (新出现), in report order.</summary>
    public IReadOnlyList<Finding> Appeared { get; }

    /// <summary>Findings present on both sides (the "after" version), in report order.</summary>
    public IReadOnlyList<Finding> Unchanged { get; }

    /// <summary>Whether anything was fixed or appeared.</summary>
    public bool HasChanges => Fixed.Count > 0 || Appeared.Count > 0;

    /// <summary>Compares two reports.</summary>
    /// <param name="before">The report before the change.</param>
    /// <param name="after">The report after the change.</param>
    /// <returns>The comparison.</returns>
    public static FindingComparison Compare(ComplianceReport before, ComplianceReport after) =>
        Compare((before ?? throw new ArgumentNullException(nameof(before))).Findings, (after ?? throw new ArgumentNullException(nameof(after))).Findings);

    /// <summary>Compares two sets of findings.</summary>
    /// <param name="before">The findings before the change.</param>
    /// <param name="after">The findings after the change.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">A list is null or holds a null.</exception>
    public static FindingComparison Compare(IEnumerable<Finding> before, IEnumerable<Finding> after)
    {
        var pending = new Dictionary<string, Queue<Finding>>(StringComparer.Ordinal);
        foreach (var f in before ?? throw new ArgumentNullException(nameof(before)))
        {
            if (f is null)
            {
                throw new ArgumentException("A finding in the list is null.", nameof(before));
            }

            var key = Key(f);
            if (!pending.TryGetValue(key, out var queue))
            {
                queue = new Queue<Finding>();
                pending.Add(key, queue);
            }

            queue.Enqueue(f);
        }

        var appeared = new List<Finding>();
        var unchanged = new List<Finding>();
        foreach (var f in after ?? throw new ArgumentNullException(nameof(after)))
        {
            if (f is null)
            {
                throw new ArgumentException("A finding in the list is null.", nameof(after));
            }

            if (pending.TryGetValue(Key(f), out var queue) && queue.Count > 0)
            {
                queue.Dequeue();
                unchanged.Add(f);
            }
            else
            {
                appeared.Add(f);
            }
        }

        var fixedFindings = pending.Values.SelectMany(q => q).ToArray();
        Array.Sort(fixedFindings);
        var appearedArray = appeared.ToArray();
        Array.Sort(appearedArray);
        var unchangedArray = unchanged.ToArray();
        Array.Sort(unchangedArray);
        return new FindingComparison(fixedFindings, appearedArray, unchangedArray);
    }

    /// <summary>"fixed N, appeared N, unchanged N".</summary>
    /// <returns>A summary.</returns>
    public override string ToString() => $"fixed {Fixed.Count}, appeared {Appeared.Count}, unchanged {Unchanged.Count}";

    private static string Key(Finding f) => f.RuleId + "\u0001" + f.SubjectId + "\u0001" + (f.Period?.ToString() ?? string.Empty);
}
