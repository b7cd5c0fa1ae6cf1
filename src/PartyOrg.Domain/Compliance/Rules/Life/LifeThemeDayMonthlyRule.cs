using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>LIFE-THEME-DAY-MONTHLY: 主题党日 in every branch each month, on a relatively fixed day.</summary>
internal sealed class LifeThemeDayMonthlyRule : MeetingRequirementRule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "LIFE-THEME-DAY-MONTHLY",
        category: RuleCategory.OrganizationalLife,
        title: new LocalizedText("党支部每月相对固定1天开展主题党日", "A branch holds a themed Party day each month"),
        messageFormat: new LocalizedText(
            "党支部“{subject}”{period}开展主题党日{actual}次，要求{expected}次（每月相对固定1天开展）。",
            "Branch \"{subject}\" held {actual} themed Party day(s) in {period}; expected {expected} (one relatively fixed day each month)."),
        arguments: MeetingRequirementRule.Arguments,
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.BranchWorkRegulations, 16, 2), new Citation(Regulation.MemberEducationRegulations, 16) },
        confidence: SourceConfidence.VerifiedExcerpt,
        parameters: MeetingRequirementRule.RequirementParameters,
        variants: MeetingRequirementRule.Variants);

    /// <summary>The requirement this rule enforces; the planner reads the very same object.</summary>
    internal static readonly MeetingRequirement Requirement = new(
        Definition.Id, MeetingKind.ThemedPartyDay, OrganizationScope.Branches, MeetingFrequency.Monthly);

    internal LifeThemeDayMonthlyRule()
        : base(Definition, Requirement)
    {
    }
}
