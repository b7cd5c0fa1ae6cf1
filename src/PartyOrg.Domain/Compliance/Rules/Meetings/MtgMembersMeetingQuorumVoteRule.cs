using System.Globalization;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// MTG-MEMBERS-MEETING-QUORUM-VOTE: a 党员大会 that votes needs half or more of the members with voting rights present
/// (「半数以上」, exactly half included), and an item passes only with more votes for than half of the members <b>entitled</b> to vote (not of those
/// present). Checked for the records with votes of every requirement with <see cref="MeetingQuorum.HalfOfVotingMembers"/>:
/// an inquorate meeting, and every item recorded as passed without the majority, is a finding.
/// </summary>
internal sealed class MtgMembersMeetingQuorumVoteRule : Rule
{
    private static readonly LocalizedText VoteFormat = new(
        "“{branch}”的党员大会“{subject}”（{date}）表决事项“{item}”赞成{actual}票，未超过应到会有表决权党员{entitled}人的半数（要求{expected}票），却记录为通过。",
        "At general meeting \"{subject}\" of \"{branch}\" on {date}, item \"{item}\" is recorded as passed with {actual} votes for, not more than half of the {entitled} members entitled to vote ({expected} needed).");

    internal static readonly RuleDescriptor Definition = new(
        id: "MTG-MEMBERS-MEETING-QUORUM-VOTE",
        category: RuleCategory.Meeting,
        title: new LocalizedText("党员大会表决须半数以上有表决权的党员到会，赞成超过应到会有表决权党员的半数为通过",
            "A members' vote needs half or more of the voting members present and passes with more than half of those entitled"),
        messageFormat: new LocalizedText(
            "“{branch}”的党员大会“{subject}”（{date}）到会有表决权的党员{actual}人，应到会{entitled}人，不足半数（要求{expected}人），不能进行表决。",
            "General meeting \"{subject}\" of \"{branch}\" on {date} had {actual} of {entitled} voting members present, fewer than half ({expected} needed); it cannot vote."),
        arguments: new[] { "branch", "date", "entitled", "item" },
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.BranchWorkRegulations, 11) },
        confidence: SourceConfidence.VerifiedExcerpt,
        parameters: new ParameterKey[] { MeetingParameters.Requirements },
        remarks: new LocalizedText(
            "到会人数“半数以上”含半数（到会 × 2 ≥ 应到会）；通过须“赞成人数超过应到会有表决权的党员的半数”（赞成 × 2 > 应到会），以应到会而非实到会人数为基数。有表决权的党员见 ELEC-VOTING-RIGHTS。接收预备党员和预备党员转正的表决另有更严格的要求（“超过半数”，见发展党员规则）。",
            "Quorum \"半数以上\" includes exactly half (present × 2 ≥ entitled); an item passes with \"赞成人数超过应到会有表决权的党员的半数\" (for × 2 > entitled), counted against those entitled, not those present. Voting rights: ELEC-VOTING-RIGHTS. Admission and conversion votes are stricter (\"超过半数\", see the development rules)."),
        variants: new[] { new MessageVariant("vote-not-carried", VoteFormat) });

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        if (MeetingFindings.Index(context) is not { } index)
        {
            return;
        }

        var tree = context.Tree;
        var ci = CultureInfo.InvariantCulture;
        foreach (var (req, org, o) in MeetingFindings.InScope(context, q => q.Quorum == MeetingQuorum.HalfOfVotingMembers))
        {
            foreach (var r in index.HeldBy(context, o, req.Kind.Bit))
            {
                if (!index.Log.HasVotes(r))
                {
                    continue;
                }

                var record = index.Log.RecordAt(r);

                var tally = MeetingVoting.Tally(tree, record);
                var month = ReportingPeriod.MonthOf(record.Date);
                var date = record.Date.ToString("uuuu-MM-dd", ci);
                var needed = "≥ " + tally.VotesNeeded.ToString(ci);
                if (!tally.IsQuorate)
                {
                    context.Report(Descriptor, record.Id, org.Id, month, "≥ " + tally.QuorumNeeded.ToString(ci), tally.PresentVoters.ToString(ci), org.Name, date, tally.EntitledVoters);
                }

                for (var v = 0; v < record.Votes.Count; v++)
                {
                    var vote = record.Votes[v];
                    if (vote.RecordedAsPassed && !tally.Passed[v])
                    {
                        context.ReportVariant(Descriptor, "vote-not-carried", record.Id, org.Id, month, new LocalizedText(needed, needed),
                            new LocalizedText(vote.For.ToString(ci), vote.For.ToString(ci)), org.Name, date, tally.EntitledVoters, vote.Item);
                    }
                }
            }
        }
    }
}
