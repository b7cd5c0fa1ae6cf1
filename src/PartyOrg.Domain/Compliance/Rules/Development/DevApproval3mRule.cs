using PartyOrg.Domain.Development;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.DevelopmentRuleSupport;

namespace PartyOrg.Domain.Compliance;

/// <summary>DEV-APPROVAL-3M: a Party committee approves the admission within 3 months, never beyond 6; a general branch, branch or 党组 cannot approve.</summary>
internal sealed class DevApproval3mRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "DEV-APPROVAL-3M",
        category: RuleCategory.Development,
        title: new LocalizedText("党委在三个月内审批接收预备党员，最长不超过六个月", "A Party committee approves within 3 months, never beyond 6"),
        messageFormat: Message,
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.MemberDevelopmentRules) },
        confidence: SourceConfidence.VerifiedSecondary,
        parameters: new ParameterKey[] { DevelopmentParameters.Intervals },
        remarks: new LocalizedText(
            "「应当在三个月内审批…不得超过六个月」：批准日（或尚未批准时的检查日）晚于会议 + 3个月为警告，晚于 + 6个月为错误（日历月，月末对齐）。审批机关须为党委（机关党委、基层党委或机关工委），党总支、党支部和党组不能审批。条文序号未经核实。",
            "\"应当在三个月内审批…不得超过六个月\": the approval (or, while unapproved, the as-of date) after meeting + 3 months is a warning, after + 6 months an error (calendar months, clamped). The approver is a Party committee (organ, basic or working committee); a general branch, a branch or a 党组 cannot approve. The article number is unconfirmed."),
        arguments: new[] { "approvalMonths" },
        variants: new[]
        {
            new MessageVariant("late", new LocalizedText(
                "入党申请人“{subject}”：{actual}，超过{approvalMonths}个月（应为：{expected}）。",
                "Applicant \"{subject}\": {actual}, beyond {approvalMonths} months (expected: {expected})."), Severity.Warning),
        });

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        foreach (var a in Applicants(context))
        {
            if (a.Admission is null || a.Probation?.Cancelled is not null)
            {
                continue;
            }

            var admission = a.Admission;

            var intervals = Intervals(context, admission.Meeting);
            var due = admission.Meeting.PlusMonths(intervals.ApprovalMonths);
            var limit = admission.Meeting.PlusMonths(intervals.ApprovalLimitMonths);
            var day = a.Approval?.Date ?? context.AsOf;
            if (day > limit)
            {
                Report(context, Definition, a, Text("在" + D(limit) + "前审批", "approved by " + D(limit)), Actual(context, a));
            }
            else if (day > due)
            {
                Report(context, Definition, a, Text("在" + D(due) + "前审批", "approved by " + D(due)), Actual(context, a), "late", intervals.ApprovalMonths);
            }

            var by = a.Approval is null ? null : FindOrganization(context, a.Approval.ByOrganizationId);
            if (by is not null
                && by.Kind != OrganizationKind.OrganCommittee && by.Kind != OrganizationKind.BasicCommittee && by.Kind != OrganizationKind.WorkingCommittee)
            {
                Report(context, Definition, a, Text("由党委审批", "approved by a Party committee"),
                    Text("由" + by.Kind.Name + "“" + by.Id + "”审批", "approved by the " + by.Kind.Name + " " + by.Id));
            }
        }
    }

    /// <summary>The approval found (or its absence), worded only for a finding.</summary>
    private static LocalizedText Actual(ComplianceContext context, Applicant a) => a.Approval is null
        ? Text("截至" + D(context.AsOf) + "未审批", "not approved by " + D(context.AsOf))
        : Text(D(a.Approval.Date) + "审批", "approved on " + D(a.Approval.Date));
}
