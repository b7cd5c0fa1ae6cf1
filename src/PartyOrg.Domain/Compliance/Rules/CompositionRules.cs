using System;
using System.Collections.Generic;
using System.Globalization;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.Rules.StructureIndex;

namespace PartyOrg.Domain.Compliance.Rules;

/// <summary>COM-BRANCH-COMMITTEE-THRESHOLD-7: a branch with 7 or more full members has a branch committee.</summary>
internal sealed class BranchCommitteeThresholdRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        "COM-BRANCH-COMMITTEE-THRESHOLD-7",
        RuleCategory.Composition,
        new LocalizedText("正式党员7人以上的党支部应当设立支部委员会", "A branch with 7 or more full members has a committee"),
        new LocalizedText(
            "党支部“{subject}”有正式党员{1}人（{0}人以上），应当设立党支部委员会，现只设书记。",
            "Branch \"{subject}\" has {1} full members ({0} or more): it must have a branch committee, but has no committee members."),
        Severity.Error,
        new[] { new Citation(Regulation.BranchWorkRegulations, 20, articleConfirmed: false), new Citation(Regulation.OrganRegulations, 7) },
        SourceConfidence.VerifiedFullText,
        new ParameterKey[] { StructuralParameters.BranchCommitteeFullMembers },
        remarks: new LocalizedText(
            "只计正式党员，7人含本数。“有委员会”指检查日有人任委员（committee-member）。临时党支部不适用。",
            "Counts full members only; 7 is included. \"Has a committee\" means a committee-member post is held on the check date. Temporary branches are exempt."));

    internal BranchCommitteeThresholdRule()
        : base(Definition)
    {
    }

    public override void Evaluate(ComplianceContext context)
    {
        var threshold = context.Parameter(StructuralParameters.BranchCommitteeFullMembers);
        var tree = context.Tree;
        var index = Of(context);
        for (var i = 0; i < tree.Organizations.Count; i++)
        {
            var org = tree.Organizations[i];
            if (!org.IsBranch || org.IsTemporaryBranch || !index.Exists[i] || index.HasCommittee(i))
            {
                continue;
            }

            var full = tree.MemberCount(org.Id).Full;
            if (full >= threshold)
            {
                context.Report(Descriptor, org.Id, org.Id, null, new LocalizedText("设支部委员会", "committee"),
                    new LocalizedText("未设委员会，正式党员" + Text(full) + "名", "no committee, " + Text(full) + " full"), threshold, full);
            }
        }
    }
}

/// <summary>COM-BRANCH-COMMITTEE-BELOW-7 (library-added): a branch with fewer than 7 full members has a secretary (and deputy), no committee.</summary>
internal sealed class BranchCommitteeBelowThresholdRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        "COM-BRANCH-COMMITTEE-BELOW-7",
        RuleCategory.Composition,
        new LocalizedText("正式党员不足7人的党支部不设支部委员会", "A branch with fewer than 7 full members has no committee"),
        new LocalizedText(
            "党支部“{subject}”有正式党员{2}人，不足{0}人，设1名书记（必要时1名副书记），不设支部委员会，现有委员{1}人。",
            "Branch \"{subject}\" has {2} full members, fewer than {0}: it has a secretary (and if needed a deputy) and no committee, but {1} committee members sit."),
        Severity.Warning,
        new[] { new Citation(Regulation.BranchWorkRegulations, 20, articleConfirmed: false), new Citation(Regulation.OrganRegulations, 7) },
        SourceConfidence.VerifiedFullText,
        new ParameterKey[] { StructuralParameters.BranchCommitteeFullMembers },
        remarks: new LocalizedText(
            "本库增设的规则号，是COM-BRANCH-COMMITTEE-THRESHOLD-7的反面（条文“正式党员不足7人的党支部，设1名书记”）；为警告，以便本地调整。",
            "A rule id added by this library for the converse of COM-BRANCH-COMMITTEE-THRESHOLD-7 (\"正式党员不足7人的党支部，设1名书记\"); a warning so that overlays can adjust it."));

    internal BranchCommitteeBelowThresholdRule()
        : base(Definition)
    {
    }

    public override void Evaluate(ComplianceContext context)
    {
        var threshold = context.Parameter(StructuralParameters.BranchCommitteeFullMembers);
        var tree = context.Tree;
        var index = Of(context);
        for (var i = 0; i < tree.Organizations.Count; i++)
        {
            var org = tree.Organizations[i];
            if (!org.IsBranch || org.IsTemporaryBranch || !index.Exists[i] || !index.HasCommittee(i))
            {
                continue;
            }

            var full = tree.MemberCount(org.Id).Full;
            if (full < threshold)
            {
                context.Report(Descriptor, org.Id, org.Id, null, new LocalizedText("不设委员会（正式党员不足" + Text(threshold) + "名）", "no committee (< " + Text(threshold) + " full)"),
                    new LocalizedText("委员" + Text(index.CommitteeMembers[i]) + "名，正式党员" + Text(full) + "名", Text(index.CommitteeMembers[i]) + " committee members, " + Text(full) + " full"),
                    threshold, index.CommitteeMembers[i], full);
            }
        }
    }
}

