using System.Globalization;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>ORG-BRANCH-MIN-MEMBERS: a regular branch has at least 3 full members (probationary members do not count).</summary>
internal sealed class OrgBranchMinMembersRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "ORG-BRANCH-MIN-MEMBERS",
        category: RuleCategory.Organization,
        title: new LocalizedText("党支部正式党员不少于3人", "A branch has at least 3 full members"),
        messageFormat: new LocalizedText(
            "党支部“{subject}”有正式党员{actual}人，少于{minimum}人：正式党员不足{minimum}人的单位应当成立联合党支部。",
            "Branch \"{subject}\" has {actual} full members, fewer than {minimum}: units with fewer than {minimum} full members form a joint branch."),
        arguments: new[] { "minimum" },
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.BranchWorkRegulations, 4), new Citation(Regulation.OrganRegulations, 7), new Citation(Regulation.Constitution, 30) },
        confidence: SourceConfidence.VerifiedExcerpt,
        parameters: new ParameterKey[] { StructuralParameters.BranchMinFullMembers },
        remarks: new LocalizedText(
            "只计正式党员（“正式党员3人以上”，含本数）；预备党员不计。联合党支部和临时党支部不适用本条。",
            "Counts full members only (\"3人以上\" includes 3); probationary members do not count. Joint and temporary branches are exempt."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        var min = context.Parameter(StructuralParameters.BranchMinFullMembers);
        foreach (var (org, _) in StructureIndex.Of(context).Existing(o => o.IsBranch && o.Form == BranchForm.Regular))
        {
            var full = context.Tree.MemberCount(org.Id).Full;
            if (full < min)
            {
                context.Report(Descriptor, org.Id, org.Id, null,
                    "≥ " + min.ToString(CultureInfo.InvariantCulture), full.ToString(CultureInfo.InvariantCulture), min);
            }
        }
    }
}
