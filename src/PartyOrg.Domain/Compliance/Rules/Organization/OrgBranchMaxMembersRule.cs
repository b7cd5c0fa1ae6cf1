using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.StructureIndex;

namespace PartyOrg.Domain.Compliance;

/// <summary>ORG-BRANCH-MAX-MEMBERS: a branch has, as a rule, no more than 50 members (all members count).</summary>
internal sealed class OrgBranchMaxMembersRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "ORG-BRANCH-MAX-MEMBERS",
        category: RuleCategory.Organization,
        title: new LocalizedText("党支部党员人数一般不超过50人", "A branch has, as a rule, no more than 50 members"),
        messageFormat: new LocalizedText(
            "党支部“{subject}”有党员{actual}人，超过{maximum}人：党支部党员人数一般不超过{maximum}人，宜分设党支部或改设党总支。",
            "Branch \"{subject}\" has {actual} members, more than {maximum}: a branch has, as a rule, no more than {maximum} members; split it or set up a general branch."),
        arguments: new[] { "maximum" },
        defaultSeverity: Severity.Warning,
        citations: new[] { new Citation(Regulation.BranchWorkRegulations, 4) },
        confidence: SourceConfidence.VerifiedExcerpt,
        parameters: new ParameterKey[] { StructuralParameters.BranchMaxMembers },
        remarks: new LocalizedText(
            "“一般不超过”：50人不报，51人报；正式党员和预备党员都计入（条文说“党员”）。",
            "\"一般不超过\": 50 passes, 51 is reported; full and probationary members both count (the text says 党员)."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        var max = context.Parameter(StructuralParameters.BranchMaxMembers);
        foreach (var (org, _) in Of(context).Existing(o => o.IsBranch))
        {
            var total = context.Tree.MemberCount(org.Id).Total;
            if (total > max)
            {
                context.Report(Descriptor, org.Id, org.Id, null, "≤ " + Text(max), Text(total), max);
            }
        }
    }
}
