using PartyOrg.Domain.Dues;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>DUES-RETIRED: retired members pay 0.5 % of a pension up to 5,000 inclusive and 1 % above, on the whole pension (党费规定 2008 Art. 5; the base is the basic pension under 组电明字〔2017〕5号, the caller's policy). A month paid, but less than due, is a finding.</summary>
internal sealed class DuesRetiredRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "DUES-RETIRED",
        category: RuleCategory.Dues,
        title: new LocalizedText("离退休党员按养老金交纳党费", "Retired members pay on the pension"),
        messageFormat: new LocalizedText(
            "党员“{subject}”{period}应交党费{expected}元（养老金{pension}元×{rate}），实交{actual}元，少交{shortfall}元。",
            "Member \"{subject}\", {period}: dues of {expected} yuan were due (pension {pension} × {rate}); {actual} yuan was paid, {shortfall} yuan short."),
        arguments: new[] { "pension", "rate", "shortfall" },
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.DuesRegulations, 5) },
        confidence: SourceConfidence.VerifiedExcerpt,
        parameters: new ParameterKey[] { DuesParameters.Schedule, DuesParameters.Rounding },
        remarks: new LocalizedText(
            "离退休党员以实际领取的养老金为基数（组电明字〔2017〕5号明确为基本养老金，由调用方按本单位口径填写）：5000元以下（含）0.5%，5000元以上1%，比例适用于全部基数。已交但少于应交额的月份给出问题。",
            "Retired members pay on the pension received (the basic pension under 组电明字〔2017〕5号; the caller enters the base its policy uses): up to 5,000 inclusive 0.5 %, above 1 %, on the whole base. A month paid, but below the amount due, is a finding."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        if (DuesRuleSupport.Statement(context) is not { } statement)
        {
            return;
        }

        foreach (var line in statement.Lines)
        {
            if (line.Category.Basis == DuesBasis.Pension && line.Underpaid && DuesRuleSupport.InWindow(context, line))
            {
                context.Report(Descriptor, line.MemberId, line.BranchId, DuesRuleSupport.Period(line), DuesRuleSupport.Money(line.AmountDue), DuesRuleSupport.Money(line.Paid),
                    line.Base is { } b ? DuesRuleSupport.Money(b) : "—", DuesRuleSupport.Percent(line.Rate), DuesRuleSupport.Money(line.AmountDue - line.Paid));
            }
        }
    }
}
