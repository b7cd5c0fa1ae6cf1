using PartyOrg.Domain.Dues;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// The numbers the dues rules (DUES-*) read from a <see cref="ComplianceProfile"/>: the dated rate tables and the
/// rounding. A half-even audit: <c>profile.WithParameter(DuesParameters.Rounding, DuesRounding.HalfEven)</c>.
/// </summary>
public static class DuesParameters
{
    /// <summary>The dated rates (中组发〔2008〕3号 from 2008-04).</summary>
    public static readonly ParameterKey<DuesRateSchedule> Schedule = new(
        "dues.schedule",
        new LocalizedText("党费交纳比例（按月份适用的版本）", "Dues rates (the version in force for the month)"),
        s => s.ToString());

    /// <summary>The rounding to 0.01 yuan (half-up).</summary>
    public static readonly ParameterKey<DuesRounding> Rounding = new(
        "dues.rounding",
        new LocalizedText("党费金额舍入方式（精确到分）", "Rounding of dues amounts to 0.01 yuan"),
        r => r.Name);
}