/// <summary>Reports committee sizes and deputy counts outside a range (COM-BRANCH-COMMITTEE-SIZE, COM-GENBRANCH-SIZE, COM-BASIC-COMMITTEE-SIZE, COM-PARTYGROUP-SIZE).</summary>
internal abstract class SeatRangeRule : Rule
{
    private readonly ParameterKey<int>? minKey;
    private readonly ParameterKey<int> maxKey;
    private readonly ParameterKey<int>? deputiesKey;

    protected SeatRangeRule(RuleDescriptor descriptor, ParameterKey<int>? minKey, ParameterKey<int> maxKey, ParameterKey<int>? deputiesKey)
        : base(descriptor)
    {
        this.minKey = minKey;
        this.maxKey = maxKey;
        this.deputiesKey = deputiesKey;
    }

    public override void Evaluate(ComplianceContext context)
    {
        var min = minKey is null ? 0 : context.Parameter(minKey);
        var max = context.Parameter(maxKey);
        var maxDeputies = deputiesKey is null ? int.MaxValue : context.Parameter(deputiesKey);
        var tree = context.Tree;
        var index = Of(context);
        for (var i = 0; i < tree.Organizations.Count; i++)
        {
            var org = tree.Organizations[i];
            if (!index.Exists[i] || !Applies(org, index, i))
            {
                continue;
            }

            var seats = index.Seats[i];
            if (seats < min || seats > max)
            {
                var range = minKey is null ? SeatRange.AtMost(max) : SeatRange.Range(min, max);
                var rangeZh = minKey is null ? "不超过" + Text(max) + "人" : Text(min) + "至" + Text(max) + "人";
                var rangeEn = minKey is null ? "at most " + Text(max) : Text(min) + " to " + Text(max);
                context.Report(Descriptor, org.Id, org.Id, null, range, SeatRange.Seats(seats),
                    $"委员会有{seats}人，应为{rangeZh}。", $"has {seats} seats; expected {rangeEn}.");
            }

            if (index.Deputies[i] > maxDeputies)
            {
                context.Report(Descriptor, org.Id, org.Id, null, SeatRange.Deputies(maxDeputies, atMost: true), SeatRange.Deputies(index.Deputies[i], atMost: false),
                    $"设副书记{index.Deputies[i]}人，多于{maxDeputies}人。", $"has {index.Deputies[i]} deputy secretaries, more than {maxDeputies}.");
            }
        }
    }

    protected abstract bool Applies(Organization organization, StructureIndex index, int at);
}

