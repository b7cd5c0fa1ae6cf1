using PartyOrg.Domain.Dues;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// DUES-FLAT: farmers pay the provincial amount of 0.20–1.00 yuan a month; students, the unemployed and members on relief
/// or the minimum living allowance 0.20 (党费规定 2008 Art. 6). A month paid, but less than due, is a finding; so is a
/// farmer's provincial amount outside the national range.
/// </summary>
internal sealed class DuesFlatRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "DUES-FLAT",
        category: RuleCategory.Dues,
        title: new LocalizedText("农民、学生、下岗失业及依靠抚恤救济、低保党员按固定数额交纳党费", "Fixed monthly dues of farmers, students, the unemployed and members on relief"),
        messageFormat: new LocalizedText(
            "党员“{subject}”{period}：{problem}（应为：{expected}；实际：{actual}）。",
            "Member \"{subject}\", {period}: {problemEn} (expected {expected}; actual {actual})."),
        arguments: new[] { "problem", "problemEn" },
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.DuesRegulations, 6) },
        confidence: SourceConfidence.VerifiedExcerpt,
        parameters: new ParameterKey[] { DuesParameters.Schedule, DuesParameters.Rounding },
        remarks: new LocalizedText(
            "农民党员每月交纳党费0.2元至1元，具体数额由各省（区、市）党委组织部确定（台账的base填写本省数额，须在0.20至1.00之间）；学生、下岗失业、依靠抚恤或救济生活、享受最低生活保障的党员每月交纳0.2元。已交但少于应交额的月份给出问题。",
            "Farmers pay 0.20 to 1.00 yuan a month as their province sets it (the ledger's base holds the provincial amount, which must lie in 0.20–1.00); students, the unemployed and members living on relief or the minimum living allowance pay 0.20. A month paid, but below the amount due, is a finding."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        if (DuesRuleSupport.Statement(context) is not { } statement)
        {
            return;
        }

        foreach (var line in statement.Lines)
        {
            if (line.Category.Basis is not (DuesBasis.Flat or DuesBasis.ProvincialAmount) || !DuesRuleSupport.InWindow(context, line))
            {
                continue;
            }

            var period = DuesRuleSupport.Period(line);
            if (line.FarmerAmountOutOfRange)
            {
                var range = DuesRuleSupport.Money(line.Table.FarmerMinimum) + "–" + DuesRuleSupport.Money(line.Table.FarmerMaximum);
                context.Report(Descriptor, line.MemberId, line.BranchId, period, range, DuesRuleSupport.Money(line.Row.Base!.Value),
                    "农民党员的省定月交纳数额超出全国规定的" + Yuan(line.Table.FarmerMinimum) + "元至" + Yuan(line.Table.FarmerMaximum) + "元",
                    "a farmer's provincial monthly amount outside the national " + range + " yuan");
            }

            if (line.Underpaid)
            {
                context.Report(Descriptor, line.MemberId, line.BranchId, period, DuesRuleSupport.Money(line.AmountDue), DuesRuleSupport.Money(line.Paid),
                    line.Category.ChineseName + "党员少交党费" + DuesRuleSupport.Money(line.AmountDue - line.Paid) + "元",
                    "dues of a member (" + line.Category.EnglishName + ") " + DuesRuleSupport.Money(line.AmountDue - line.Paid) + " yuan short");
            }
        }
    }

    /// <summary>An amount as the regulation writes it in Chinese (0.2元, 1元).</summary>
    private static string Yuan(decimal amount) => amount.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
