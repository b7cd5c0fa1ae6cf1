using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.StructureIndex;

namespace PartyOrg.Domain.Compliance;

/// <summary>GRP-LEADER-APPOINTMENT: every Party group has exactly one group leader.</summary>
internal sealed class GrpLeaderAppointmentRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "GRP-LEADER-APPOINTMENT",
        category: RuleCategory.PartyGroup,
        title: new LocalizedText("党小组设党小组组长", "Every Party group has a group leader"),
        messageFormat: new LocalizedText(
            "党小组“{subject}”有{actual}名组长，应为1名。",
            "Party group \"{subject}\" has {actual} group leaders; expected exactly 1."),
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.BranchWorkRegulations, 13) },
        confidence: SourceConfidence.VerifiedExcerpt,
        remarks: new LocalizedText(
            "检查日恰好1名组长。组长由党支部指定或党小组推荐产生，产生方式数据中没有，不检查。",
            "Exactly 1 group leader on the check date. Whether the branch appointed or the group nominated the leader is not in the data and not checked."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        var index = Of(context);
        foreach (var (org, i) in index.Existing(o => o.Kind == OrganizationKind.PartyGroup))
        {
            if (index.GroupLeaders[i] != 1)
            {
                context.Report(Descriptor, org.Id, org.Id, null, "1", Text(index.GroupLeaders[i]));
            }
        }
    }
}
