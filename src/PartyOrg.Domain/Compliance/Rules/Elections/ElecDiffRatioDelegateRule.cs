using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>ELEC-DIFF-RATIO-DELEGATE: Delegate candidates exceed seats by at least 20% (代表候选人差额不少于20%).</summary>
internal sealed class ElecDiffRatioDelegateRule : ElectionReasonRule
{
    internal static readonly RuleDescriptor Definition = ElectionRuleSupport.Descriptor(

        id: "ELEC-DIFF-RATIO-DELEGATE", zhTitle: "代表候选人差额不少于20%", enTitle: "Delegate candidates exceed seats by at least 20%", severity: Severity.Error,
        citations: new[] { new Citation(Regulation.ElectionRegulations, 9) }, confidence: SourceConfidence.VerifiedExcerpt,
        zhRemarks: "差额人数≥⌈应选人数×20%⌉。", enRemarks: "Extra candidates ≥ ⌈20% × seats⌉.");

    internal ElecDiffRatioDelegateRule()
        : base(Definition)
    {
    }
}
