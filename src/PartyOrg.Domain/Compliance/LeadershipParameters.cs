using System.Globalization;

namespace PartyOrg.Domain.Compliance;

/// <summary>The numbers the leadership and training rules read from a <see cref="ComplianceProfile"/>.</summary>
public static class LeadershipParameters
{
    /// <summary>Class hours every member takes a year (32, 教育管理条例 Art. 20, 「一般」).</summary>
    public static readonly ParameterKey<decimal> MemberTrainingHours = new(
        "education.member-hours",
        new LocalizedText("党员每年集中培训和集体学习学时下限", "Least class hours of training and collective study a member takes a year"),
        v => v.ToString(CultureInfo.InvariantCulture));

    /// <summary>Class hours a grassroots secretary or committee member takes a year (56, from the 2019–2023 规划; second-hand).</summary>
    public static readonly ParameterKey<decimal> SecretaryTrainingHours = new(
        "education.secretary-hours",
        new LocalizedText("基层党组织书记和班子成员每年培训学时下限", "Least class hours a grassroots secretary or committee member takes a year"),
        v => v.ToString(CultureInfo.InvariantCulture));
}
