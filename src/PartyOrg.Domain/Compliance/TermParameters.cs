using PartyOrg.Domain.Terms;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// The numbers the term rules (TERM-*) and the 换届 calendar read from a <see cref="ComplianceProfile"/>: one
/// <see cref="TermPolicy"/> per sector (lengths, versioned by the term's start, and the milestones). Change it for a
/// local overlay, e.g. a 2-month request lead:
/// <c>profile.WithParameter(TermParameters.Policy, profile.Get(TermParameters.Policy).WithRequestLead(Period.FromMonths(2)))</c>.
/// </summary>
public static class TermParameters
{
    /// <summary>TERM-DEFAULTS-2018 and the milestones: the sector's term policy (organs 5/3/3, villages and communities 5/5/5; legacy lengths before 2018-07-12).</summary>
    public static readonly ParameterKey<TermPolicy> Policy = new(
        "term.policy",
        new LocalizedText("任期政策：各类组织任期年限（按任期开始日适用的版本）及换届提醒、请示、报告时限",
            "Term policy: term lengths by kind (versioned by the term's start) and the reminder, request and report milestones"),
        p => p.ToString());
}
