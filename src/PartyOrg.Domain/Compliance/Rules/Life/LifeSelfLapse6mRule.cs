using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Dues;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// LIFE-SELF-LAPSE-6M (attendance limb; the dues limb is below): 党章 Art. 9 and 教育管理条例 Art. 31(6). A calendar month counts against a member
/// only when all of these hold: (1) a meeting the member was expected at was held that month — a meeting of their
/// branch, their Party group or a temporary branch they take part in (a record that is only a committee meeting: only
/// for those holding a leadership seat of that organization on the day); (2) the member attended none of them;
/// (3) no absence with a proper reason is recorded for them at any of them; (4) no life exemption of the member
/// (教育管理条例 Art. 23 ¶2) covers any day of the month. A month in which those units held nothing does not count and
/// ends a run (the organization's failure is the meeting rules' finding). Only closed months count; months before the
/// member's admission or the branch's establishment are not judged. A run may begin before the audit window (from the
/// first month any record of the log covers); one finding per run that reaches into the window, its period the
/// interval of the run's days. From <c>life.self-lapse-alert-months</c> (3) months a warning; from
/// <c>life.self-lapse-months</c> (6) the rule's severity. Linear in records + members × months (bitmaps).
/// </summary>
internal sealed class LifeSelfLapse6mRule : Rule
{
    private static readonly LocalizedText AlertFormat = new(
        "党员“{subject}”所在党组织{period}连续{actual}个月每月都开展了组织生活，本人均未参加且没有正当理由缺席记录（连续{months}个月按党章第九条由党支部大会讨论处理）。",
        "Member \"{subject}\": in {actual} consecutive months ({period}) their branch or Party group held organizational life and they attended none of it with no absence for a proper reason recorded ({months} consecutive months go to the branch general meeting under the Constitution, Art. 9).");

    private static readonly LocalizedText DuesFormat = new(
        "党员“{subject}”{period}连续{duesMonths}个月没有交纳党费（均已逾期，且没有经批准的免交；党章第九条：连续{months}个月）。是否认为自行脱党，应由党支部大会讨论决定、报上级党组织批准。",
        "Member \"{subject}\": in {duesMonths} consecutive months ({period}) they paid no dues, each month past its due date and none exempted with approval (Constitution, Art. 9: {months} consecutive months). Whether they are treated as having left the Party is for the branch general meeting to decide, with the higher organization's approval.");

    private static readonly LocalizedText DuesAlertFormat = new(
        "党员“{subject}”{period}连续{duesMonths}个月没有交纳党费（均已逾期；连续{months}个月按党章第九条由党支部大会讨论处理）。",
        "Member \"{subject}\": in {duesMonths} consecutive months ({period}) they paid no dues, each month past its due date ({months} consecutive months go to the branch general meeting under the Constitution, Art. 9).");

    private static readonly LocalizedText BothFormat = new(
        "党员“{subject}”{period}：连续{lifeMonths}个月不参加党的组织生活（所在党组织每月都开展了组织生活，本人均未参加，也没有正当理由缺席记录），连续{duesMonths}个月没有交纳党费（党章第九条：连续{months}个月）。是否认为自行脱党，应由党支部大会讨论决定、报上级党组织批准。",
        "Member \"{subject}\", {period}: {lifeMonths} consecutive months without organizational life (held every month, none attended, no absence for a proper reason recorded) and {duesMonths} consecutive months without paying dues (Constitution, Art. 9: {months} consecutive months). Whether they are treated as having left the Party is for the branch general meeting to decide, with the higher organization's approval.");

    private static readonly LocalizedText BothAlertFormat = new(
        "党员“{subject}”{period}：连续{lifeMonths}个月不参加党的组织生活，连续{duesMonths}个月没有交纳党费（连续{months}个月按党章第九条由党支部大会讨论处理）。",
        "Member \"{subject}\", {period}: {lifeMonths} consecutive months without organizational life and {duesMonths} consecutive months without paying dues ({months} consecutive months go to the branch general meeting under the Constitution, Art. 9).");

