using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.DevelopmentRuleSupport;

namespace PartyOrg.Domain.Compliance;

/// <summary>DEV-ACTIVIST-SELECTION: activists are chosen from applicants, so the designation is not before the application.</summary>
internal sealed class DevActivistSelectionRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "DEV-ACTIVIST-SELECTION",
        category: RuleCategory.Development,
        title: new LocalizedText("从入党申请人中确定入党积极分子", "Activists are chosen from applicants"),
        messageFormat: Message,
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.MemberDevelopmentRules) },
        confidence: SourceConfidence.VerifiedSecondary,
        remarks: new LocalizedText(
            "入党积极分子由支部委员会从入党申请人中确定并报上级党委备案：检查 activist ≥ applied。推优、28岁以下团员推荐和备案不检查。条文序号未经核实。",
            "The branch committee designates activists from applicants and files with the higher committee: checked as activist ≥ applied. Recommendation (推优), the under-28 Youth League route and the filing are not checked. The article number is unconfirmed."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        foreach (var a in Applicants(context))
        {
            if (a.Applied is { } applied && a.Activist is { } activist && activist < applied)
            {
                Report(context, Definition, a, Text("在" + D(applied) + "递交申请之后确定", "designated on or after the application of " + D(applied)),
                    Text(D(activist) + "确定为入党积极分子", "designated an activist on " + D(activist)));
            }
        }
    }
}
