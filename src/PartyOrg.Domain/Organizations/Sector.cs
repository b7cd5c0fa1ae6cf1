using Ardalis.SmartEnum;

namespace PartyOrg.Domain.Organizations;

/// <summary>
/// 领域 — the sector whose regulations set an organization's numbers (thresholds, terms): Party and state
/// organs, state-owned enterprises, rural, community, universities, other units (rule catalogue §9).
/// <c>Name</c> is the kebab-case key, also the name of the built-in compliance profile.
/// </summary>
public sealed class Sector : BilingualEnum<Sector>
{
    /// <summary>党和国家机关 — Party and state organs (the library's default).</summary>
    public static readonly Sector StateOrgans = new("state-organs", 1, "党和国家机关", "Party and state organs");

    /// <summary>国有企业 — state-owned enterprises.</summary>
    public static readonly Sector StateOwnedEnterprises = new("state-owned-enterprises", 2, "国有企业", "State-owned enterprises");

    /// <summary>农村 — rural areas (townships and villages).</summary>
    public static readonly Sector Rural = new("rural", 3, "农村", "Rural (townships and villages)");

    /// <summary>城市社区 — urban communities.</summary>
    public static readonly Sector Community = new("community", 4, "城市社区", "Urban communities");

    /// <summary>普通高等学校 — universities.</summary>
    public static readonly Sector University = new("university", 5, "普通高等学校", "Universities");

    /// <summary>其他基层单位 — other basic-level units.</summary>
    public static readonly Sector Other = new("other", 6, "其他基层单位", "Other basic-level units");

    private Sector(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}
