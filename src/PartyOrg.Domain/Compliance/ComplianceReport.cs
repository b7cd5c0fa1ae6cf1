using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// 检查报告 — the findings of one run, sorted by subject, rule id and period, with counts per severity and a
/// roll-up per organization and subtree. Immutable.
/// </summary>
public sealed class ComplianceReport
{
    private readonly OrganizationTree tree;
    private readonly Finding[] sortedFindings;
    private OrganizationRollUp[]? rollUps;

    internal ComplianceReport(string profileName, OrganizationTree tree, LocalDate asOf, DateInterval window, IEnumerable<Finding> findings)
        : this(profileName, tree, asOf, window, findings.ToArray(), sortedAlready: false)
    {
    }

    /// <summary>A report of <paramref name="findings"/> (the array is kept), sorted here unless <paramref name="sortedAlready"/> says they already are.</summary>
    internal ComplianceReport(string profileName, OrganizationTree tree, LocalDate asOf, DateInterval window, Finding[] findings, bool sortedAlready)
    {
        ProfileName = profileName;
        this.tree = tree;
        AsOf = asOf;
        Window = window;
        var sorted = findings;
        if (!sortedAlready)
        {
            SortFindings(sorted);
        }

        Findings = sorted;
        foreach (var f in sorted)
        {
            switch (f.Severity)
            {
                case Severity.Error:
                    Errors++;
                    break;
                case Severity.Warning:
                    Warnings++;
                    break;
                default:
                    Infos++;
                    break;
            }
        }

        sortedFindings = sorted; // roll-ups are built on first use (a province has 250,000 organizations)
    }

    /// <summary>The name of the profile used.</summary>
    public string ProfileName { get; }

    /// <summary>The "as of" date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The audit window.</summary>
    public DateInterval Window { get; }

    /// <summary>The findings, sorted by subject id, rule id, then period.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The number of error findings.</summary>
    public int Errors { get; }

    /// <summary>The number of warning findings.</summary>
    public int Warnings { get; }

    /// <summary>The number of info findings.</summary>
    public int Infos { get; }

    /// <summary>The number of organizations checked.</summary>
    public int OrganizationCount => tree.Organizations.Count;

    /// <summary>True when there is no error finding.</summary>
    public bool IsCompliant => Errors == 0;

    /// <summary>The most serious severity found, or null when there is no finding.</summary>
    public Severity? WorstSeverity => Findings.Count == 0 ? null : Findings.Max(f => f.Severity);

    /// <summary>The findings of one rule.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>Its findings in report order.</returns>
    public IEnumerable<Finding> ForRule(string ruleId) => Findings.Where(f => f.RuleId == ruleId);

    /// <summary>The findings about one subject (organization, member, meeting, term or election id).</summary>
    /// <param name="subjectId">The id.</param>
    /// <returns>Its findings in report order.</returns>
    public IEnumerable<Finding> ForSubject(string subjectId) => Findings.Where(f => f.SubjectId == subjectId);

    /// <summary>The roll-up of one organization: its own findings and those of its whole subtree.</summary>
    /// <param name="organizationId">The organization id.</param>
    /// <returns>The roll-up.</returns>
    /// <exception cref="KeyNotFoundException">No organization has that id.</exception>
    public OrganizationRollUp RollUpFor(string organizationId) => AllRollUps[tree.IndexOf(organizationId)];

    /// <summary>The roll-ups of every organization, in tree order.</summary>
    public IReadOnlyList<OrganizationRollUp> RollUps => AllRollUps;

    private OrganizationRollUp[] AllRollUps => rollUps ??= BuildRollUps(tree, sortedFindings);

    /// <summary>
    /// Sorts like <see cref="Finding.CompareTo"/>, findings that compare equal in the order given (a stable sort). The
    /// findings are first sorted by numbers made once per finding from the first sixteen characters of the subject id
    /// (<see cref="SubjectPrefix"/>: never in the opposite order to the ids) — the first eight, then within a run of
    /// equal numbers the next eight —, so that sorting hundreds of thousands of findings does not read two findings
    /// scattered over the heap per comparison; then each run with the same numbers (one subject, or a few) is sorted in
    /// full.
    /// </summary>
    internal static void SortFindings(Finding[] findings)
    {
        var n = findings.Length;
        var prefixes = new ulong[n];
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            prefixes[i] = SubjectPrefix(findings[i].SubjectId, 0);
            order[i] = i;
        }

