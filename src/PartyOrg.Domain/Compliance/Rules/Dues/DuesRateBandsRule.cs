using PartyOrg.Domain.Dues;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>DUES-RATE-BANDS: salaried, annual-salary and self-employed members pay 0.5 % (≤ 3,000), 1 % (≤ 5,000), 1.5 % (≤ 10,000) or 2 % (above) of the WHOLE monthly base, upper bounds inclusive (党费规定 2008 Arts. 1–4). A month paid, but less than due, is a finding.</summary>
internal sealed class DuesRateBandsRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "DUES-RATE-BANDS",
        category: RuleCategory.Dues,
        title: new LocalizedText("按税后工资收入分档交纳党费（比例适用于全部基数）", "Dues by salary band (the rate applies to the whole base)"),
        messageFormat: new LocalizedText(
            "党员“{subject}”{period}应交党费{expected}元（基数{base}元×{rate}），实交{actual}元，少交{shortfall}元。",
            "Member \"{subject}\", {period}: dues of {expected} yuan were due (base {base} × {rate}); {actual} yuan was paid, {shortfall} yuan short."),
        arguments: new[] { "base", "rate", "shortfall" },
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.DuesRegulations, 2), new Citation(Regulation.DuesRegulations, 3), new Citation(Regulation.DuesRegulations, 4) },
        confidence: SourceConfidence.VerifiedExcerpt,
        parameters: new ParameterKey[] { DuesParameters.Schedule, DuesParameters.Rounding },
        remarks: new LocalizedText(
            "在职党员按税后工资收入（年薪制按当月实得，无固定工资的按上季度月平均纯收入）交纳：3000元以下（含）0.5%，3000元以上至5000元（含）1%，5000元以上至10000元（含）1.5%，10000元以上2%；比例适用于全部基数，不是超额累进。已交但少于应交额的月份给出问题；多交的部分不作问题（自愿多交不限）。",
            "Salaried members pay on after-tax regular pay (annual-salary members on the pay received that month, the self-employed on the previous quarter's average monthly net income): up to 3,000 inclusive 0.5 %, to 5,000 inclusive 1 %, to 10,000 inclusive 1.5 %, above 2 %, on the whole base (not marginally). A month paid, but below the amount due, is a finding; paying more is never one (voluntary extra dues are unlimited)."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        if (DuesRuleSupport.Statement(context) is not { } statement)
        {
            return;
        }

        foreach (var line in statement.Lines)
        {
            if (line.Category.Basis == DuesBasis.Banded && line.Underpaid && DuesRuleSupport.InWindow(context, line))
            {
                context.Report(Descriptor, line.MemberId, line.BranchId, DuesRuleSupport.Period(line), DuesRuleSupport.Money(line.AmountDue), DuesRuleSupport.Money(line.Paid),
                    line.Base is { } b ? DuesRuleSupport.Money(b) : "—", DuesRuleSupport.Percent(line.Rate), DuesRuleSupport.Money(line.AmountDue - line.Paid));
            }
        }
    }
}
