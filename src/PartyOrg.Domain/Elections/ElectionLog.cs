using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Elections;

/// <summary>
/// 选举记录册 — the elections recorded for one tree, checked against it. <see cref="Create"/> collects every problem
/// (collection <c>elections</c>): a duplicate id, an unknown organization, a body that holds no elections (机关工委,
/// 党组, 党小组, temporary branch), an unknown candidate, secretary, deputy or approving organization.
/// </summary>
public sealed class ElectionLog
{
    private static readonly ElectionRecord[] None = Array.Empty<ElectionRecord>();
    private readonly ElectionRecord[] records;
    private readonly Dictionary<string, ElectionRecord[]> byOrganization;

    private ElectionLog(ElectionRecord[] records)
    {
        this.records = records;
        byOrganization = Internal.Grouping.ByKeyOrderedByDate(records, static r => r.OrganizationId, static r => r.Date);
    }

    /// <summary>An empty log.</summary>
    public static ElectionLog Empty { get; } = new(None);

    /// <summary>Every record, in input order.</summary>
    public IReadOnlyList<ElectionRecord> Records => Internal.ReadOnly.View(records, ref recordsView);

    private IReadOnlyList<ElectionRecord>? recordsView;

    /// <summary>Checks records against a tree and returns every problem (empty when possible).</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="records">The records, in input order.</param>
    /// <returns>The problems.</returns>
    public static IReadOnlyList<DataProblem> Validate(OrganizationTree tree, IEnumerable<ElectionRecord> records)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        var list = (records ?? throw new ArgumentNullException(nameof(records))).ToArray();
        var problems = new List<DataProblem>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Length; i++)
        {
            var r = list[i];
            if (r is null)
            {
                problems.Add(new DataProblem("elections", i, string.Empty, null, "an election is null"));
                continue;
            }

            if (!ids.Add(r.Id))
            {
                problems.Add(new DataProblem("elections", i, r.Id, "id", $"duplicate election id \"{r.Id}\""));
            }

            if (!tree.TryGetOrganization(r.OrganizationId, out var org))
            {
                problems.Add(new DataProblem("elections", i, r.Id, "organization", $"no organization \"{r.OrganizationId}\"") { MissingReference = DataReference.Organization(r.OrganizationId) });
            }
            else if (!org!.HasTerm)
            {
                problems.Add(new DataProblem("elections", i, r.Id, "organization", $"\"{r.OrganizationId}\" is {(org.IsTemporaryBranch ? "a temporary branch" : "a " + org.Kind.Name)}: it holds no elections"));
            }

            for (var j = 0; j < r.Input.Candidates.Count; j++)
            {
                var c = r.Input.Candidates[j].MemberId;
                if (!tree.TryGetMember(c, out _))
                {
                    problems.Add(new DataProblem("elections", i, r.Id, $"candidates[{j}].member", $"no member \"{c}\"") { MissingReference = DataReference.Member(c) });
                }
            }

            if (r.SecretaryElected is { } s && !tree.TryGetMember(s, out _))
            {
                problems.Add(new DataProblem("elections", i, r.Id, "secretaryElected", $"no member \"{s}\"") { MissingReference = DataReference.Member(s) });
            }

            for (var j = 0; j < r.DeputySecretariesElected.Count; j++)
            {
                if (!tree.TryGetMember(r.DeputySecretariesElected[j], out _))
                {
                    problems.Add(new DataProblem("elections", i, r.Id, $"deputySecretariesElected[{j}]", $"no member \"{r.DeputySecretariesElected[j]}\"") { MissingReference = DataReference.Member(r.DeputySecretariesElected[j]) });
                }
            }

            if (r.SecretaryApprovedBy is { } by && !tree.TryGetOrganization(by, out _))
            {
                problems.Add(new DataProblem("elections", i, r.Id, "secretaryApprovedBy", $"no organization \"{by}\"") { MissingReference = DataReference.Organization(by) });
            }
        }

        return problems;
    }

    /// <summary>Creates a log after checking it against the tree.</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="records">The records.</param>
    /// <returns>The log.</returns>
    /// <exception cref="PartyOrgDataException">Some record is impossible; every problem is listed.</exception>
    public static ElectionLog Create(OrganizationTree tree, IEnumerable<ElectionRecord> records)
    {
        var list = (records ?? throw new ArgumentNullException(nameof(records))).ToArray();
        var problems = Validate(tree, list);
        if (problems.Count > 0)
        {
            throw new PartyOrgDataException(problems);
        }

        return new ElectionLog(list);
    }

    /// <summary>Checks records against a tree and creates the log when there is no problem, without throwing on bad data (validated once).</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="records">The records, in input order.</param>
    /// <param name="log">The log, or null when there are problems.</param>
    /// <param name="problems">Every problem found (empty on success), as <see cref="Validate"/> lists them.</param>
    /// <returns>True when created.</returns>
    public static bool TryCreate(OrganizationTree tree, IEnumerable<ElectionRecord> records, out ElectionLog? log, out IReadOnlyList<DataProblem> problems)
    {
        var list = (records ?? throw new ArgumentNullException(nameof(records))).ToArray();
        problems = Validate(tree, list);
        log = problems.Count == 0 ? new ElectionLog(list) : null;
        return log is not null;
    }

    /// <summary>The elections of one body, oldest first.</summary>
    /// <param name="organizationId">The body.</param>
    /// <returns>The records.</returns>
    public IReadOnlyList<ElectionRecord> Of(string organizationId) =>
        byOrganization.TryGetValue(organizationId ?? throw new ArgumentNullException(nameof(organizationId)), out var list) ? list : None;

    /// <summary>The body's last general election of committee members on or before <paramref name="date"/>, or null.</summary>
    /// <param name="organizationId">The body.</param>
    /// <param name="date">The date.</param>
    /// <returns>The record, or null.</returns>
    public ElectionRecord? LastGeneralElection(string organizationId, LocalDate date)
    {
        var list = Of(organizationId);
        for (var i = list.Count - 1; i >= 0; i--)
        {
            var r = list[i];
            if (r.Date <= date && r.Input.Kind == ElectionKind.General && r.Input.Office == ElectionOffice.CommitteeMember)
            {
                return r;
            }
        }

        return null;
    }
}
