using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>ELEC-DIFF-RATIO-DELEGATE: Delegate candidates exceed seats by at least 20% (代表候选人差额不少于20%).</summary>
internal sealed class ElecDiffRatioDelegateRule : ElectionReasonRule
{
    internal static readonly RuleDescriptor Definition = ElectionRuleSupport.Descriptor(

        "ELEC-DIFF-RATIO-DELEGATE", "代表候选人差额不少于20%", "Delegate candidates exceed seats by at least 20%", Severity.Error,
        new[] { new Citation(Regulation.ElectionRegulations, 9) }, SourceConfidence.VerifiedExcerpt,
        "差额人数≥⌈应选人数×20%⌉。", "Extra candidates ≥ ⌈20% × seats⌉.");

    internal ElecDiffRatioDelegateRule()
        : base(Definition)
    {
    }
}
