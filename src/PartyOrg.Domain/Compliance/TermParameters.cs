using System;
using System.Linq;
using PartyOrg.Domain.Terms;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// The numbers the term rules and the 换届 calendar read from a <see cref="ComplianceProfile"/>: the term
/// lengths as a dated parameter (<see cref="Lengths"/>: the legacy lengths until 2018-07-12, the 2018 Opinion's from
/// that day, each version with its article; a term takes the version in force on its start) and one
/// <see cref="TermPolicy"/> per sector for the milestones. <see cref="PolicyOf"/> joins them; the rules, the 换届 calendar
/// and the <c>partyorg</c> commands read it. Change the milestones for a local overlay, e.g. a 2-month request lead:
/// <c>profile.WithParameter(TermParameters.Policy, profile.Get(TermParameters.Policy).WithRequestLead(Period.FromMonths(2)))</c>.
/// </summary>
public static class TermParameters
{
    /// <summary>The sector's term policy (organs 5/3/3, villages and communities 5/5/5; legacy lengths before 2018-07-12).</summary>
    public static readonly ParameterKey<TermPolicy> Policy = new(
        "term.policy",
        new LocalizedText("任期政策：各类组织任期年限（按任期开始日适用的版本）及换届提醒、请示、报告时限",
            "Term policy: term lengths by kind (versioned by the term's start) and the reminder, request and report milestones"),
        p => p.ToString());

    /// <summary>The default lengths (committee / general branch / branch years) of a term by its start date.</summary>
    public static readonly ParameterKey<TermLengths> Lengths = new(
        "term.lengths",
        new LocalizedText("任期年限：党委／总支／支部（按任期开始日适用的版本）", "Term lengths: committee / general branch / branch years (the version in force on the term's start)"),
        l => l.ToString());

    /// <summary>
    /// The term policy a profile applies: the milestones of <see cref="Policy"/> with the lengths of every version of
    /// <see cref="Lengths"/> (the first version is the legacy one; each later version applies to terms starting on or
    /// after its first day) once <see cref="Lengths"/> has been changed locally; while it holds only its national
    /// versions (which equal the built-in policy's lengths) the lengths inside <see cref="Policy"/> apply.
    /// </summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The policy.</returns>
    public static TermPolicy PolicyOf(ComplianceProfile profile)
    {
        if (profile is null)
        {
            throw new ArgumentNullException(nameof(profile));
        }

        var policy = profile.Get(Policy);
        if (!profile.Has(Lengths))
        {
            return policy;
        }

        // The national versions are the policy's own lengths; only a local or unlabelled change of term.lengths
        // replaces them (so a caller who changed the lengths inside term.policy keeps that change).
        var versions = profile.VersionsOf(Lengths);
        if (versions.All(v => v.Source.Basis == ParameterBasis.National))
        {
            return policy;
        }

        var first = (TermLengths)versions[0].Value;
        if (versions.Count == 1)
        {
            return policy.WithLegacy(first).WithCurrent(first);
        }

        policy = policy.WithLegacy(first);
        for (var i = 1; i < versions.Count; i++)
        {
            policy = policy.WithLengthsFrom(versions[i].InForceFrom!.Value, (TermLengths)versions[i].Value);
        }

        return policy;
    }
}
