using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.StructureIndex;

namespace PartyOrg.Domain.Compliance;

/// <summary>GRP-WHEN-REQUIRED: a branch with many members is divided into Party groups (the number is a LOCAL parameter).</summary>
internal sealed class GrpWhenRequiredRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "GRP-WHEN-REQUIRED",
        category: RuleCategory.PartyGroup,
        title: new LocalizedText("党员人数较多的党支部应当划分党小组", "A branch with many members is divided into Party groups"),
        messageFormat: new LocalizedText(
            "党支部“{subject}”有党员{members}人（超过本地标准{trigger}人），未划分党小组。",
            "Branch \"{subject}\" has {members} members (more than the local threshold of {trigger}) and no Party groups."),
        arguments: new[] { "trigger", "members" },
        defaultSeverity: Severity.Info,
        citations: new[] { new Citation(Regulation.BranchWorkRegulations, 13) },
        confidence: SourceConfidence.VerifiedExcerpt,
        parameters: new ParameterKey[] { StructuralParameters.PartyGroupTriggerMembers },
        isLocal: true,
        remarks: new LocalizedText(
            "条文没有人数标准（“党员人数较多或者党员工作地、居住地比较分散”）；party-group.trigger-members默认20人（不含本数）是本地参数，不是中央规定。分散居住无法从数据判断。",
            "The regulation gives no number (\"many members or scattered workplaces or homes\"); party-group.trigger-members (default 20, exclusive) is a local parameter, not a central rule. Scattered homes are not in the data."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        var trigger = context.Parameter(StructuralParameters.PartyGroupTriggerMembers);
        var index = Of(context);
        foreach (var (org, i) in index.Existing(o => o.IsBranch && !o.IsTemporaryBranch))
        {
            var total = context.Tree.MemberCount(org.Id).Total;
            if (!index.HasPartyGroups[i] && total > trigger)
            {
                context.Report(Descriptor, org.Id, org.Id, null,
                    new LocalizedText("划分党小组（党员超过" + Text(trigger) + "人）", "Party groups (> " + Text(trigger) + " members)"),
                    new LocalizedText("未划分，党员" + Text(total) + "人", "none, " + Text(total) + " members"), trigger, total);
            }
        }
    }
}
