using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.Rules.StructureIndex;

namespace PartyOrg.Domain.Compliance.Rules;

/// <summary>ORG-BASIC-ANY-MIN-3: a committee or general branch has at least 3 full members in its subtree (党章 Art. 30).</summary>
internal sealed class BasicOrganizationMinMembersRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        "ORG-BASIC-ANY-MIN-3",
        RuleCategory.Organization,
        new LocalizedText("党的基层组织正式党员不少于3人", "A basic-level organization has at least 3 full members"),
        new LocalizedText(
            "“{subject}”下属共有正式党员{1}人，少于{0}人：正式党员3人以上的单位才成立党的基层组织。",
            "\"{subject}\" has {1} full members in all, fewer than {0}: a basic-level organization needs at least 3 full members."),
        Severity.Error,
        new[] { new Citation(Regulation.Constitution, 30) },
        SourceConfidence.VerifiedFullText,
        new ParameterKey[] { StructuralParameters.BasicOrganizationMinFullMembers },
        remarks: new LocalizedText(
            "适用于基层委员会、机关党委和党总支（党支部见ORG-BRANCH-MIN-MEMBERS）；按下属正式党员合计（含本数），预备党员不计。",
            "Applies to basic and organ committees and general branches (branches: ORG-BRANCH-MIN-MEMBERS); counts full members of the subtree (inclusive); probationary members do not count."));

    internal BasicOrganizationMinMembersRule()
        : base(Definition)
    {
    }

    public override void Evaluate(ComplianceContext context)
    {
        var min = context.Parameter(StructuralParameters.BasicOrganizationMinFullMembers);
        var tree = context.Tree;
        var index = Of(context);
        for (var i = 0; i < tree.Organizations.Count; i++)
        {
            var org = tree.Organizations[i];
            if (!index.Exists[i] || !(org.Kind.IsCommittee || org.Kind == OrganizationKind.GeneralBranch))
            {
                continue;
            }

            var full = tree.RolledUpMemberCount(org.Id).Full;
            if (full < min)
            {
                context.Report(Descriptor, org.Id, org.Id, null, new LocalizedText("正式党员≥ " + Text(min) + "名", "≥ " + Text(min) + " full"),
                    new LocalizedText("正式党员" + Text(full) + "名", Text(full) + " full"), min, full);
            }
        }
    }
}

/// <summary>ORG-BRANCH-MAX-MEMBERS: a branch has, as a rule, no more than 50 members (all members count).</summary>
internal sealed class BranchMaxMembersRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        "ORG-BRANCH-MAX-MEMBERS",
        RuleCategory.Organization,
        new LocalizedText("党支部党员人数一般不超过50人", "A branch has, as a rule, no more than 50 members"),
        new LocalizedText(
            "党支部“{subject}”有党员{actual}人，超过{0}人：党支部党员人数一般不超过50人，宜分设党支部或改设党总支。",
            "Branch \"{subject}\" has {actual} members, more than {0}: a branch has, as a rule, no more than 50 members; split it or set up a general branch."),
        Severity.Warning,
        new[] { new Citation(Regulation.BranchWorkRegulations, 4) },
        SourceConfidence.VerifiedExcerpt,
        new ParameterKey[] { StructuralParameters.BranchMaxMembers },
        remarks: new LocalizedText(
            "“一般不超过”：50人不报，51人报；正式党员和预备党员都计入（条文说“党员”）。",
            "\"一般不超过\": 50 passes, 51 is reported; full and probationary members both count (the text says 党员)."));

    internal BranchMaxMembersRule()
        : base(Definition)
    {
    }

    public override void Evaluate(ComplianceContext context)
    {
        var max = context.Parameter(StructuralParameters.BranchMaxMembers);
        var tree = context.Tree;
        var index = Of(context);
        for (var i = 0; i < tree.Organizations.Count; i++)
        {
            var org = tree.Organizations[i];
            if (!org.IsBranch || !index.Exists[i])
            {
                continue;
            }

            var total = tree.MemberCount(org.Id).Total;
            if (total > max)
            {
                context.Report(Descriptor, org.Id, org.Id, null, "≤ " + Text(max), Text(total), max);
            }
        }
    }
}

