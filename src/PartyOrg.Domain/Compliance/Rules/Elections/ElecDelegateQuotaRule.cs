using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>ELEC-DELEGATE-QUOTA: Delegates: as a rule 100–200, at most 300 (代表名额一般100至200名，最多300名).</summary>
internal sealed class ElecDelegateQuotaRule : ElectionReasonRule
{
    internal static readonly RuleDescriptor Definition = ElectionRuleSupport.Descriptor(

        id: "ELEC-DELEGATE-QUOTA", zhTitle: "代表名额一般100至200名，最多300名", enTitle: "Delegates: as a rule 100–200, at most 300", severity: Severity.Error,
        citations: new[] { new Citation(Regulation.ElectionRegulations, 8, articleConfirmed: false) }, confidence: SourceConfidence.VerifiedExcerpt,
        zhRemarks: "超过300名为错误；不足100名或超过200名为警告（“一般”）。条款序号按顺序推定。",
        enRemarks: "More than 300 is an error; fewer than 100 or more than 200 a warning (\"as a rule\"). The article number is inferred.");

    internal ElecDelegateQuotaRule()
        : base(Definition)
    {
    }
}
