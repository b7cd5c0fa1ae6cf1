using System;
using System.Collections.Generic;
using System.Linq;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.AssessmentData;

/// <summary>
/// One entered value of the document's <c>assessments</c> section: an item's evidence for an organisation and year that
/// the library cannot compute (a satisfaction rate, an award, a superior's score), optionally for one assessor source and
/// one scorecard.
/// </summary>
public sealed class AssessmentEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="organizationId">The organisation assessed.</param>
    /// <param name="year">The year assessed.</param>
    /// <param name="item">The scorecard item's id.</param>
    /// <param name="value">The value (a count, a rate 0–1 or points, as the item scores).</param>
    /// <param name="assessor">The assessor source, or null for every source.</param>
    /// <param name="scorecard">The scorecard id, or null for any scorecard that has the item.</param>
    /// <param name="note">A note (e.g. the award's name), or null.</param>
    public AssessmentEntry(string organizationId, int year, string item, decimal value, string? assessor = null, string? scorecard = null, string? note = null)
    {
        OrganizationId = Internal.Guard.NotBlank(organizationId, nameof(organizationId));
        Year = year;
        Item = Internal.Guard.NotBlank(item, nameof(item));
        Value = value;
        Assessor = assessor;
        Scorecard = scorecard;
        Note = note;
    }

    /// <summary>The organisation assessed.</summary>
    public string OrganizationId { get; }

    /// <summary>The year assessed.</summary>
    public int Year { get; }

    /// <summary>The item's id.</summary>
    public string Item { get; }

    /// <summary>The value.</summary>
    public decimal Value { get; }

    /// <summary>The assessor source, or null for every source.</summary>
    public string? Assessor { get; }

    /// <summary>The scorecard, or null for any.</summary>
    public string? Scorecard { get; }

    /// <summary>A note, or null.</summary>
    public string? Note { get; }
}

/// <summary>The <c>assessments</c> section: entered values (immutable). Each entry keeps its index for error paths.</summary>
public sealed class AssessmentEntryLog
{
    private readonly AssessmentEntry[] entries;

    /// <summary>Creates the log.</summary>
    /// <param name="entries">The entries (none null; one value per organisation, year, item, assessor and scorecard).</param>
    /// <exception cref="PartyOrgDataException">An entry repeats another one's key.</exception>
    public AssessmentEntryLog(IEnumerable<AssessmentEntry> entries)
    {
        this.entries = (entries ?? throw new ArgumentNullException(nameof(entries))).ToArray();
        if (Array.IndexOf(this.entries, null) >= 0)
        {
            throw new ArgumentException("An assessment entry is null.", nameof(entries));
        }

#if NET
        var seen = new HashSet<AssessmentKey>(this.entries.Length);
#else
        var seen = new HashSet<AssessmentKey>();
#endif
        var problems = new List<DataProblem>();
        for (var i = 0; i < this.entries.Length; i++)
        {
            var e = this.entries[i];
            if (!seen.Add(new AssessmentKey(e.OrganizationId, e.Year, e.Item, e.Assessor, e.Scorecard)))
            {
                problems.Add(new DataProblem("assessments", i, e.OrganizationId, "item",
                    $"a second value for item \"{e.Item}\" of \"{e.OrganizationId}\" in {e.Year}{(e.Assessor is null ? string.Empty : " by " + e.Assessor)}{(e.Scorecard is null ? string.Empty : " on " + e.Scorecard)}"));
            }
        }

        if (problems.Count > 0)
        {
            throw new PartyOrgDataException(problems);
        }
    }

    /// <summary>An empty log.</summary>
    public static AssessmentEntryLog Empty { get; } = new(Array.Empty<AssessmentEntry>());

    /// <summary>The entries, in the order given.</summary>
    public IReadOnlyList<AssessmentEntry> Entries => entries;

    /// <summary>The problems of the entries against a tree: unknown organisations.</summary>
    /// <param name="tree">The tree.</param>
    /// <returns>The problems, empty when none.</returns>
    public IReadOnlyList<DataProblem> Validate(OrganizationTree tree)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        return entries.Select((e, i) => (e, i))
            .Where(x => !tree.TryGetOrganization(x.e.OrganizationId, out _))
            .Select(x => new DataProblem("assessments", x.i, x.e.OrganizationId, "organization", $"no organization \"{x.e.OrganizationId}\"") { MissingReference = DataReference.Organization(x.e.OrganizationId) })
            .ToArray();
    }
}
