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
    /// Sorts like <see cref="Finding.CompareTo"/>: first by subject id alone (comparing the id strings, not the findings,
    /// which is much kinder to the cache with hundreds of thousands of findings), then each run of one subject in full.
    /// </summary>
    private static void SortFindings(Finding[] findings)
    {
        var subjects = new string[findings.Length];
        for (var i = 0; i < findings.Length; i++)
        {
            subjects[i] = findings[i].SubjectId;
        }

        Array.Sort(subjects, findings, StringComparer.Ordinal);
        for (int start = 0, end; start < findings.Length; start = end)
        {
            end = start + 1;
            while (end < findings.Length && string.Equals(subjects[end], subjects[start], StringComparison.Ordinal))
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(findings, start, end - start);
            }
        }
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
