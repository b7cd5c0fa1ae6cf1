using PartyOrg.Domain.Regulations;
using PartyOrg.Domain.Terms;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// ORGAN-APPROVAL-CHAIN (terms): the top Party organization of an organ — its organ committee, or the general branch or
/// branch of an organ without one — postpones or advances its election only after the 党组 that leads it decides, and
/// with the approval of the organ working committee above it (机关条例 Art. 37).
/// </summary>
internal sealed class OrganApprovalChainRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        "ORGAN-APPROVAL-CHAIN",
        RuleCategory.Organ,
        new LocalizedText("机关党组织换届等事项先经党组讨论决定再报机关工委审批", "Organ Party work: the leading group decides first, then the working committee approves"),
        new LocalizedText("“{subject}”{0}（应为：{expected}；实际：{actual}）。", "\"{subject}\": {1} (expected {expected}; actual {actual})."),
        Severity.Error,
        new[] { new Citation(Regulation.OrganRegulations, 37) },
        SourceConfidence.VerifiedFullText,
        new ParameterKey[] { TermParameters.Policy, TermParameters.Lengths },
        remarks: new LocalizedText(
            "机关党委（不设机关党委的，机关党总支、党支部）延期或提前换届，应先经党组（党委）讨论决定，再报机关工委审批（机关条例第三十七条）。检查有延期或提前的任期：有党组领导的，须记录党组的决定；有上级机关工委的，批准机关须为该机关工委。",
            "An organ committee (or, in an organ without one, its top general branch or branch) postpones or advances its election only after its 党组 decides, with the approval of the organ working committee (机关条例 Art. 37). Checked for terms with a postponement or advance: where a 党组 leads the organization its decision must be recorded; where a working committee is above it, that committee must be the approver."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        var calendar = TermRuleSupport.Calendar(context);
        if (calendar is null)
        {
            return;
        }

        var tree = context.Tree;
        foreach (var e in calendar.Entries)
        {
            if (e.Adjustment is not { } adj || !tree.TryGetIndex(e.OrganizationId, out var at) || !tree.IsOrganTopIndex(at))
            {
                continue;
            }

            var id = e.OrganizationId;
            if (tree.LeadingGroupOf(id) is { } group && adj.PartyGroupDecidedBy != group.Id)
            {
                context.Report(Definition, id, id, null, new LocalizedText("由党组“" + group.Id + "”讨论决定", "decided by " + group.Id),
                    adj.PartyGroupDecidedBy is { } decidedBy ? new LocalizedText("由“" + decidedBy + "”决定", decidedBy) : new LocalizedText("未记录决定", "no decision recorded"),
                    $"{adj.Kind.ChineseName}未记录党组“{group.Name}”的讨论决定", $"no decision of the Party group \"{group.Id}\" is recorded for the {adj.Kind.EnglishName}");
            }

            if (tree.WorkingCommitteeOf(id) is { } wc && adj.ApprovedBy is { } by && by != wc.Id)
            {
                context.Report(Definition, id, id, null, new LocalizedText("由“" + wc.Id + "”批准", "approved by " + wc.Id), new LocalizedText("由“" + by + "”批准", "approved by " + by),
                    $"{adj.Kind.ChineseName}应报机关工委“{wc.Name}”审批", $"the {adj.Kind.EnglishName} should be approved by the organ working committee \"{wc.Id}\"");
            }
        }
    }
}
