namespace PartyOrg.Domain.Meetings;

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
