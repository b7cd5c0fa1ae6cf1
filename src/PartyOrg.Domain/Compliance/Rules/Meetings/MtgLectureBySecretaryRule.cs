using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>MTG-LECTURE-BY-SECRETARY: every 党委 and 党组 secretary gives at least 1 Party lecture a year.</summary>
internal sealed class MtgLectureBySecretaryRule : MeetingRequirementRule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "MTG-LECTURE-BY-SECRETARY",
        category: RuleCategory.Meeting,
        title: new LocalizedText("党委（党组）书记每年至少讲1次党课", "Party committee and leading-group secretaries lecture at least once a year"),
        messageFormat: new LocalizedText(
            "“{subject}”书记{period}年度讲党课{actual}次，要求{expected}次（党委（党组）书记每年至少讲1次党课）。",
            "The secretary of \"{subject}\" gave {actual} Party lecture(s) in {period}; expected {expected} (at least once a year)."),
        arguments: MeetingRequirementRule.Arguments,
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.BranchWorkRegulations, 16), new Citation(Regulation.OrganRegulations, 18) },
        confidence: SourceConfidence.VerifiedExcerpt,
        parameters: MeetingRequirementRule.RequirementParameters,
        variants: MeetingRequirementRule.Variants,
        remarks: new LocalizedText(
            "讲课人须为讲课当日在任的书记；党课可在本组织或下级组织举办（党组：其领导的机关党委及下级）。“党支部书记每年讲1次”不在本条（见 MTG-LECTURE-BRANCH-SECRETARY）。",
            "The lecturer must be the secretary in post on the day; the lecture may be held in the organization or below it (a 党组: below the organ committee it leads). \"Branch secretaries lecture once a year\" is not this article (see MTG-LECTURE-BRANCH-SECRETARY)."));

    /// <summary>The requirement this rule enforces; the planner reads the very same object.</summary>
    internal static readonly MeetingRequirement Requirement = new(
        Definition.Id, MeetingKind.PartyLecture,
        new OrganizationScope(new[] { OrganizationKind.OrganCommittee, OrganizationKind.BasicCommittee, OrganizationKind.LeadingGroup }),
        MeetingFrequency.Yearly, lecturer: LecturerRequirement.Secretary);

    internal MtgLectureBySecretaryRule()
        : base(Definition, Requirement)
    {
    }
}
