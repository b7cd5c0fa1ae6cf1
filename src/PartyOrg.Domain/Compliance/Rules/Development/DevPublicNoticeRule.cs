using PartyOrg.Domain.Development;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.DevelopmentRuleSupport;

namespace PartyOrg.Domain.Compliance;

/// <summary>DEV-PUBLIC-NOTICE: a public notice of the candidate before the admission meeting and of the conversion before the conversion meeting, each of at least N working days.</summary>
internal sealed class DevPublicNoticeRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "DEV-PUBLIC-NOTICE",
        category: RuleCategory.Development,
        title: new LocalizedText("发展对象和预备党员转正前公示", "Public notice before admission and conversion"),
        messageFormat: Message,
        defaultSeverity: Severity.Warning,
        citations: new[] { new Citation(Regulation.MemberDevelopmentRules) },
        confidence: SourceConfidence.VerifiedSecondary,
        parameters: new ParameterKey[] { DevelopmentParameters.NoticeWorkingDays },
        remarks: new LocalizedText(
            "记录含发展对象和支部大会（接收）时须有 stage 为 candidate、结束日不晚于会议的公示；有转正会议记录时须有 stage 为 conversion、结束日不晚于转正会议的公示；每次不少于N个工作日（含首尾日；N为地方参数，默认5，「不少于5个工作日」）。工作日按文档的 workingDays，无则按本库的中国大陆日历（其覆盖年份之外为周一至周五）。中央规定的公示时长未找到（MEMORY），故为警告。",
            "With the candidate stage and an admission meeting, a notice of stage candidate ending on or before the meeting; with a conversion meeting, one of stage conversion ending on or before it; each at least N working days counted inclusively (N is a local parameter, default 5, 「不少于5个工作日」). Working days are the document's workingDays, else the library's calendar for mainland China (Monday–Friday outside the years it covers). No central duration was found (MEMORY), hence a warning."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        var minimum = context.Parameter(DevelopmentParameters.NoticeWorkingDays);
        var calendar = Calendar(context);
        foreach (var a in Applicants(context))
        {
            if (a.Admission is { } admission && a.Candidate is not null)
            {
                Check(context, a, NoticeStage.Candidate, admission.Meeting, minimum, calendar);
            }

            if (a.Conversion is { } conversion)
            {
                Check(context, a, NoticeStage.Conversion, conversion.Meeting, minimum, calendar);
            }
        }
    }

    private static void Check(ComplianceContext context, Applicant a, NoticeStage stage, NodaTime.LocalDate meeting, int minimum, Calendars.IWorkingDayCalendar calendar)
    {
        // The longest notice of the stage that ends by the meeting (the first of equals), each counted once.
        PublicNotice? best = null;
        var days = -1;
        for (var i = 0; i < a.PublicNotices.Count; i++)
        {
            var n = a.PublicNotices[i];
            if (n.Stage == stage && n.To <= meeting && n.WorkingDays(calendar) is var count && count > days)
            {
                best = n;
                days = count;
            }
        }

        if (best is null)
        {
            Report(context, Definition, a, Expected(stage, meeting, minimum), Text("无会议前的" + stage.ChineseName + "公示", "no " + stage.Name + " notice before the meeting"));
        }
        else if (days < minimum)
        {
            Report(context, Definition, a, Expected(stage, meeting, minimum), Text(D(best.From) + "至" + D(best.To) + "公示" + days + "个工作日", "notice from " + D(best.From) + " to " + D(best.To) + ": " + days + " working days"));
        }
    }

    /// <summary>The expected value, worded only for a finding (most applicants have none).</summary>
    private static LocalizedText Expected(NoticeStage stage, NodaTime.LocalDate meeting, int minimum) => Text(
        stage.ChineseName + "公示不少于" + minimum + "个工作日，" + D(meeting) + "会议前结束",
        "a " + stage.Name + " notice of at least " + minimum + " working days ending on or before the meeting of " + D(meeting));
}
