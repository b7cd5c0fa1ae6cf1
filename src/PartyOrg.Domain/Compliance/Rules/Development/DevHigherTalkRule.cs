using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.DevelopmentRuleSupport;

namespace PartyOrg.Domain.Compliance;

/// <summary>DEV-HIGHER-TALK: before approving, the higher organisation sends someone to talk with the candidate.</summary>
internal sealed class DevHigherTalkRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "DEV-HIGHER-TALK",
        category: RuleCategory.Development,
        title: new LocalizedText("审批前上级党组织派人谈话", "The higher organisation talks with the candidate before approval"),
        messageFormat: Message,
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.Constitution, 5) },
        confidence: SourceConfidence.VerifiedFullText,
        remarks: new LocalizedText(
            "党章第五条：上级党组织批准申请人入党以前，要派专人同他谈话。有审批记录时，higherTalk 须不晚于 approval.date。细则中的条文序号未经核实。",
            "党章 Art. 5: before approving, the higher organisation sends someone to talk with the applicant. With an approval recorded, higherTalk is on or before approval.date. The article of the 细则 is unconfirmed."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        foreach (var a in Applicants(context))
        {
            var approval = a.Approval;
            if (approval is null)
            {
                continue;
            }

            if (a.HigherTalk is not { } talk || talk > approval.Date)
            {
                Report(context, Definition, a, Text("在" + D(approval.Date) + "审批前谈话", "a talk on or before the approval of " + D(approval.Date)),
                    a.HigherTalk is null ? Text("无上级谈话记录", "no talk recorded") : Text(D(a.HigherTalk.Value) + "谈话", "talked on " + D(a.HigherTalk.Value)));
            }
        }
    }
}