        Array.Sort(prefixes, order);
        var inFull = new FindingIndexComparer(findings);
        var next = new ulong[16];
        var run = new int[16];
        for (int start = 0, end; start < n; start = end)
        {
            end = start + 1;
            while (end < n && prefixes[end] == prefixes[start])
            {
                end++;
            }

            var length = end - start;
            if (length == 1)
            {
                continue;
            }

            // The next eight characters, sorted with the positions in scratch arrays; then each equal run in full.
            if (next.Length < length)
            {
                next = new ulong[Math.Max(length, next.Length * 2)];
                run = new int[next.Length];
            }

            for (var k = 0; k < length; k++)
            {
                run[k] = order[start + k];
                next[k] = SubjectPrefix(findings[run[k]].SubjectId, 1);
            }

            Array.Sort(next, run, 0, length);
            Array.Copy(run, 0, order, start, length);
            for (int from = 0, to; from < length; from = to)
            {
                to = from + 1;
                while (to < length && next[to] == next[from])
                {
                    to++;
                }

                if (to - from > 1)
                {
                    Array.Sort(order, start + from, to - from, inFull);
                }
            }
        }

        var sorted = new Finding[n];
        for (var i = 0; i < n; i++)
        {
            sorted[i] = findings[order[i]];
        }

        Array.Copy(sorted, findings, n);
    }

    /// <summary>
    /// Characters 8 × <paramref name="word"/> to 8 × <paramref name="word"/> + 7 of the first sixteen of <paramref name="id"/>
    /// as a number; the two numbers, compared in turn, never contradict the ordinal order of the ids: a character from
    /// U+0000 to U+007F is one byte, big-endian, a shorter id is padded with zero bytes, and at the first character above
    /// U+007F the byte is 0xFF and every later one zero (ids equal so far compare equal here and are told apart in full).
    /// </summary>
    internal static ulong SubjectPrefix(string id, int word)
    {
        ulong key = 0;
        var from = 8 * word;
        for (var i = 0; i < from + 8; i++)
        {
            ulong b;
            if (i >= id.Length)
            {
                b = 0;
            }
            else if (id[i] > 0x7F)
            {
                // The last byte that counts: 0xFF here, zero from here on.
                if (i < from)
                {
                    return 0;
                }

                key = (key << 8) | 0xFF;
                return key << (8 * (from + 7 - i));
            }
            else
            {
                b = id[i];
            }

            if (i >= from)
            {
                key = (key << 8) | b;
            }
        }

        return key;
    }

    private static OrganizationRollUp[] BuildRollUps(OrganizationTree tree, Finding[] findings)
    {
        var n = tree.Organizations.Count;
        var own = new int[n, 3];
        var sub = new int[n, 3];
        foreach (var f in findings)
        {
            if (f.OrganizationId is null || !tree.TryGetIndex(f.OrganizationId, out var i))
            {
                continue;
            }

            own[i, (int)f.Severity]++;
            sub[i, (int)f.Severity]++;
        }

        // Children come after their parent in preorder: add each subtree total to its parent, deepest first (linear).
        var preorder = tree.Preorder;
        for (var j = preorder.Length - 1; j >= 0; j--)
        {
            var at = preorder[j];
            var parent = tree.ParentIndex(at);
            if (parent >= 0)
            {
                for (var s = 0; s < 3; s++)
                {
                    sub[parent, s] += sub[at, s];
                }
            }
        }

        var result = new OrganizationRollUp[n];
        for (var i = 0; i < n; i++)
        {
            result[i] = new OrganizationRollUp(
                tree.Organizations[i].Id,
                own[i, 2], own[i, 1], own[i, 0],
                sub[i, 2], sub[i, 1], sub[i, 0]);
        }

        return result;
    }
}

/// <summary>Orders positions in a list of findings by <see cref="Finding.CompareTo"/>, then by position.</summary>
internal sealed class FindingIndexComparer : IComparer<int>
{
    private readonly Finding[] findings;

    /// <summary>A comparer of positions in <paramref name="findings"/>.</summary>
    internal FindingIndexComparer(Finding[] findings) => this.findings = findings;

    /// <inheritdoc />
    public int Compare(int x, int y)
    {
        var c = findings[x].CompareTo(findings[y]);
        return c != 0 ? c : x.CompareTo(y);
    }
}
