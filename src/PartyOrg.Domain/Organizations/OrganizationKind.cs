using System;
using System.Linq;
using Ardalis.SmartEnum;

namespace PartyOrg.Domain.Organizations;

/// <summary>
/// 组织类型 — the kinds of Party organization in and around an organ: 机关工委, 党组, 机关党委, 基层党委,
/// 党总支, 党支部 and 党小组. Each knows its Chinese and English names, the parent kinds it may have, whether it is
/// elected and whether it has a term of office. <c>Name</c> is the JSON spelling.
/// </summary>
/// <remarks>
/// In English both 党组 and 党小组 are sometimes called "Party group": here 党组 is <see cref="LeadingGroup"/>
/// and 党小组 is <see cref="PartyGroup"/>.
/// </remarks>
public sealed class OrganizationKind : BilingualEnum<OrganizationKind>
{
    /// <summary>机关工作委员会 (机关工委) — organ working committee: the Party committee's agency that uniformly leads the Party work of the organs at its level. Not elected; no term.</summary>
    public static readonly OrganizationKind WorkingCommittee = new(
        "working-committee", 1, "机关工作委员会", "机关工委", "organ working committee", false, false, true, Array.Empty<int>());

    /// <summary>党组 — leading Party members group of a state organ: appointed by the approving Party committee, not elected; no term. It leads its organ committee (specific leadership).</summary>
    public static readonly OrganizationKind LeadingGroup = new(
        "leading-group", 2, "党组", "党组", "leading Party members group", false, false, true, Array.Empty<int>());

    /// <summary>机关党的基层委员会 (机关党委) — organ Party committee: the elected basic-level committee of one department's organ.</summary>
    public static readonly OrganizationKind OrganCommittee = new(
        "organ-committee", 3, "机关党的基层委员会", "机关党委", "organ Party committee", true, true, true, new[] { 1, 3, 4 });

    /// <summary>党的基层委员会 (基层党委) — basic-level Party committee outside organs.</summary>
    public static readonly OrganizationKind BasicCommittee = new(
        "basic-committee", 4, "党的基层委员会", "基层党委", "basic-level Party committee", true, true, true, new[] { 1, 3, 4 });

    /// <summary>党的总支部委员会 (党总支) — general Party branch.</summary>
    public static readonly OrganizationKind GeneralBranch = new(
        "general-branch", 5, "党的总支部委员会", "党总支", "general Party branch", true, true, true, new[] { 1, 3, 4 });

    /// <summary>党支部 — Party branch (regular, joint or temporary: see <see cref="BranchForm"/>).</summary>
    public static readonly OrganizationKind Branch = new(
        "branch", 6, "党支部", "党支部", "Party branch", true, true, true, new[] { 1, 3, 4, 5 });

    /// <summary>党小组 — Party group inside a branch: not a level of organization; no committee, term or election.</summary>
    public static readonly OrganizationKind PartyGroup = new(
        "party-group", 7, "党小组", "党小组", "Party group", false, false, false, new[] { 6 });

    private readonly int[] parentValues;

    private OrganizationKind(
        string name,
        int value,
        string chineseName,
        string shortChineseName,
        string englishName,
        bool isElected,
        bool hasTerm,
        bool canBeRoot,
        int[] parentValues)
        : base(name, value, chineseName, englishName)
    {
        ShortChineseName = shortChineseName;
        IsElected = isElected;
        HasTerm = hasTerm;
        CanBeRoot = canBeRoot;
        this.parentValues = parentValues;
    }

    /// <summary>The usual short Chinese name, e.g. 党总支.</summary>
    public string ShortChineseName { get; }

    /// <summary>Whether its leading body is elected (党章 Art. 10: all but dispatched organs and 党组).</summary>
    public bool IsElected { get; }

    /// <summary>Whether its leading body has a term of office (任期). Temporary branches have none either (see <see cref="BranchForm.HasTerm"/>).</summary>
    public bool HasTerm { get; }

    /// <summary>Whether it may stand at the top of a tree (its higher organization is outside the data).</summary>
    public bool CanBeRoot { get; }

    /// <summary>Whether it is a basic-level organization (基层组织): a committee, general branch or branch.</summary>
    public bool IsBasicLevel => this == OrganCommittee || this == BasicCommittee || this == GeneralBranch || this == Branch;

    /// <summary>Whether it is a committee-level organization (机关党委 or 基层党委).</summary>
    public bool IsCommittee => this == OrganCommittee || this == BasicCommittee;

    /// <summary>The kinds its parent may be.</summary>
    public System.Collections.Generic.IReadOnlyList<OrganizationKind> AllowedParents =>
        parentValues.Select(FromValue).ToArray();

    /// <summary>Whether an organization of this kind may have a parent of <paramref name="parent"/> kind (null = be a root).</summary>
    /// <param name="parent">The parent's kind, or null for no parent.</param>
    /// <returns>True when allowed.</returns>
    public bool CanHaveParent(OrganizationKind? parent) =>
        parent is null ? CanBeRoot : Array.IndexOf(parentValues, parent.Value) >= 0;
}
