using Ardalis.SmartEnum;

namespace PartyOrg.Domain.Terms;

/// <summary>换届调整 — a postponed (延期) or advanced (提前) term election. <c>Name</c> is the JSON spelling.</summary>
public sealed class TermAdjustmentKind : BilingualEnum<TermAdjustmentKind>
{
    /// <summary>延期换届 — the election is held after the term expires.</summary>
    public static readonly TermAdjustmentKind Postpone = new("postpone", 1, "延期换届", "postponement");

    /// <summary>提前换届 — the election is held before the term expires.</summary>
    public static readonly TermAdjustmentKind Advance = new("advance", 2, "提前换届", "advance");

    private TermAdjustmentKind(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}
