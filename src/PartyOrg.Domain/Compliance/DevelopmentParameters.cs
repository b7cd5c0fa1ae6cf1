using System.Globalization;
using PartyOrg.Domain.Development;

namespace PartyOrg.Domain.Compliance;

/// <summary>The numbers the development and member-status rules read from a <see cref="ComplianceProfile"/>.</summary>
public static class DevelopmentParameters
{
    /// <summary>
    /// The intervals of the member's path (least age, talk, reviews, activist period, approvals,
    /// probation and its extension, leaving the unit), read by the rules and by <see cref="DevelopmentPlanner"/>.
    /// </summary>
    public static readonly ParameterKey<DevelopmentIntervals> Intervals = new(
        "development.intervals",
        new LocalizedText("发展党员时限：年龄、谈话、考察、培养期、审批、预备期及延长、离开单位（月）",
            "Intervals of the member's path: age, talk, reviews, activist period, approvals, probation and extension, leaving the unit (months)"),
        v => v.ToString());

    /// <summary>The longest 留党察看 in years (党章 Art. 41: 2).</summary>
    public static readonly ParameterKey<int> PartyProbationMaxYears = new(
        "membership.party-probation-max-years",
        new LocalizedText("留党察看最长年限（党章第四十一条：两年）", "Longest probation within the Party in years (Constitution Art. 41: 2)"),
        v => v.ToString(CultureInfo.InvariantCulture));

    /// <summary>Months out of contact after which Party standing is suspended (教育管理条例 Art. 24: 6, inclusive: 「6个月以上」).</summary>
    public static readonly ParameterKey<int> LostContactMonths = new(
        "membership.lost-contact-months",
        new LocalizedText("失去联系后停止党籍的月数（教育管理条例第二十四条：6个月以上）", "Months out of contact before Party standing is suspended (Art. 24: 6 or more)"),
        v => v.ToString(CultureInfo.InvariantCulture));

    /// <summary>Years after suspension, still out of contact, after which the member is removed (教育管理条例 Art. 24: 2).</summary>
    public static readonly ParameterKey<int> LostContactRemovalYears = new(
        "membership.lost-contact-removal-years",
        new LocalizedText("停止党籍后仍无法联系、按自行脱党除名的年数（教育管理条例第二十四条：2年）", "Years after suspension, still out of contact, before removal (Art. 24: 2)"),
        v => v.ToString(CultureInfo.InvariantCulture));

    /// <summary>Months away at a relatively fixed place from which the relationship is transferred (教育管理条例 Art. 25: 6, inclusive: 「6个月以上」).</summary>
    public static readonly ParameterKey<int> TransferRequiredMonths = new(
        "membership.transfer-required-months",
        new LocalizedText("外出且地点相对固定、应当转移组织关系的月数（教育管理条例第二十五条：6个月以上）", "Months away at a fixed place from which the relationship is transferred (Art. 25: 6 or more)"),
        v => v.ToString(CultureInfo.InvariantCulture));

    /// <summary>The least working days of a public notice (LOCAL practice; default 5, 「不少于5个工作日」).</summary>
    public static readonly ParameterKey<int> NoticeWorkingDays = new(
        "development.notice-working-days",
        new LocalizedText("公示期最少工作日数（地方规定，默认5个工作日）", "Least working days of a public notice (local practice, default 5)"),
        v => v.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// The least days of a development candidate's intensive training (细则 Art. 17: 「一般不少于三天」, 3); the training
    /// reaches the rule with these days or with <see cref="CandidateTrainingHours"/> class hours, either suffices.
    /// Some local rules ask for more (5–7 days).
    /// </summary>
    public static readonly ParameterKey<int> CandidateTrainingDays = new(
        "development.candidate-training-days",
        new LocalizedText("发展对象集中培训最少天数（细则第十七条：一般不少于三天）", "Least days of a candidate's intensive training (Rules Art. 17: as a rule 3)"),
        v => v.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// The least class hours of a development candidate's intensive training (细则 Art. 17: 「或不少于二十四个学时」, 24);
    /// the alternative to <see cref="CandidateTrainingDays"/>. Some local rules ask for 40.
    /// </summary>
    public static readonly ParameterKey<decimal> CandidateTrainingHours = new(
        "development.candidate-training-hours",
        new LocalizedText("发展对象集中培训最少学时（细则第十七条：或不少于二十四个学时）", "Least class hours of a candidate's intensive training (Rules Art. 17: or 24)"),
        v => v.ToString(CultureInfo.InvariantCulture));

    /// <summary>Days after the end of probation before an undiscussed conversion is reported (「及时」 has no number; default 0).</summary>
    public static readonly ParameterKey<int> ConversionGraceDays = new(
        "development.conversion-grace-days",
        new LocalizedText("预备期满后及时讨论转正的宽限天数（默认0）", "Days of grace after the end of probation for the conversion meeting (default 0)"),
        v => v.ToString(CultureInfo.InvariantCulture));
}