/// <summary>
/// COM-BRANCH-COMMITTEE-SIZE: a branch committee 「由3至5人组成，一般不超过7人」 — fewer than 3 seats is an error (no 一般),
/// more than 7 a warning (一般), more than 1 deputy secretary a warning; both bounds of the one sentence under one id.
/// </summary>
internal sealed class BranchCommitteeSizeRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        "COM-BRANCH-COMMITTEE-SIZE",
        RuleCategory.Composition,
        new LocalizedText("党支部委员会由3至5人组成，一般不超过7人", "A branch committee has 3 to 5 members, as a rule no more than 7"),
        new LocalizedText("党支部“{subject}”{0}", "Branch \"{subject}\" {1}"),
        Severity.Error,
        new[] { new Citation(Regulation.BranchWorkRegulations, 20, articleConfirmed: false) },
        SourceConfidence.VerifiedExcerpt,
        new ParameterKey[] { StructuralParameters.BranchCommitteeMinSeats, StructuralParameters.BranchCommitteeMaxSeats, StructuralParameters.BranchMaxDeputySecretaries },
        remarks: new LocalizedText(
            "同一句条文的两端：设委员会的党支部少于3人为错误（“3至5人”无“一般”）；6至7人在“一般不超过7人”之内不报；超过7人、副书记多于1名为警告。",
            "Both ends of one sentence: a branch committee of fewer than 3 is an error (\"3至5人\" has no 一般); 6 or 7 is within \"一般不超过7人\" and passes; more than 7 seats or more than 1 deputy secretary is a warning."));

    internal BranchCommitteeSizeRule()
        : base(Definition)
    {
    }

    public override void Evaluate(ComplianceContext context)
    {
        var min = context.Parameter(StructuralParameters.BranchCommitteeMinSeats);
        var max = context.Parameter(StructuralParameters.BranchCommitteeMaxSeats);
        var maxDeputies = context.Parameter(StructuralParameters.BranchMaxDeputySecretaries);
        var tree = context.Tree;
        var index = Of(context);
        for (var i = 0; i < tree.Organizations.Count; i++)
        {
            var org = tree.Organizations[i];
            if (!org.IsBranch || !index.Exists[i])
            {
                continue;
            }

            var seats = index.Seats[i];
            if (index.HasCommittee(i) && seats < min)
            {
                context.Report(Descriptor, org.Id, org.Id, null, SeatRange.AtLeast(min), SeatRange.Seats(seats),
                    $"的支部委员会只有{seats}人，少于{min}人（党支部委员会由3至5人组成）。",
                    $"has a committee of {seats}, fewer than {min} (a branch committee has 3 to 5 members).");
            }
            else if (seats > max)
            {
                MeetingFindings.Report(context, Descriptor, Severity.Warning, org.Id, org.Id, null, SeatRange.AtMost(max), SeatRange.Seats(seats), Descriptor.MessageFormat,
                    $"的支部委员会有{seats}人，多于{max}人（一般不超过7人）。", $"has a committee of {seats}, more than {max} (as a rule no more than 7).");
            }

            if (index.Deputies[i] > maxDeputies)
            {
                MeetingFindings.Report(context, Descriptor, Severity.Warning, org.Id, org.Id, null, SeatRange.Deputies(maxDeputies, atMost: true),
                    SeatRange.Deputies(index.Deputies[i], atMost: false), Descriptor.MessageFormat,
                    $"设副书记{index.Deputies[i]}人，多于{maxDeputies}人。", $"has {index.Deputies[i]} deputy secretaries, more than {maxDeputies}.");
            }
        }
    }
}

/// <summary>Seat counts worded in both languages for the expected and actual values of the composition rules.</summary>
internal static class SeatRange
{
    internal static LocalizedText Range(int min, int max) =>
        new(Text(min) + "至" + Text(max) + "人", Text(min) + "–" + Text(max) + " seats");

    internal static LocalizedText AtLeast(int min) => new("≥ " + Text(min) + "人", "≥ " + Text(min) + " seats");

    internal static LocalizedText AtMost(int max) => new("≤ " + Text(max) + "人", "≤ " + Text(max) + " seats");

    internal static LocalizedText Seats(int seats) => new(Text(seats) + "人", Text(seats) + " seats");

    internal static LocalizedText Deputies(int count, bool atMost) =>
        new((atMost ? "≤ " : string.Empty) + "副书记" + Text(count) + "人", (atMost ? "≤ " : string.Empty) + Text(count) + " deputy secretaries");
}