/// <summary>
/// The unit thresholds shared by ORG-GENBRANCH-THRESHOLD-ORGAN, ORG-COMMITTEE-THRESHOLD-ORGAN and ORG-THRESHOLDS-GENERAL: a
/// unit is the subtree of a top basic-level organization (one whose parent is not basic-level, or a root); its
/// membership is the top's rolled-up member count (all members).
/// </summary>
internal abstract class UnitThresholdRule : Rule
{
    private readonly bool checkGeneralBranch;
    private readonly bool checkCommittee;

    protected UnitThresholdRule(RuleDescriptor descriptor, bool checkGeneralBranch, bool checkCommittee)
        : base(descriptor)
    {
        this.checkGeneralBranch = checkGeneralBranch;
        this.checkCommittee = checkCommittee;
    }

    public override void Evaluate(ComplianceContext context)
    {
        var generalBranch = context.Parameter(StructuralParameters.GeneralBranchThreshold);
        var committee = context.Parameter(StructuralParameters.CommitteeThreshold);
        var tree = context.Tree;
        var index = Of(context);
        for (var i = 0; i < tree.Organizations.Count; i++)
        {
            var org = tree.Organizations[i];
            if (index.UnitTop[i] != i || !index.Exists[i] || org.IsTemporaryBranch)
            {
                continue;
            }

            var total = tree.RolledUpMemberCount(org.Id).Total;
            if (committee.IsMetBy(total))
            {
                if (checkCommittee && !org.Kind.IsCommittee)
                {
                    context.Report(Descriptor, org.Id, org.Id, null,
                        new LocalizedText("基层委员会（" + committee + "）", "basic-committee (" + committee + ")"),
                        new LocalizedText(org.Kind.ShortChineseName + "，" + Text(total) + "人", org.Kind.Name + ", " + Text(total)), committee.ToString(), Text(total), org.Kind.ShortChineseName, org.Kind.EnglishName);
                }
            }
            else if (generalBranch.IsMetBy(total) && checkGeneralBranch && org.IsBranch)
            {
                context.Report(Descriptor, org.Id, org.Id, null,
                    new LocalizedText("党总支（" + generalBranch + "）", "general-branch (" + generalBranch + ")"),
                    new LocalizedText(org.Kind.ShortChineseName + "，" + Text(total) + "人", org.Kind.Name + ", " + Text(total)), generalBranch.ToString(), Text(total), org.Kind.ShortChineseName, org.Kind.EnglishName);
            }
        }
    }
}

/// <summary>ORG-GENBRANCH-THRESHOLD-ORGAN: an organ with 50..99 members (all) is headed by a general branch, not a branch.</summary>
internal sealed class OrganGeneralBranchThresholdRule : UnitThresholdRule
{
    internal static readonly RuleDescriptor Definition = new(
        "ORG-GENBRANCH-THRESHOLD-ORGAN",
        RuleCategory.Organization,
        new LocalizedText("机关党员50人以上、100人以下的设立党总支", "An organ with 50 to 100 members sets up a general branch"),
        new LocalizedText(
            "机关“{subject}”有党员{1}人（{0}），应当设立党的总支部委员会，现为{2}。",
            "Organ \"{subject}\" has {1} members ({0}): it sets up a general branch, not a {3}."),
        Severity.Error,
        new[] { new Citation(Regulation.OrganRegulations, 6) },
        SourceConfidence.VerifiedFullText,
        new ParameterKey[] { StructuralParameters.GeneralBranchThreshold, StructuralParameters.CommitteeThreshold },
        remarks: new LocalizedText(
            "计全体党员（条文说“党员”）。100人同时满足第五条和第六条，按第五条处理（100人以上设党委，见ORG-COMMITTEE-THRESHOLD-ORGAN），本条只管50至99人。单位指机关工委下（或数据中最上层）的基层组织及其下级。",
            "Counts all members (the text says 党员). 100 meets both Arts. 5 and 6 and is treated under Art. 5 (a committee, ORG-COMMITTEE-THRESHOLD-ORGAN), so this rule covers 50..99. A unit is a top basic-level organization (under a working committee or at the top of the data) and its subtree."));

    internal OrganGeneralBranchThresholdRule()
        : base(Definition, checkGeneralBranch: true, checkCommittee: false)
    {
    }
}

