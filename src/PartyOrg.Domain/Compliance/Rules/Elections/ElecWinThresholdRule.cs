using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>ELEC-WIN-THRESHOLD: Winners need more than half of the entitled voters (当选须超过应到会有选举权人数的半数).</summary>
internal sealed class ElecWinThresholdRule : ElectionReasonRule
{
    internal static readonly RuleDescriptor Definition = ElectionRuleSupport.Descriptor(

            id: "ELEC-WIN-THRESHOLD", zhTitle: "当选须超过应到会有选举权人数的半数", enTitle: "Winners need more than half of the entitled voters", severity: Severity.Warning,
            citations: new[] { new Citation(Regulation.ElectionRegulations) }, confidence: SourceConfidence.VerifiedSecondary,
            zhRemarks: "赞成票×2＞应到会有选举权人数（恰好半数不当选）。1990年暂行条例及旧地方规定以“实到会”人数为基数（§M7），2020年7月13日前的选举按其判断。名额未选满或最后名额票数相等时为警告：应就不足名额另行选举，或经半数以上选举人同意减少名额。2020年条例条款序号待核。",
            enRemarks: "For × 2 > entitled voters (exactly half does not win). The 1990 interim regulations and old local rules use those present as the base (§M7); elections before 2020-07-13 are judged by them. Unfilled seats or a tie for the last seat give a warning: hold a further round, or reduce the seats with the consent of more than half of the electors. The 2020 article number is unconfirmed.");

    internal ElecWinThresholdRule()
        : base(Definition)
    {
    }

    /// <summary>Unfilled seats and ties are warnings under the same descriptor.</summary>
    protected override bool SoftIsSame => true;

    /// <summary>A void vote is the other rules' finding.</summary>
    protected override bool SkipWhenVoid => true;
}
