using Ardalis.SmartEnum;

namespace PartyOrg.Domain.Dues;

/// <summary>
/// How a month's dues are paid (党费规定 2008 Arts. 12, 14): monthly, or, with the branch's consent, quarterly or as a
/// back payment (补交, as a rule at most 6 months).
/// </summary>
public sealed class DuesArrangement : BilingualEnum<DuesArrangement>
{
    /// <summary>Monthly (the rule): due by the last day of the month.</summary>
    public static readonly DuesArrangement Monthly = new("monthly", 1, "按月交纳", "monthly");

    /// <summary>Quarterly with the branch's consent: due by the last day of the quarter.</summary>
    public static readonly DuesArrangement QuarterlyWithConsent = new("quarterly-with-consent", 2, "经支部同意按季度交纳", "quarterly with the branch's consent");

    /// <summary>A back payment with the branch's consent: due by the last day of the sixth month after the month.</summary>
    public static readonly DuesArrangement ArrearsWithConsent = new("arrears-with-consent", 3, "经支部同意补交", "back payment with the branch's consent");

    private DuesArrangement(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}
