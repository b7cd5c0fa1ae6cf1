using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Dues;

/// <summary>
/// 党费审核 — the ledger audited as of a date: every row with its amount due, balance and facts, and the totals per
/// branch. The same numbers the <c>partyorg dues</c> command prints.
/// </summary>
/// <example>
/// <code>
/// var statement = DuesStatement.Compute(tree, ledger, asOf, DuesCalculator.Standard);
/// foreach (var line in statement.Lines) Console.WriteLine($"{line.MemberId} {line.Month} {line.AmountDue} {line.Balance}");
/// </code>
/// </example>
public sealed class DuesStatement
{
    private readonly DuesLine[] lines;
    private readonly DuesTotal[] totals;

    private DuesStatement(DuesLine[] lines, DuesTotal[] totals, LocalDate asOf, DuesRounding rounding)
    {
        this.lines = lines;
        this.totals = totals;
        AsOf = asOf;
        Rounding = rounding;
    }

    /// <summary>The audit date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The rounding used.</summary>
    public DuesRounding Rounding { get; }

    /// <summary>The lines, sorted by member then month.</summary>
    public IReadOnlyList<DuesLine> Lines => Internal.ReadOnly.View(lines, ref linesView);

    private IReadOnlyList<DuesLine>? linesView;

    /// <summary>The totals per branch, sorted by branch id.</summary>
    public IReadOnlyList<DuesTotal> Totals => Internal.ReadOnly.View(totals, ref totalsView);

    private IReadOnlyList<DuesTotal>? totalsView;

    /// <summary>Audits the ledger.</summary>
    /// <param name="tree">The tree the ledger was checked against.</param>
    /// <param name="ledger">The ledger.</param>
    /// <param name="asOf">The audit date.</param>
    /// <param name="calculator">The rates and rounding.</param>
    /// <param name="months">Only rows of months inside this window (by their first and last days), or null for all rows.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentException">A row names a member that is not in the tree, or a month without rates.</exception>
    public static DuesStatement Compute(OrganizationTree tree, DuesLedger ledger, LocalDate asOf, DuesCalculator calculator, DateInterval? months = null)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        if (ledger is null)
        {
            throw new ArgumentNullException(nameof(ledger));
        }

        if (calculator is null)
        {
            throw new ArgumentNullException(nameof(calculator));
        }

        var byMember = new Dictionary<string, List<DuesExemption>>(StringComparer.Ordinal);
        foreach (var e in ledger.Exemptions)
        {
            if (!byMember.TryGetValue(e.MemberId, out var list))
            {
                byMember[e.MemberId] = list = new List<DuesExemption>();
            }

            list.Add(e);
        }

        var result = new List<DuesLine>(ledger.Rows.Count);
        foreach (var row in ledger.Rows)
        {
            var first = row.Month.OnDayOfMonth(1);
            var last = first.PlusMonths(1).PlusDays(-1);
            if (months is not null && (last < months.Start || first > months.End))
            {
                continue;
            }

            if (!tree.TryGetMember(row.MemberId, out var member))
            {
                throw new ArgumentException($"no member \"{row.MemberId}\" in the tree", nameof(ledger));
            }

            var table = calculator.Schedule.For(row.Month)
                ?? throw new ArgumentException("no dues rates are in force for " + DuesMonths.Format(row.Month), nameof(ledger));
            var category = ledger.CategoryOf(row);
            var computed = calculator.Compute(table, category, row.Base);
            DuesExemption? arrangement = null;
            if (byMember.TryGetValue(row.MemberId, out var candidates))
            {
                arrangement = candidates.FirstOrDefault(e => e.Covers(row.Month));
            }

            var approved = arrangement is not null && IsApproved(tree, member!, arrangement, asOf);
            var beforeAdmission = member!.AdmittedOn is { } admitted && last < admitted;
            var due = beforeAdmission ? 0m
                : approved ? (arrangement!.Kind == DuesExemptionKind.Exempt ? 0m : arrangement.Amount!.Value)
                : computed.Amount;
            result.Add(new DuesLine(row, member.BranchId, category, table, computed, due, arrangement, approved, beforeAdmission, row.DueBy(table.ArrearsMonths), asOf));
        }

        var totals = result
            .GroupBy(l => l.BranchId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DuesTotal(g.Key, g.Count(), g.Sum(l => l.AmountDue), g.Sum(l => l.Paid), g.Sum(l => l.Voluntary ?? 0m)))
            .ToArray();
        return new DuesStatement(result.ToArray(), totals, asOf, calculator.Rounding);
    }

    /// <summary>
    /// Whether an arrangement is approved on <paramref name="asOf"/>: approved by an organization above the member's
    /// branch (a Party committee or general branch, never the branch itself) on or before the audit date.
    /// </summary>
    /// <param name="tree">The tree.</param>
    /// <param name="member">The member.</param>
    /// <param name="arrangement">The arrangement.</param>
    /// <param name="asOf">The audit date.</param>
    /// <returns>True when approved.</returns>
    public static bool IsApproved(OrganizationTree tree, Member member, DuesExemption arrangement, LocalDate asOf)
    {
        if (tree is null || member is null || arrangement is null)
        {
            throw new ArgumentNullException(tree is null ? nameof(tree) : member is null ? nameof(member) : nameof(arrangement));
        }

        if (arrangement.ApprovedBy is not { } by || arrangement.ApprovedOn is not { } on || on > asOf)
        {
            return false;
        }

        if (!tree.TryGetOrganization(by, out var approver) || approver!.Kind == OrganizationKind.PartyGroup || approver.Kind == OrganizationKind.LeadingGroup)
        {
            return false;
        }

        return by != member.BranchId && tree.IsInSubtree(by, member.BranchId);
    }
}
