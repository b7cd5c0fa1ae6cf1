using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Dues;

/// <summary>
/// 党费台账 — the dues ledger of a document: one row per member and month, the hardship arrangements, and each member's
/// category (<c>duesCategory</c>; absent = salaried). Checked against the tree when created; immutable.
/// </summary>
public sealed class DuesLedger
{
    private static readonly IReadOnlyDictionary<string, DuesCategory> NoCategories = new Dictionary<string, DuesCategory>(StringComparer.Ordinal);

    private readonly DuesLedgerRow[] rows;
    private readonly DuesExemption[] exemptions;
    private readonly Dictionary<string, DuesCategory> categories;

    private DuesLedger(DuesLedgerRow[] rows, DuesExemption[] exemptions, Dictionary<string, DuesCategory> categories)
    {
        this.rows = rows;
        this.exemptions = exemptions;
        this.categories = categories;
    }

    /// <summary>The rows, sorted by member id (ordinal) then month.</summary>
    public IReadOnlyList<DuesLedgerRow> Rows => Internal.ReadOnly.View(rows, ref rowsView);

    private IReadOnlyList<DuesLedgerRow>? rowsView;

    /// <summary>The hardship arrangements, in input order.</summary>
    public IReadOnlyList<DuesExemption> Exemptions => Internal.ReadOnly.View(exemptions, ref exemptionsView);

    private IReadOnlyList<DuesExemption>? exemptionsView;

    /// <summary>The category of a member (their <c>duesCategory</c>; salaried when none was given).</summary>
    /// <param name="memberId">The member.</param>
    /// <returns>The category.</returns>
    public DuesCategory CategoryOf(string memberId) =>
        categories.TryGetValue(memberId ?? throw new ArgumentNullException(nameof(memberId)), out var c) ? c : DuesCategory.Salaried;

    /// <summary>The category of a row: its own, else the member's.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The category.</returns>
    public DuesCategory CategoryOf(DuesLedgerRow row) => (row ?? throw new ArgumentNullException(nameof(row))).Category ?? CategoryOf(row.MemberId);

    /// <summary>Checks a ledger against a tree and returns every problem (empty when the data is possible).</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="rows">The rows, in input order.</param>
    /// <param name="exemptions">The hardship arrangements, in input order.</param>
    /// <param name="memberCategories">Each member's category where given, or null.</param>
    /// <param name="schedule">The rates (to check that every month has rates), or null for <see cref="DuesRateSchedule.Standard"/>.</param>
    /// <returns>The problems; collections <c>dues</c> and <c>duesExemptions</c>.</returns>
    public static IReadOnlyList<DataProblem> Validate(
        OrganizationTree tree,
        IEnumerable<DuesLedgerRow> rows,
        IEnumerable<DuesExemption>? exemptions = null,
        IReadOnlyDictionary<string, DuesCategory>? memberCategories = null,
        DuesRateSchedule? schedule = null)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        var rowList = (rows ?? throw new ArgumentNullException(nameof(rows))).ToArray();
        var exemptionList = (exemptions ?? Array.Empty<DuesExemption>()).ToArray();
        memberCategories ??= NoCategories;
        schedule ??= DuesRateSchedule.Standard;
        var problems = new List<DataProblem>();
        foreach (var id in memberCategories.Keys)
        {
            if (!tree.TryGetMember(id, out _))
            {
                problems.Add(new DataProblem("members", -1, id, "duesCategory", $"no member \"{id}\"") { MissingReference = DataReference.Member(id) });
            }
        }

        var first = new Dictionary<(string, YearMonth), int>();
        for (var i = 0; i < rowList.Length; i++)
        {
            var r = rowList[i];
            if (r is null)
            {
                problems.Add(new DataProblem("dues", i, string.Empty, null, "a ledger row is null"));
                continue;
            }

            var month = DuesMonths.Format(r.Month);
            if (!tree.TryGetMember(r.MemberId, out _))
            {
                problems.Add(new DataProblem("dues", i, r.MemberId, "member", $"no member \"{r.MemberId}\"") { MissingReference = DataReference.Member(r.MemberId) });
            }

            if (first.TryGetValue((r.MemberId, r.Month), out var j))
            {
                problems.Add(new DataProblem("dues", i, r.MemberId, "month",
                    $"a second row for member \"{r.MemberId}\" and month {month} (the first is ", new DataLocation("dues", j), "); the ledger has one row per member and month"));
            }
            else
            {
                first.Add((r.MemberId, r.Month), i);
            }

            if (schedule.For(r.Month) is null)
            {
                problems.Add(new DataProblem("dues", i, r.MemberId, "month",
                    $"no dues rates are in force for {month}: the rates of 中组发〔2008〕3号 apply from {DuesMonths.Format(schedule.FirstMonth)}, and the library has no earlier version"));
            }

            var category = r.Category ?? (memberCategories.TryGetValue(r.MemberId, out var c) ? c : DuesCategory.Salaried);
            if (category.NeedsBase && r.Base is null)
            {
                problems.Add(new DataProblem("dues", i, r.MemberId, "base",
                    $"required for the category {category.Name} (the monthly base in yuan, e.g. \"6500.00\"); only the flat categories (student, unemployed, relief, minimum-living-allowance) have none"));
            }
        }

