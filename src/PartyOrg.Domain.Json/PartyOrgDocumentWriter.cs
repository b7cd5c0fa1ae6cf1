using System;
using System.Linq;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json.Contracts;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Json;

/// <summary>
/// Writes domain objects as an input document (the inverse of <see cref="PartyOrgDocument.Load(System.IO.Stream, PartyOrgLoadOptions?)"/>):
/// used to export the demo sample and to generate documents. Loading the written document gives the same data.
/// </summary>
public static partial class PartyOrgDocumentWriter
{
    /// <summary>The contract of a compliance input: its tree, "as of" date and data sets.</summary>
    /// <param name="input">The input.</param>
    /// <param name="profile">The profile name to record, or null.</param>
    /// <returns>The document contract.</returns>
    public static InputDocument ToContract(ComplianceInput input, string? profile = null)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        var doc = ToContract(input.Tree, profile);
        var withDate = new InputDocument
        {
            Profile = doc.Profile,
            AsOf = input.AsOf,
            Organizations = doc.Organizations,
            Members = doc.Members,
            Posts = doc.Posts,
        };
        return AddSections(withDate, input);
    }

    /// <summary>The contract of an organization tree (organizations, members, posts).</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="profile">The profile name to record, or null.</param>
    /// <returns>The document contract.</returns>
    public static InputDocument ToContract(OrganizationTree tree, string? profile = null)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        return new InputDocument
        {
            Profile = profile,
            Organizations = tree.Organizations.Select(ToContract).ToArray(),
            Members = tree.Members.Select(ToContract).ToArray(),
            Posts = tree.Posts.Select(ToContract).ToArray(),
        };
    }

    /// <summary>Serializes a compliance input as an input document.</summary>
    /// <param name="input">The input.</param>
    /// <param name="profile">The profile name to record, or null.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(ComplianceInput input, string? profile = null) => PartyOrgJson.Serialize(ToContract(input, profile));

    private static OrganizationContract ToContract(Organization o) => new()
    {
        Id = o.Id,
        Kind = o.Kind.Name,
        Name = o.Name,
        Parent = o.ParentId,
        Form = o.Form is null || o.Form == BranchForm.Regular ? null : o.Form.Name,
        Leads = o.LeadsId,
        Established = o.EstablishedOn,
        Dissolved = o.DissolvedOn,
        CoveredUnits = o.CoveredUnits,
        PlannedEnd = o.PlannedEndOn,
    };

    private static MemberContract ToContract(Member m) => new()
    {
        Id = m.Id,
        Name = m.Name,
        Branch = m.BranchId,
        Group = m.GroupId,
        Status = m.Status.Name,
        Admitted = m.AdmittedOn,
        FullSince = m.FullSince,
        TemporaryBranches = m.TemporaryBranchIds.Count == 0 ? null : m.TemporaryBranchIds.ToArray(),
        Restrictions = m.Restrictions.Count == 0 ? null : m.Restrictions.Select(r => new RestrictionContract { Kind = r.Kind.Name, From = r.From, Until = r.Until }).ToArray(),
        LifeExemption = m.LifeExemption is { } e ? new LifeExemptionContract { Reason = e.Reason.Name, From = e.From, Until = e.Until } : null,
    };

    private static PostContract ToContract(Post p) => new()
    {
        Organization = p.OrganizationId,
        Member = p.MemberId,
        Post = p.Kind.Name,
        Since = p.Since,
        Until = p.Until,
        Duty = p.Duty?.Name,
    };

    private static partial InputDocument AddSections(InputDocument document, ComplianceInput input);
}
