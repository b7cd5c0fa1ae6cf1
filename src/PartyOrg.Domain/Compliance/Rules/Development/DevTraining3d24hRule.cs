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
        remarks: new LocalizedText(
            "「培训时间一般不少于三天（或不少于二十四个学时）」：days ≥ 3 或 hours ≥ 24，满足其一即可（「不少于」含本数）；「一般」故为警告。记录含发展对象和支部大会而无培训记录的同样报告（从接收阶段开始的记录不检查）。部分高校要求5至7天或40学时，为地方规定（见§M14）。",
            "\"一般不少于三天（或不少于二十四个学时）\": days ≥ 3 or hours ≥ 24, either suffices (\"不少于\" includes the number); a warning because of 一般. A record with the candidate stage and an admission meeting but no training is reported too (a record that starts at admission is not judged). Some universities require 5–7 days or 40 hours: local, not the default."));

    /// <summary>The national minimum: days (细则 Art. 17, 「一般不少于三天」).</summary>
    private const int MinimumDays = 3;

    /// <summary>The national minimum: class hours (「或不少于二十四个学时」).</summary>
    private const decimal MinimumHours = 24m;

    /// <summary>The expected value (the same for every applicant).</summary>
    private static readonly LocalizedText Expected = Text(
        "培训不少于" + MinimumDays + "天或" + MinimumHours + "学时", "at least " + MinimumDays + " days or " + MinimumHours + " class hours");

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        foreach (var a in Applicants(context))
        {
            if (a.Admission is null || a.Candidate is null)
            {
                continue;
            }

            if (a.Training is not { } t)
            {
                Report(context, Definition, a, Expected, Text("无培训记录", "no training recorded"));
            }
            else if (!t.Reaches(MinimumDays, MinimumHours))
            {
                var days = t.Days?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—";
                var hours = t.Hours?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—";
                Report(context, Definition, a, Expected, Text(days + "天、" + hours + "学时", days + " days, " + hours + " hours"));
            }
        }
    }
}
