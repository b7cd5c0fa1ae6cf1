namespace PartyOrg.Domain.Compliance;

/// <summary>
/// 汇总 — the finding counts of one organization: its own (findings whose <see cref="Finding.OrganizationId"/>
/// is the organization) and its subtree's (its own plus every descendant's). An immutable value.
/// </summary>
public sealed class OrganizationRollUp
{
    internal OrganizationRollUp(string organizationId, int errors, int warnings, int infos, int subtreeErrors, int subtreeWarnings, int subtreeInfos)
    {
        OrganizationId = organizationId;
        Errors = errors;
        Warnings = warnings;
        Infos = infos;
        SubtreeErrors = subtreeErrors;
        SubtreeWarnings = subtreeWarnings;
        SubtreeInfos = subtreeInfos;
    }

    /// <summary>The organization id.</summary>
    public string OrganizationId { get; }

    /// <summary>Own error findings.</summary>
    public int Errors { get; }

    /// <summary>Own warning findings.</summary>
    public int Warnings { get; }

    /// <summary>Own info findings.</summary>
    public int Infos { get; }

    /// <summary>Error findings in the subtree, own included.</summary>
    public int SubtreeErrors { get; }

    /// <summary>Warning findings in the subtree, own included.</summary>
    public int SubtreeWarnings { get; }

    /// <summary>Info findings in the subtree, own included.</summary>
    public int SubtreeInfos { get; }
}