/// <summary>ORG-COMMITTEE-THRESHOLD-ORGAN: an organ with 100 or more members (all) is headed by an organ Party committee.</summary>
internal sealed class OrganCommitteeThresholdRule : UnitThresholdRule
{
    internal static readonly RuleDescriptor Definition = new(
        "ORG-COMMITTEE-THRESHOLD-ORGAN",
        RuleCategory.Organization,
        new LocalizedText("机关党员100人以上的设立党的基层委员会", "An organ with 100 or more members sets up a Party committee"),
        new LocalizedText(
            "机关“{subject}”有党员{1}人（{0}），应当设立党的基层委员会，现为{2}。",
            "Organ \"{subject}\" has {1} members ({0}): it sets up a basic Party committee, not a {3}."),
        Severity.Error,
        new[] { new Citation(Regulation.OrganRegulations, 5) },
        SourceConfidence.VerifiedFullText,
        new ParameterKey[] { StructuralParameters.CommitteeThreshold },
        remarks: new LocalizedText(
            "计全体党员；100人含本数。不足100人而设党委的，见ORG-BELOW-THRESHOLD-APPROVAL。",
            "Counts all members; 100 is included. A committee below 100: see ORG-BELOW-THRESHOLD-APPROVAL."));

    internal OrganCommitteeThresholdRule()
        : base(Definition, checkGeneralBranch: false, checkCommittee: true)
    {
    }
}

/// <summary>ORG-THRESHOLDS-GENERAL: outside organs, a unit above the sector's thresholds may set up a general branch or committee.</summary>
internal sealed class GeneralThresholdsRule : UnitThresholdRule
{
    internal static readonly RuleDescriptor Definition = new(
        "ORG-THRESHOLDS-GENERAL",
        RuleCategory.Organization,
        new LocalizedText("党员超过50人可设党总支、超过100人可设基层党委", "Above 50 members a general branch, above 100 a basic committee"),
        new LocalizedText(
            "单位“{subject}”有党员{1}人（{0}），按本领域通行标准应设立更高层级的党组织，现为{2}；经上级党组织批准可调整。",
            "Unit \"{subject}\" has {1} members ({0}): by this sector's thresholds it is headed by a higher-level organization than a {3}; the higher organization decides."),
        Severity.Warning,
        new[] { new Citation(Regulation.HandbookPractice), new Citation(Regulation.SoeRegulations, 4), new Citation(Regulation.RuralRegulations) },
        SourceConfidence.VerifiedSecondary,
        new ParameterKey[] { StructuralParameters.GeneralBranchThreshold, StructuralParameters.CommitteeThreshold },
        remarks: new LocalizedText(
            "门槛按领域（§9）：其他单位、社区、高校为“超过50/超过100”（不含本数，手册）；国企为50/100以上（含本数；国企的50为MEMORY，未在条例原文中核实）；农村为超过50/100以上。都须上级批准，工作需要可例外，故为警告。计全体党员。",
            "Thresholds per sector (§9): other units, communities, universities > 50 / > 100 (exclusive, handbook); SOEs ≥ 50 / ≥ 100 (inclusive; the SOE 50 is MEMORY, not checked in a regulation text); rural > 50 / ≥ 100. All need higher approval and work needs may override them, hence a warning. Counts all members."));

    internal GeneralThresholdsRule()
        : base(Definition, checkGeneralBranch: true, checkCommittee: true)
    {
    }
}

