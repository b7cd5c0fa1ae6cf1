using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.StructureIndex;

namespace PartyOrg.Domain.Compliance;

/// <summary>ORG-COMMITTEE-THRESHOLD-ORGAN: an organ with 100 or more members (all) is headed by an organ Party committee.</summary>
internal sealed class OrgCommitteeThresholdOrganRule : UnitThresholdRule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "ORG-COMMITTEE-THRESHOLD-ORGAN",
        category: RuleCategory.Organization,
        title: new LocalizedText("机关党员100人以上的设立党的基层委员会", "An organ with 100 or more members sets up a Party committee"),
        messageFormat: new LocalizedText(
            "机关“{subject}”有党员{members}人（{threshold}），应当设立党的基层委员会，现为{kind}。",
            "Organ \"{subject}\" has {members} members ({threshold}): it sets up a basic Party committee, not a {kindEn}."),
        arguments: new[] { "threshold", "members", "kind", "kindEn" },
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.OrganRegulations, 5) },
        confidence: SourceConfidence.VerifiedFullText,
        parameters: new ParameterKey[] { StructuralParameters.CommitteeThreshold },
        remarks: new LocalizedText(
            "计全体党员；100人含本数。不足100人而设党委的，见ORG-BELOW-THRESHOLD-APPROVAL。",
            "Counts all members; 100 is included. A committee below 100: see ORG-BELOW-THRESHOLD-APPROVAL."));

    internal OrgCommitteeThresholdOrganRule()
        : base(Definition, checkGeneralBranch: false, checkCommittee: true)
    {
    }
}
