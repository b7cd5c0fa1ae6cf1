namespace PartyOrg.Domain.Compliance;

/// <summary>
/// The numbers the structural rules read from a
/// <see cref="ComplianceProfile"/>. Change one for a local overlay with
/// <see cref="ComplianceProfile.WithParameter{T}(ParameterKey{T}, T)"/>. Counts of seats are distinct members
/// holding a secretary, deputy-secretary or committee-member post on the check date.
/// </summary>
public static class StructuralParameters
{
    /// <summary>The least number of full (正式) members of a branch of its own (3, inclusive: "3人以上").</summary>
    public static readonly ParameterKey<int> BranchMinFullMembers = new(
        "branch.min-full-members",
        new LocalizedText("单独成立党支部所需正式党员人数下限（含）", "Least number of full members for a branch of its own (inclusive)"));

    /// <summary>The least number of full members of any basic-level organization (党章 Art. 30: 3, inclusive).</summary>
    public static readonly ParameterKey<int> BasicOrganizationMinFullMembers = new(
        "basic-organization.min-full-members",
        new LocalizedText("成立党的基层组织所需正式党员人数下限（含）", "Least number of full members of a basic-level organization (inclusive)"));

    /// <summary>The most members (all, 党员) a branch has as a rule (50, inclusive: "一般不超过50人").</summary>
    public static readonly ParameterKey<int> BranchMaxMembers = new(
        "branch.max-members",
        new LocalizedText("党支部党员人数上限（一般，含）", "Most members of a branch, as a rule (inclusive)"));

    /// <summary>
    /// The membership (all members) at which a unit's top organization
    /// is a general branch rather than a branch (organs: ≥ 50; other units: &gt; 50; per sector, §9).
    /// </summary>
    public static readonly ParameterKey<MemberThreshold> GeneralBranchThreshold = new(
        "general-branch.threshold",
        new LocalizedText("设立党总支的党员人数门槛", "Membership at which a general branch is set up"));

    /// <summary>
    /// The membership (all members) at which a unit's top organization
    /// is a basic committee (organs: ≥ 100; other units: &gt; 100; per sector, §9).
    /// </summary>
    public static readonly ParameterKey<MemberThreshold> CommitteeThreshold = new(
        "committee.threshold",
        new LocalizedText("设立党的基层委员会的党员人数门槛", "Membership at which a basic Party committee is set up"));

    /// <summary>The most units a joint branch covers as a rule (5, inclusive: "一般不超过5个").</summary>
    public static readonly ParameterKey<int> JointBranchMaxUnits = new(
        "joint-branch.max-units",
        new LocalizedText("联合党支部覆盖单位数上限（一般，含）", "Most units a joint branch covers, as a rule (inclusive)"));

    /// <summary>The project length, in months, from which a branch is required (6, inclusive: "6个月以上").</summary>
    public static readonly ParameterKey<int> ProjectBranchMinMonths = new(
        "project-branch.min-months",
        new LocalizedText("须成立党支部的项目期限（月，含）", "Project length in months from which a branch is set up (inclusive)"));

    /// <summary>The full members from which a branch must have a committee (7, inclusive: "7人以上").</summary>
    public static readonly ParameterKey<int> BranchCommitteeFullMembers = new(
        "branch-committee.full-members",
        new LocalizedText("须设支部委员会的正式党员人数（含）", "Full members from which a branch committee is required (inclusive)"));

    /// <summary>The fewest seats of a branch committee (3: "由3至5人组成").</summary>
    public static readonly ParameterKey<int> BranchCommitteeMinSeats = new(
        "branch-committee.min-seats",
        new LocalizedText("支部委员会最少人数", "Fewest seats of a branch committee"));

    /// <summary>The most seats of a branch committee as a rule (7: "一般不超过7人").</summary>
    public static readonly ParameterKey<int> BranchCommitteeMaxSeats = new(
        "branch-committee.max-seats",
        new LocalizedText("支部委员会人数上限（一般，含）", "Most seats of a branch committee, as a rule (inclusive)"));

