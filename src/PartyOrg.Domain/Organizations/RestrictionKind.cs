using Ardalis.SmartEnum;

namespace PartyOrg.Domain.Organizations;

/// <summary>What takes a full member's rights to vote, elect and stand away for a time.</summary>
public sealed class RestrictionKind : BilingualEnum<RestrictionKind>
{
    /// <summary>留党察看 — probation within the Party (a disciplinary sanction): no voting, electing or standing while it lasts (党章 Art. 41).</summary>
    public static readonly RestrictionKind PartyProbation = new("party-probation", 1, "留党察看", "probation within the Party");

    /// <summary>中止党员权利 — rights suspended while detained (留置) or arrested (选举工作条例 Art. 5).</summary>
    public static readonly RestrictionKind Suspension = new("suspension", 2, "中止党员权利（留置、逮捕）", "rights suspended (detention or arrest)");

    private RestrictionKind(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}
