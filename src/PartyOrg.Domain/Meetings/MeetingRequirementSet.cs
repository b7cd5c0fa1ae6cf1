using System;
using System.Collections.Generic;
using System.Linq;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Meetings;

/// <summary>
/// 会议要求集 — the recurring meeting obligations of a profile (one requirement per rule id), stored in a compliance
/// profile as a parameter so that the planner and the audit read the same data. An immutable collection.
/// </summary>
/// <remarks>
/// <see cref="Default"/> holds the central rules of the 支部工作条例 (2018) and the 机关条例 (2019), plus the 党课
/// frequency, which no central text fixes (catalogue M5) and which is therefore LOCAL (default quarterly).
/// <see cref="BranchSecretaryLecture"/> (MEMORY, LOCAL) is not in the default set.
/// </remarks>
public sealed class MeetingRequirementSet : IEquatable<MeetingRequirementSet>
{
    private readonly MeetingRequirement[] requirements;

    /// <summary>Creates a set.</summary>
    /// <param name="requirements">The requirements, each with its own rule id.</param>
    /// <exception cref="ArgumentException">Two requirements share a rule id.</exception>
    public MeetingRequirementSet(IEnumerable<MeetingRequirement> requirements)
    {
        this.requirements = (requirements ?? throw new ArgumentNullException(nameof(requirements))).ToArray();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in this.requirements)
        {
            if (r is null)
            {
                throw new ArgumentException("A requirement is null.", nameof(requirements));
            }

            if (!ids.Add(r.RuleId))
            {
                throw new ArgumentException($"Two requirements have rule id {r.RuleId}; expected one per rule.", nameof(requirements));
            }
        }
    }

    /// <summary>MTG-MEMBERS-MEETING-QUARTERLY — 党员大会 in every branch, as a rule once per quarter (quorum and votes checked).</summary>
    public static MeetingRequirement MembersMeetingQuarterly { get; } = new(
        "MTG-MEMBERS-MEETING-QUARTERLY", MeetingKind.GeneralMeeting, OrganizationScope.Branches, MeetingFrequency.Quarterly,
        quorum: MeetingQuorum.HalfOfVotingMembers);

    /// <summary>MTG-COMMITTEE-MONTHLY — 支委会 in every branch that has a committee, as a rule monthly (quorum checked).</summary>
    public static MeetingRequirement CommitteeMonthly { get; } = new(
        "MTG-COMMITTEE-MONTHLY", MeetingKind.CommitteeMeeting, new OrganizationScope(new[] { OrganizationKind.Branch }, onlyWithCommittee: true),
        MeetingFrequency.Monthly, quorum: MeetingQuorum.HalfOfCommittee);

    /// <summary>MTG-GROUP-MONTHLY — 党小组会 in every Party group, as a rule monthly.</summary>
    public static MeetingRequirement GroupMonthly { get; } = new(
        "MTG-GROUP-MONTHLY", MeetingKind.GroupMeeting, new OrganizationScope(new[] { OrganizationKind.PartyGroup }), MeetingFrequency.Monthly);

    /// <summary>LIFE-THEME-DAY-MONTHLY — 主题党日 in every branch each month, on a relatively fixed day.</summary>
    public static MeetingRequirement ThemeDayMonthly { get; } = new(
        "LIFE-THEME-DAY-MONTHLY", MeetingKind.ThemedPartyDay, OrganizationScope.Branches, MeetingFrequency.Monthly);

    /// <summary>LIFE-ORG-LIFE-MEETING-ANNUAL — 组织生活会 in every branch at least once a year, as a rule in Q4 (soft).</summary>
    public static MeetingRequirement OrganizationalLifeMeetingAnnual { get; } = new(
        "LIFE-ORG-LIFE-MEETING-ANNUAL", MeetingKind.OrganizationalLifeMeeting, OrganizationScope.Branches, MeetingFrequency.Yearly,
        preferredWindow: SchedulingWindow.FourthQuarter);

    /// <summary>LIFE-DEMOCRATIC-APPRAISAL-ANNUAL — 民主评议党员 in every regular or joint branch, as a rule once a year.</summary>
    public static MeetingRequirement DemocraticAppraisalAnnual { get; } = new(
        "LIFE-DEMOCRATIC-APPRAISAL-ANNUAL", MeetingKind.DemocraticAppraisal,
        new OrganizationScope(new[] { OrganizationKind.Branch }, new[] { BranchForm.Regular, BranchForm.Joint }), MeetingFrequency.Yearly);

    /// <summary>MTG-LECTURE-BY-SECRETARY — every 党委 and 党组 secretary gives at least 1 Party lecture a year.</summary>
    public static MeetingRequirement SecretaryLecture { get; } = new(
        "MTG-LECTURE-BY-SECRETARY", MeetingKind.PartyLecture,
        new OrganizationScope(new[] { OrganizationKind.OrganCommittee, OrganizationKind.BasicCommittee, OrganizationKind.LeadingGroup }),
        MeetingFrequency.Yearly, lecturer: LecturerRequirement.Secretary);

    /// <summary>MTG-PARTY-LECTURE-LOCAL-FREQUENCY — LOCAL: a 党课 in every branch each quarter (no central number; catalogue M5).</summary>
    public static MeetingRequirement PartyLectureLocalFrequency { get; } = new(
        "MTG-PARTY-LECTURE-LOCAL-FREQUENCY", MeetingKind.PartyLecture, OrganizationScope.Branches, MeetingFrequency.Quarterly);

    /// <summary>
    /// MTG-ORGAN-ANNUAL-ASSEMBLY — the top Party organization of every organ (its organ committee, or the general branch or
    /// branch of an organ without one; 机关条例 Arts. 2, 26, 37) holds at least 1 机关党员干部大会 a year.
    /// </summary>
    public static MeetingRequirement OrganAnnualAssembly { get; } = new(
        "MTG-ORGAN-ANNUAL-ASSEMBLY", MeetingKind.OrganAssembly,
        new OrganizationScope(new[] { OrganizationKind.OrganCommittee, OrganizationKind.GeneralBranch, OrganizationKind.Branch }, onlyOrganTop: true),
        MeetingFrequency.Yearly);

    /// <summary>
    /// MTG-LECTURE-BRANCH-SECRETARY — MEMORY, LOCAL, not in <see cref="Default"/>: every regular or joint branch's secretary
    /// gives at least 1 Party lecture a year (widely applied; not found in a stored central text, catalogue M6).
    /// </summary>
    public static MeetingRequirement BranchSecretaryLecture { get; } = new(
        "MTG-LECTURE-BRANCH-SECRETARY", MeetingKind.PartyLecture,
        new OrganizationScope(new[] { OrganizationKind.Branch }, new[] { BranchForm.Regular, BranchForm.Joint }),
        MeetingFrequency.Yearly, lecturer: LecturerRequirement.Secretary);

    /// <summary>The built-in requirements (all but <see cref="BranchSecretaryLecture"/>).</summary>
    public static MeetingRequirementSet Default { get; } = new(new[]
    {
        MembersMeetingQuarterly, CommitteeMonthly, GroupMonthly, ThemeDayMonthly, OrganizationalLifeMeetingAnnual,
        DemocraticAppraisalAnnual, SecretaryLecture, PartyLectureLocalFrequency, OrganAnnualAssembly,
    });

    /// <summary>The requirements, in order.</summary>
    public IReadOnlyList<MeetingRequirement> Requirements => requirements;

    /// <summary>The number of requirements.</summary>
    public int Count => requirements.Length;

    /// <summary>The requirement of a rule, or null.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The requirement, or null.</returns>
    public MeetingRequirement? Find(string ruleId) => requirements.FirstOrDefault(r => r.RuleId == ruleId);

    /// <summary>A copy with <paramref name="requirement"/> added, or replacing the one with the same rule id.</summary>
    /// <param name="requirement">The requirement.</param>
    /// <returns>The new set.</returns>
    public MeetingRequirementSet With(MeetingRequirement requirement)
    {
        if (requirement is null)
        {
            throw new ArgumentNullException(nameof(requirement));
        }

        var list = requirements.ToList();
        var at = list.FindIndex(r => r.RuleId == requirement.RuleId);
        if (at >= 0)
        {
            list[at] = requirement;
        }
        else
        {
            list.Add(requirement);
        }

        return new MeetingRequirementSet(list);
    }

    /// <summary>A copy without the requirement of a rule.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The new set.</returns>
    public MeetingRequirementSet Without(string ruleId) => new(requirements.Where(r => r.RuleId != ruleId));

    /// <summary>A copy keeping only the requirements matching <paramref name="keep"/> (e.g. the rules a profile enables).</summary>
    /// <param name="keep">The filter on rule ids.</param>
    /// <returns>The new set.</returns>
    public MeetingRequirementSet Where(Func<MeetingRequirement, bool> keep) =>
        new(requirements.Where(keep ?? throw new ArgumentNullException(nameof(keep))));

    /// <inheritdoc />
    public bool Equals(MeetingRequirementSet? other) => other is not null && requirements.SequenceEqual(other.requirements);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MeetingRequirementSet s && Equals(s);

    /// <inheritdoc />
    public override int GetHashCode() => requirements.Length;

    /// <summary>The rule ids.</summary>
    /// <returns>A summary.</returns>
    public override string ToString() => string.Join(", ", requirements.Select(r => r.RuleId));
}
