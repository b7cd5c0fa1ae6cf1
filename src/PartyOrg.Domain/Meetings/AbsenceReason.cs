using Ardalis.SmartEnum;

namespace PartyOrg.Domain.Meetings;

/// <summary>
/// 缺席原因 — why a member missed a meeting: 请假 (leave), 病假 (illness), 出差 (business travel), another proper reason,
/// or 无故缺席 (no reason). Every reason but <see cref="NoReason"/> is a proper reason (正当理由) for the six-month lapse (党章 Art. 9).
/// <c>Name</c> is the JSON spelling.
/// </summary>
public sealed class AbsenceReason : BilingualEnum<AbsenceReason>
{
    /// <summary>请假 — leave.</summary>
    public static readonly AbsenceReason Leave = new("leave", 1, "请假", "leave", true);

    /// <summary>病假 — illness.</summary>
    public static readonly AbsenceReason Illness = new("illness", 2, "病假", "illness", true);

    /// <summary>出差 — business travel.</summary>
    public static readonly AbsenceReason BusinessTravel = new("business-travel", 3, "出差", "business travel", true);

    /// <summary>其他正当理由 — another proper reason (with an optional note).</summary>
    public static readonly AbsenceReason Other = new("other", 4, "其他正当理由", "other proper reason", true);

    /// <summary>无故缺席 — absent without reason.</summary>
    public static readonly AbsenceReason NoReason = new("no-reason", 5, "无故缺席", "no reason", false);

    private AbsenceReason(string name, int value, string chineseName, string englishName, bool isProper)
        : base(name, value, chineseName, englishName)
    {
        IsProper = isProper;
    }

    /// <summary>Whether it is a proper reason (正当理由): every reason but <see cref="NoReason"/>.</summary>
    public bool IsProper { get; }
}
