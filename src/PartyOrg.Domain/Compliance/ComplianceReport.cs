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
    /// Sorts like <see cref="Finding.CompareTo"/>, findings that compare equal in the order given (a stable sort): first
    /// by subject id alone, then each run of one subject in full. The subject ids are compared as keys made once per
    /// finding — up to 24 ASCII characters packed into three integers, whose order is the ordinal order of the ids —
    /// so that sorting hundreds of thousands of findings does not read two strings scattered over the heap per
    /// comparison; longer or non-ASCII ids are compared as strings. The order is the same whatever the ids.
    /// </summary>
    internal static void SortFindings(Finding[] findings)
    {
        var keys = new SubjectKey[findings.Length];
        for (var i = 0; i < findings.Length; i++)
        {
            keys[i] = SubjectKey.Of(findings[i].SubjectId, i);
        }

        Array.Sort(keys, SubjectKeyComparer.Instance);
        var sorted = new Finding[findings.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            sorted[i] = findings[keys[i].Index];
        }

        for (int start = 0, end; start < sorted.Length; start = end)
        {
            end = start + 1;
            while (end < sorted.Length && SubjectKeyComparer.SameSubject(keys[end], keys[start]))
            {
                end++;
            }

            if (end - start > 1)
            {
                // Within one subject: in full, equal findings in the order given (their index breaks the tie).
                var run = new int[end - start];
                for (var k = 0; k < run.Length; k++)
                {
                    run[k] = keys[start + k].Index;
                }

                Array.Sort(run, (a, b) => findings[a].CompareTo(findings[b]) is var c && c != 0 ? c : a.CompareTo(b));
                for (var k = 0; k < run.Length; k++)
                {
                    sorted[start + k] = findings[run[k]];
                }
            }
        }

        Array.Copy(sorted, findings, findings.Length);
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

/// <summary>A finding's subject id as a sort key: up to 24 ASCII characters packed big-endian (their ordinal order), else not exact.</summary>
internal readonly struct SubjectKey
{
    private SubjectKey(ulong a, ulong b, ulong c, bool exact, string subject, int index)
    {
        A = a;
        B = b;
        C = c;
        Exact = exact;
        Subject = subject;
        Index = index;
    }

    /// <summary>Characters 0–7.</summary>
    internal ulong A { get; }

    /// <summary>Characters 8–15.</summary>
    internal ulong B { get; }

    /// <summary>Characters 16–23.</summary>
    internal ulong C { get; }

    /// <summary>Whether the key is the whole id (at most 24 characters, each from U+0001 to U+007F); else the key is zero.</summary>
    internal bool Exact { get; }

    /// <summary>The id (compared when a key is not exact).</summary>
    internal string Subject { get; }

    /// <summary>The finding's position in the list given.</summary>
    internal int Index { get; }

    /// <summary>The key of <paramref name="subject"/> (not exact when longer than 24 characters or not ASCII: then the id is compared).</summary>
    internal static SubjectKey Of(string subject, int index)
    {
        ulong a = 0, b = 0, c = 0;
        if (subject.Length > 24)
        {
            return new SubjectKey(0, 0, 0, false, subject, index);
        }

        for (var i = 0; i < 24; i++)
        {
            ulong ch = i < subject.Length ? subject[i] : 0UL;
            if (i < subject.Length && (ch == 0 || ch > 0x7F))
            {
                return new SubjectKey(0, 0, 0, false, subject, index);
            }

            if (i < 8)
            {
                a = (a << 8) | ch;
            }
            else if (i < 16)
            {
                b = (b << 8) | ch;
            }
            else
            {
                c = (c << 8) | ch;
            }
        }

        return new SubjectKey(a, b, c, true, subject, index);
    }
}

/// <summary>Orders subject keys as <see cref="string.CompareOrdinal(string, string)"/> orders the ids, then by index.</summary>
internal sealed class SubjectKeyComparer : IComparer<SubjectKey>
{
    /// <summary>The comparer.</summary>
    internal static readonly SubjectKeyComparer Instance = new();

    /// <inheritdoc />
    public int Compare(SubjectKey x, SubjectKey y)
    {
        var c = Subjects(x, y);
        return c != 0 ? c : x.Index.CompareTo(y.Index);
    }

    /// <summary>Whether two keys are of the same subject id.</summary>
    internal static bool SameSubject(SubjectKey x, SubjectKey y) =>
        x.Exact && y.Exact ? x.A == y.A && x.B == y.B && x.C == y.C : string.Equals(x.Subject, y.Subject, StringComparison.Ordinal);

    /// <summary>The ordinal order of the ids: by the packed keys when both are exact (the same order), else by the strings.</summary>
    private static int Subjects(SubjectKey x, SubjectKey y)
    {
        if (!x.Exact || !y.Exact)
        {
            return string.CompareOrdinal(x.Subject, y.Subject);
        }

        var c = x.A.CompareTo(y.A);
        if (c != 0)
        {
            return c;
        }

        c = x.B.CompareTo(y.B);
        return c != 0 ? c : x.C.CompareTo(y.C);
    }
}
