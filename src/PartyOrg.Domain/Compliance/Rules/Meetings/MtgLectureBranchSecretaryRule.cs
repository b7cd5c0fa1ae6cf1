using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>MTG-LECTURE-BRANCH-SECRETARY: MEMORY, LOCAL, not in <see cref="MeetingRequirements.Default"/>: every regular or joint branch's secretary gives at least 1 Party lecture a year (widely applied; not found in a stored central text, catalogue M6). </summary>
internal sealed class MtgLectureBranchSecretaryRule : MeetingRequirementRule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "MTG-LECTURE-BRANCH-SECRETARY",
        category: RuleCategory.Meeting,
        title: new LocalizedText("党支部书记每年至少讲1次党课（地方规定）", "Branch secretaries lecture at least once a year (local)"),
        messageFormat: new LocalizedText(
            "党支部“{subject}”书记{period}年度讲党课{actual}次，要求{expected}次（地方规定）。",
            "The secretary of branch \"{subject}\" gave {actual} Party lecture(s) in {period}; expected {expected} (local rule)."),
        arguments: MeetingRequirementRule.Arguments,
        defaultSeverity: Severity.Warning,
        citations: new[] { new Citation(Regulation.MemberEducationRegulations, articleConfirmed: false) },
        confidence: SourceConfidence.Memory,
        parameters: MeetingRequirementRule.RequirementParameters,
        variants: MeetingRequirementRule.Variants,
        isLocal: true,
        remarks: new LocalizedText(
            "来源未经核实：未在任何存档的中央文本中找到；常见于地方规定。默认不启用，用 WithBranchSecretaryLecture() 加入。",
            "Source unconfirmed: not found in any stored central text; common in local rules. Not enabled by default: add it with WithBranchSecretaryLecture()."));

    /// <summary>The requirement this rule enforces; the planner reads the very same object.</summary>
    internal static readonly MeetingRequirement Requirement = new(
        Definition.Id, MeetingKind.PartyLecture,
        new OrganizationScope(new[] { OrganizationKind.Branch }, new[] { BranchForm.Regular, BranchForm.Joint }),
        MeetingFrequency.Yearly, lecturer: LecturerRequirement.Secretary);

    internal MtgLectureBranchSecretaryRule()
        : base(Definition, Requirement)
    {
    }
}
