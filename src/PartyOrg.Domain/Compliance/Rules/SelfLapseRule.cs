using System;
using System.Globalization;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance.Rules;

/// <summary>
/// LIFE-SELF-LAPSE-6M: a member who, without proper reason, takes no part in organizational life for 6 consecutive
/// months is considered to have left the Party (党章 Art. 9). A month counts against a member when they attended no
/// meeting of their branch, Party group or a temporary branch they take part in, and no absence with a proper reason is
/// recorded for them at such a meeting that month (meetings of higher organizations do not count). Only closed months count; a streak may begin before the window (from
/// the first month any record of the log covers). From <c>life.self-lapse-alert-months</c> (3) months a warning; from
/// <c>life.self-lapse-months</c> (6) an error. One finding per streak that reaches into the window. A per-member month
/// bitmap keeps it linear in records.
/// </summary>
internal sealed class SelfLapseRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        "LIFE-SELF-LAPSE-6M",
        RuleCategory.OrganizationalLife,
        new LocalizedText("无正当理由连续六个月不参加党的组织生活，视为自行脱党", "Six months without organizational life and without proper reason is a lapse"),
        new LocalizedText(
            "党员“{subject}”{period}连续{actual}个月未参加组织生活且无正当理由，达到{0}个月，按党章应视为自行脱党。",
            "Member \"{subject}\" took no part in organizational life for {actual} consecutive months ({period}) without proper reason, reaching {0}: under the Constitution this is a lapse of membership."),
        Severity.Error,
        new[] { new Citation(Regulation.Constitution, 9) },
        SourceConfidence.VerifiedFullText,
        new ParameterKey[] { MeetingParameters.SelfLapseMonths, MeetingParameters.SelfLapseAlertMonths },
        remarks: new LocalizedText(
            "只计已结束的月份；请假、病假、出差和其他正当理由的缺席不计。连续3个月起给出警告。只看会议记录（不交党费、不做分配工作的情形不在本检查内）。",
            "Only closed months count; absences with leave, illness, travel or another proper reason do not. A warning from 3 months. Meetings only (unpaid dues and refused work are not checked here)."));

    private static readonly LocalizedText AlertFormat = new(
        "党员“{subject}”{period}已连续{actual}个月未参加组织生活且无正当理由（连续{0}个月将视为自行脱党）。",
        "Member \"{subject}\" has taken no part in organizational life for {actual} consecutive months ({period}) without proper reason ({0} months is a lapse).");

    internal SelfLapseRule()
        : base(Definition)
    {
    }

    public override void Evaluate(ComplianceContext context)
    {
        var index = MeetingFindings.Index(context);
        if (index is null)
        {
            return;
        }

        var lapse = context.Parameter(MeetingParameters.SelfLapseMonths);
        var alert = context.Parameter(MeetingParameters.SelfLapseAlertMonths);
        var tree = context.Tree;
        var limit = context.Window.End < context.AsOf ? context.Window.End : context.AsOf;
        var lastKey = Key(limit) - (limit.PlusDays(1).Month == limit.Month ? 1 : 0);
        var firstJudged = Key(context.Window.Start);
        var baseKey = index.MinDate is { } min && Key(min) < firstJudged ? Key(min) : firstJudged;
        var months = lastKey - baseKey + 1;
        if (months <= 0 || lastKey < firstJudged)
        {
            return;
        }

        var words = (months + 63) / 64;
        var memberCount = tree.Members.Count;
        var bits = new ulong[memberCount * words];
        for (var r = 0; r < index.Dates.Length; r++)
        {
            var m = Key(index.Dates[r]) - baseKey;
            if (m < 0 || m >= months)
            {
                continue;
            }

            var org = index.Org[r];
            if (org < 0)
            {
                continue;
            }

            var word = m >> 6;
            var mask = 1UL << (m & 63);
            var temporary = tree.Organizations[org].IsTemporaryBranch; // only then a member's temporary branches matter
            for (var k = index.AttendeeStart[r]; k < index.AttendeeStart[r + 1]; k++)
            {
                var mi = index.Attendees[k];
                if (tree.MemberBranchIndex(mi) == org || tree.MemberGroupIndex(mi) == org || (temporary && BelongsTo(tree, mi, org)))
                {
                    bits[(mi * words) + word] |= mask;
                }
            }

            for (var k = index.ProperAbsenceStart[r]; k < index.ProperAbsenceStart[r + 1]; k++)
            {
                var mi = index.ProperAbsences[k];
                if (tree.MemberBranchIndex(mi) == org || tree.MemberGroupIndex(mi) == org || (temporary && BelongsTo(tree, mi, org)))
                {
                    bits[(mi * words) + word] |= mask;
                }
            }
        }

        var ci = CultureInfo.InvariantCulture;
        for (var i = 0; i < memberCount; i++)
        {
            var member = tree.Members[i];
            var start = Math.Max(0, FirstFullMonth(member.AdmittedOn) - baseKey);
            start = Math.Max(start, FirstFullMonth(tree.Organizations[tree.MemberBranchIndex(i)].EstablishedOn) - baseKey);

            var run = 0;
            for (var m = start; m <= months; m++)
            {
                var missed = m < months && (bits[(i * words) + (m >> 6)] & (1UL << (m & 63))) == 0;
                if (missed)
                {
                    run++;
                    continue;
                }

                var last = m - 1;
                if (run >= alert && baseKey + last >= firstJudged)
                {
                    var from = Month(baseKey + last - run + 1);
                    var to = Month(baseKey + last);
                    var period = ReportingPeriod.Custom(from.Start, to.End);
                    if (run >= lapse)
                    {
                        context.Report(Descriptor, member.Id, member.BranchId, period, "< " + lapse.ToString(ci), run.ToString(ci), lapse);
                    }
                    else
                    {
                        Rules.MeetingFindings.Report(context, Descriptor, Severity.Warning, member.Id, member.BranchId, period,
                            "< " + lapse.ToString(ci), run.ToString(ci), AlertFormat, lapse);
                    }
                }

                run = 0;
            }
        }
    }

    /// <summary>Whether the meeting's organization is the member's branch, Party group or one of their temporary branches.</summary>
    private static bool BelongsTo(Organizations.OrganizationTree tree, int memberIndex, int orgIndex)
    {
        if (tree.MemberBranchIndex(memberIndex) == orgIndex || tree.MemberGroupIndex(memberIndex) == orgIndex)
        {
            return true;
        }

        var temporary = tree.Members[memberIndex].TemporaryBranchIds;
        if (temporary.Count == 0)
        {
            return false;
        }

        var id = tree.Organizations[orgIndex].Id;
        for (var t = 0; t < temporary.Count; t++)
        {
            if (temporary[t] == id)
            {
                return true;
            }
        }

        return false;
    }

    private static int Key(LocalDate date) => (date.Year * 12) + date.Month - 1;

    private static int FirstFullMonth(LocalDate? since) =>
        since is { } d ? Key(d) + (d.Day == 1 ? 0 : 1) : int.MinValue / 2;

    private static ReportingPeriod Month(int key) => ReportingPeriod.Month(key / 12, (key % 12) + 1);
}
