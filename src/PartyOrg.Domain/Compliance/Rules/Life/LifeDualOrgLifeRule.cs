using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// LIFE-DUAL-ORG-LIFE: a 党组 member (secretary, deputy secretary or member of a <c>leading-group</c> on some day of the
/// year) also takes part in the organizational life of their own branch (双重组织生活). Judged per closed year over the
/// 组织生活会 the branch actually held: when it held one or more and the member attended none, with no absence for a proper
/// reason, the member has a finding. A branch that held none is the branch's finding (the yearly 组织生活会 rule).
/// </summary>
internal sealed class LifeDualOrgLifeRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "LIFE-DUAL-ORG-LIFE",
        category: RuleCategory.OrganizationalLife,
        title: new LocalizedText("党员领导干部应当参加双重组织生活", "Leading cadres take part in dual organizational life"),
        messageFormat: new LocalizedText(
            "党组成员{subject}{period}年度未参加所在党支部“{branch}”召开的组织生活会（支部召开{held}次，参加{actual}次，要求{expected}次）。",
            "Leading-group member {subject} attended none of the {held} organizational life meeting(s) of their branch \"{branch}\" in {period} (attended {actual}; expected {expected})."),
        arguments: new[] { "branch", "held" },
        defaultSeverity: Severity.Error,
        citations: new[]
        {
            new Citation(Regulation.OrganRegulations, 19), new Citation(Regulation.OrganRegulations, 26, item: 1),
            new Citation(Regulation.MemberEducationRegulations, 16),
        },
        confidence: SourceConfidence.VerifiedFullText,
        remarks: new LocalizedText(
            "党组成员为当年任一日在任的党组书记、副书记和成员；只按其所在党支部当年实际召开的组织生活会判断，请假、病假、出差等正当理由缺席视为已履行；当年有免于组织生活安排（lifeExemption）的党员不判断。只判断已结束的年度。",
            "Leading-group members are the 党组 secretary, deputy secretaries and members in post on any day of the year. Judged only over the organizational life meetings the member's branch actually held that year; an absence for a proper reason counts as taking part; a member with a lifeExemption in the year is not judged. Only closed years are judged."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        if (MeetingFindings.Index(context) is not { } index)
        {
            return;
        }

        var tree = context.Tree;
        var ci = CultureInfo.InvariantCulture;
        var bit = MeetingKind.OrganizationalLifeMeeting.Bit;
        var window = context.Window;
        var judged = new HashSet<long>();
        for (var year = window.Start.Year; year <= window.End.Year; year++)
        {
            var start = new LocalDate(year, 1, 1);
            var end = new LocalDate(year, 12, 31);
            if (end > context.AsOf)
            {
                continue;
            }

            for (var o = 0; o < tree.Organizations.Count; o++)
            {
                if (tree.Organizations[o].Kind != OrganizationKind.LeadingGroup)
                {
                    continue;
                }

                foreach (var pi in tree.PostIndicesOf(o))
                {
                    var post = tree.Posts[pi];
                    if (!post.Kind.IsLeadershipSeat || post.Since > end || (post.Until is { } until && until <= start))
                    {
                        continue;
                    }

                    var m = tree.PostMemberIndex(pi);
                    if (m < 0 || !judged.Add(((long)year << 32) | (uint)m))
                    {
                        continue;
                    }

                    var member = tree.Members[m];
                    if (member.LifeExemption is { } ex && ex.From <= end && (ex.Until is null || ex.Until.Value >= start))
                    {
                        continue;
                    }

                    var b = tree.MemberBranchIndex(m);
                    if (b < 0)
                    {
                        continue;
                    }

                    int held = 0, attended = 0;
                    var excused = false;
                    var from = index.LowerBound(index.ByOrg, index.OrgStart[b], index.OrgStart[b + 1], start);
                    for (var k = from; k < index.OrgStart[b + 1]; k++)
                    {
                        var r = index.ByOrg[k];
                        var date = index.Dates[r];
                        if (date > end)
                        {
                            break;
                        }

                        if ((index.Mask[r] & bit) == 0 || !window.Contains(date))
                        {
                            continue;
                        }

                        held++;
                        if (index.Attended(r, m))
                        {
                            attended++;
                        }

                        for (var a = index.ProperAbsenceStart[r]; a < index.ProperAbsenceStart[r + 1]; a++)
                        {
                            excused |= index.ProperAbsences[a] == m;
                        }
                    }

                    if (held > 0 && attended == 0 && !excused)
                    {
                        var branch = tree.Organizations[b];
                        context.Report(Descriptor, member.Id, branch.Id, ReportingPeriod.Year(year), "≥ 1", "0", branch.Name, held.ToString(ci));
                    }
                }
            }
        }
    }
}