/// <summary>ORG-BELOW-THRESHOLD-APPROVAL (library-added): a unit (an organ as a whole) headed by a committee or general branch below its sector threshold exists only with higher approval.</summary>
internal sealed class BelowThresholdApprovalRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        "ORG-BELOW-THRESHOLD-APPROVAL",
        RuleCategory.Organization,
        new LocalizedText("人数不足门槛设立党委、党总支须经批准", "A committee or general branch below the threshold needs higher approval"),
        new LocalizedText(
            "“{subject}”有党员{actual}人，未达到{0}的设立标准：因工作需要设立的，须经上级党组织批准。",
            "\"{subject}\" has {actual} members, below the threshold ({0}): it may exist for work needs with the higher organization's approval."),
        Severity.Info,
        new[] { new Citation(Regulation.OrganRegulations, 5), new Citation(Regulation.OrganRegulations, 6), new Citation(Regulation.HandbookPractice) },
        SourceConfidence.VerifiedFullText,
        new ParameterKey[] { StructuralParameters.GeneralBranchThreshold, StructuralParameters.CommitteeThreshold },
        remarks: new LocalizedText(
            "本库增设的规则号：提示需核对上级批准（数据中没有批准记录）。门槛按单位整体计算（机关条例第五、六条：机关的最上层党组织及其下属的全体党员），机关党委内部的党总支不按此判断。计全体党员。",
            "A rule id added by this library: a reminder to confirm the higher approval (the data holds no approvals). The thresholds apply to the unit as a whole (机关条例 Arts. 5–6: the organ's top Party organization and all members below it); general branches inside an organ committee are not judged by them. Counts all members."));

    internal BelowThresholdApprovalRule()
        : base(Definition)
    {
    }

    public override void Evaluate(ComplianceContext context)
    {
        var generalBranch = context.Parameter(StructuralParameters.GeneralBranchThreshold);
        var committee = context.Parameter(StructuralParameters.CommitteeThreshold);
        var tree = context.Tree;
        var index = Of(context);
        for (var i = 0; i < tree.Organizations.Count; i++)
        {
            var org = tree.Organizations[i];
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

            var total = tree.RolledUpMemberCount(org.Id).Total;
            if (index.Exists[i] && !threshold.IsMetBy(total))
            {
                context.Report(Descriptor, org.Id, org.Id, null, threshold.ToString(), Text(total), threshold.ToString());
            }
        }
    }
}

/// <summary>ORG-JOINT-BRANCH: a joint branch covers, as a rule, no more than 5 units, each with fewer than 3 full members.</summary>
internal sealed class JointBranchRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        "ORG-JOINT-BRANCH",
        RuleCategory.Organization,
        new LocalizedText("联合党支部覆盖单位一般不超过5个", "A joint branch covers, as a rule, no more than 5 units"),
        new LocalizedText(
            "联合党支部“{subject}”：{0}",
            "Joint branch \"{subject}\": {1}"),
        Severity.Warning,
        new[] { new Citation(Regulation.BranchWorkRegulations, 5) },
        SourceConfidence.VerifiedExcerpt,
        new ParameterKey[] { StructuralParameters.JointBranchMaxUnits, StructuralParameters.BranchMinFullMembers },
        remarks: new LocalizedText(
            "需要覆盖单位数（coveredUnits）。两种情形：覆盖单位超过5个；正式党员数不少于3×覆盖单位数——按抽屉原理至少有一个单位有3名以上正式党员，应单独成立党支部。没有各单位人数时无法判断更多。",
            "Needs coveredUnits. Two cases: more than 5 units; or full members ≥ 3 × covered units — then by pigeonhole at least one unit has 3 or more full members and should have a branch of its own. Without per-unit counts nothing more is decidable."));

    internal JointBranchRule()
        : base(Definition)
    {
    }

    public override void Evaluate(ComplianceContext context)
    {
        var maxUnits = context.Parameter(StructuralParameters.JointBranchMaxUnits);
        var min = context.Parameter(StructuralParameters.BranchMinFullMembers);
        var tree = context.Tree;
        var index = Of(context);
        for (var i = 0; i < tree.Organizations.Count; i++)
        {
            var org = tree.Organizations[i];
            if (org.Form != BranchForm.Joint || !index.Exists[i] || org.CoveredUnits is not { } units)
            {
                continue;
            }

            if (units > maxUnits)
            {
                context.Report(Descriptor, org.Id, org.Id, null, new LocalizedText("≤ " + Text(maxUnits) + "个单位", "≤ " + Text(maxUnits) + " units"),
                    new LocalizedText(Text(units) + "个单位", Text(units) + " units"),
                    $"覆盖{units}个单位，超过{maxUnits}个（一般不超过{maxUnits}个）。",
                    $"covers {units} units, more than {maxUnits} (as a rule at most {maxUnits}).");
            }

            var full = tree.MemberCount(org.Id).Full;
            if (full >= min * units)
            {
                context.Report(Descriptor, org.Id, org.Id, null, new LocalizedText("每个单位正式党员< " + Text(min) + "名", "< " + Text(min) + " full per unit"),
                    new LocalizedText(Text(units) + "个单位共有正式党员" + Text(full) + "名", Text(full) + " full in " + Text(units) + " units"),
                    $"{units}个单位共有正式党员{full}人，至少有一个单位正式党员达到{min}人，应当单独成立党支部。",
                    $"{units} units have {full} full members, so at least one unit has {min} or more and should have a branch of its own.");
            }
        }
    }
}