    internal static readonly RuleDescriptor Definition = new(
        id: "LIFE-SELF-LAPSE-6M",
        category: RuleCategory.OrganizationalLife,
        title: new LocalizedText("无正当理由连续六个月不参加党的组织生活或不交纳党费，视为自行脱党", "Six months without organizational life, or without paying dues, and without proper reason is a lapse"),
        messageFormat: new LocalizedText(
            "党员“{subject}”所在党组织{period}连续{actual}个月每月都开展了组织生活，本人均未参加，也没有记录正当理由的缺席（党章第九条：连续{months}个月）。是否认为自行脱党，应由党支部大会讨论决定、报上级党组织批准。",
            "Member \"{subject}\": in {actual} consecutive months ({period}) their branch or Party group held organizational life every month, and they attended none of it with no absence for a proper reason recorded (Constitution, Art. 9: {months} consecutive months). Whether they are treated as having left the Party is for the branch general meeting to decide, with the higher organization's approval."),
        arguments: new[] { "months", "lifeMonths", "duesMonths" },
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.Constitution, 9), new Citation(Regulation.MemberEducationRegulations, 31, null, 6) },
        confidence: SourceConfidence.VerifiedFullText,
        parameters: new ParameterKey[] { MeetingParameters.SelfLapseMonths, MeetingParameters.SelfLapseAlertMonths },
        remarks: new LocalizedText(
            "只有所在党支部、党小组（或参加的临时党支部）当月开展了组织生活（支委会只对支委）而本人一次也未参加、且没有请假、病假、出差或其他正当理由缺席记录的月份才计入；当月所在单位没有开展任何组织生活的，不计入且中断连续（由会议规则对党组织报告）。免于参加组织生活（年老体弱、行动不便、身患重病、失能，教育管理条例第二十三条第二款）的月份不计入。只计已结束的月份。连续3个月起给出警告。不交纳党费另行计算（需要党费台账dues）：有台账记录、应交额大于0、截至检查日仍未交纳且已过交纳期限的月份计入，连续6个月同样给出问题，即使每次组织生活都参加；没有台账记录的月份不判断并中断连续；经批准免交或入党前的月份应交为0，不计入。两种情形在同一期间重叠时，每名党员每个连续期间只给出一项问题并写明两种情形。不做党所分配的工作的情形不在数据中。结论由党支部大会讨论决定。",
            "A month counts only when the member's branch or Party group (or a temporary branch they take part in) held organizational life that month (a committee meeting only for committee members), the member attended none of it, and no absence for leave, illness, travel or another proper reason is recorded. A month in which those units held nothing does not count and ends a run (the meeting rules report it on the organization). Months covered by a life exemption (elderly or frail, limited mobility, seriously ill, incapacitated: 教育管理条例 Art. 23 ¶2) do not count. Only closed months count. A warning from 3 months. Unpaid dues are counted separately (needs the dues ledger): a month counts when it has a ledger row, something due, nothing paid on or before the audit date and its due date passed; six such consecutive months are a finding even when every meeting was attended. Months without a row are not judged and end a run; an approved exemption or a month before admission owes nothing and does not count. When runs of the two limbs overlap, one finding per member and run names both grounds. Refused work is not in the data. The branch general meeting decides."),
        variants: new[]
        {
            new MessageVariant("alert", AlertFormat, Severity.Warning), new MessageVariant("dues", DuesFormat),
            new MessageVariant("dues-alert", DuesAlertFormat, Severity.Warning), new MessageVariant("both", BothFormat),
            new MessageVariant("both-alert", BothAlertFormat, Severity.Warning),
        });

    public override RuleDescriptor Descriptor => Definition;

    /// <inheritdoc/>
    internal override int Cost => 40; // every attendance entry and every member-month

    public override void Evaluate(ComplianceContext context)
    {
        var lapse = context.Parameter(MeetingParameters.SelfLapseMonths);
        var alert = context.Parameter(MeetingParameters.SelfLapseAlertMonths);
        var runs = new List<LapseRun>();
        AttendanceRuns(context, alert, runs);
        DuesRuns(context, alert, runs);
        Report(context, runs, lapse);
    }

    /// <summary>The attendance limb: every run of at least <paramref name="alert"/> counting months that reaches into the window.</summary>
    private static void AttendanceRuns(ComplianceContext context, int alert, List<LapseRun> runs)
    {
        var index = MeetingFindings.Index(context);
        if (index is null || index.MinDate is null)
        {
            return;
        }

        var tree = context.Tree;
        var limit = context.Window.End < context.AsOf ? context.Window.End : context.AsOf;
        var lastKey = Key(limit) - (limit.Day == limit.Calendar.GetDaysInMonth(limit.Year, limit.Month) ? 0 : 1);
        var firstJudged = Key(context.Window.Start);
        // A run may begin before the window, but not more than ten years before it (bounded bitmaps for any input).
        var baseKey = Math.Max(Math.Min(Key(index.MinDate.Value), firstJudged), firstJudged - 120);
        var months = lastKey - baseKey + 1;
        if (months <= 0 || lastKey < firstJudged)
        {
            return;
        }

        var words = (months + 63) / 64;
        var memberCount = tree.Members.Count;
        var orgCount = tree.Organizations.Count;

        // held: a unit held organizational life for all its members that month; heldFor: a committee-only meeting, for
        // the seat holders of that day; attended: the member attended one of their own units' meetings or was absent
        // for a proper reason. Visitors (members of other units) are ignored: their presence counts for nobody.
        var held = new ulong[orgCount * words];
        var heldFor = new ulong[memberCount * words];
        var attended = new ulong[memberCount * words];
        var committeeOnly = MeetingKind.CommitteeMeeting.Bit;
        var temporaryOf = TemporaryIndices(tree);
        var memberBranch = tree.MemberBranchIndices;
        var memberGroup = tree.MemberGroupIndices;
        var posts = tree.PostArray;
        var attendees = index.Attendees;
        var attendeeStart = index.AttendeeStart;
        var properAbsences = index.ProperAbsences;
        var properAbsenceStart = index.ProperAbsenceStart;
        for (var r = 0; r < index.Dates.Length; r++)
        {
            var org = index.Org[r];
            var m = Key(index.Dates[r]) - baseKey;
            if (org < 0 || m < 0 || m >= months)
            {
                continue;
            }

            var word = m >> 6;
            var mask = 1UL << (m & 63);
            if (index.Mask[r] == committeeOnly)
            {
                foreach (var pi in tree.PostIndicesOf(org))
                {
                    var post = posts[pi];
                    var holder = tree.PostMemberIndex(pi);
                    if (post.Kind.IsLeadershipSeat && post.IsHeldOn(index.Dates[r]) && BelongsTo(memberBranch, memberGroup, temporaryOf, holder, org))
                    {
                        heldFor[(holder * words) + word] |= mask;
                    }
                }
            }
            else
            {
                held[(org * words) + word] |= mask;
            }

            for (int k = attendeeStart[r], end = attendeeStart[r + 1]; k < end; k++)
            {
                var mi = attendees[k];
                if (BelongsTo(memberBranch, memberGroup, temporaryOf, mi, org))
                {
                    attended[(mi * words) + word] |= mask;
                }
            }

            for (int k = properAbsenceStart[r], end = properAbsenceStart[r + 1]; k < end; k++)
            {
                var mi = properAbsences[k];
                if (BelongsTo(memberBranch, memberGroup, temporaryOf, mi, org))
                {
                    attended[(mi * words) + word] |= mask;
                }
            }
        }

        MemberRuns(tree, temporaryOf, held, heldFor, attended, months, baseKey, firstJudged, alert, runs);
    }

    /// <summary>
    /// The runs of counting months of every member, from the bitmaps of the attendance pass (<paramref name="held"/> per
    /// organization, <paramref name="heldFor"/> and <paramref name="attended"/> per member; (<paramref name="months"/> + 63) / 64
    /// words each, month 0 = <paramref name="baseKey"/>): each run of at least <paramref name="alert"/> months that ends
    /// in or after month <paramref name="firstJudged"/>, member by member in tree order.
    /// </summary>
    internal static void MemberRuns(OrganizationTree tree, int[]?[]? temporaryOf, ulong[] held, ulong[] heldFor, ulong[] attended,
        int months, int baseKey, int firstJudged, int alert, List<LapseRun> runs)
    {
        var words = (months + 63) / 64;
        var memberCount = tree.Members.Count;
        var memberBranch = tree.MemberBranchIndices;
        var memberGroup = tree.MemberGroupIndices;
        var members = tree.MemberArray;
        var organizations = tree.OrganizationArray;
        var counting = new ulong[words];
        for (var i = 0; i < memberCount; i++)
        {
            var member = members[i];
            var branch = memberBranch[i];
            var group = memberGroup[i];
            var temporary = temporaryOf?[i];
            var start = Math.Max(0, FirstFullMonth(member.AdmittedOn) - baseKey);
            start = Math.Max(start, FirstFullMonth(organizations[branch].EstablishedOn) - baseKey);
            if (start >= months)
            {
                continue; // no month to judge, so no run
            }

            // The months that count, a word of 64 at a time: one of the member's units held something for them and they
            // neither attended nor were absent for a proper reason (the exemption is looked at below, only where needed).
            var any = 0UL;
            for (var w = 0; w < words; w++)
            {
                var unitHeld = held[(branch * words) + w] | heldFor[(i * words) + w];
                if (group >= 0)
                {
                    unitHeld |= held[(group * words) + w];
                }

                if (temporary is not null)
                {
                    foreach (var t in temporary)
                    {
                        unitHeld |= held[(t * words) + w];
                    }
                }

                var bits = unitHeld & ~attended[(i * words) + w] & MonthsOfWord(w, start, months);
                counting[w] = bits;
                any |= bits;
            }

            if (any == 0)
            {
                continue; // most members: no counting month, no run
            }

            var exemption = member.LifeExemption;
            var run = 0;
            for (var m = start; m <= months; m++)
            {
                var counts = m < months
                    && (counting[m >> 6] & (1UL << (m & 63))) != 0
                    && (exemption is null || !exemption.Overlaps(Month(baseKey + m).Start, Month(baseKey + m).End));
                if (counts)
                {
                    run++;
                    continue;
                }

                var last = m - 1;
                if (run >= alert && baseKey + last >= firstJudged)
                {
                    runs.Add(new LapseRun(member.Id, member.BranchId, baseKey + last - run + 1, baseKey + last, false));
                }

                run = 0;
            }
        }
    }

    /// <summary>The bits of word <paramref name="word"/> (months 64 × word to 64 × word + 63) for the months from <paramref name="from"/> up to, not including, <paramref name="to"/>.</summary>
    internal static ulong MonthsOfWord(int word, int from, int to)
    {
        var lo = Math.Max(from - (64 * word), 0);
        var hi = Math.Min(to - (64 * word), 64);
        if (hi <= lo)
        {
            return 0;
        }

        var upTo = hi == 64 ? ulong.MaxValue : (1UL << hi) - 1;
        return upTo & ~((1UL << lo) - 1);
    }

    /// <summary>
    /// The dues limb (needs the dues section): consecutive calendar months with a ledger row each, something due, nothing
    /// paid on or before the audit date and the due date passed. A month without a row, or with nothing due, ends a run.
    /// </summary>
    private static void DuesRuns(ComplianceContext context, int alert, List<LapseRun> runs)
    {
        if (DuesRuleSupport.Statement(context) is not { } statement)
        {
            return;
        }

        var firstJudged = Key(context.Window.Start);
        var lastJudged = Key(context.Window.End);
        var lines = statement.Lines;
        var run = 0;
        var previous = int.MinValue;
        for (var k = 0; k <= lines.Count; k++)
        {
            var line = k < lines.Count ? lines[k] : null;
            var key = line is null ? int.MinValue : DuesMonths.Key(line.Month);
            var sameMember = line is not null && k > 0 && lines[k - 1].MemberId == line.MemberId;
            var counts = line is not null && key <= lastJudged && line.CountsAsUnpaid;
            if (counts && sameMember && run > 0 && key == previous + 1)
            {
                run++;
                previous = key;
                continue;
            }

            if (run >= alert && previous >= firstJudged)
            {
                var prior = lines[k - 1];
                runs.Add(new LapseRun(prior.MemberId, prior.BranchId, previous - run + 1, previous, true));
            }

            run = counts ? 1 : 0;
            previous = key;
        }
    }

    /// <summary>
    /// One finding per member and run: runs of the two limbs that share a month are merged (the period spans both and the
    /// message names both grounds). From the lapse length the rule's severity, below it a warning.
    /// </summary>
    private void Report(ComplianceContext context, List<LapseRun> runs, int lapse)
    {
        if (runs.Count == 0)
        {
            return;
        }

        runs.Sort((a, b) => a.MemberId != b.MemberId ? string.CompareOrdinal(a.MemberId, b.MemberId) : a.From.CompareTo(b.From));
        var ci = CultureInfo.InvariantCulture;
        var expected = "< " + lapse.ToString(ci);
        var g = 0;
        while (g < runs.Count)
        {
            var first = runs[g];
            int from = first.From, to = first.To, attendance = 0, dues = 0;
            var end = g;
            while (end < runs.Count && runs[end].MemberId == first.MemberId && runs[end].From <= to)
            {
                var r = runs[end];
                to = Math.Max(to, r.To);
                if (r.Dues)
                {
                    dues = Math.Max(dues, r.Length);
                }
                else
                {
                    attendance = Math.Max(attendance, r.Length);
                }

                end++;
            }

            g = end;
            var longest = Math.Max(attendance, dues);
            var period = ReportingPeriod.Custom(Month(from).Start, Month(to).End);
            var actual = longest.ToString(ci);
            if (dues == 0)
            {
                if (longest >= lapse)
                {
                    context.Report(Descriptor, first.MemberId, first.BranchId, period, expected, actual, lapse);
                }
                else
                {
                    context.ReportVariant(Descriptor, "alert", first.MemberId, first.BranchId, period, new LocalizedText(expected, expected), new LocalizedText(actual, actual), lapse);
                }
            }
            else
            {
                var variant = (attendance == 0 ? "dues" : "both") + (longest >= lapse ? string.Empty : "-alert");
                context.ReportVariant(Descriptor, variant, first.MemberId, first.BranchId, period, new LocalizedText(expected, expected), new LocalizedText(actual, actual),
                    lapse, attendance.ToString(ci), dues.ToString(ci));
            }
        }
    }

    /// <summary>
    /// Per member, the indices of the temporary branches they take part in that exist in the tree (null: none); null as a
    /// whole when no member takes part in one (no array of a slot per member for nothing).
    /// </summary>
    internal static int[]?[]? TemporaryIndices(OrganizationTree tree)
    {
        var members = tree.MemberArray;
        int[]?[]? result = null;
        for (var i = 0; i < members.Length; i++)
        {
            var ids = members[i].TemporaryBranchArray;
            if (ids.Length == 0)
            {
                continue;
            }

            var list = new List<int>(ids.Length);
            foreach (var id in ids)
            {
                if (tree.TryGetIndex(id, out var t))
                {
                    list.Add(t);
                }
            }

            if (list.Count > 0)
            {
                result ??= new int[]?[members.Length];
                result[i] = list.ToArray();
            }
        }

        return result;
    }

    /// <summary>Whether the organization is the member's branch, Party group or one of their temporary branches.</summary>
    private static bool BelongsTo(int[] memberBranch, int[] memberGroup, int[]?[]? temporaryOf, int memberIndex, int orgIndex)
    {
        if (memberBranch[memberIndex] == orgIndex || memberGroup[memberIndex] == orgIndex)
        {
            return true;
        }

        return temporaryOf?[memberIndex] is { } temporary && Array.IndexOf(temporary, orgIndex) >= 0;
    }

    internal static int Key(LocalDate date) => (date.Year * 12) + date.Month - 1;

    private static int FirstFullMonth(LocalDate? since) =>
        since is { } d ? Key(d) + (d.Day == 1 ? 0 : 1) : int.MinValue / 2;

    private static ReportingPeriod Month(int key) => ReportingPeriod.Month(key / 12, (key % 12) + 1);
}

/// <summary>A run of counting months of one limb (month keys inclusive).</summary>
internal readonly struct LapseRun
{
    internal LapseRun(string memberId, string branchId, int from, int to, bool dues)
    {
        MemberId = memberId;
        BranchId = branchId;
        From = from;
        To = to;
        Dues = dues;
    }

    internal string MemberId { get; }

    internal string BranchId { get; }

    internal int From { get; }

    internal int To { get; }

    internal bool Dues { get; }

    internal int Length => To - From + 1;
}
