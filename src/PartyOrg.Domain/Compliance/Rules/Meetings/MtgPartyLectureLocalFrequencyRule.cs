using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>MTG-PARTY-LECTURE-LOCAL-FREQUENCY: LOCAL: a 党课 in every branch each quarter (no central number; catalogue M5).</summary>
internal sealed class MtgPartyLectureLocalFrequencyRule : MeetingRequirementRule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "MTG-PARTY-LECTURE-LOCAL-FREQUENCY",
        category: RuleCategory.Meeting,
        title: new LocalizedText("党课按期开展（地方频次，默认每季度1次）", "Party lectures on schedule (local frequency, quarterly by default)"),
        messageFormat: new LocalizedText(
            "党支部“{subject}”{period}上党课{actual}次，要求{expected}次（本地规定的频次）。",
            "Branch \"{subject}\" held {actual} Party lecture(s) in {period}; expected {expected} (the local frequency)."),
        arguments: MeetingRequirementRule.Arguments,
        defaultSeverity: Severity.Warning,
        citations: new[] { new Citation(Regulation.BranchWorkRegulations, 16) },
        confidence: SourceConfidence.VerifiedExcerpt,
        parameters: MeetingRequirementRule.RequirementParameters,
        variants: MeetingRequirementRule.Variants,
        isLocal: true,
        remarks: new LocalizedText(
            "《支部工作条例》只要求“按期”上党课，没有规定次数；“每季度至少1次”来自地方规定，按需修改 meetings.requirements 中的频次。",
            "The branch regulations only say \"on schedule\" and set no number; \"at least once a quarter\" is a local rule: change the frequency in meetings.requirements."));

    /// <summary>The requirement this rule enforces; the planner reads the very same object.</summary>
    internal static readonly MeetingRequirement Requirement = new(
        Definition.Id, MeetingKind.PartyLecture, OrganizationScope.Branches, MeetingFrequency.Quarterly);

    internal MtgPartyLectureLocalFrequencyRule()
        : base(Definition, Requirement)
    {
    }
}
