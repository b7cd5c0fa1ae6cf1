using PartyOrg.Domain.Development;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.DevelopmentRuleSupport;

namespace PartyOrg.Domain.Compliance;

/// <summary>DEV-TALK-WITHIN-1M: the Party organisation talks with the applicant within one month of the application.</summary>
internal sealed class DevTalkWithin1mRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "DEV-TALK-WITHIN-1M",
        category: RuleCategory.Development,
        title: new LocalizedText("接到入党申请书后一个月内派人谈话", "Talk with the applicant within one month of the application"),
        messageFormat: Message,
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.MemberDevelopmentRules, 7, articleConfirmed: false) },
        confidence: SourceConfidence.VerifiedSecondary,
        parameters: new ParameterKey[] { DevelopmentParameters.Intervals },
        remarks: new LocalizedText(
            "「应当在一个月内派人同入党申请人谈话」：talked ≤ applied + 1个月（按日历月，月末对齐）；截至检查日已逾期仍无谈话记录的，同样报告；谈话早于申请的，视为顺序错误。条文序号未经核实（据信为第七条）。",
            "\"应当在一个月内派人同入党申请人谈话\": talked ≤ applied + 1 month (calendar months, clamped to the month's end); no talk recorded when that date has passed on the as-of date is reported too, and a talk before the application is out of order. The article number is unconfirmed (believed Art. 7)."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        foreach (var a in Applicants(context))
        {
            if (a.Applied is null)
            {
                continue;
            }

            var applied = a.Applied.Value;

            var due = applied.PlusMonths(Intervals(context, applied).TalkMonths);
            if (a.Talked is { } talked)
            {
                if (talked > due || talked < applied)
                {
                    Report(context, Definition, a, Expected(applied, due), Text(D(talked) + "谈话", "talked on " + D(talked)));
                }
            }
            else if (context.AsOf > due)
            {
                Report(context, Definition, a, Expected(applied, due), Text("截至" + D(context.AsOf) + "无谈话记录", "no talk recorded by " + D(context.AsOf)));
            }
        }
    }

    /// <summary>The expected value, worded only for a finding (most applicants have none).</summary>
    private static LocalizedText Expected(NodaTime.LocalDate applied, NodaTime.LocalDate due) =>
        Text(D(applied) + "至" + D(due) + "之间谈话", "a talk from " + D(applied) + " to " + D(due));
}