/// <summary>COM-GENBRANCH-SIZE: a general branch committee has, as a rule, 5 to 7 members, at most 9, and 1 deputy secretary.</summary>
internal sealed class GeneralBranchCommitteeSizeRule : SeatRangeRule
{
    internal static readonly RuleDescriptor Definition = new(
        "COM-GENBRANCH-SIZE",
        RuleCategory.Composition,
        new LocalizedText("总支部委员会一般设委员5至7人，最多不超过9人", "A general branch committee has 5 to 7 members, at most 9"),
        new LocalizedText("党总支“{subject}”{0}", "General branch \"{subject}\" {1}"),
        Severity.Warning,
        new[] { new Citation(Regulation.HandbookPractice) },
        SourceConfidence.VerifiedSecondary,
        new ParameterKey[] { StructuralParameters.GeneralBranchCommitteeMinSeats, StructuralParameters.GeneralBranchCommitteeMaxSeats, StructuralParameters.GeneralBranchMaxDeputySecretaries },
        remarks: new LocalizedText(
            "出自党务手册，无中央条文，故为警告：少于5人或多于9人报，8至9人不报；副书记多于1人报。",
            "From a handbook, no central text, hence a warning: fewer than 5 or more than 9 seats is reported, 8 or 9 passes; more than 1 deputy secretary is reported."));

    internal GeneralBranchCommitteeSizeRule()
        : base(Definition, StructuralParameters.GeneralBranchCommitteeMinSeats, StructuralParameters.GeneralBranchCommitteeMaxSeats, StructuralParameters.GeneralBranchMaxDeputySecretaries)
    {
    }

    protected override bool Applies(Organization organization, StructureIndex index, int at) => organization.Kind == OrganizationKind.GeneralBranch;
}

/// <summary>COM-BASIC-COMMITTEE-SIZE: a basic (or organ) committee has, as a rule, 5 to 9 members and 1–2 deputy secretaries.</summary>
internal sealed class BasicCommitteeSizeRule : SeatRangeRule
{
    internal static readonly RuleDescriptor Definition = new(
        "COM-BASIC-COMMITTEE-SIZE",
        RuleCategory.Composition,
        new LocalizedText("基层委员会一般设委员5至9人", "A basic committee has, as a rule, 5 to 9 members"),
        new LocalizedText("党委“{subject}”{0}", "Committee \"{subject}\" {1}"),
        Severity.Warning,
        new[] { new Citation(Regulation.HandbookPractice) },
        SourceConfidence.VerifiedSecondary,
        new ParameterKey[] { StructuralParameters.BasicCommitteeMinSeats, StructuralParameters.BasicCommitteeMaxSeats, StructuralParameters.BasicCommitteeMaxDeputySecretaries },
        remarks: new LocalizedText(
            "出自党务手册（“一般”），故为警告；适用于基层党委和机关党委。设常务委员会的（15至21人）数据无法区分，可在派生方案中调整上限。“最多不超过11人”为记忆值，未采用。国有企业等非机关领域的党委人数上限（MEMORY）：只见于题库答案，未在条例原文中核实，各领域沿用机关的5至9人。",
            "From a handbook (\"一般\"), hence a warning; applies to basic and organ committees. Committees with a standing committee (15–21) cannot be told apart in the data: raise the maximum in a derived profile. \"At most 11\" is from memory and not used. Caps for SOE and other non-organ committees are MEMORY (seen only in an exam-bank key, not in a regulation text): every sector keeps the organ numbers 5–9."));

    internal BasicCommitteeSizeRule()
        : base(Definition, StructuralParameters.BasicCommitteeMinSeats, StructuralParameters.BasicCommitteeMaxSeats, StructuralParameters.BasicCommitteeMaxDeputySecretaries)
    {
    }

    protected override bool Applies(Organization organization, StructureIndex index, int at) => organization.Kind.IsCommittee;
}

/// <summary>COM-PARTYGROUP-SIZE: a 党组 has, as a rule, 3 to 7 members (9 for provincial/ministerial units and above, by parameter).</summary>
internal sealed class LeadingGroupSizeRule : SeatRangeRule
{
    internal static readonly RuleDescriptor Definition = new(
        "COM-PARTYGROUP-SIZE",
        RuleCategory.Composition,
        new LocalizedText("党组成员一般设3至7人", "A leading Party members group has, as a rule, 3 to 7 members"),
        new LocalizedText("党组“{subject}”{0}", "Leading group \"{subject}\" {1}"),
        Severity.Warning,
        new[] { new Citation(Regulation.LeadingGroupRegulations2015, 7), new Citation(Regulation.LeadingGroupRegulations, 9, articleConfirmed: false) },
        SourceConfidence.VerifiedExcerpt,
        new ParameterKey[] { StructuralParameters.LeadingGroupMinMembers, StructuralParameters.LeadingGroupMaxMembers },
        remarks: new LocalizedText(
            "“一般”，故为警告。省部级以上单位、中管国有重要骨干企业和中管金融企业一般不超过9人：在派生方案中把leading-group.max-members设为9。2019年条例的条款为记忆值。成员指书记、副书记和成员（committee-member）。",
            "\"一般\", hence a warning. Provincial/ministerial units and above, centrally managed key SOEs and financial SOEs: as a rule at most 9 — set leading-group.max-members to 9 in a derived profile. The 2019 article is from memory. Members are the secretary, deputies and committee-member posts."));

