using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace PartyOrg.Domain.Elections;

/// <summary>
/// 选举记录 — an election held by an elected body: its id, the body, the counts (<see cref="ElectionInput"/>) and,
/// for a general election, the secretary and deputies the new committee elected and the higher organization's
/// approval of them. An immutable value.
/// </summary>
public sealed class ElectionRecord
{
    private readonly string[] deputies;

    /// <summary>Creates a record.</summary>
    /// <param name="id">The caller's id.</param>
    /// <param name="organizationId">The body that held the election.</param>
    /// <param name="input">The counts.</param>
    /// <param name="secretaryElected">The secretary elected by the new committee (or the 党员大会 of a branch without a committee), or null when not recorded.</param>
    /// <param name="deputySecretariesElected">The deputy secretaries elected, or null.</param>
    /// <param name="secretaryApprovedBy">The higher organization that approved the secretary and deputies, or null when not approved.</param>
    /// <param name="secretaryApprovedOn">The day of that approval, or null.</param>
    /// <exception cref="ArgumentException">An id is blank; a deputy is listed twice or is also the secretary; an approval date without an approver.</exception>
    public ElectionRecord(
        string id,
        string organizationId,
        ElectionInput input,
        string? secretaryElected = null,
        IEnumerable<string>? deputySecretariesElected = null,
        string? secretaryApprovedBy = null,
        LocalDate? secretaryApprovedOn = null)
    {
        Id = Internal.Guard.Id(id, nameof(id));
        OrganizationId = Internal.Guard.Id(organizationId, nameof(organizationId));
        Input = input ?? throw new ArgumentNullException(nameof(input));
        if (secretaryElected is not null)
        {
            Internal.Guard.Id(secretaryElected, nameof(secretaryElected));
        }

        SecretaryElected = secretaryElected;
        deputies = deputySecretariesElected?.ToArray() ?? Array.Empty<string>();
        foreach (var d in deputies)
        {
            Internal.Guard.Id(d, nameof(deputySecretariesElected));
            if (d == secretaryElected)
            {
                throw new ArgumentException($"Election \"{id}\": \"{d}\" is elected both secretary and deputy.", nameof(deputySecretariesElected));
            }
        }

        if (deputies.Distinct(StringComparer.Ordinal).Count() != deputies.Length)
        {
            throw new ArgumentException($"Election \"{id}\" lists a deputy secretary twice.", nameof(deputySecretariesElected));
        }

        if (secretaryApprovedBy is not null)
        {
            Internal.Guard.Id(secretaryApprovedBy, nameof(secretaryApprovedBy));
        }
        else if (secretaryApprovedOn is not null)
        {
            throw new ArgumentException($"Election \"{id}\": secretaryApprovedOn is given but secretaryApprovedBy is not.", nameof(secretaryApprovedOn));
        }

        SecretaryApprovedBy = secretaryApprovedBy;
        SecretaryApprovedOn = secretaryApprovedOn;
    }

    /// <summary>The caller's id.</summary>
    public string Id { get; }

    /// <summary>The body that held the election.</summary>
    public string OrganizationId { get; }

    /// <summary>The counts.</summary>
    public ElectionInput Input { get; }

    /// <summary>The election date.</summary>
    public LocalDate Date => Input.Date;

    /// <summary>The secretary elected, or null when not recorded.</summary>
    public string? SecretaryElected { get; }

    /// <summary>The deputy secretaries elected.</summary>
    public IReadOnlyList<string> DeputySecretariesElected => Internal.ReadOnly.View(deputies, ref deputiesView);

    private IReadOnlyList<string>? deputiesView;

    /// <summary>The organization that approved the secretary and deputies, or null.</summary>
    public string? SecretaryApprovedBy { get; }

    /// <summary>The day of that approval, or null.</summary>
    public LocalDate? SecretaryApprovedOn { get; }

    /// <summary>"id: organization on date".</summary>
    /// <returns>A summary.</returns>
    public override string ToString() => $"{Id}: {OrganizationId} on {Date:uuuu-MM-dd}";
}
