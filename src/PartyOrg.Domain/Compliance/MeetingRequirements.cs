using PartyOrg.Domain.Meetings;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// 会议要求 — the built-in recurring meeting obligations. Each is owned by its rule (the rule's file holds its kind,
/// scope, frequency and window); the planner and the audit read the very same objects through the profile's
/// <see cref="MeetingParameters.Requirements"/>.
/// </summary>
public static class MeetingRequirements
{
    /// <summary>党员大会 in every branch, as a rule once per quarter (quorum and votes checked).</summary>
    public static MeetingRequirement MembersMeetingQuarterly => MtgMembersMeetingQuarterlyRule.Requirement;

    /// <summary>支委会 in every branch that has a committee, as a rule monthly (quorum checked).</summary>
    public static MeetingRequirement CommitteeMonthly => MtgCommitteeMonthlyRule.Requirement;

    /// <summary>党小组会 in every Party group, as a rule monthly.</summary>
    public static MeetingRequirement GroupMonthly => MtgGroupMonthlyRule.Requirement;

    /// <summary>主题党日 in every branch each month, on a relatively fixed day.</summary>
    public static MeetingRequirement ThemeDayMonthly => LifeThemeDayMonthlyRule.Requirement;

    /// <summary>组织生活会 in every branch at least once a year, as a rule in Q4 (soft).</summary>
    public static MeetingRequirement OrganizationalLifeMeetingAnnual => LifeOrgLifeMeetingAnnualRule.Requirement;

    /// <summary>民主评议党员 in every regular or joint branch, as a rule once a year.</summary>
    public static MeetingRequirement DemocraticAppraisalAnnual => LifeDemocraticAppraisalAnnualRule.Requirement;

    /// <summary>Every 党委 and 党组 secretary gives at least 1 Party lecture a year.</summary>
    public static MeetingRequirement SecretaryLecture => MtgLectureBySecretaryRule.Requirement;

    /// <summary>LOCAL: a 党课 in every branch each quarter (no central number; catalogue M5).</summary>
    public static MeetingRequirement PartyLectureLocalFrequency => MtgPartyLectureLocalFrequencyRule.Requirement;

    /// <summary>The top Party organization of every organ holds at least 1 机关党员干部大会 a year.</summary>
    public static MeetingRequirement OrganAnnualAssembly => MtgOrganAnnualAssemblyRule.Requirement;

    /// <summary>Every 党组 holds its 民主生活会 at least once a year (attendance checked: 2/3 of its members).</summary>
    public static MeetingRequirement DemocraticLifeMeetingAnnual => LifeDemocraticLifeMeetingRule.Requirement;

    /// <summary>
    /// MEMORY, LOCAL, not in <see cref="Default"/>: every regular or joint branch's secretary
    /// gives at least 1 Party lecture a year (widely applied; not found in a stored central text, catalogue M6).
    /// </summary>
    public static MeetingRequirement BranchSecretaryLecture => MtgLectureBranchSecretaryRule.Requirement;

    /// <summary>The built-in requirements of every profile (all but <see cref="BranchSecretaryLecture"/>).</summary>
    public static MeetingRequirementSet Default { get; } = new(new[]
    {
        MembersMeetingQuarterly, CommitteeMonthly, GroupMonthly, ThemeDayMonthly, OrganizationalLifeMeetingAnnual,
        DemocraticAppraisalAnnual, SecretaryLecture, PartyLectureLocalFrequency, OrganAnnualAssembly, DemocraticLifeMeetingAnnual,
    });
}
