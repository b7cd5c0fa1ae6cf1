using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>MTG-ORGAN-ANNUAL-ASSEMBLY: the top Party organization of every organ (its organ committee, or the general branch or branch of an organ without one; 机关条例 Arts. 2, 26, 37) holds at least 1 机关党员干部大会 a year. </summary>
internal sealed class MtgOrganAnnualAssemblyRule : MeetingRequirementRule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "MTG-ORGAN-ANNUAL-ASSEMBLY",
        category: RuleCategory.Organ,
        title: new LocalizedText("机关每年至少召开1次党员干部大会", "An organ holds at least one assembly of members and cadres a year"),
        messageFormat: new LocalizedText(
            "“{subject}”{period}年度召开机关党员干部大会{actual}次，要求{expected}次（听取本单位主要负责人通报工作情况）。",
            "\"{subject}\" held {actual} organ assembly(ies) of members and cadres in {period}; expected {expected} (the unit's principal leader reports on the work)."),
        arguments: MeetingRequirementRule.Arguments,
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.OrganRegulations, 26, null, 6) },
        confidence: SourceConfidence.VerifiedFullText,
        parameters: MeetingRequirementRule.RequirementParameters,
        variants: MeetingRequirementRule.Variants);

    /// <summary>The requirement this rule enforces; the planner reads the very same object.</summary>
    internal static readonly MeetingRequirement Requirement = new(
        Definition.Id, MeetingKind.OrganAssembly,
        new OrganizationScope(new[] { OrganizationKind.OrganCommittee, OrganizationKind.GeneralBranch, OrganizationKind.Branch }, onlyOrganTop: true),
        MeetingFrequency.Yearly);

    internal MtgOrganAnnualAssemblyRule()
        : base(Definition, Requirement)
    {
    }
}
