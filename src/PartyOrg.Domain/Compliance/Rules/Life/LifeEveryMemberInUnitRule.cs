using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.StructureIndex;

namespace PartyOrg.Domain.Compliance;

/// <summary>LIFE-EVERY-MEMBER-IN-UNIT: every member is in a branch, small group or other unit (structural part).</summary>
internal sealed class LifeEveryMemberInUnitRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "LIFE-EVERY-MEMBER-IN-UNIT",
        category: RuleCategory.OrganizationalLife,
        title: new LocalizedText("每个党员都必须编入党的一个支部、小组或其他特定组织", "Every member belongs to a branch, small group or other unit"),
        messageFormat: new LocalizedText("党员{subject}{problem}", "Member {subject} {problemEn}"),
        arguments: new[] { "problem", "problemEn" },
        defaultSeverity: Severity.Warning,
        citations: new[] { new Citation(Regulation.Constitution, 8) },
        confidence: SourceConfidence.VerifiedFullText,
        remarks: new LocalizedText(
            "“每个党员编入一个党支部”由模型保证（组织关系只能在一个党支部）。本规则检查：所在党支部在检查日已撤销或尚未成立。编入党支部即满足党章第八条；已划分党小组而本人未编入的，见GRP-MEMBER-IN-GROUP。为警告，可在派生方案中升为错误。",
            "\"Each member in exactly one branch\" is guaranteed by the model (registration is in one branch). This rule checks that the member's branch exists on the check date. Registration in a branch satisfies Art. 8; a member outside the Party groups of a divided branch is GRP-MEMBER-IN-GROUP. A warning; raise it in a derived profile if wanted."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        // The members admitted by the check date whose branch does not exist then, in member order: the branch first (an
        // array), so that only those members are read.
        var index = Of(context);
        var members = context.Tree.MemberArray;
        var branches = context.Tree.MemberBranchIndices;
        for (var mi = 0; mi < members.Length; mi++)
        {
            var b = branches[mi];
            if (!index.Exists[b] && members[mi] is var member && member.StatusOn(context.AsOf) is not null)
            {
                context.Report(Descriptor, member.Id, member.BranchId, null, new LocalizedText("检查日存在的党支部", "an existing branch"), new LocalizedText(member.BranchId + "不存在", member.BranchId + " not existing"),
                    $"登记在检查日不存在的党支部“{context.Tree.Organizations[b].Name}”。", $"is registered in branch \"{member.BranchId}\", which does not exist on the check date.");
            }
        }
    }
}
