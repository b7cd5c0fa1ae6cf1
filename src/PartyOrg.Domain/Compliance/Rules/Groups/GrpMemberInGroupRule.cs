using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.StructureIndex;

namespace PartyOrg.Domain.Compliance;

/// <summary>GRP-MEMBER-IN-GROUP (library-added): in a branch divided into Party groups, every member is in one of them.</summary>
internal sealed class GrpMemberInGroupRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "GRP-MEMBER-IN-GROUP",
        category: RuleCategory.PartyGroup,
        title: new LocalizedText("已划分党小组的党支部，党员编入党小组", "In a branch divided into Party groups, every member is in a group"),
        messageFormat: new LocalizedText("党员{subject}：所在党支部“{branch}”已划分党小组，本人未编入党小组。", "Member {subject} is in no Party group, although branch \"{branchId}\" is divided into groups."),
        arguments: new[] { "branch", "branchId" },
        defaultSeverity: Severity.Warning,
        citations: new[] { new Citation(Regulation.BranchWorkRegulations, 13) },
        confidence: SourceConfidence.VerifiedExcerpt,
        remarks: new LocalizedText(
            "本库增设的规则号：党支部“应当划分若干党小组”（支部工作条例第十三条）后，其党员都应在某个党小组内开展组织生活。只对检查日存在的党支部和已入党的党员。",
            "A rule id added by this library: once a branch is divided into Party groups (branch regulations Art. 13), each of its members takes part in organizational life in one of them. Only for branches existing on the check date and members admitted by then."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        // In member order, the arrays first (a member's group index is −1 exactly when it names no group), then the member.
        var index = Of(context);
        var tree = context.Tree;
        var members = tree.MemberArray;
        var branches = tree.MemberBranchIndices;
        var groups = tree.MemberGroupIndices;
        for (var mi = 0; mi < members.Length; mi++)
        {
            var b = branches[mi];
            if (groups[mi] < 0 && index.Exists[b] && index.HasPartyGroups[b] && members[mi] is var member && member.StatusOn(context.AsOf) is not null)
            {
                context.Report(Descriptor, member.Id, member.BranchId, null, new LocalizedText("编入" + member.BranchId + "的党小组", "a Party group of " + member.BranchId), new LocalizedText("未编入", "none"),
                    context.Tree.Organizations[b].Name, member.BranchId);
            }
        }
    }
}
