using System.Linq;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// LIFE-DEMOCRATIC-LIFE-MEETING: the 党组 holds its 民主生活会 at least once a year, with at least two thirds of its members
/// present (3 × present ≥ 2 × 党组 members on the day). A missing meeting is an error on the 党组; each held meeting below
/// the attendance is an error on the 党组 for that year.
/// </summary>
internal sealed class LifeDemocraticLifeMeetingRule : MeetingRequirementRule
{
    private static readonly LocalizedText AttendanceFormat = new(
        "党组“{subject}”{date}召开的民主生活会到会{actual}人，党组成员共{members}人，未达到{share}（要求{expected}人）。",
        "The democratic life meeting of leading group \"{subject}\" on {date} had {actual} of its {members} members present, below {share} ({expected} needed).");

    internal static readonly RuleDescriptor Definition = new(
        id: "LIFE-DEMOCRATIC-LIFE-MEETING",
        category: RuleCategory.OrganizationalLife,
        title: new LocalizedText("党组每年召开民主生活会，到会人数须达到规定比例", "A leading group holds a democratic life meeting every year with the required share of its members present"),
        messageFormat: new LocalizedText(
            "党组“{subject}”{period}年度召开民主生活会{actual}次，要求{expected}次（一般每年召开1次）。",
            "Leading group \"{subject}\" held {actual} democratic life meeting(s) in {period}; expected {expected} (as a rule once a year)."),
        arguments: MeetingRequirementRule.Arguments.Concat(new[] { "members", "date", "share" }).ToArray(),
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.Constitution, 8) },
        confidence: SourceConfidence.VerifiedSecondary,
        parameters: new ParameterKey[] { MeetingParameters.Requirements, MeetingParameters.DueSoonDays, MeetingParameters.DemocraticLifeAttendanceThirds },
        remarks: new LocalizedText(
            "党章第八条（已核对全文）只规定党员领导干部须参加党委、党组的民主生活会；“一般每年召开1次”和“到会人数须达到应到会人数的2/3”来自二手摘录，所在法规及条款序号为记忆（MEMORY），按规则目录实现。应到会人数为会议当日在任的党组书记、副书记和成员（同一人多个职务只计1人）。",
            "党章 Art. 8 (checked in the full text) only says leading cadres attend the democratic life meetings of their 党委 or 党组; \"as a rule once a year\" and \"attendance must reach 2/3 of those who should attend\" come from a second-hand excerpt, and the regulation and article are MEMORY: implemented as the catalogue gives them. Those who should attend are the 党组 secretary, deputy secretaries and members in post on the day (one person counts once)."),
        variants: MeetingRequirementRule.Variants.Append(new MessageVariant("attendance", AttendanceFormat)).ToArray());

    /// <summary>The requirement this rule enforces; the planner reads the very same object.</summary>
    internal static readonly MeetingRequirement Requirement = new(
        Definition.Id, MeetingKind.DemocraticLifeMeeting, new OrganizationScope(new[] { OrganizationKind.LeadingGroup }), MeetingFrequency.Yearly);

    internal LifeDemocraticLifeMeetingRule()
        : base(Definition, Requirement)
    {
    }

    public override void Evaluate(ComplianceContext context)
    {
        base.Evaluate(context);
        if (MeetingFindings.Index(context) is not { } index)
        {
            return;
        }

        var thirds = context.Parameter(MeetingParameters.DemocraticLifeAttendanceThirds);
        var tree = context.Tree;
        var ci = CultureInfo.InvariantCulture;
        var bit = MeetingKind.DemocraticLifeMeeting.Bit;
        var seated = new HashSet<int>();
        for (var o = 0; o < tree.Organizations.Count; o++)
        {
            var org = tree.Organizations[o];
            if (org.Kind != OrganizationKind.LeadingGroup)
            {
                continue;
            }

            foreach (var r in index.HeldBy(context, o, bit))
            {
                var date = index.Dates[r];
                seated.Clear();
                foreach (var pi in tree.PostIndicesOf(o))
                {
                    var post = tree.Posts[pi];
                    if (post.Kind.IsLeadershipSeat && post.Since <= date && (post.Until is null || date < post.Until.Value))
                    {
                        seated.Add(tree.PostMemberIndex(pi));
                    }
                }

                var present = 0;
                foreach (var m in seated)
                {
                    if (index.Attended(r, m))
                    {
                        present++;
                    }
                }

                if (seated.Count > 0 && 3 * present < thirds * seated.Count)
                {
                    var needed = ((thirds * seated.Count) + 2) / 3;
                    var neededText = "≥ " + needed.ToString(ci);
                    context.ReportVariant(Descriptor, "attendance", org.Id, org.Id, ReportingPeriod.YearOf(date),
                        new LocalizedText(neededText, neededText), new LocalizedText(present.ToString(ci), present.ToString(ci)),
                        OwnArguments(seated.Count, date.ToString("uuuu-MM-dd", ci), thirds.ToString(ci) + "/3"));
                }
            }
        }
    }
}
