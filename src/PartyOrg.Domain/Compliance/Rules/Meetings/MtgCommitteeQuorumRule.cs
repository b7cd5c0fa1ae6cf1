using System.Globalization;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// MTG-COMMITTEE-QUORUM: a committee meeting needs half or more of the committee members (the leadership seats held
/// that day) present — "须有半数以上委员到会方可进行", read strictly as the catalogue advises. Checked for the records of
/// every requirement with <see cref="MeetingQuorum.HalfOfCommittee"/>.
/// </summary>
internal sealed class MtgCommitteeQuorumRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "MTG-COMMITTEE-QUORUM",
        category: RuleCategory.Meeting,
        title: new LocalizedText("支委会须有半数以上委员到会", "A committee meeting needs half or more of the committee present"),
        messageFormat: new LocalizedText(
            "“{branch}”的支委会“{subject}”（{date}）到会委员{actual}人，委员共{committeeMembers}人，不足半数（要求{expected}人）。",
            "Committee meeting \"{subject}\" of \"{branch}\" on {date} had {actual} of {committeeMembers} committee members present, fewer than half ({expected} needed)."),
        arguments: new[] { "branch", "date", "committeeMembers" },
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.BranchWorkRegulations, 12) },
        confidence: SourceConfidence.VerifiedExcerpt,
        parameters: new ParameterKey[] { MeetingParameters.Requirements },
        remarks: new LocalizedText(
            "“须有半数以上委员到会”：“以上”含本数，恰好半数即可开会（到会委员 × 2 ≥ 委员数）。委员为当日在任的书记、副书记和委员。",
            "\"须有半数以上委员到会\": 以上 includes the number, so exactly half is quorate (present × 2 ≥ committee size). The committee is the secretary, deputies and members in post that day."));

    public override RuleDescriptor Descriptor => Definition;

    /// <inheritdoc/>
    internal override int Cost => 18; // every committee meeting

    public override void Evaluate(ComplianceContext context)
    {
        if (MeetingFindings.Index(context) is not { } index)
        {
            return;
        }

        var tree = context.Tree;
        var ci = CultureInfo.InvariantCulture;
        var seatMember = new int[8];
        var seatSince = new int[8]; // day keys (MeetingIndex.DayKey), compared with the records' day keys
        var seatUntil = new int[8];
        var posts = tree.PostArray;
        var days = index.Days;
        var attendees = index.Attendees;
        var attendeeStart = index.AttendeeStart;
        foreach (var (req, org, o) in MeetingFindings.InScope(context, q => q.Quorum == MeetingQuorum.HalfOfCommittee))
        {
            // The organization's leadership seats once (member index and tenure), not its Post objects per record.
            var count = 0;
            foreach (var pi in tree.PostIndicesOf(o))
            {
                var post = posts[pi];
                if (post.Kind.IsLeadershipSeat)
                {
                    if (count == seatMember.Length)
                    {
                        System.Array.Resize(ref seatMember, count * 2);
                        System.Array.Resize(ref seatSince, count * 2);
                        System.Array.Resize(ref seatUntil, count * 2);
                    }

                    seatMember[count] = tree.PostMemberIndex(pi);
                    seatSince[count] = MeetingIndex.DayKey(post.Since);
                    seatUntil[count] = post.Until is { } until ? MeetingIndex.DayKey(until) : int.MaxValue;
                    count++;
                }
            }

            if (count == 0)
            {
                continue;
            }

            // Whether a member holds two of the seats (secretary and committee member): only then is a seat checked
            // against the earlier ones, so that the member counts once.
            var twoSeats = false;
            for (var p = 1; p < count && !twoSeats; p++)
            {
                twoSeats = System.Array.IndexOf(seatMember, seatMember[p], 0, p) >= 0;
            }

            foreach (var r in index.HeldBy(context, o, req.Kind.Bit))
            {
                var day = days[r];
                int from = attendeeStart[r], to = attendeeStart[r + 1];
                int seats = 0, present = 0;
                for (var p = 0; p < count; p++)
                {
                    if (day < seatSince[p] || day >= seatUntil[p] || (twoSeats && HeldEarlier(seatMember, seatSince, seatUntil, p, day)))
                    {
                        continue;
                    }

                    seats++;
                    var member = seatMember[p];
                    for (var k = from; k < to; k++)
                    {
                        if (attendees[k] == member)
                        {
                            present++;
                            break;
                        }
                    }
                }

                if (seats > 0 && present * 2 < seats)
                {
                    var date = index.Dates[r];
                    context.Report(Descriptor, index.Log.IdAt(r), org.Id, ReportingPeriod.MonthOf(date), "≥ " + ((seats + 1) / 2).ToString(ci),
                        present.ToString(ci), org.Name, Internal.IsoDate.Format(date), seats);
                }
            }
        }
    }

    /// <summary>Whether the member of seat <paramref name="p"/> also holds an earlier seat (index below <paramref name="p"/>) on the day (a day key).</summary>
    private static bool HeldEarlier(int[] seatMember, int[] seatSince, int[] seatUntil, int p, int day)
    {
        for (var q = 0; q < p; q++)
        {
            if (seatMember[q] == seatMember[p] && day >= seatSince[q] && day < seatUntil[q])
            {
                return true;
            }
        }

        return false;
    }
}
