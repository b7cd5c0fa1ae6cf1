using PartyOrg.Domain.Development;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.DevelopmentRuleSupport;

namespace PartyOrg.Domain.Compliance;

/// <summary>DEV-PREAUDIT-AND-3M-LEAVING: a passed pre-audit before the admission meeting; a candidate leaving the unit within 3 months is, as a rule, not admitted.</summary>
internal sealed class DevPreauditAnd3mLeavingRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "DEV-PREAUDIT-AND-3M-LEAVING",
        category: RuleCategory.Development,
        title: new LocalizedText("基层党委预审；三个月内将离开单位的一般不办理接收", "Pre-audit before admission; not while leaving the unit within 3 months"),
        messageFormat: Message,
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.MemberDevelopmentRules, 19) },
        confidence: SourceConfidence.VerifiedExcerpt,
        parameters: new ParameterKey[] { DevelopmentParameters.Intervals },
        remarks: new LocalizedText(
            "记录含发展对象（candidate）和支部大会时：须有 passed 为 true、日期不晚于会议的 preAudit（错误）；leavingUnitOn 在会议后3个月以内（含）的，「一般不办理」，为警告。",
            "When the record holds the candidate stage and the admission meeting: a preAudit with passed true dated on or before the meeting (error); leavingUnitOn within 3 months after the meeting (inclusive) is \"一般不办理\", a warning."),
        variants: new[]
        {
            new MessageVariant("leaving", new LocalizedText(
                "入党申请人“{subject}”：{actual}，一般不办理接收预备党员手续（应为：{expected}）。",
                "Applicant \"{subject}\": {actual}; as a rule not admitted (expected: {expected})."), Severity.Warning),
        });

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        foreach (var a in Applicants(context))
        {
            if (a.Admission is null || a.Candidate is null)
            {
                continue;
            }

            var admission = a.Admission;

            if (a.PreAudit is not { } audit)
            {
                Report(context, Definition, a, Expected(admission.Meeting), Text("无预审记录", "no pre-audit recorded"));
            }
            else if (!audit.Passed)
            {
                Report(context, Definition, a, Expected(admission.Meeting), Text(D(audit.Date) + "预审未通过", "failed the pre-audit of " + D(audit.Date)));
            }
            else if (audit.Date > admission.Meeting)
            {
                Report(context, Definition, a, Expected(admission.Meeting), Text("预审日期为" + D(audit.Date), "pre-audit on " + D(audit.Date)));
            }

            var leavingUntil = admission.Meeting.PlusMonths(Intervals(context, admission.Meeting).LeavingMonths);
            if (a.LeavingUnitOn is { } leaving && leaving >= admission.Meeting && leaving <= leavingUntil)
            {
                Report(context, Definition, a, Text("不在" + D(leavingUntil) + "前离开单位", "not leaving the unit by " + D(leavingUntil)),
                    Text(D(leaving) + "将离开单位", "leaving the unit on " + D(leaving)), "leaving");
            }
        }
    }

    /// <summary>The expected value, worded only for a finding (most applicants have none).</summary>
    private static LocalizedText Expected(NodaTime.LocalDate meeting) =>
        Text("在" + D(meeting) + "支部大会前通过预审", "a passed pre-audit on or before the meeting of " + D(meeting));
}
