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
                context.Report(Descriptor, org.Id, org.Id, null,
                    new LocalizedText("划分党小组（党员超过" + Text(trigger) + "人）", "Party groups (> " + Text(trigger) + " members)"),
                    new LocalizedText("未划分，党员" + Text(total) + "人", "none, " + Text(total) + " members"), trigger, total);
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
            "“每个党员编入一个党支部”由模型保证（组织关系只能在一个党支部）。本规则检查：所在党支部在检查日已撤销或尚未成立。编入党支部即满足党章第八条；已划分党小组而本人未编入的，见GRP-MEMBER-IN-GROUP。为警告，可在派生方案中升为错误。",
            "\"Each member in exactly one branch\" is guaranteed by the model (registration is in one branch). This rule checks that the member's branch exists on the check date. Registration in a branch satisfies Art. 8; a member outside the Party groups of a divided branch is GRP-MEMBER-IN-GROUP. A warning; raise it in a derived profile if wanted."));

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
                context.Report(Descriptor, member.Id, member.BranchId, null, new LocalizedText("检查日存在的党支部", "an existing branch"), new LocalizedText(member.BranchId + "不存在", member.BranchId + " not existing"),
                    $"登记在检查日不存在的党支部“{tree.Organizations[b].Name}”。", $"is registered in branch \"{member.BranchId}\", which does not exist on the check date.");
            }
        }
    }
}

/// <summary>GRP-MEMBER-IN-GROUP (library-added): in a branch divided into Party groups, every member is in one of them.</summary>
internal sealed class MemberInGroupRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        "GRP-MEMBER-IN-GROUP",
        RuleCategory.PartyGroup,
        new LocalizedText("已划分党小组的党支部，党员编入党小组", "In a branch divided into Party groups, every member is in a group"),
        new LocalizedText("党员{subject}：所在党支部“{0}”已划分党小组，本人未编入党小组。", "Member {subject} is in no Party group, although branch \"{1}\" is divided into groups."),
        Severity.Warning,
        new[] { new Citation(Regulation.BranchWorkRegulations, 13) },
        SourceConfidence.VerifiedExcerpt,
        remarks: new LocalizedText(
            "本库增设的规则号：党支部“应当划分若干党小组”（支部工作条例第十三条）后，其党员都应在某个党小组内开展组织生活。只对检查日存在的党支部和已入党的党员。",
            "A rule id added by this library: once a branch is divided into Party groups (branch regulations Art. 13), each of its members takes part in organizational life in one of them. Only for branches existing on the check date and members admitted by then."));

    internal MemberInGroupRule()
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
            var b = tree.MemberBranchIndex(mi);
            if (member.GroupId is null && index.Exists[b] && index.HasPartyGroups[b] && member.StatusOn(context.AsOf) is not null)
            {
                context.Report(Descriptor, member.Id, member.BranchId, null, new LocalizedText("编入" + member.BranchId + "的党小组", "a Party group of " + member.BranchId), new LocalizedText("未编入", "none"),
                    tree.Organizations[b].Name, member.BranchId);
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
        new LocalizedText("{2}“{subject}”{0}", "{3} \"{subject}\" {1}"),
        Severity.Error,
        new[] { new Citation(Regulation.OrganRegulations, 33), new Citation(Regulation.OrganRegulations, 34) },
        SourceConfidence.VerifiedFullText,
        remarks: new LocalizedText(
            "两种情形：上级中没有机关工委（统一领导）；最上层的机关党委没有党组leads指向它（具体领导）。没有机关党委的机关（如只设机关党支部或党总支的县级局）由党组领导其最上层的党总支或党支部（机关条例第二、三十七条），对这样的党组织同样检查统一领导。嵌套在机关党委下的机关党委由上层机关党委的党组领导，不单独要求党组。领导机关若不在数据中，请补入数据或停用本规则。",
            "Two cases: no working-committee ancestor (uniform leadership); a top organ committee that no leading group leads (specific leadership). In an organ without an organ committee (a county bureau with only an organ branch or general branch) the leading group leads that top general branch or branch (机关条例 Arts. 2, 37), which is checked for uniform leadership the same way. An organ committee nested under another is led through the top one's leading group. If a leader is outside the data, add it or disable the rule."));

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
            var ledByGroup = tree.LeadingGroupOf(org.Id) is not null;
            if (!index.Exists[i] || !(org.Kind == OrganizationKind.OrganCommittee || (ledByGroup && tree.IsOrganTopIndex(i))))
            {
                continue;
            }

            var kindZh = org.Kind.ShortChineseName;
            var kindEn = char.ToUpperInvariant(org.Kind.EnglishName[0]) + org.Kind.EnglishName.Substring(1);
            if (index.WorkingCommittee[i] < 0)
            {
                context.Report(Descriptor, org.Id, org.Id, null, new LocalizedText("上级机关工委", "working-committee ancestor"), new LocalizedText("无", "none"),
                    "没有上级机关工委（统一领导）。", "has no organ working committee above it (uniform leadership).", kindZh, kindEn);
            }

            if (index.UnitTop[i] == i && !ledByGroup)
            {
                context.Report(Descriptor, org.Id, org.Id, null, new LocalizedText("党组具体领导", "leading group (leads)"), new LocalizedText("无", "none"),
                    "没有党组具体领导（没有党组的leads指向它）。", "has no leading group (党组) leading it (specific leadership).", kindZh, kindEn);
            }
        }
    }
}
