using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>LIFE-ORG-LIFE-MEETING-ANNUAL: 组织生活会 in every branch at least once a year, as a rule in Q4 (soft).</summary>
internal sealed class LifeOrgLifeMeetingAnnualRule : MeetingRequirementRule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "LIFE-ORG-LIFE-MEETING-ANNUAL",
        category: RuleCategory.OrganizationalLife,
        title: new LocalizedText("党支部每年至少召开1次组织生活会", "A branch holds at least one organizational life meeting a year"),
        messageFormat: new LocalizedText(
            "党支部“{subject}”{period}年度召开组织生活会{actual}次，要求{expected}次（每年至少1次，一般安排在第四季度）。",
            "Branch \"{subject}\" held {actual} organizational life meeting(s) in {period}; expected {expected} (at least once a year, as a rule in Q4)."),
        arguments: MeetingRequirementRule.Arguments,
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.BranchWorkRegulations, 17), new Citation(Regulation.MemberEducationRegulations, 17) },
        confidence: SourceConfidence.VerifiedExcerpt,
        parameters: MeetingRequirementRule.RequirementParameters,
        variants: MeetingRequirementRule.Variants,
        remarks: new LocalizedText("“一般安排在第四季度”为软性要求：全年召开但不在10—12月的，给出警告。", "\"As a rule in Q4\" is soft: held in the year but outside October–December gives a warning."));

    /// <summary>The requirement this rule enforces; the planner reads the very same object.</summary>
    internal static readonly MeetingRequirement Requirement = new(
        Definition.Id, MeetingKind.OrganizationalLifeMeeting, OrganizationScope.Branches, MeetingFrequency.Yearly,
        preferredWindow: SchedulingWindow.FourthQuarter);

    internal LifeOrgLifeMeetingAnnualRule()
        : base(Definition, Requirement)
    {
    }
}