    internal LeadingGroupSizeRule()
        : base(Definition, StructuralParameters.LeadingGroupMinMembers, StructuralParameters.LeadingGroupMaxMembers, null)
    {
    }

    protected override bool Applies(Organization organization, StructureIndex index, int at) => organization.Kind == OrganizationKind.LeadingGroup;
}

/// <summary>COM-DISCIPLINE-MEMBER: general branch and branch committees have a discipline-inspection member (纪检委员).</summary>
internal sealed class DisciplineMemberRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        "COM-DISCIPLINE-MEMBER",
        RuleCategory.Composition,
        new LocalizedText("总支部委员会和支部委员会设纪律检查委员", "General branch and branch committees have a discipline-inspection member"),
        new LocalizedText(
            "“{subject}”的委员会没有纪检委员：党的总支部委员会和支部委员会设纪律检查委员。",
            "The committee of \"{subject}\" has no discipline-inspection member: general branch and branch committees have one."),
        Severity.Error,
        new[] { new Citation(Regulation.Constitution, 45), new Citation(Regulation.OrganRegulations, 9) },
        SourceConfidence.VerifiedFullText,
        remarks: new LocalizedText(
            "适用于党总支和已设委员会的党支部（只设书记的党支部不适用）；纪检委员指检查日任委员且分工为discipline-inspection。基层党委设纪委还是纪检委员由上级决定，不检查；机关党委应设机关纪委（COM-ORGAN-DISCIPLINE-COMMISSION）无数据，不可判断。",
            "Applies to general branches and branches with a committee (not to a branch with only a secretary); a discipline member is a committee-member post with duty discipline-inspection on the check date. Basic committees are not checked (the higher organization decides); the organ discipline commission (COM-ORGAN-DISCIPLINE-COMMISSION) is not in the data and is not decidable."));

    internal DisciplineMemberRule()
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
            var applies = org.Kind == OrganizationKind.GeneralBranch || (org.IsBranch && index.HasCommittee(i));
            if (applies && index.Exists[i] && !index.HasDisciplineMember[i])
            {
                context.Report(Descriptor, org.Id, org.Id, null, new LocalizedText("纪检委员", "discipline-inspection member"), new LocalizedText("无", "none"));
            }
        }
    }
}

/// <summary>COM-SECRETARY-ELIGIBILITY: a branch secretary has, as a rule, at least 1 year of Party standing.</summary>
internal sealed class SecretaryEligibilityRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        "COM-SECRETARY-ELIGIBILITY",
        RuleCategory.Composition,
        new LocalizedText("党支部书记一般应当具有1年以上党龄", "A branch secretary has, as a rule, at least 1 year of Party standing"),
        new LocalizedText(
            "党支部“{1}”书记{subject}的党龄为{2}年，不足{0}年：党支部书记一般应当具有1年以上党龄。",
            "{subject}, secretary of branch \"{1}\", has {2} years of Party standing, less than {0}: a branch secretary has, as a rule, at least 1 year."),
        Severity.Warning,
        new[] { new Citation(Regulation.BranchWorkRegulations, 23) },
        SourceConfidence.VerifiedExcerpt,
        new ParameterKey[] { StructuralParameters.SecretaryMinPartyStandingYears },
        remarks: new LocalizedText(
            "党龄自转为正式党员之日起算（fullSince）；预备党员党龄为0；正式党员缺少fullSince时无法判断，不报。",
            "Party standing counts from full membership (fullSince); a probationary member has 0; a full member without fullSince is not decidable and not reported."));

    internal SecretaryEligibilityRule()
        : base(Definition)
    {
    }

    public override void Evaluate(ComplianceContext context)
    {
        var min = context.Parameter(StructuralParameters.SecretaryMinPartyStandingYears);
        var tree = context.Tree;
        var index = Of(context);
        for (var i = 0; i < tree.Organizations.Count; i++)
        {
            var org = tree.Organizations[i];
            if (!org.IsBranch || !index.Exists[i])
            {
                continue;
            }

            foreach (var pi in tree.PostIndicesOf(i))
            {
                var post = tree.Posts[pi];
                if (post.Kind != PostKind.Secretary || !post.IsHeldOn(context.AsOf))
                {
                    continue;
                }

                var member = tree.Members[tree.PostMemberIndex(pi)];
                int? years = member.StatusOn(context.AsOf) == MembershipStatus.Full ? member.PartyStandingYears(context.AsOf) : 0;
                if (years is { } y && y < min)
                {
                    context.Report(Descriptor, member.Id, org.Id, null, new LocalizedText("党龄≥ " + Text(min) + "年", "≥ " + Text(min) + " years"),
                        new LocalizedText(Text(y) + "年", Text(y) + " years"), min, org.Name, y);
                }
            }
        }
    }
}

