using System.Collections.Generic;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Dues;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// DUES-HARDSHIP: a member in real difficulty may pay less or nothing when they apply, the branch studies it and the
/// Party committee above the branch approves. An arrangement covering ledger months in the window without that approval
/// (no approver, the branch itself or an organization not above it, or approved after the audit date) is a warning,
/// one per arrangement; it does not change the amount due.
/// </summary>
internal sealed class DuesHardshipRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "DUES-HARDSHIP",
        category: RuleCategory.Dues,
        title: new LocalizedText("少交或免交党费须经支部研究、上一级党委批准", "Reduced or exempted dues need the approval of the Party committee above the branch"),
        messageFormat: new LocalizedText(
            "党员“{subject}”{period}{relief}党费，未经上一级党委批准（应为：{expected}；实际：{actual}），应交数额不变。",
            "Member \"{subject}\", {period}: dues {reliefEn} without the approval of the Party committee above the branch (expected {expected}; actual {actual}); the amount due is unchanged."),
        arguments: new[] { "relief", "reliefEn" },
        defaultSeverity: Severity.Warning,
        citations: new[] { new Citation(Regulation.DuesRegulations) },
        confidence: SourceConfidence.VerifiedSecondary,
        remarks: new LocalizedText(
            "对确有困难的党员，本人提出申请，经党支部研究，报上一级党委批准，可以少交或免交党费。未经批准（没有approvedBy/approvedOn，批准组织不是本支部的上级组织，或批准日在检查日之后）的安排不改变应交数额，按安排给出一项警告（期间为其覆盖的台账月份）。",
            "A member in real difficulty may pay less or nothing when they apply, the branch studies it and the Party committee above the branch approves. Without that approval (no approvedBy/approvedOn, an approver that is not above the branch, or approval after the audit date) the amount due is unchanged; one warning per arrangement, its period the ledger months it covers."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        if (DuesRuleSupport.Statement(context) is not { } statement)
        {
            return;
        }

        var spans = new Dictionary<DuesExemption, (DuesLine First, DuesLine Last)>();
        var order = new List<DuesExemption>();
        foreach (var line in statement.Lines)
        {
            if (!line.UnapprovedArrangement || !DuesRuleSupport.InWindow(context, line))
            {
                continue;
            }

            var a = line.Arrangement!;
            if (spans.TryGetValue(a, out var span))
            {
                spans[a] = (span.First, line);
            }
            else
            {
                spans[a] = (line, line);
                order.Add(a);
            }
        }

        foreach (var a in order)
        {
            var (first, last) = spans[a];
            var period = first.Month == last.Month
                ? DuesRuleSupport.Period(first)
                : ReportingPeriod.Custom(first.Month.OnDayOfMonth(1), last.Month.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1));
            var actual = a.ApprovedBy is null || a.ApprovedOn is null
                ? new LocalizedText("未批准", "not approved")
                : new LocalizedText(a.ApprovedBy + "于" + DuesRuleSupport.Date(a.ApprovedOn.Value) + "批准", "approved by " + a.ApprovedBy + " on " + DuesRuleSupport.Date(a.ApprovedOn.Value));
            var zh = a.Kind == DuesExemptionKind.Exempt ? "免交" : "少交（每月" + DuesRuleSupport.Money(a.Amount!.Value) + "元）";
            var en = a.Kind == DuesExemptionKind.Exempt ? "exempted" : "reduced to " + DuesRuleSupport.Money(a.Amount!.Value) + " yuan a month";
            context.Report(Descriptor, first.MemberId, first.BranchId, period,
                new LocalizedText("支部研究后报上一级党委批准（检查日前）", "approved by a Party committee above the branch by the audit date"), actual, zh, en);
        }
    }
}
