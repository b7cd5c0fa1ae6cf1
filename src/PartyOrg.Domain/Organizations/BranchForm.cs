using Ardalis.SmartEnum;

namespace PartyOrg.Domain.Organizations;

/// <summary>
/// 党支部形式 — regular, joint (联合党支部, covering several small units) or temporary (临时党支部: appointed
/// leaders, no term, no election, no admission, no dues; its members keep their regular branch).
/// </summary>
public sealed class BranchForm : BilingualEnum<BranchForm>
{
    /// <summary>党支部 — a regular branch of one unit.</summary>
    public static readonly BranchForm Regular = new("regular", 1, "党支部", "regular branch", true, true);

    /// <summary>联合党支部 — a joint branch of units that each have fewer than 3 full members (as a rule ≤ 5 units).</summary>
    public static readonly BranchForm Joint = new("joint", 2, "联合党支部", "joint branch", true, true);

    /// <summary>临时党支部 — a temporary branch of a project, training class or secondment; approved and appointed by the higher organization.</summary>
    public static readonly BranchForm Temporary = new("temporary", 3, "临时党支部", "temporary branch", false, false);

    private BranchForm(string name, int value, string chineseName, string englishName, bool isElected, bool holdsRegistration)
        : base(name, value, chineseName, englishName)
    {
        IsElected = isElected;
        HoldsRegistration = holdsRegistration;
    }

    /// <summary>Whether its leaders are elected and it holds 换届 elections (temporary branches' are appointed).</summary>
    public bool IsElected { get; }

    /// <summary>Whether it has a term of office.</summary>
    public bool HasTerm => IsElected;

    /// <summary>Whether it holds members' registration (组织关系); a temporary branch's members stay registered in their regular branch.</summary>
    public bool HoldsRegistration { get; }

    /// <summary>Whether it admits new members (temporary branches, as a rule, do not).</summary>
    public bool CanAdmitMembers => IsElected;

    /// <summary>Whether it disciplines members (temporary branches, as a rule, do not).</summary>
    public bool CanDiscipline => IsElected;

    /// <summary>Whether it collects membership dues (temporary branches, as a rule, do not).</summary>
    public bool CollectsDues => IsElected;
}