/// <summary>COM-ONE-SECRETARY (library-added): an organization has exactly one secretary at a time.</summary>
internal sealed class OneSecretaryRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        "COM-ONE-SECRETARY",
        RuleCategory.Composition,
        new LocalizedText("党组织同一时间有且只有1名书记", "An organization has exactly one secretary at a time"),
        new LocalizedText("“{subject}”{0}", "\"{subject}\" {1}"),
        Severity.Error,
        new[] { new Citation(Regulation.BranchWorkRegulations, 20, articleConfirmed: false), new Citation(Regulation.Constitution, 49) },
        SourceConfidence.VerifiedExcerpt,
        remarks: new LocalizedText(
            "本库增设的规则号（条文“设书记1人”“设1名书记”“党组设书记”）。两种情形：任何时候两名书记任期重叠；检查日存在的基层组织或党组没有书记（空缺）。",
            "A rule id added by this library (the texts say \"设书记1人\", \"设1名书记\", \"党组设书记\"). Two cases: two secretary posts overlapping at any time; an existing basic-level organization or leading group without a secretary on the check date (vacancy)."));

    internal OneSecretaryRule()
        : base(Definition)
    {
    }

    public override void Evaluate(ComplianceContext context)
    {
        var tree = context.Tree;
        var index = Of(context);
        var secretaries = new List<Post>();
        for (var i = 0; i < tree.Organizations.Count; i++)
        {
            var org = tree.Organizations[i];
            if (org.Kind == OrganizationKind.PartyGroup)
            {
                continue;
            }

            secretaries.Clear();
            foreach (var pi in tree.PostIndicesOf(i))
            {
                if (tree.Posts[pi].Kind == PostKind.Secretary)
                {
                    secretaries.Add(tree.Posts[pi]);
                }
            }

            secretaries.Sort((a, b) => a.Since.CompareTo(b.Since));
            Post? longest = null;
            foreach (var current in secretaries)
            {
                var previous = longest;
                if (previous is null || (previous.Until is { } u && current.Until is { } cu && cu > u) || (previous.Until is not null && current.Until is null))
                {
                    longest = current;
                }

                if (previous is not null && (previous.Until is null || current.Since < previous.Until.Value))
                {
                    var when = current.Since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    context.Report(Descriptor, org.Id, org.Id, null, new LocalizedText("1名书记", "1 secretary"), new LocalizedText("自" + when + "起2名", "2 secretaries from " + when),
                        $"自{when}起同时有两名书记（{previous.MemberId}、{current.MemberId}）。",
                        $"has two secretaries from {when} ({previous.MemberId}, {current.MemberId}).");
                }
            }

            var needsOne = org.Kind.IsBasicLevel || org.Kind == OrganizationKind.LeadingGroup;
            if (needsOne && index.Exists[i] && index.Secretaries[i] == 0)
            {
                context.Report(Descriptor, org.Id, org.Id, null, new LocalizedText("1名书记", "1 secretary"), new LocalizedText("0名", "0 secretaries"),
                    "检查日没有书记（职务空缺），应当及时补选。", "has no secretary on the check date (vacancy); it should be filled promptly by a by-election.");
            }
        }
    }
}
