using System.Globalization;

namespace PartyOrg.Domain.Compliance;

/// <summary>The numbers the assessment rules read from a <see cref="ComplianceProfile"/>.</summary>
public static class AssessmentParameters
{
    /// <summary>Days after identification by which the rectification plan is filed when a record gives no due day (library default 30).</summary>
    public static readonly ParameterKey<int> RectificationPlanDays = new(
        "assessment.rectification-plan-days",
        new LocalizedText("确定为软弱涣散后报送整改方案的天数（台账未写明期限时）", "Days after identification by which the rectification plan is filed (when the record sets no due day)"),
        v => v.ToString(CultureInfo.InvariantCulture));
}
