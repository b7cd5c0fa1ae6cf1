using PartyOrg.Domain.Development;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.DevelopmentRuleSupport;

namespace PartyOrg.Domain.Compliance;

/// <summary>DEV-CONVERSION-PROCEDURE: the higher Party committee approves the conversion within 3 months of the branch meeting.</summary>
internal sealed class DevConversionProcedureRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "DEV-CONVERSION-PROCEDURE",
        category: RuleCategory.Development,
        title: new LocalizedText("转正经支部大会讨论后由上级党委在三个月内审批", "The conversion is approved within 3 months of the branch meeting"),
        messageFormat: Message,
        defaultSeverity: Severity.Warning,
        citations: new[] { new Citation(Regulation.MemberDevelopmentRules, 33) },
        confidence: SourceConfidence.VerifiedSecondary,
        parameters: new ParameterKey[] { DevelopmentParameters.Intervals },
        remarks: new LocalizedText(
            "转正程序见细则第三十三条（表决见 DEV-BRANCH-VOTE）；三个月内审批的期限来自二手来源，故为警告：approvedOn（或尚未批准时的检查日）晚于转正会议 + 3个月的，报告。",
            "The procedure is 细则 Art. 33 (the vote: DEV-BRANCH-VOTE); the 3-month approval period comes from secondary sources, hence a warning: approvedOn (or, while unapproved, the as-of date) after the conversion meeting + 3 months is reported."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        foreach (var a in Applicants(context))
        {
            var c = a.Conversion;
            if (c is null)
            {
                continue;
            }

            var due = c.Meeting.PlusMonths(Intervals(context, c.Meeting).ConversionApprovalMonths);
            var day = c.ApprovedOn ?? context.AsOf;
            if (day > due)
            {
                Report(context, Definition, a, Text("在" + D(due) + "前审批转正", "the conversion approved by " + D(due)),
                    c.ApprovedOn is null ? Text("截至" + D(context.AsOf) + "未审批", "not approved by " + D(context.AsOf)) : Text(D(c.ApprovedOn.Value) + "审批", "approved on " + D(c.ApprovedOn.Value)));
            }
        }
    }
}
