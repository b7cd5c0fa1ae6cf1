using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.StructureIndex;

namespace PartyOrg.Domain.Compliance;

/// <summary>ORG-TEMP-BRANCH: a temporary branch is dissolved when its temporary body ends (a planned end passed → should be dissolved).</summary>
internal sealed class OrgTempBranchRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "ORG-TEMP-BRANCH",
        category: RuleCategory.Organization,
        title: new LocalizedText("临时组建的机构撤销后临时党支部自然撤销", "A temporary branch ends with its temporary body"),
        messageFormat: new LocalizedText(
            "临时党支部“{subject}”的任务已于{taskEnded}结束，至{asOf}仍未撤销：临时组建的机构撤销后，临时党支部自然撤销。",
            "Temporary branch \"{subject}\": its task ended on {taskEnded} but it still exists on {asOf}; it should be dissolved with its temporary body."),
        arguments: new[] { "taskEnded", "asOf" },
        defaultSeverity: Severity.Warning,
        citations: new[] { new Citation(Regulation.BranchWorkRegulations, 7, articleConfirmed: false) },
        confidence: SourceConfidence.VerifiedExcerpt,
        remarks: new LocalizedText(
            "条款序号待核（推定第七条）。判断依据为plannedEndOn。临时党支部不换届、不选举、书记和委员由批准机关指定、不接收组织关系，由模型保证（登记在临时党支部的党员是不可能数据）。",
            "Article number unconfirmed (believed Art. 7). Uses plannedEndOn. No terms, no elections, appointed leaders and no registration are guaranteed by the model (a member registered in a temporary branch is impossible data)."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        foreach (var (org, _) in Of(context).Existing(o => o.IsTemporaryBranch && o.PlannedEndOn is { } end && end < context.AsOf))
        {
            var endText = org.PlannedEndOn!.Value.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var asOfText = context.AsOf.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            context.Report(Descriptor, org.Id, org.Id, null, new LocalizedText(endText + "后撤销", "dissolved after " + endText),
                new LocalizedText(asOfText + "仍存在", "exists on " + asOfText), endText, asOfText);
        }
    }
}
