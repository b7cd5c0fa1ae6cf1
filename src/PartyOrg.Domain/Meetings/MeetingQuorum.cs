namespace PartyOrg.Domain.Meetings;

/// <summary>到会要求 — the quorum a required meeting must reach, checked per record.</summary>
public enum MeetingQuorum
{
    /// <summary>No quorum is checked.</summary>
    None = 0,

    /// <summary>
    /// 半数以上委员到会 — more than half of the committee members on the day present (MTG-COMMITTEE-QUORUM; strict, the
    /// safer reading of "半数以上").
    /// </summary>
    MoreThanHalfOfCommittee = 1,

    /// <summary>
    /// 半数以上有表决权的党员到会 — for a meeting with votes: more than half of the members with voting rights present, and each
    /// item recorded as passed has more votes for than half of the members entitled to vote (MTG-MEMBERS-MEETING-QUORUM-VOTE).
    /// </summary>
    MoreThanHalfOfVotingMembers = 2,
}

/// <summary>讲课人要求 — who must give a required Party lecture.</summary>
public enum LecturerRequirement
{
    /// <summary>Anyone.</summary>
    Anyone = 0,

    /// <summary>
    /// 书记讲党课 — the secretary of the obligated organization, holding the post on the day of the lecture; the lecture may be
    /// held in the organization or anywhere below it (for a 党组: below the organ committee it leads).
    /// </summary>
    Secretary = 1,
}
