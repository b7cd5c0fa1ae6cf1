using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>MTG-COMMITTEE-MONTHLY: 支委会 in every branch that has a committee, as a rule monthly (quorum checked).</summary>
internal sealed class MtgCommitteeMonthlyRule : MeetingRequirementRule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "MTG-COMMITTEE-MONTHLY",
        category: RuleCategory.Meeting,
        title: new LocalizedText("支部委员会会议一般每月召开1次", "A branch committee meets once a month as a rule"),
        messageFormat: new LocalizedText(
            "党支部“{subject}”{period}召开支委会{actual}次，要求{expected}次（一般每月召开1次）。",
            "Branch \"{subject}\" held {actual} committee meeting(s) in {period}; expected {expected} (as a rule once a month)."),
        arguments: MeetingRequirementRule.Arguments,
        defaultSeverity: Severity.Warning,
        citations: new[] { new Citation(Regulation.BranchWorkRegulations, 12) },
        confidence: SourceConfidence.VerifiedExcerpt,
        parameters: MeetingRequirementRule.RequirementParameters,
        variants: MeetingRequirementRule.Variants,
        remarks: new LocalizedText("只适用于设支部委员会的党支部（当月第一天有委员在任）。", "Only for branches with a committee (a committee member in post on the first day of the month)."));

    /// <summary>The requirement this rule enforces; the planner reads the very same object.</summary>
    internal static readonly MeetingRequirement Requirement = new(
        Definition.Id, MeetingKind.CommitteeMeeting, new OrganizationScope(new[] { OrganizationKind.Branch }, onlyWithCommittee: true),
        MeetingFrequency.Monthly, quorum: MeetingQuorum.HalfOfCommittee);

    internal MtgCommitteeMonthlyRule()
        : base(Definition, Requirement)
    {
    }
}
