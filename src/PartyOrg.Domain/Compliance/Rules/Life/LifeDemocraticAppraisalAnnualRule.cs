using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>LIFE-DEMOCRATIC-APPRAISAL-ANNUAL: 民主评议党员 in every regular or joint branch, as a rule once a year.</summary>
internal sealed class LifeDemocraticAppraisalAnnualRule : MeetingRequirementRule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "LIFE-DEMOCRATIC-APPRAISAL-ANNUAL",
        category: RuleCategory.OrganizationalLife,
        title: new LocalizedText("党支部一般每年开展1次民主评议党员", "A branch appraises its members once a year as a rule"),
        messageFormat: new LocalizedText(
            "党支部“{subject}”{period}年度开展民主评议党员{actual}次，要求{expected}次（一般每年1次）。",
            "Branch \"{subject}\" held {actual} democratic appraisal(s) of members in {period}; expected {expected} (as a rule once a year)."),
        arguments: MeetingRequirementRule.Arguments,
        defaultSeverity: Severity.Warning,
        citations: new[] { new Citation(Regulation.MemberEducationRegulations, 18) },
        confidence: SourceConfidence.VerifiedFullText,
        parameters: MeetingRequirementRule.RequirementParameters,
        variants: MeetingRequirementRule.Variants,
        remarks: new LocalizedText(
            "依据《中国共产党党员教育管理工作条例》第十八条（已核对全文）；《支部工作条例》中的相应条款序号未经核实，不再引用。临时党支部不适用。",
            "Cites the regulations on the education and management of members, Art. 18 (checked in the full text); the branch regulations' article number is unconfirmed and no longer cited. Temporary branches are exempt."));

    /// <summary>The requirement this rule enforces; the planner reads the very same object.</summary>
    internal static readonly MeetingRequirement Requirement = new(
        Definition.Id, MeetingKind.DemocraticAppraisal,
        new OrganizationScope(new[] { OrganizationKind.Branch }, new[] { BranchForm.Regular, BranchForm.Joint }), MeetingFrequency.Yearly);

    internal LifeDemocraticAppraisalAnnualRule()
        : base(Definition, Requirement)
    {
    }
}
