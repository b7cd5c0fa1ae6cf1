using System;
using System.Collections.Generic;
using System.Linq;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Meetings;

/// <summary>
/// 表决结果 — the quorum and the outcome of the votes of one 党员大会: members entitled
/// to vote (via <see cref="Member.HasVotingRightsOn"/>), those present, whether the meeting was
/// quorate (「半数以上有表决权的党员到会」: present × 2 ≥ entitled, exactly half included) and, per item, whether it passed (for &gt; ½ of the <b>entitled</b>, not of those
/// present). An immutable value.
/// </summary>
public sealed class MeetingVoting
{
    private readonly bool[] passed;

    private MeetingVoting(MeetingRecord record, int entitled, int present)
    {
        Record = record;
        EntitledVoters = entitled;
        PresentVoters = present;
        passed = record.Votes.Select(v => (long)v.For * 2 > entitled).ToArray();
    }

    /// <summary>The meeting.</summary>
    public MeetingRecord Record { get; }

    /// <summary>应到会有表决权的党员 — members of the organization with voting rights on the day.</summary>
    public int EntitledVoters { get; }

    /// <summary>实到会有表决权的党员 — attendees who are members of the organization with voting rights on the day (members of other units attending are not counted).</summary>
    public int PresentVoters { get; }

    /// <summary>Whether half or more of the entitled voters were present (「半数以上」 includes exactly half: present × 2 ≥ entitled).</summary>
    public bool IsQuorate => (long)PresentVoters * 2 >= EntitledVoters;

    /// <summary>The smallest number of voters present that makes the meeting quorate: ⌈entitled ÷ 2⌉.</summary>
    public int QuorumNeeded => (int)(((long)EntitledVoters + 1) / 2);

    /// <summary>The smallest number of votes for that passes an item: ⌊entitled ÷ 2⌋ + 1.</summary>
    public int VotesNeeded => (EntitledVoters / 2) + 1;

    /// <summary>Per vote, in order: whether it passed (for &gt; ½ entitled; the quorum is separate).</summary>
    public IReadOnlyList<bool> Passed => Internal.ReadOnly.View(passed, ref passedView);

    private IReadOnlyList<bool>? passedView;

    /// <summary>Tallies a meeting held by an organization of the tree.</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="record">The meeting.</param>
    /// <returns>The result.</returns>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">The meeting's organization is not in the tree.</exception>
    public static MeetingVoting Tally(OrganizationTree tree, MeetingRecord record)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        if (record is null)
        {
            throw new ArgumentNullException(nameof(record));
        }

        var org = tree.IndexOf(record.OrganizationId);
        var present = 0;
        foreach (var id in record.Attendees)
        {
            // A member of another unit attending (a visitor) is not part of the electorate.
            var mi = tree.MemberIndexOf(id);
            if (mi >= 0 && MeetingMembership.MayAttend(tree, org, mi) && tree.Members[mi].HasVotingRightsOn(record.Date))
            {
                present++;
            }
        }

        return new MeetingVoting(record, MeetingMembership.EntitledVoters(tree, org, record.Date), present);
    }
}
