using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.StructureIndex;

namespace PartyOrg.Domain.Compliance;

/// <summary>ORG-GENBRANCH-THRESHOLD-ORGAN: an organ with 50..99 members (all) is headed by a general branch, not a branch.</summary>
internal sealed class OrgGenbranchThresholdOrganRule : UnitThresholdRule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "ORG-GENBRANCH-THRESHOLD-ORGAN",
        category: RuleCategory.Organization,
        title: new LocalizedText("机关党员50人以上、100人以下的设立党总支", "An organ with 50 to 100 members sets up a general branch"),
        messageFormat: new LocalizedText(
            "机关“{subject}”有党员{members}人（{threshold}），应当设立党的总支部委员会，现为{kind}。",
            "Organ \"{subject}\" has {members} members ({threshold}): it sets up a general branch, not a {kindEn}."),
        arguments: new[] { "threshold", "members", "kind", "kindEn" },
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.OrganRegulations, 6) },
        confidence: SourceConfidence.VerifiedFullText,
        parameters: new ParameterKey[] { StructuralParameters.GeneralBranchThreshold, StructuralParameters.CommitteeThreshold },
        remarks: new LocalizedText(
            "计全体党员（条文说“党员”）。100人同时满足第五条和第六条，按第五条处理（100人以上设党委，见ORG-COMMITTEE-THRESHOLD-ORGAN），本条只管50至99人。单位指机关工委下（或数据中最上层）的基层组织及其下级。",
            "Counts all members (the text says 党员). 100 meets both Arts. 5 and 6 and is treated under Art. 5 (a committee, ORG-COMMITTEE-THRESHOLD-ORGAN), so this rule covers 50..99. A unit is a top basic-level organization (under a working committee or at the top of the data) and its subtree."));

    internal OrgGenbranchThresholdOrganRule()
        : base(Definition, checkGeneralBranch: true, checkCommittee: false)
    {
    }
}
