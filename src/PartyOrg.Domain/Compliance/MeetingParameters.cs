using System.Globalization;
using PartyOrg.Domain.Meetings;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// The data and numbers the meeting rules read from a <see cref="ComplianceProfile"/>. The requirement set
/// is the single source for both the <see cref="MeetingPlanner"/> and the audit; change it with
/// <see cref="ComplianceProfile.WithParameter{T}(ParameterKey{T}, T)"/> (e.g. a local 党课 frequency).
/// </summary>
public static class MeetingParameters
{
    /// <summary>The recurring meeting obligations (default <see cref="MeetingRequirements.Default"/>).</summary>
    public static readonly ParameterKey<MeetingRequirementSet> Requirements = new(
        "meetings.requirements",
        new LocalizedText("三会一课及组织生活的会议要求（计划与审计共用）", "Recurring meeting obligations (shared by the planner and the audit)"),
        set => set.ToString());

    /// <summary>An unmet obligation whose period ends within this many days after "as of" gives a warning (7; 0 turns it off).</summary>
    public static readonly ParameterKey<int> DueSoonDays = new(
        "meetings.due-soon-days",
        new LocalizedText("周期结束前提醒天数", "Days before the end of an open period when an unmet obligation is flagged"));

    /// <summary>Consecutive months without organizational life that make a member lapse (6, 党章 Art. 9).</summary>
    public static readonly ParameterKey<int> SelfLapseMonths = new(
        "life.self-lapse-months",
        new LocalizedText("连续不参加组织生活视为自行脱党的月数", "Consecutive months without organizational life that count as lapsing"));

    /// <summary>From this many consecutive months a warning is given (3).</summary>
    public static readonly ParameterKey<int> SelfLapseAlertMonths = new(
        "life.self-lapse-alert-months",
        new LocalizedText("连续不参加组织生活预警月数", "Consecutive months without organizational life that give a warning"));

    /// <summary>The least number of months with a 主题党日 before the regularity is judged (3).</summary>
    public static readonly ParameterKey<int> ThemeDayMinMonths = new(
        "life.theme-day-min-months",
        new LocalizedText("判断主题党日是否相对固定所需的最少月数", "Months with a themed Party day needed to judge its regularity"));

    /// <summary>The share of months (percent) that must follow one pattern (67).</summary>
    public static readonly ParameterKey<int> ThemeDayRegularPercent = new(
        "life.theme-day-regular-percent",
        new LocalizedText("主题党日符合同一规律的月份比例下限（%）", "Least share of months (percent) following one day pattern"),
        v => v.ToString(CultureInfo.InvariantCulture) + "%");

    /// <summary>Days a 主题党日 may move from its usual day of the month (3, for holidays and swaps).</summary>
    public static readonly ParameterKey<int> ThemeDayToleranceDays = new(
        "life.theme-day-tolerance-days",
        new LocalizedText("主题党日日期允许浮动天数", "Days a themed Party day may move from its usual day"));

    /// <summary>Thirds of the 党组 members who must attend its 民主生活会 (2, i.e. 3 × present ≥ 2 × members; second-hand source).</summary>
    public static readonly ParameterKey<int> DemocraticLifeAttendanceThirds = new(
        "life.democratic-life-attendance-thirds",
        new LocalizedText("民主生活会到会人数下限（应到会人数的几分之三）", "Least attendance at a democratic life meeting, in thirds of the leading group's members"),
        v => v.ToString(CultureInfo.InvariantCulture) + "/3");
}
