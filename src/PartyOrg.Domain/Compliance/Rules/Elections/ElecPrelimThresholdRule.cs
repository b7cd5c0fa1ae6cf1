using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>ELEC-PRELIM-THRESHOLD: in a preliminary vote (预选) a candidate becomes a formal candidate only with more than half of the entitled voters' for-votes.</summary>
internal sealed class ElecPrelimThresholdRule : ElectionReasonRule
{
    internal static readonly RuleDescriptor Definition = ElectionRuleSupport.Descriptor(
        id: "ELEC-PRELIM-THRESHOLD", zhTitle: "预选获得赞成票超过应到会有选举权人数半数的方可列为正式候选人", enTitle: "A preliminary vote: formal candidates need more than half of the entitled voters", severity: Severity.Warning,
        citations: new[] { new Citation(Regulation.ElectionRegulations) }, confidence: SourceConfidence.VerifiedSecondary,
        zhRemarks: "赞成票×2＞应到会有选举权人数（2020年7月13日前按实到会人数）；按得票多少排列确定正式候选人。只在计票说明中出现（预选不进入选举记录）。",
        enRemarks: "For × 2 > entitled voters (before 2020-07-13: those present); formal candidates are ranked by votes. Appears in the tally's explanation (preliminary votes are not election records).");

    internal ElecPrelimThresholdRule()
        : base(Definition)
    {
    }
}
