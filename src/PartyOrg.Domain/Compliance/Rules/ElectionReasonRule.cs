using System.Collections.Generic;
using System.Globalization;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Elections;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// Base of the election rules that turn the tally's reasons of their own id into findings (a failed hard reason: the
/// rule's severity; a soft one: a warning), with hooks for the checks that need more than the tally.
/// </summary>
internal abstract class ElectionReasonRule : Rule
{
    private readonly RuleDescriptor soft;

    protected ElectionReasonRule(RuleDescriptor hard)
        : base(hard)
    {
        soft = ElectionRuleSupport.Soft(hard);
    }

    /// <summary>Whether soft reasons are reported under the rule's own descriptor (its default severity is already a warning).</summary>
    protected virtual bool SoftIsSame => false;

    /// <summary>Whether the rule is silent on a void vote.</summary>
    protected virtual bool SkipWhenVoid => false;

    public override void Evaluate(ComplianceContext context)
    {
        var tallies = ElectionRuleSupport.Tallies(context);
        if (tallies is null)
        {
            return;
        }

        var id = Descriptor.Id;
        foreach (var t in tallies)
        {
            if (t.Outcome is not { } outcome)
            {
                OnUntallied(context, t);
                continue;
            }

            OnTallied(context, t);
            foreach (var reason in t.Reasons)
            {
                if (reason.RuleId != id || reason.Passed || (SkipWhenVoid && outcome.IsVoid))
                {
                    continue;
                }

                ElectionRuleSupport.Report(context, reason.IsSoft && !SoftIsSame ? soft : Descriptor, t.Record, reason.Expected, reason.Actual, reason.Citations, reason.Chinese, reason.English);
            }
        }
    }

    /// <summary>An election that could not be tallied (more present than the entitled voters computed from the members).</summary>
    protected virtual void OnUntallied(ComplianceContext context, TalliedElection t)
    {
    }

    /// <summary>Checks of a tallied election beyond the tally's reasons.</summary>
    protected virtual void OnTallied(ComplianceContext context, TalliedElection t)
    {
    }
}
