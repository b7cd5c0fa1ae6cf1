using Ardalis.SmartEnum;

namespace PartyOrg.Domain.Dues;

/// <summary>A hardship arrangement (党费规定 2008: 少交或免交, approved by the Party committee above the branch).</summary>
public sealed class DuesExemptionKind : BilingualEnum<DuesExemptionKind>
{
    /// <summary>免交 — nothing is due.</summary>
    public static readonly DuesExemptionKind Exempt = new("exempt", 1, "免交", "exempt");

    /// <summary>少交 — a reduced monthly amount.</summary>
    public static readonly DuesExemptionKind Reduced = new("reduced", 2, "少交", "reduced");

    private DuesExemptionKind(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}
