using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.DevelopmentRuleSupport;

namespace PartyOrg.Domain.Compliance;

/// <summary>MEM-PROBATION-DISCIPLINE-2Y: 留党察看 lasts at most 2 years (党章 Art. 41).</summary>
internal sealed class MemProbationDiscipline2yRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "MEM-PROBATION-DISCIPLINE-2Y",
        category: RuleCategory.Membership,
        title: new LocalizedText("留党察看最长不超过两年", "Probation within the Party lasts at most 2 years"),
        messageFormat: new LocalizedText(
            "党员“{subject}”：{actual}，超过{maximumYears}年（应为：{expected}）。",
            "Member \"{subject}\": {actual}; the maximum is {maximumYears} year(s) (expected: {expected})."),
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.Constitution, 41) },
        confidence: SourceConfidence.VerifiedFullText,
        parameters: new ParameterKey[] { DevelopmentParameters.PartyProbationMaxYears },
        remarks: new LocalizedText(
            "「留党察看最长不超过两年」：成员 restrictions 中 kind 为 party-probation 的期间，最后一日（until，含）晚于 from + 2年 的报告；尚无 until 的，检查日晚于 from + 2年 即报告（应恢复党员权利或开除党籍）。from + 2年 当日为止不报（记录常以周年日为期满日）。察看期间无表决权、选举权和被选举权由 restrictions 本身实现。",
            "\"留党察看最长不超过两年\": a member's restriction of kind party-probation whose last day (until, inclusive) is after from + 2 years is reported; one without until is reported once the as-of date is after from + 2 years (rights restored or expulsion due). Ending on the anniversary itself passes (records often give it as the end). The loss of the rights to vote, elect and stand during it is what the restriction itself does."),
        arguments: new[] { "maximumYears" });

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        foreach (var m in context.Tree.MemberArray)
        {
            foreach (var r in m.RestrictionArray)
            {
                if (r.Kind != RestrictionKind.PartyProbation || r.From > context.AsOf)
                {
                    continue;
                }

                var years = context.Parameter(DevelopmentParameters.PartyProbationMaxYears, r.From);
                var limit = r.From.PlusYears(years);
                if (r.Until is { } until && until > limit)
                {
                    context.Report(Definition, m.Id, m.BranchId, Calendars.ReportingPeriod.Custom(r.From, until), Expected(r.From, limit),
                        Text("留党察看" + D(r.From) + "至" + D(until), "probation within the Party from " + D(r.From) + " to " + D(until)), years);
                }
                else if (r.Until is null && context.AsOf > limit)
                {
                    context.Report(Definition, m.Id, m.BranchId, Calendars.ReportingPeriod.Custom(r.From, context.AsOf), Expected(r.From, limit),
                        Text("自" + D(r.From) + "留党察看，截至" + D(context.AsOf) + "未结束", "probation within the Party since " + D(r.From) + ", not ended by " + D(context.AsOf)), years);
                }
            }
        }
    }

    /// <summary>The expected value, worded only for a finding.</summary>
    private static LocalizedText Expected(NodaTime.LocalDate from, NodaTime.LocalDate limit) =>
        Text(D(from) + "至" + D(limit) + "之间结束", "ended between " + D(from) + " and " + D(limit));
}
