using Ardalis.SmartEnum;

namespace PartyOrg.Domain.Organizations;

/// <summary>委员分工 — a committee member's duty (支部工作条例: 组织委员、宣传委员、纪检委员等).</summary>
public sealed class CommitteeDuty : BilingualEnum<CommitteeDuty>
{
    /// <summary>组织委员 — organization.</summary>
    public static readonly CommitteeDuty Organization = new("organization", 1, "组织委员", "organization");

    /// <summary>宣传委员 — publicity.</summary>
    public static readonly CommitteeDuty Publicity = new("publicity", 2, "宣传委员", "publicity");

    /// <summary>纪检委员 — discipline inspection.</summary>
    public static readonly CommitteeDuty DisciplineInspection = new("discipline-inspection", 3, "纪检委员", "discipline inspection");

    /// <summary>其他委员 — another duty (youth, women's, welfare work…).</summary>
    public static readonly CommitteeDuty Other = new("other", 4, "委员", "other");

    private CommitteeDuty(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}