    /// <summary>The most deputy secretaries of a branch (1: "必要时可以设1名副书记").</summary>
    public static readonly ParameterKey<int> BranchMaxDeputySecretaries = new(
        "branch.max-deputy-secretaries",
        new LocalizedText("党支部副书记人数上限", "Most deputy secretaries of a branch"));

    /// <summary>The fewest seats of a general branch committee as a rule (5: "一般设委员5—7人").</summary>
    public static readonly ParameterKey<int> GeneralBranchCommitteeMinSeats = new(
        "general-branch-committee.min-seats",
        new LocalizedText("总支部委员会最少人数（一般）", "Fewest seats of a general branch committee, as a rule"));

    /// <summary>The most seats of a general branch committee (9: "最多不超过9人").</summary>
    public static readonly ParameterKey<int> GeneralBranchCommitteeMaxSeats = new(
        "general-branch-committee.max-seats",
        new LocalizedText("总支部委员会人数上限（含）", "Most seats of a general branch committee (inclusive)"));

    /// <summary>The most deputy secretaries of a general branch (1: "副书记1人").</summary>
    public static readonly ParameterKey<int> GeneralBranchMaxDeputySecretaries = new(
        "general-branch.max-deputy-secretaries",
        new LocalizedText("党总支副书记人数上限", "Most deputy secretaries of a general branch"));

    /// <summary>The fewest seats of a basic (or organ) committee as a rule (5: "一般设委员5—9人").</summary>
    public static readonly ParameterKey<int> BasicCommitteeMinSeats = new(
        "basic-committee.min-seats",
        new LocalizedText("基层委员会最少人数（一般）", "Fewest seats of a basic committee, as a rule"));

    /// <summary>The most seats of a basic (or organ) committee as a rule (9).</summary>
    public static readonly ParameterKey<int> BasicCommitteeMaxSeats = new(
        "basic-committee.max-seats",
        new LocalizedText("基层委员会人数上限（一般，含）", "Most seats of a basic committee, as a rule (inclusive)"));

    /// <summary>The most deputy secretaries of a basic committee (2: "副书记1—2人").</summary>
    public static readonly ParameterKey<int> BasicCommitteeMaxDeputySecretaries = new(
        "basic-committee.max-deputy-secretaries",
        new LocalizedText("基层委员会副书记人数上限", "Most deputy secretaries of a basic committee"));

    /// <summary>The least Party standing (党龄, years) of a branch secretary as a rule (1, inclusive: "1年以上党龄").</summary>
    public static readonly ParameterKey<int> SecretaryMinPartyStandingYears = new(
        "secretary.min-party-standing-years",
        new LocalizedText("党支部书记党龄下限（年，一般，含）", "Least Party standing of a branch secretary in years, as a rule (inclusive)"));

    /// <summary>The fewest members of a 党组 as a rule (3: "一般设3至7人").</summary>
    public static readonly ParameterKey<int> LeadingGroupMinMembers = new(
        "leading-group.min-members",
        new LocalizedText("党组成员最少人数（一般）", "Fewest members of a leading Party members group, as a rule"));

    /// <summary>
    /// The most members of a 党组 as a rule (7). Provincial/ministerial units and above, centrally
    /// managed key SOEs and financial SOEs use 9 ("一般不超过9人"): set 9 in a derived profile for them.
    /// </summary>
    public static readonly ParameterKey<int> LeadingGroupMaxMembers = new(
        "leading-group.max-members",
        new LocalizedText("党组成员人数上限（一般，含；省部级以上单位等为9）", "Most members of a leading Party members group, as a rule (inclusive; 9 for provincial/ministerial units and above)"));

    /// <summary>
    /// The members (all) above which a branch is expected to be divided into Party groups. The
    /// regulation gives no number ("党员人数较多"); the default 20 is a local choice, not a central rule.
    /// </summary>
    public static readonly ParameterKey<int> PartyGroupTriggerMembers = new(
        "party-group.trigger-members",
        new LocalizedText("应划分党小组的党支部党员人数（超过，本地参数）", "Members above which a branch is divided into Party groups (exclusive; local parameter)"));
}
