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
        id: "ORGAN-APPROVAL-CHAIN",
        category: RuleCategory.Organ,
        title: new LocalizedText("机关党组织换届等事项先经党组讨论决定再报机关工委审批", "Organ Party work: the leading group decides first, then the working committee approves"),
        messageFormat: new LocalizedText("“{subject}”{problem}（应为：{expected}；实际：{actual}）。", "\"{subject}\": {problemEn} (expected {expected}; actual {actual})."),
        arguments: new[] { "problem", "problemEn" },
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.OrganRegulations, 37) },
        confidence: SourceConfidence.VerifiedFullText,
        parameters: new ParameterKey[] { TermParameters.Policy, TermParameters.Lengths },
        remarks: new LocalizedText(
            "机关党委（不设机关党委的，机关党总支、党支部）延期或提前换届，应先经党组（党委）讨论决定，再报机关工委审批（机关条例第三十七条）。检查有延期或提前的任期：有党组领导的，须记录党组的决定；有上级机关工委的，批准机关须为该机关工委。由党组领导的机关中接收预备党员和预备党员转正，也须在审批前记录党组的讨论决定（partyGroupDecidedOn，报告在申请人上）。",
            "An organ committee (or, in an organ without one, its top general branch or branch) postpones or advances its election only after its 党组 decides, with the approval of the organ working committee (机关条例 Art. 37). Checked for terms with a postponement or advance: where a 党组 leads the organization its decision must be recorded; where a working committee is above it, that committee must be the approver. Also for admissions and conversions of applicants in an organ led by a 党组: the 党组's decision (partyGroupDecidedOn) is recorded on or before the approval (on the applicant)."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        EvaluateAdmissions(context);
        var tree = context.Tree;
        foreach (var e in TermRuleSupport.Entries(context))
        {
            var adj = e.Adjustment;
            if (adj is null || !(tree.TryGetIndex(e.OrganizationId, out var at) && tree.IsOrganTopIndex(at)))
            {
                continue;
            }

            var id = e.OrganizationId;
            var group = tree.LeadingGroupOf(id);
            if (group is not null && adj.PartyGroupDecidedBy != group.Id)
            {
                context.Report(Definition, id, id, null, new LocalizedText("由党组“" + group.Id + "”讨论决定", "decided by " + group.Id),
                    adj.PartyGroupDecidedBy is null ? new LocalizedText("未记录决定", "no decision recorded") : new LocalizedText("由“" + adj.PartyGroupDecidedBy + "”决定", adj.PartyGroupDecidedBy),
                    $"{adj.Kind.ChineseName}未记录党组“{group.Name}”的讨论决定", $"no decision of the Party group \"{group.Id}\" is recorded for the {adj.Kind.EnglishName}");
            }

            var wc = tree.WorkingCommitteeOf(id);
            var by = adj.ApprovedBy;
            if (wc is not null && by is not null && by != wc.Id)
            {
                context.Report(Definition, id, id, null, new LocalizedText("由“" + wc.Id + "”批准", "approved by " + wc.Id), new LocalizedText("由“" + by + "”批准", "approved by " + by),
                    $"{adj.Kind.ChineseName}应报机关工委“{wc.Name}”审批", $"the {adj.Kind.EnglishName} should be approved by the organ working committee \"{wc.Id}\"");
            }
        }
    }

    /// <summary>
    /// Admissions and conversions in an organ led by a 党组 (机关条例 Art. 37 ¶2): the 党组's decision is recorded
    /// (<c>partyGroupDecidedOn</c>, on or before the approval; <c>partyGroupDecidedBy</c>, when given, is that 党组).
    /// </summary>
    private static void EvaluateAdmissions(ComplianceContext context)
    {
        var log = context.Input.Development;
        if (log is null)
        {
            return;
        }

        var tree = context.Tree;
        foreach (var a in log.Applicants)
        {
            if (!tree.TryGetIndex(a.BranchId, out var at))
            {
                continue;
            }

            // The branch itself or its nearest ancestor at the top of an organ, by index (no list per applicant).
            while (at >= 0 && !tree.IsOrganTopIndex(at))
            {
                at = tree.ParentIndex(at);
            }

            if (at < 0)
            {
                continue;
            }

            var top = tree.OrganizationArray[at].Id;

            var group = tree.LeadingGroupOf(top);
            if (group is null)
            {
                continue;
            }

            var approval = a.Approval;
            if (approval is not null)
            {
                Check(context, a, group, approval.Date, approval.PartyGroupDecidedOn, approval.PartyGroupDecidedBy, "接收预备党员", "admission");
            }

            var conversion = a.Conversion;
            if (conversion is not null && conversion.ApprovedOn is not null)
            {
                Check(context, a, group, conversion.ApprovedOn.Value, conversion.PartyGroupDecidedOn, null, "预备党员转正", "conversion");
            }
        }
    }

    private static void Check(ComplianceContext context, Development.Applicant a, Organizations.Organization group, NodaTime.LocalDate approved,
        NodaTime.LocalDate? decidedOn, string? decidedBy, string chinese, string english)
    {
        if (decidedOn is { } on && on <= approved && (decidedBy is null || decidedBy == group.Id))
        {
            return;
        }

        var actual = decidedOn is not null
            ? new LocalizedText("党组决定日期为" + decidedOn.Value.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + (decidedBy is null ? string.Empty : "（" + decidedBy + "）"),
                "decided on " + decidedOn.Value.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + (decidedBy is null ? string.Empty : " by " + decidedBy))
            : new LocalizedText("未记录党组的讨论决定", "no decision of the Party group recorded");
        context.Report(Definition, a.Id, a.BranchId, null,
            new LocalizedText("审批前由党组“" + group.Id + "”讨论决定", "decided by " + group.Id + " before the approval"), actual,
            chinese + "未先经党组“" + group.Name + "”讨论决定", "the " + english + " was not first decided by the Party group \"" + group.Id + "\"");
    }
}
