using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>ELEC-DIFF-RATIO-COMMITTEE: Committee candidates exceed seats by at least 20% (委员候选人差额不少于20%).</summary>
internal sealed class ElecDiffRatioCommitteeRule : ElectionReasonRule
{
    internal static readonly RuleDescriptor Definition = ElectionRuleSupport.Descriptor(

        "ELEC-DIFF-RATIO-COMMITTEE", "委员候选人差额不少于20%", "Committee candidates exceed seats by at least 20%", Severity.Error,
        new[] { new Citation(Regulation.ElectionRegulations, 13) }, SourceConfidence.VerifiedExcerpt,
        "差额人数≥⌈应选人数×20%⌉（整数向上取整：5名需6人，7名需9人）。1990年暂行条例写作“差额为应选人数的百分之二十”（§M9），同样按下限执行。补选不适用。",
        "Extra candidates ≥ ⌈20% × seats⌉ (rounded up: 5 seats need 6 candidates, 7 need 9). The 1990 wording \"extra candidates of 20%\" (§M9) is applied as the same minimum. Not applied to by-elections.");

    internal ElecDiffRatioCommitteeRule()
        : base(Definition)
    {
    }
}
