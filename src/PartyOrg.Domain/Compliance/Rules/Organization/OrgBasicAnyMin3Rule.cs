using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.StructureIndex;

namespace PartyOrg.Domain.Compliance;

/// <summary>ORG-BASIC-ANY-MIN-3: a committee or general branch has at least 3 full members in its subtree (党章 Art. 30).</summary>
internal sealed class OrgBasicAnyMin3Rule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "ORG-BASIC-ANY-MIN-3",
        category: RuleCategory.Organization,
        title: new LocalizedText("党的基层组织正式党员不少于3人", "A basic-level organization has at least 3 full members"),
        messageFormat: new LocalizedText(
            "“{subject}”下属共有正式党员{fullMembers}人，少于{minimum}人：正式党员{minimum}人以上的单位才成立党的基层组织。",
            "\"{subject}\" has {fullMembers} full members in all, fewer than {minimum}: a basic-level organization needs at least {minimum} full members."),
        arguments: new[] { "minimum", "fullMembers" },
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.Constitution, 30) },
        confidence: SourceConfidence.VerifiedFullText,
        parameters: new ParameterKey[] { StructuralParameters.BasicOrganizationMinFullMembers },
        remarks: new LocalizedText(
            "适用于基层委员会、机关党委和党总支（党支部见ORG-BRANCH-MIN-MEMBERS）；按下属正式党员合计（含本数），预备党员不计。",
            "Applies to basic and organ committees and general branches (branches: ORG-BRANCH-MIN-MEMBERS); counts full members of the subtree (inclusive); probationary members do not count."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        var min = context.Parameter(StructuralParameters.BasicOrganizationMinFullMembers);
        foreach (var (org, _) in Of(context).Existing(o => o.Kind.IsCommittee || o.Kind == OrganizationKind.GeneralBranch))
        {
            var full = context.Tree.RolledUpMemberCount(org.Id).Full;
            if (full < min)
            {
                context.Report(Descriptor, org.Id, org.Id, null, new LocalizedText("正式党员≥ " + Text(min) + "名", "≥ " + Text(min) + " full"),
                    new LocalizedText("正式党员" + Text(full) + "名", Text(full) + " full"), min, full);
            }
        }
    }
}
