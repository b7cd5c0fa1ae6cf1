using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.DevelopmentRuleSupport;

namespace PartyOrg.Domain.Compliance;

/// <summary>MEM-TRANSFER-REFUSAL: no Party organisation refuses to send or receive a transfer without cause.</summary>
internal sealed class MemTransferRefusalRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "MEM-TRANSFER-REFUSAL",
        category: RuleCategory.Membership,
        title: new LocalizedText("不得无故拒转拒接组织关系", "No refusal of a transfer without cause"),
        messageFormat: new LocalizedText("党组织“{subject}”：{actual}（应为：{expected}）。", "Organization \"{subject}\": {actual} (expected: {expected})."),
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.MemberEducationRegulations, 25) },
        confidence: SourceConfidence.VerifiedFullText,
        remarks: new LocalizedText(
            "「不得无故拒转拒接」：记有 refusedOn 而没有 refusalReason 的转接，报告在拒绝的党组织（refusedBy）上。组织关系转出但尚未被接收的，原所在党组织仍负管理责任：members[].branch 保持为转出支部。",
            "\"不得无故拒转拒接\": a transfer with refusedOn and no refusalReason is a finding on the refusing organization (refusedBy). Until received, the sending organization keeps managing the member: members[].branch stays the sending branch."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        if (context.Input.Relations?.Transfers is not { } transfers)
        {
            return;
        }

        foreach (var t in transfers)
        {
            if (t.RefusedOn is { } refused && t.RefusedBy is { } by && string.IsNullOrWhiteSpace(t.RefusalReason))
            {
                context.Report(Definition, by, by, null, Text("拒绝时说明理由", "a reason given for the refusal"),
                    Text(D(refused) + "拒绝党员“" + t.MemberId + "”的组织关系转接，未说明理由", "refused the transfer of member " + t.MemberId + " on " + D(refused) + " without a reason"));
            }
        }
    }
}
