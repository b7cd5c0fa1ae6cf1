using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>MTG-MEMBERS-MEETING-QUARTERLY: 党员大会 in every branch, as a rule once per quarter (quorum and votes checked).</summary>
internal sealed class MtgMembersMeetingQuarterlyRule : MeetingRequirementRule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "MTG-MEMBERS-MEETING-QUARTERLY",
        category: RuleCategory.Meeting,
        title: new LocalizedText("党员大会一般每季度召开1次", "A branch holds a general meeting of members once per quarter as a rule"),
        messageFormat: new LocalizedText(
            "党支部“{subject}”{period}召开党员大会{actual}次，要求{expected}次（一般每季度召开1次）。",
            "Branch \"{subject}\" held {actual} general meeting(s) of members in {period}; expected {expected} (as a rule once per quarter)."),
        arguments: MeetingRequirementRule.Arguments,
        defaultSeverity: Severity.Warning,
        citations: new[] { new Citation(Regulation.BranchWorkRegulations, 11) },
        confidence: SourceConfidence.VerifiedExcerpt,
        parameters: MeetingRequirementRule.RequirementParameters,
        variants: MeetingRequirementRule.Variants,
        remarks: new LocalizedText("“一般每季度召开1次”：软性规定，默认为警告。", "\"As a rule once per quarter\": a soft rule, a warning by default."));

    /// <summary>The requirement this rule enforces; the planner reads the very same object.</summary>
    internal static readonly MeetingRequirement Requirement = new(
        Definition.Id, MeetingKind.GeneralMeeting, OrganizationScope.Branches, MeetingFrequency.Quarterly,
        quorum: MeetingQuorum.HalfOfVotingMembers);

    internal MtgMembersMeetingQuarterlyRule()
        : base(Definition, Requirement)
    {
    }

    /// <inheritdoc/>
    internal override int Cost => 30; // the first requirement rule: runs the meeting audit for all of them
}
