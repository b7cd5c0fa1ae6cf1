using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.DevelopmentRuleSupport;

namespace PartyOrg.Domain.Compliance;

/// <summary>DEV-TRAINING-3D-24H: a development candidate has, as a rule, at least 3 days or 24 class hours of training.</summary>
internal sealed class DevTraining3d24hRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "DEV-TRAINING-3D-24H",
        category: RuleCategory.Development,
        title: new LocalizedText("发展对象集中培训一般不少于三天或二十四个学时", "Candidate training of, as a rule, 3 days or 24 class hours"),
        messageFormat: Message,
        defaultSeverity: Severity.Warning,
        citations: new[] { new Citation(Regulation.MemberDevelopmentRules, 17) },
        confidence: SourceConfidence.VerifiedExcerpt,
        parameters: new ParameterKey[] { DevelopmentParameters.CandidateTrainingDays, DevelopmentParameters.CandidateTrainingHours },
        remarks: new LocalizedText(
            "「培训时间一般不少于三天（或不少于二十四个学时）」：days ≥ 3 或 hours ≥ 24，满足其一即可（「不少于」含本数）；「一般」故为警告。记录含发展对象和支部大会而无培训记录的同样报告（从接收阶段开始的记录不检查）。天数与学时为参数 development.candidate-training-days（3）和 development.candidate-training-hours（24）；部分高校要求5至7天或40学时，为地方规定（见§M14），可在地方配置中修改。",
            "\"一般不少于三天（或不少于二十四个学时）\": days ≥ 3 or hours ≥ 24, either suffices (\"不少于\" includes the number); a warning because of 一般. A record with the candidate stage and an admission meeting but no training is reported too (a record that starts at admission is not judged). The days and hours are the parameters development.candidate-training-days (3) and development.candidate-training-hours (24); some universities require 5–7 days or 40 hours: local, not the default, set in a local overlay."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        var minimumDays = context.Parameter(DevelopmentParameters.CandidateTrainingDays);
        var minimumHours = context.Parameter(DevelopmentParameters.CandidateTrainingHours);
        LocalizedText? expected = null;
        foreach (var a in Applicants(context))
        {
            if (a.Admission is null || a.Candidate is null)
            {
                continue;
            }

            if (a.Training is not { } t)
            {
                Report(context, Definition, a, expected ??= Expected(minimumDays, minimumHours), Text("无培训记录", "no training recorded"));
            }
            else if (!t.Reaches(minimumDays, minimumHours))
            {
                var days = t.Days?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—";
                var hours = t.Hours?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—";
                Report(context, Definition, a, expected ??= Expected(minimumDays, minimumHours), Text(days + "天、" + hours + "学时", days + " days, " + hours + " hours"));
            }
        }
    }

    /// <summary>The expected value, the same for every applicant of a run (made at the first finding).</summary>
    private static LocalizedText Expected(int days, decimal hours)
    {
        var d = days.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var h = hours.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Text("培训不少于" + d + "天或" + h + "学时", "at least " + d + " days or " + h + " class hours");
    }
}
