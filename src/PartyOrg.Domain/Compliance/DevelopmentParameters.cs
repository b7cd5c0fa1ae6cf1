using System.Globalization;

namespace PartyOrg.Domain.Compliance;

/// <summary>The numbers the development rules (DEV-*) read from a <see cref="ComplianceProfile"/>.</summary>
public static class DevelopmentParameters
{
    /// <summary>DEV-PUBLIC-NOTICE: the least working days of a public notice (LOCAL practice; default 5, 「不少于5个工作日」).</summary>
    public static readonly ParameterKey<int> NoticeWorkingDays = new(
        "development.notice-working-days",
        new LocalizedText("公示期最少工作日数（地方规定，默认5个工作日）", "Least working days of a public notice (local practice, default 5)"),
        v => v.ToString(CultureInfo.InvariantCulture));

    /// <summary>DEV-PROBATION-EXTENSION: days after the end of probation before an undiscussed conversion is reported (「及时」 has no number; default 0).</summary>
    public static readonly ParameterKey<int> ConversionGraceDays = new(
        "development.conversion-grace-days",
        new LocalizedText("预备期满后及时讨论转正的宽限天数（默认0）", "Days of grace after the end of probation for the conversion meeting (default 0)"),
        v => v.ToString(CultureInfo.InvariantCulture));
}
