using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>ELEC-DIFF-RATIO-COMMITTEE: Committee candidates exceed seats by at least 20% (委员候选人差额不少于20%).</summary>
internal sealed class ElecDiffRatioCommitteeRule : ElectionReasonRule
{
    internal static readonly RuleDescriptor Definition = ElectionRuleSupport.Descriptor(

        id: "ELEC-DIFF-RATIO-COMMITTEE", zhTitle: "委员候选人差额不少于20%", enTitle: "Committee candidates exceed seats by at least 20%", severity: Severity.Error,
        citations: new[] { new Citation(Regulation.ElectionRegulations, 13) }, confidence: SourceConfidence.VerifiedExcerpt,
        zhRemarks: "差额人数≥⌈应选人数×20%⌉（整数向上取整：5名需6人，7名需9人）。1990年暂行条例写作“差额为应选人数的百分之二十”（§M9），同样按下限执行。补选不适用。",
        enRemarks: "Extra candidates ≥ ⌈20% × seats⌉ (rounded up: 5 seats need 6 candidates, 7 need 9). The 1990 wording \"extra candidates of 20%\" (§M9) is applied as the same minimum. Not applied to by-elections.");

    internal ElecDiffRatioCommitteeRule()
        : base(Definition)
    {
    }
}
