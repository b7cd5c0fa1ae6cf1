using PartyOrg.Domain.Dues;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// DUES-PAYMENT-TIMING: dues are paid monthly; quarterly or as a back payment only with the branch's consent, a back
/// payment as a rule within 6 months (党费规定 2008 Arts. 12, 14). A month paid after its due date, or still unpaid
/// after it on the audit date, is a warning.
/// </summary>
internal sealed class DuesPaymentTimingRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "DUES-PAYMENT-TIMING",
        category: RuleCategory.Dues,
        title: new LocalizedText("按月交纳党费（经支部同意可按季度交纳或补交，补交一般不超过6个月）", "Dues are paid monthly (quarterly or back payments only with the branch's consent, back payments within 6 months)"),
        messageFormat: new LocalizedText(
            "党员“{subject}”{period}的党费{lateness}（应为：{expected}；实际：{actual}）。",
            "Member \"{subject}\": the dues for {period} {latenessEn} (expected {expected}; actual {actual})."),
        arguments: new[] { "lateness", "latenessEn" },
        defaultSeverity: Severity.Warning,
        citations: new[] { new Citation(Regulation.DuesRegulations, 12), new Citation(Regulation.DuesRegulations, 14) },
        confidence: SourceConfidence.VerifiedExcerpt,
        parameters: new ParameterKey[] { DuesParameters.Schedule },
        remarks: new LocalizedText(
            "交纳期限：按月交纳的为当月最后一日；经支部同意按季度交纳的（arrangement为quarterly-with-consent）为当季最后一日；经支部同意补交的（arrears-with-consent）为其后第6个月最后一日（补交党费的时间一般不得超过6个月）。逾期交纳或截至检查日逾期未交（应交额大于0）的月份给出警告。",
            "The due date is the month's last day (monthly), the quarter's last day (quarterly with the branch's consent), or the last day of the sixth month after (a back payment with consent; back payments are as a rule made within 6 months). A month paid after it, or still unpaid after it on the audit date with something due, is a warning."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        if (DuesRuleSupport.Statement(context) is not { } statement)
        {
            return;
        }

        foreach (var line in statement.Lines)
        {
            if (!DuesRuleSupport.InWindow(context, line))
            {
                continue;
            }

            if (line.PaidLate)
            {
                var on = DuesRuleSupport.Date(line.PaidOn!.Value);
                context.Report(Descriptor, line.MemberId, line.BranchId, DuesRuleSupport.Period(line), Expected(line),
                    new LocalizedText(on + "交纳", "paid on " + on), "逾期交纳", "was paid late");
            }
            else if (line.UnpaidAfterDueBy)
            {
                var asOf = DuesRuleSupport.Date(context.AsOf);
                context.Report(Descriptor, line.MemberId, line.BranchId, DuesRuleSupport.Period(line), Expected(line),
                    new LocalizedText("截至" + asOf + "未交纳（应交" + DuesRuleSupport.Money(line.AmountDue) + "元）", "unpaid on " + asOf + " (" + DuesRuleSupport.Money(line.AmountDue) + " yuan due)"),
                    "逾期未交", "are overdue");
            }
        }
    }

    /// <summary>The expected value, worded only for a finding (a year of dues is twelve lines per member).</summary>
    private static LocalizedText Expected(DuesLine line) =>
        new("在" + DuesRuleSupport.Date(line.DueBy) + "前交纳（" + line.Row.Arrangement.ChineseName + "）",
            "paid by " + DuesRuleSupport.Date(line.DueBy) + " (" + line.Row.Arrangement.EnglishName + ")");
}
