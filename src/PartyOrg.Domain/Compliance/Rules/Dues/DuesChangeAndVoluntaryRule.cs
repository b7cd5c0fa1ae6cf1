using PartyOrg.Domain.Dues;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// DUES-CHANGE-AND-VOLUNTARY: voluntary extra dues are unlimited and never a finding; a one-off voluntary payment of
/// 1,000 yuan or more is remitted in full to the Centre (党费规定 2008 Arts. 10–11). Info.
/// </summary>
internal sealed class DuesChangeAndVoluntaryRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "DUES-CHANGE-AND-VOLUNTARY",
        category: RuleCategory.Dues,
        title: new LocalizedText("自愿多交党费不限；一次性自愿多交1000元以上的全额上缴中央", "Voluntary dues are unlimited; a one-off voluntary payment of 1,000 yuan or more goes to the Centre"),
        messageFormat: new LocalizedText(
            "党员“{subject}”{period}自愿多交党费{actual}元（一次性{expected}元以上），应全额上缴中央。",
            "Member \"{subject}\", {period}: a voluntary payment of {actual} yuan ({expected} yuan or more at once) is to be remitted in full to the Centre."),
        defaultSeverity: Severity.Info,
        citations: new[] { new Citation(Regulation.DuesRegulations, 10), new Citation(Regulation.DuesRegulations, 11) },
        confidence: SourceConfidence.VerifiedExcerpt,
        parameters: new ParameterKey[] { DuesParameters.Schedule },
        remarks: new LocalizedText(
            "工资变动时从发放新工资的当月起按新基数交纳（台账每月填写当月基数）。自愿多交党费不限数额，不作为问题；一次性自愿多交1000元以上（含）的，全额上缴中央，作为提示给出。",
            "When pay changes, the new base applies from the month the new pay is paid (the ledger gives each month's base). Voluntary extra dues are unlimited and never a finding; a one-off voluntary payment of 1,000 yuan or more is remitted in full to the Centre, reported as info."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        if (DuesRuleSupport.Statement(context) is not { } statement)
        {
            return;
        }

        foreach (var line in statement.Lines)
        {
            if (line.RemitToCentre && DuesRuleSupport.InWindow(context, line))
            {
                context.Report(Descriptor, line.MemberId, line.BranchId, DuesRuleSupport.Period(line),
                    DuesRuleSupport.Money(line.Table.CentreRemittanceThreshold), DuesRuleSupport.Money(line.Voluntary!.Value));
            }
        }
    }
}
