using Ardalis.SmartEnum;

namespace PartyOrg.Domain.Assessment;

/// <summary>Whether a scorecard carries a national standard or a local practice.</summary>
public sealed class ScorecardScope : BilingualEnum<ScorecardScope>
{
    /// <summary>NATIONAL — issued or guided centrally (e.g. 组厅字〔2012〕6号 for 分类定级).</summary>
    public static readonly ScorecardScope National = new("national", 1, "全国", "national");

    /// <summary>LOCAL — a province's, city's or unit's own scheme.</summary>
    public static readonly ScorecardScope Local = new("local", 2, "地方", "local");

    private ScorecardScope(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}

/// <summary>How a scorecard totals its items.</summary>
public sealed class ScoringMode : SmartEnum<ScoringMode>
{
    /// <summary>百分制 — each item scores between 0 and its maximum; the maxima add up to the scorecard's total.</summary>
    public static readonly ScoringMode Points = new("points", 1);

    /// <summary>积分制 — start from a baseline (usually 100) and add or deduct during the year; the score may exceed the baseline.</summary>
    public static readonly ScoringMode Baseline = new("baseline", 2);

    private ScoringMode(string name, int value)
        : base(name, value)
    {
    }
}

/// <summary>How one item turns its evidence into points.</summary>
public sealed class ItemScoring : SmartEnum<ItemScoring>
{
    /// <summary>扣分 — start at the maximum and deduct <c>perOccurrence</c> for each occurrence, at most <c>cap</c> (封顶) in all.</summary>
    public static readonly ItemScoring Deduct = new("deduct", 1);

    /// <summary>加分 — add <c>perOccurrence</c> for each occurrence, at most <c>cap</c> (封顶, default the maximum).</summary>
    public static readonly ItemScoring Add = new("add", 2);

    /// <summary>未开展不得分 — the maximum when the evidence reaches <c>required</c> (default 1), else 0 ("not held → 0").</summary>
    public static readonly ItemScoring Held = new("held", 3);

    /// <summary>The evidence is the points themselves (e.g. a superior's score), between 0 and the maximum.</summary>
    public static readonly ItemScoring Score = new("points", 4);

    /// <summary>The evidence is a rate between 0 and 1 (e.g. a satisfaction rate); the points are maximum × rate.</summary>
    public static readonly ItemScoring Ratio = new("ratio", 5);

    /// <summary>No points (maximum 0): the evidence feeds a grade cap, a veto or a direct grade.</summary>
    public static readonly ItemScoring Info = new("info", 6);

    private ItemScoring(string name, int value)
        : base(name, value)
    {
    }
}

/// <summary>Where an item's evidence comes from.</summary>
public sealed class EvidenceKind : SmartEnum<EvidenceKind>
{
    /// <summary>The number of compliance findings of the listed rules or rule families counted against the organisation in the year.</summary>
    public static readonly EvidenceKind Findings = new("findings", 1);

    /// <summary>The number of records of the organisation in the year (meetings or reports of the listed kinds).</summary>
    public static readonly EvidenceKind Records = new("records", 2);

    /// <summary>A value computed by a named evidence provider (e.g. <c>secretary-vacant-months</c>); entered when the provider is unavailable.</summary>
    public static readonly EvidenceKind Computed = new("computed", 3);

    /// <summary>A value entered in the document's <c>assessments</c> section (satisfaction rate, an award, a superior's score).</summary>
    public static readonly EvidenceKind Entered = new("entered", 4);

    private EvidenceKind(string name, int value)
        : base(name, value)
    {
    }
}
