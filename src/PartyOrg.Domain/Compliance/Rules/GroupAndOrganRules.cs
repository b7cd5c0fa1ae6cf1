using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.Rules.StructureIndex;

namespace PartyOrg.Domain.Compliance.Rules;

/// <summary>GRP-WHEN-REQUIRED: a branch with many members is divided into Party groups (the number is a LOCAL parameter).</summary>
internal sealed class PartyGroupsRequiredRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        "GRP-WHEN-REQUIRED",
        RuleCategory.PartyGroup,
        new LocalizedText("党员人数较多的党支部应当划分党小组", "A branch with many members is divided into Party groups"),
        new LocalizedText(
            "党支部“{subject}”有党员{1}人（超过本地标准{0}人），未划分党小组。",
            "Branch \"{subject}\" has {1} members (more than the local threshold of {0}) and no Party groups."),
        Severity.Info,
        new[] { new Citation(Regulation.BranchWorkRegulations, 13) },
        SourceConfidence.VerifiedExcerpt,
        new ParameterKey[] { StructuralParameters.PartyGroupTriggerMembers },
        isLocal: true,
        remarks: new LocalizedText(
            "条文没有人数标准（“党员人数较多或者党员工作地、居住地比较分散”）；party-group.trigger-members默认20人（不含本数）是本地参数，不是中央规定。分散居住无法从数据判断。",
            "The regulation gives no number (\"many members or scattered workplaces or homes\"); party-group.trigger-members (default 20, exclusive) is a local parameter, not a central rule. Scattered homes are not in the data."));

    internal PartyGroupsRequiredRule()
        : base(Definition)
    {
    }

    public override void Evaluate(ComplianceContext context)
    {
        var trigger = context.Parameter(StructuralParameters.PartyGroupTriggerMembers);
        var tree = context.Tree;
        var index = Of(context);
        for (var i = 0; i < tree.Organizations.Count; i++)
        {
            var org = tree.Organizations[i];
            if (!org.IsBranch || org.IsTemporaryBranch || !index.Exists[i] || index.HasPartyGroups[i])
            {
                continue;
            }

            var total = tree.MemberCount(org.Id).Total;
            if (total > trigger)
            {
                context.Report(Descriptor, org.Id, org.Id, null, "Party groups (> " + Text(trigger) + " members)", "none, " + Text(total) + " members", trigger, total);
            }
        }
    }
}

/// <summary>GRP-LEADER-APPOINTMENT: every Party group has exactly one group leader.</summary>
internal sealed class GroupLeaderRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        "GRP-LEADER-APPOINTMENT",
        RuleCategory.PartyGroup,
        new LocalizedText("党小组设党小组组长", "Every Party group has a group leader"),
        new LocalizedText(
            "党小组“{subject}”有{actual}名组长，应为1名。",
            "Party group \"{subject}\" has {actual} group leaders; expected exactly 1."),
        Severity.Error,
        new[] { new Citation(Regulation.BranchWorkRegulations, 13) },
        SourceConfidence.VerifiedExcerpt,
        remarks: new LocalizedText(
            "检查日恰好1名组长。组长由党支部指定或党小组推荐产生，产生方式数据中没有，不检查。",
            "Exactly 1 group leader on the check date. Whether the branch appointed or the group nominated the leader is not in the data and not checked."));

    internal GroupLeaderRule()
        : base(Definition)
    {
    }

    public override void Evaluate(ComplianceContext context)
    {
        var tree = context.Tree;
        var index = Of(context);
        for (var i = 0; i < tree.Organizations.Count; i++)
        {
            var org = tree.Organizations[i];
            if (org.Kind == OrganizationKind.PartyGroup && index.Exists[i] && index.GroupLeaders[i] != 1)
            {
                context.Report(Descriptor, org.Id, org.Id, null, "1", Text(index.GroupLeaders[i]));
            }
        }
    }
}

