using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>MTG-GROUP-MONTHLY: 党小组会 in every Party group, as a rule monthly.</summary>
internal sealed class MtgGroupMonthlyRule : MeetingRequirementRule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "MTG-GROUP-MONTHLY",
        category: RuleCategory.Meeting,
        title: new LocalizedText("党小组会一般每月召开1次", "A Party group meets once a month as a rule"),
        messageFormat: new LocalizedText(
            "党小组“{subject}”{period}召开党小组会{actual}次，要求{expected}次（一般每月召开1次）。",
            "Party group \"{subject}\" held {actual} group meeting(s) in {period}; expected {expected} (as a rule once a month)."),
        arguments: MeetingRequirementRule.Arguments,
        defaultSeverity: Severity.Warning,
        citations: new[] { new Citation(Regulation.BranchWorkRegulations, 13) },
        confidence: SourceConfidence.VerifiedExcerpt,
        parameters: MeetingRequirementRule.RequirementParameters,
        variants: MeetingRequirementRule.Variants);

    /// <summary>The requirement this rule enforces; the planner reads the very same object.</summary>
    internal static readonly MeetingRequirement Requirement = new(
        Definition.Id, MeetingKind.GroupMeeting, new OrganizationScope(new[] { OrganizationKind.PartyGroup }), MeetingFrequency.Monthly);

    internal MtgGroupMonthlyRule()
        : base(Definition, Requirement)
    {
    }
}