        for (var i = 0; i < exemptionList.Length; i++)
        {
            var e = exemptionList[i];
            if (e is null)
            {
                problems.Add(new DataProblem("duesExemptions", i, string.Empty, null, "an arrangement is null"));
                continue;
            }

            if (!tree.TryGetMember(e.MemberId, out _))
            {
                problems.Add(new DataProblem("duesExemptions", i, e.MemberId, "member", $"no member \"{e.MemberId}\"") { MissingReference = DataReference.Member(e.MemberId) });
            }

            if (e.ApprovedBy is { } by && !tree.TryGetOrganization(by, out _))
            {
                problems.Add(new DataProblem("duesExemptions", i, e.MemberId, "approvedBy", $"no organization \"{by}\"") { MissingReference = DataReference.Organization(by) });
            }

            for (var k = 0; k < i; k++)
            {
                var other = exemptionList[k];
                if (other is not null && other.MemberId == e.MemberId && Overlap(other, e))
                {
                    problems.Add(new DataProblem("duesExemptions", i, e.MemberId, "from",
                        "overlaps the arrangement at ", new DataLocation("duesExemptions", k), $" for member \"{e.MemberId}\"; a month has at most one arrangement"));
                    break;
                }
            }
        }

        return problems;
    }

    /// <summary>Creates a ledger after checking it against the tree.</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="rows">The rows.</param>
    /// <param name="exemptions">The hardship arrangements, or null.</param>
    /// <param name="memberCategories">Each member's category where given, or null (salaried).</param>
    /// <param name="schedule">The rates, or null for <see cref="DuesRateSchedule.Standard"/>.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="PartyOrgDataException">Some row or arrangement is impossible; every problem is listed.</exception>
    public static DuesLedger Create(
        OrganizationTree tree,
        IEnumerable<DuesLedgerRow> rows,
        IEnumerable<DuesExemption>? exemptions = null,
        IReadOnlyDictionary<string, DuesCategory>? memberCategories = null,
        DuesRateSchedule? schedule = null)
    {
        var rowList = (rows ?? throw new ArgumentNullException(nameof(rows))).ToArray();
        var exemptionList = (exemptions ?? Array.Empty<DuesExemption>()).ToArray();
        var problems = Validate(tree, rowList, exemptionList, memberCategories, schedule);
        if (problems.Count > 0)
        {
            throw new PartyOrgDataException(problems);
        }

        var sorted = rowList.OrderBy(r => r.MemberId, StringComparer.Ordinal).ThenBy(r => r.Month).ToArray();
        var map = new Dictionary<string, DuesCategory>(StringComparer.Ordinal);
        if (memberCategories is not null)
        {
            foreach (var pair in memberCategories)
            {
                map[pair.Key] = pair.Value ?? throw new ArgumentException("a member's category is null", nameof(memberCategories));
            }
        }

        return new DuesLedger(sorted, exemptionList, map);
    }

    /// <summary>The arrangement of the member covering <paramref name="month"/>, or null.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="month">The month.</param>
    /// <returns>The arrangement (approved or not), or null.</returns>
    public DuesExemption? ExemptionFor(string memberId, YearMonth month)
    {
        foreach (var e in exemptions)
        {
            if (e.MemberId == memberId && e.Covers(month))
            {
                return e;
            }
        }

        return null;
    }

    private static bool Overlap(DuesExemption a, DuesExemption b) =>
        (a.Until is not { } au || b.From.CompareTo(au) <= 0) && (b.Until is not { } bu || a.From.CompareTo(bu) <= 0);
}
