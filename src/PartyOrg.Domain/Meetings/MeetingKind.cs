using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.SmartEnum;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Meetings;

/// <summary>
/// 会议类型 — the kinds of meeting and organizational life (三会一课 and the rest): 党员大会, 支委会, 党小组会, 党课,
/// 主题党日, 组织生活会, 民主评议党员, 民主生活会, 机关党员干部大会 and 党员代表大会. Each knows which kinds of
/// organization may hold it. <c>Name</c> is the JSON spelling. One <see cref="MeetingRecord"/> may count for several kinds
/// (a 主题党日 combined with a 党员大会 and a 党课).
/// </summary>
public sealed class MeetingKind : BilingualEnum<MeetingKind>
{
    private static readonly OrganizationKind[] BasicLevel =
        { OrganizationKind.OrganCommittee, OrganizationKind.BasicCommittee, OrganizationKind.GeneralBranch, OrganizationKind.Branch };

    /// <summary>党员大会 — general meeting of members: the branch's deliberative and decision-making body.</summary>
    public static readonly MeetingKind GeneralMeeting = new("general-meeting", 1, "党员大会", "general meeting of members", BasicLevel);

    /// <summary>支部委员会会议 (支委会) — committee meeting; owed only where a committee exists.</summary>
    public static readonly MeetingKind CommitteeMeeting = new("committee-meeting", 2, "支部委员会会议", "committee meeting", BasicLevel);

    /// <summary>党小组会 — Party group meeting, held by each Party group.</summary>
    public static readonly MeetingKind GroupMeeting = new("group-meeting", 3, "党小组会", "Party group meeting", new[] { OrganizationKind.PartyGroup });

    /// <summary>党课 — Party lecture; any organization may host one.</summary>
    public static readonly MeetingKind PartyLecture = new("party-lecture", 4, "党课", "Party lecture", OrganizationKind.List.ToArray());

    /// <summary>主题党日 — themed Party day, on a relatively fixed day each month.</summary>
    public static readonly MeetingKind ThemedPartyDay = new("themed-party-day", 5, "主题党日", "themed Party day", BasicLevel);

    /// <summary>组织生活会 — organizational life meeting, at least once a year, as a rule in Q4.</summary>
    public static readonly MeetingKind OrganizationalLifeMeeting = new("organizational-life-meeting", 6, "组织生活会", "organizational life meeting",
        BasicLevel.Concat(new[] { OrganizationKind.PartyGroup }).ToArray());

    /// <summary>民主评议党员 — democratic appraisal of members, as a rule once a year.</summary>
    public static readonly MeetingKind DemocraticAppraisal = new("democratic-appraisal", 7, "民主评议党员", "democratic appraisal of members",
        BasicLevel.Concat(new[] { OrganizationKind.PartyGroup }).ToArray());

    /// <summary>民主生活会 — democratic life meeting of a leading body (党组, 党委, 机关工委).</summary>
    public static readonly MeetingKind DemocraticLifeMeeting = new("democratic-life-meeting", 8, "民主生活会", "democratic life meeting",
        new[] { OrganizationKind.LeadingGroup, OrganizationKind.OrganCommittee, OrganizationKind.BasicCommittee, OrganizationKind.WorkingCommittee });

    /// <summary>机关党员干部大会 — organ assembly of members and cadres, at least once a year.</summary>
    public static readonly MeetingKind OrganAssembly = new("organ-assembly", 9, "机关党员干部大会", "organ assembly of members and cadres", BasicLevel);

    /// <summary>党员代表大会 — congress of delegates of a Party committee.</summary>
    public static readonly MeetingKind DelegateCongress = new("delegate-congress", 10, "党员代表大会", "congress of delegates",
        new[] { OrganizationKind.OrganCommittee, OrganizationKind.BasicCommittee });

    private readonly OrganizationKind[] heldBy;

    private MeetingKind(string name, int value, string chineseName, string englishName, OrganizationKind[] heldBy)
        : base(name, value, chineseName, englishName)
    {
        this.heldBy = heldBy;
    }

    /// <summary>The kinds of organization that may hold it.</summary>
    public IReadOnlyList<OrganizationKind> HeldBy => Internal.ReadOnly.View(heldBy, ref heldByView);

    private IReadOnlyList<OrganizationKind>? heldByView;

    /// <summary>Whether an organization of <paramref name="kind"/> may hold this kind of meeting.</summary>
    /// <param name="kind">The organization kind.</param>
    /// <returns>True when allowed.</returns>
    public bool CanBeHeldBy(OrganizationKind kind) => Array.IndexOf(heldBy, kind ?? throw new ArgumentNullException(nameof(kind))) >= 0;

    /// <summary>The bit of this kind in a kind mask (1 &lt;&lt; Value).</summary>
    internal int Bit => 1 << Value;
}