/// <summary>ORG-TEMP-BRANCH: a temporary branch is dissolved when its temporary body ends (a planned end passed → should be dissolved).</summary>
internal sealed class TemporaryBranchRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        "ORG-TEMP-BRANCH",
        RuleCategory.Organization,
        new LocalizedText("临时组建的机构撤销后临时党支部自然撤销", "A temporary branch ends with its temporary body"),
        new LocalizedText(
            "临时党支部“{subject}”的任务已于{0}结束，至{1}仍未撤销：临时组建的机构撤销后，临时党支部自然撤销。",
            "Temporary branch \"{subject}\": its task ended on {0} but it still exists on {1}; it should be dissolved with its temporary body."),
        Severity.Warning,
        new[] { new Citation(Regulation.BranchWorkRegulations, 7, articleConfirmed: false) },
        SourceConfidence.VerifiedExcerpt,
        remarks: new LocalizedText(
            "条款序号待核（推定第七条）。判断依据为plannedEndOn。临时党支部不换届、不选举、书记和委员由批准机关指定、不接收组织关系，由模型保证（登记在临时党支部的党员是不可能数据）。",
            "Article number unconfirmed (believed Art. 7). Uses plannedEndOn. No terms, no elections, appointed leaders and no registration are guaranteed by the model (a member registered in a temporary branch is impossible data)."));

    internal TemporaryBranchRule()
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
            if (org.IsTemporaryBranch && index.Exists[i] && org.PlannedEndOn is { } end && end < context.AsOf)
            {
                var endText = end.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                var asOfText = context.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                context.Report(Descriptor, org.Id, org.Id, null, new LocalizedText(endText + "后撤销", "dissolved after " + endText),
                    new LocalizedText(asOfText + "仍存在", "exists on " + asOfText), endText, asOfText);
            }
        }
    }
}

/// <summary>ORG-PROJECT-BRANCH-6M: a project of 6 months or more with at least 3 full participants sets up a branch.</summary>
internal sealed class ProjectBranchRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        "ORG-PROJECT-BRANCH-6M",
        RuleCategory.Organization,
        new LocalizedText("为期6个月以上的项目符合条件的应当成立党支部", "A project of 6 months or more sets up a branch"),
        new LocalizedText(
            "临时党支部“{subject}”所在项目为期{actual}个月（{0}个月以上），有正式党员{1}人：按规定应当成立党支部，请确认是否需要转接组织关系、成立正式党支部。",
            "Temporary branch \"{subject}\": its project lasts {actual} months ({0} or more) with {1} full members; such a project sets up a branch — check whether the members' registration should move to a regular branch."),
        Severity.Info,
        new[] { new Citation(Regulation.BranchWorkRegulations, 5) },
        SourceConfidence.VerifiedExcerpt,
        new ParameterKey[] { StructuralParameters.ProjectBranchMinMonths, StructuralParameters.BranchMinFullMembers },
        remarks: new LocalizedText(
            "只能对有成立日期和计划结束日期的临时党支部判断（项目本身不在数据中）；期限含本数，只计正式党员。",
            "Decidable only for temporary branches with establishedOn and plannedEndOn (projects are not in the data); the length is inclusive; counts full members only."));

    internal ProjectBranchRule()
        : base(Definition)
    {
    }

    public override void Evaluate(ComplianceContext context)
    {
        var months = context.Parameter(StructuralParameters.ProjectBranchMinMonths);
        var min = context.Parameter(StructuralParameters.BranchMinFullMembers);
        var tree = context.Tree;
        var index = Of(context);
        for (var i = 0; i < tree.Organizations.Count; i++)
        {
            var org = tree.Organizations[i];
            if (!org.IsTemporaryBranch || !index.Exists[i] || org.EstablishedOn is not { } start || org.PlannedEndOn is not { } end)
            {
                continue;
            }

            var length = NodaTime.Period.Between(start, end, NodaTime.PeriodUnits.Months).Months;
            var full = tree.MemberCount(org.Id).Full;
            if (length >= months && full >= min)
            {
                context.Report(Descriptor, org.Id, org.Id, null,
                    new LocalizedText("为期≥ " + Text(months) + "个月，正式党员≥ " + Text(min) + "名", "≥ " + Text(months) + " months, ≥ " + Text(min) + " full"),
                    new LocalizedText(Text(length) + "个月", Text(length)), months, full);
            }
        }
    }
}