/// <summary>LIFE-EVERY-MEMBER-IN-UNIT: every member is in a branch, small group or other unit (structural part).</summary>
internal sealed class EveryMemberInUnitRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        "LIFE-EVERY-MEMBER-IN-UNIT",
        RuleCategory.OrganizationalLife,
        new LocalizedText("每个党员都必须编入党的一个支部、小组或其他特定组织", "Every member belongs to a branch, small group or other unit"),
        new LocalizedText("党员{subject}{0}", "Member {subject} {1}"),
        Severity.Warning,
        new[] { new Citation(Regulation.Constitution, 8) },
        SourceConfidence.VerifiedFullText,
        remarks: new LocalizedText(
            "“每个党员编入一个党支部”由模型保证（组织关系只能在一个党支部）。本规则检查：所在党支部已划分党小组而本人未编入党小组；所在党支部在检查日已撤销或尚未成立。为警告，可在派生方案中升为错误。",
            "\"Each member in exactly one branch\" is guaranteed by the model (registration is in one branch). This rule checks: the member's branch has Party groups but the member is in none; the member's branch does not exist on the check date. A warning; raise it in a derived profile if wanted."));

    internal EveryMemberInUnitRule()
        : base(Definition)
    {
    }

    public override void Evaluate(ComplianceContext context)
    {
        var tree = context.Tree;
        var index = Of(context);
        for (var mi = 0; mi < tree.Members.Count; mi++)
        {
            var member = tree.Members[mi];
            if (member.StatusOn(context.AsOf) is null)
            {
                continue;
            }

            var b = tree.MemberBranchIndex(mi);

            if (!index.Exists[b])
            {
                context.Report(Descriptor, member.Id, member.BranchId, null, "an existing branch", member.BranchId + " not existing",
                    $"登记在检查日不存在的党支部“{tree.Organizations[b].Name}”。", $"is registered in branch \"{member.BranchId}\", which does not exist on the check date.");
            }
            else if (member.GroupId is null && index.HasPartyGroups[b])
            {
                context.Report(Descriptor, member.Id, member.BranchId, null, "a Party group of " + member.BranchId, "none",
                    $"所在党支部“{tree.Organizations[b].Name}”已划分党小组，本人未编入党小组。", $"is in no Party group, although branch \"{member.BranchId}\" is divided into groups.");
            }
        }
    }
}

/// <summary>ORGAN-DUAL-LEADERSHIP: an organ committee is uniformly led by a working committee and specifically led by a 党组.</summary>
internal sealed class OrganDualLeadershipRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        "ORGAN-DUAL-LEADERSHIP",
        RuleCategory.Organ,
        new LocalizedText("机关党建由机关工委统一领导、单位党组具体领导", "Organ Party work: uniform leadership by the working committee, specific leadership by the leading group"),
        new LocalizedText("机关党委“{subject}”{0}", "Organ committee \"{subject}\" {1}"),
        Severity.Error,
        new[] { new Citation(Regulation.OrganRegulations, 33), new Citation(Regulation.OrganRegulations, 34) },
        SourceConfidence.VerifiedFullText,
        remarks: new LocalizedText(
            "两种情形：上级中没有机关工委（统一领导）；最上层的机关党委没有党组leads指向它（具体领导）。嵌套在机关党委下的机关党委由上层机关党委的党组领导，不单独要求党组。领导机关若不在数据中，请补入数据或停用本规则。",
            "Two cases: no working-committee ancestor (uniform leadership); a top organ committee that no leading group leads (specific leadership). An organ committee nested under another is led through the top one's leading group. If a leader is outside the data, add it or disable the rule."));

    internal OrganDualLeadershipRule()
        : base(Definition)
    {
    }

    public override void Evaluate(ComplianceContext context)
    {
        var tree = context.Tree;
        var index = Of(context);
        for (var i = 0; i < tree.Organizations.Count; i++)
        {
            var org = tree.Organizations[i];
            if (org.Kind != OrganizationKind.OrganCommittee || !index.Exists[i])
            {
                continue;
            }

            if (index.WorkingCommittee[i] < 0)
            {
                context.Report(Descriptor, org.Id, org.Id, null, "working-committee ancestor", "none",
                    "没有上级机关工委（统一领导）。", "has no organ working committee above it (uniform leadership).");
            }

            if (index.UnitTop[i] == i && tree.LeadingGroupOf(org.Id) is null)
            {
                context.Report(Descriptor, org.Id, org.Id, null, "leading group (leads)", "none",
                    "没有党组具体领导（没有党组的leads指向它）。", "has no leading group (党组) leading it (specific leadership).");
            }
        }
    }
}
