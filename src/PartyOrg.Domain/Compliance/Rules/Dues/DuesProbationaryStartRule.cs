using PartyOrg.Domain.Dues;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// DUES-PROBATIONARY-START: a probationary member pays dues from the day the branch general meeting admits them (not
/// from the approval): the admission month is due in full, a month that ends before the meeting owes nothing. Dues
/// recorded as paid for such a month are reported (info): they are not dues.
/// </summary>
internal sealed class DuesProbationaryStartRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "DUES-PROBATIONARY-START",
        category: RuleCategory.Dues,
        title: new LocalizedText("预备党员从支部大会通过其入党之日起交纳党费", "Probationary members pay dues from the day of the admission meeting"),
        messageFormat: new LocalizedText(
            "党员“{subject}”{period}在入党（支部大会通过，{admitted}）之前，不需交纳党费，但台账记有已交{actual}元。",
            "Member \"{subject}\", {period}: the month ends before their admission meeting ({admitted}), so nothing was due, yet {actual} yuan is recorded as paid."),
        arguments: new[] { "admitted" },
        defaultSeverity: Severity.Info,
        citations: new[] { new Citation(Regulation.DuesRegulations) },
        confidence: SourceConfidence.VerifiedSecondary,
        remarks: new LocalizedText(
            "预备党员从支部大会通过其为预备党员之日起交纳党费（不是从上级党委批准之日起）：入党当月全额应交；在入党之日前结束的月份应交为0，不计入连续6个月不交纳党费。此类月份记有已交金额的，作为提示给出。",
            "Probationary members pay from the day the branch general meeting admits them (not from the approval): the admission month is due in full; a month that ends before the meeting owes nothing and never counts toward six unpaid months. A payment recorded for such a month is reported as info."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        if (DuesRuleSupport.Statement(context) is not { } statement)
        {
            return;
        }

        foreach (var line in statement.Lines)
        {
            if (line.PaidBeforeAdmission && DuesRuleSupport.InWindow(context, line))
            {
                var admitted = context.Tree.GetMember(line.MemberId).AdmittedOn!.Value;
                context.Report(Descriptor, line.MemberId, line.BranchId, DuesRuleSupport.Period(line), "0.00", DuesRuleSupport.Money(line.Paid),
                    DuesRuleSupport.Date(admitted));
            }
        }
    }
}
