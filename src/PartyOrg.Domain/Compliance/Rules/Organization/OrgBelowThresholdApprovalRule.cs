using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.StructureIndex;

namespace PartyOrg.Domain.Compliance;

/// <summary>ORG-BELOW-THRESHOLD-APPROVAL (library-added): a unit (an organ as a whole) headed by a committee or general branch below its sector threshold exists only with higher approval.</summary>
internal sealed class OrgBelowThresholdApprovalRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "ORG-BELOW-THRESHOLD-APPROVAL",
        category: RuleCategory.Organization,
        title: new LocalizedText("人数不足门槛设立党委、党总支须经批准", "A committee or general branch below the threshold needs higher approval"),
        messageFormat: new LocalizedText(
            "“{subject}”有党员{actual}人，未达到{threshold}的设立标准：因工作需要设立的，须经上级党组织批准。",
            "\"{subject}\" has {actual} members, below the threshold ({threshold}): it may exist for work needs with the higher organization's approval."),
        arguments: new[] { "threshold" },
        defaultSeverity: Severity.Info,
        citations: new[] { new Citation(Regulation.OrganRegulations, 5), new Citation(Regulation.OrganRegulations, 6), new Citation(Regulation.HandbookPractice) },
        confidence: SourceConfidence.VerifiedFullText,
        parameters: new ParameterKey[] { StructuralParameters.GeneralBranchThreshold, StructuralParameters.CommitteeThreshold },
        remarks: new LocalizedText(
            "本库增设的规则号：提示需核对上级批准（数据中没有批准记录）。门槛按单位整体计算（机关条例第五、六条：机关的最上层党组织及其下属的全体党员），机关党委内部的党总支不按此判断。计全体党员。",
            "A rule id added by this library: a reminder to confirm the higher approval (the data holds no approvals). The thresholds apply to the unit as a whole (机关条例 Arts. 5–6: the organ's top Party organization and all members below it); general branches inside an organ committee are not judged by them. Counts all members."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        var generalBranch = context.Parameter(StructuralParameters.GeneralBranchThreshold);
        var committee = context.Parameter(StructuralParameters.CommitteeThreshold);
        var index = Of(context);
        foreach (var (org, i) in index.Existing(o => o.Kind.IsCommittee || o.Kind == OrganizationKind.GeneralBranch))
        {
            if (index.UnitTop[i] != i)
            {
                // The thresholds are the unit's (the organ's as a whole): a general branch inside a committee is not judged.
                continue;
            }

            MemberThreshold threshold;
            if (org.Kind.IsCommittee)
            {
                threshold = committee;
            }
            else if (org.Kind == OrganizationKind.GeneralBranch)
            {
                threshold = generalBranch;
            }
            else
            {
                continue;
            }

            var total = context.Tree.RolledUpMemberCount(org.Id).Total;
            if (!threshold.IsMetBy(total))
            {
                context.Report(Descriptor, org.Id, org.Id, null, threshold.ToString(), Text(total), threshold.ToString());
            }
        }
    }
}
