namespace PartyOrg.Domain.Meetings;

/// <summary>到会要求 — the quorum a required meeting must reach, checked per record.</summary>
public enum MeetingQuorum
{
    /// <summary>No quorum is checked.</summary>
    None = 0,

    /// <summary>
    /// 须有半数以上委员到会 — half or more of the committee members on the day present (以上 includes
    /// the number: present × 2 ≥ committee size).
    /// </summary>
    HalfOfCommittee = 1,

    /// <summary>
    /// 半数以上有表决权的党员到会 — for a meeting with votes: half or more of the members with voting rights present, and each
    /// item recorded as passed has more votes for than half of the members entitled to vote.
    /// </summary>
    HalfOfVotingMembers = 2,
}
