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
    {
        ProfileName = profileName;
        this.tree = tree;
        AsOf = asOf;
        Window = window;
        var sorted = findings.ToArray();
        SortFindings(sorted);
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
    /// findings are first sorted by a number made once per finding from the first eight characters of its subject id
    /// (<see cref="SubjectPrefix"/>: never in the opposite order to the ids), as plain numbers, so that sorting hundreds of
    /// thousands of findings does not read two findings scattered over the heap per comparison; then each run with the
    /// same number — a few subjects — is sorted in full.
    /// </summary>
    internal static void SortFindings(Finding[] findings)
    {
        var n = findings.Length;
        var prefixes = new ulong[n];
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            prefixes[i] = SubjectPrefix(findings[i].SubjectId);
            order[i] = i;
        }

        Array.Sort(prefixes, order);
        var inFull = new FindingIndexComparer(findings);
        for (int start = 0, end; start < n; start = end)
        {
            end = start + 1;
            while (end < n && prefixes[end] == prefixes[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(order, start, end - start, inFull);
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
    /// The first eight characters of <paramref name="id"/> as a number whose order never contradicts the ordinal order of
    /// the ids: a character from U+0000 to U+007F is one byte, big-endian, a shorter id is padded with zero bytes, and at
    /// the first character above U+007F the byte is 0xFF and the rest zero (ids equal so far compare equal here and are
    /// told apart in full).
    /// </summary>
    internal static ulong SubjectPrefix(string id)
    {
        ulong key = 0;
        var i = 0;
        for (; i < 8 && i < id.Length; i++)
        {
            var c = id[i];
            if (c > 0x7F)
            {
                key = (key << 8) | 0xFF;
                i++;
                break;
            }

            key = (key << 8) | c;
        }

        return i < 8 ? key << (8 * (8 - i)) : key;
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
