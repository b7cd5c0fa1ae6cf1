using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Terms;

/// <summary>
/// 任期记录 — the recorded terms of the elected bodies of one tree, checked against it. Each body may have several
/// successive terms: a later term (a later election) ends the earlier one, so terms of one body may "overlap"
/// nominally when an election came early; two terms of one body starting on the same day are impossible.
/// </summary>
/// <remarks>
/// <see cref="Create"/> collects every problem (collection <c>terms</c>, with the JSON path of each) before failing:
/// an unknown organization; a body without a term (机关工委, 党组, 党小组, temporary branch); a term starting before
/// the body was established; two terms of one body on one day; an unknown approving organization. Field-level
/// impossibilities (years ≤ 0, an adjusted date not after the start) are rejected by the <see cref="Term"/>
/// constructor.
/// </remarks>
public sealed class TermSet
{
    private static readonly Term[] None = Array.Empty<Term>();
    private readonly Term[] terms;
    private readonly Dictionary<string, Term[]> byOrganization;

    private TermSet(Term[] terms)
    {
        this.terms = terms;
        byOrganization = Internal.Grouping.ByKeyOrderedByDate(terms, static t => t.OrganizationId, static t => t.Start);
    }

    /// <summary>An empty set.</summary>
    public static TermSet Empty { get; } = new(None);

    /// <summary>Every term, in input order.</summary>
    public IReadOnlyList<Term> Terms => Internal.ReadOnly.View(terms, ref termsView);

    private IReadOnlyList<Term>? termsView;

    /// <summary>The ids of the bodies with at least one term.</summary>
    public IEnumerable<string> OrganizationIds => byOrganization.Keys;

    /// <summary>Checks terms against a tree and returns every problem found (empty when the data is possible).</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="terms">The terms, in input order.</param>
    /// <returns>The problems.</returns>
    public static IReadOnlyList<DataProblem> Validate(OrganizationTree tree, IEnumerable<Term> terms)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        var list = (terms ?? throw new ArgumentNullException(nameof(terms))).ToArray();
        var problems = new List<DataProblem>();
        var seen = new HashSet<(string, LocalDate)>();
        for (var i = 0; i < list.Length; i++)
        {
            var t = list[i];
            if (t is null)
            {
                problems.Add(new DataProblem("terms", i, string.Empty, null, "a term is null"));
                continue;
            }

            if (!tree.TryGetOrganization(t.OrganizationId, out var org))
            {
                problems.Add(new DataProblem("terms", i, t.OrganizationId, "organization", $"no organization \"{t.OrganizationId}\"") { MissingReference = DataReference.Organization(t.OrganizationId) });
            }
            else if (!org!.HasTerm)
            {
                var what = org.IsTemporaryBranch ? "a temporary branch" : "a " + org.Kind.Name;
                problems.Add(new DataProblem("terms", i, t.OrganizationId, "organization", $"\"{t.OrganizationId}\" is {what}: it is not elected and has no term"));
            }
            else if (org.EstablishedOn is { } e && t.Start < e)
            {
                problems.Add(new DataProblem("terms", i, t.OrganizationId, "start", $"term starts {t.Start:uuuu-MM-dd}, before \"{t.OrganizationId}\" was established on {e:uuuu-MM-dd}"));
            }

            if (!seen.Add((t.OrganizationId, t.Start)))
            {
                problems.Add(new DataProblem("terms", i, t.OrganizationId, "start", $"\"{t.OrganizationId}\" already has a term starting {t.Start:uuuu-MM-dd}"));
            }

            if (t.Adjustment?.ApprovedBy is { } by && !tree.TryGetOrganization(by, out _))
            {
                problems.Add(new DataProblem("terms", i, t.OrganizationId, "adjustment.approvedBy", $"no organization \"{by}\"") { MissingReference = DataReference.Organization(by) });
            }

            if (t.Adjustment?.PartyGroupDecidedBy is { } pg && !tree.TryGetOrganization(pg, out _))
            {
                problems.Add(new DataProblem("terms", i, t.OrganizationId, "adjustment.partyGroupDecidedBy", $"no organization \"{pg}\"") { MissingReference = DataReference.Organization(pg) });
            }
        }

        return problems;
    }

    /// <summary>Creates a set after checking it against the tree.</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="terms">The terms.</param>
    /// <returns>The set.</returns>
    /// <exception cref="PartyOrgDataException">Some term is impossible; every problem is listed.</exception>
    public static TermSet Create(OrganizationTree tree, IEnumerable<Term> terms)
    {
        var list = (terms ?? throw new ArgumentNullException(nameof(terms))).ToArray();
        var problems = Validate(tree, list);
        if (problems.Count > 0)
        {
            throw new PartyOrgDataException(problems);
        }

        return new TermSet(list);
    }

    /// <summary>Checks terms against a tree and creates the set when there is no problem, without throwing on bad data (validated once).</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="terms">The terms, in input order.</param>
    /// <param name="set">The set, or null when there are problems.</param>
    /// <param name="problems">Every problem found (empty on success), as <see cref="Validate"/> lists them.</param>
    /// <returns>True when created.</returns>
    public static bool TryCreate(OrganizationTree tree, IEnumerable<Term> terms, out TermSet? set, out IReadOnlyList<DataProblem> problems)
    {
        var list = (terms ?? throw new ArgumentNullException(nameof(terms))).ToArray();
        problems = Validate(tree, list);
        set = problems.Count == 0 ? new TermSet(list) : null;
        return set is not null;
    }

    /// <summary>The terms of one body, oldest first.</summary>
    /// <param name="organizationId">The body.</param>
    /// <returns>The terms (empty when none is recorded).</returns>
    public IReadOnlyList<Term> TermsOf(string organizationId) =>
        byOrganization.TryGetValue(organizationId ?? throw new ArgumentNullException(nameof(organizationId)), out var list) ? list : None;

    /// <summary>The term in office on <paramref name="date"/>: the latest one starting on or before it.</summary>
    /// <param name="organizationId">The body.</param>
    /// <param name="date">The date.</param>
    /// <returns>The term, or null.</returns>
    public Term? CurrentTerm(string organizationId, LocalDate date)
    {
        var list = TermsOf(organizationId);
        for (var i = list.Count - 1; i >= 0; i--)
        {
            if (list[i].Start <= date)
            {
                return list[i];
            }
        }

        return null;
    }

    /// <summary>The term that followed <paramref name="term"/> (the next election), or null.</summary>
    /// <param name="term">A term of this set.</param>
    /// <returns>The successor, or null.</returns>
    public Term? Successor(Term term)
    {
        var list = TermsOf((term ?? throw new ArgumentNullException(nameof(term))).OrganizationId);
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Start > term.Start)
            {
                return list[i];
            }
        }

        return null;
    }
}
