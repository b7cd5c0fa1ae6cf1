using Ardalis.SmartEnum;

namespace PartyOrg.Domain.Organizations;

/// <summary>
/// Why organisational life and study are not required of a member (《中国共产党党员教育管理工作条例》Art. 23 ¶2:
/// 「对年老体弱、行动不便、身患重病甚至失能的党员，组织活动和开展学习教育不作硬性要求」).
/// </summary>
public sealed class LifeExemptionReason : BilingualEnum<LifeExemptionReason>
{
    /// <summary>年老体弱 — elderly or frail.</summary>
    public static readonly LifeExemptionReason ElderlyFrail = new("elderly-frail", 1, "年老体弱", "elderly or frail");

    /// <summary>行动不便 — limited mobility.</summary>
    public static readonly LifeExemptionReason LimitedMobility = new("limited-mobility", 2, "行动不便", "limited mobility");

    /// <summary>身患重病 — seriously ill.</summary>
    public static readonly LifeExemptionReason SeriouslyIll = new("seriously-ill", 3, "身患重病", "seriously ill");

    /// <summary>失能 — incapacitated.</summary>
    public static readonly LifeExemptionReason Incapacitated = new("incapacitated", 4, "失能", "incapacitated");

    private LifeExemptionReason(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}
