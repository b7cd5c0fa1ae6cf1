using Ardalis.SmartEnum;

namespace PartyOrg.Domain.Elections;

/// <summary>选举类型 — a general (换届) election or a by-election (补选). <c>Name</c> is the JSON spelling.</summary>
public sealed class ElectionKind : BilingualEnum<ElectionKind>
{
    /// <summary>换届选举 — the general election at the end of a term.</summary>
    public static readonly ElectionKind General = new("general", 1, "换届选举", "general election");

    /// <summary>补选 — a by-election to fill a vacancy.</summary>
    public static readonly ElectionKind ByElection = new("by-election", 2, "补选", "by-election");

    private ElectionKind(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}

/// <summary>选举方式 — competitive (差额: more candidates than seats) or uncontested (等额). <c>Name</c> is the JSON spelling.</summary>
public sealed class ElectionMethod : BilingualEnum<ElectionMethod>
{
    /// <summary>差额选举 — more candidates than seats.</summary>
    public static readonly ElectionMethod Competitive = new("competitive", 1, "差额选举", "competitive");

    /// <summary>等额选举 — as many candidates as seats.</summary>
    public static readonly ElectionMethod Uncontested = new("uncontested", 2, "等额选举", "uncontested");

    private ElectionMethod(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}

/// <summary>选举对象 — what is elected: committee members (委员), the secretary and deputies (书记、副书记, by the committee), or congress delegates (代表). <c>Name</c> is the JSON spelling.</summary>
public sealed class ElectionOffice : BilingualEnum<ElectionOffice>
{
    /// <summary>委员 — members of the committee (elected by the 党员大会 or the congress); competitive, ≥ 20% extra candidates.</summary>
    public static readonly ElectionOffice CommitteeMember = new("committee-member", 1, "委员", "committee members");

    /// <summary>书记、副书记 — elected by the new committee's first meeting (or by the 党员大会 of a branch without a committee); usually uncontested.</summary>
    public static readonly ElectionOffice Secretary = new("secretary", 2, "书记、副书记", "secretary and deputies");

    /// <summary>党员代表大会代表 — delegates to a Party congress; competitive, ≥ 20% extra candidates.</summary>
    public static readonly ElectionOffice Delegate = new("delegate", 3, "代表", "congress delegates");

    private ElectionOffice(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}

/// <summary>选举会议 — the meeting that votes: the 党员大会, a 党员代表大会, or a committee meeting (for the secretary). <c>Name</c> is the JSON spelling.</summary>
public sealed class ElectionAssembly : BilingualEnum<ElectionAssembly>
{
    /// <summary>党员大会 — the general membership meeting.</summary>
    public static readonly ElectionAssembly GeneralMeeting = new("general-meeting", 1, "党员大会", "general membership meeting");

    /// <summary>党员代表大会 — a delegate congress (≥ 500 members or dispersed organizations, with higher approval).</summary>
    public static readonly ElectionAssembly DelegateCongress = new("delegate-congress", 2, "党员代表大会", "delegate congress");

    /// <summary>委员会会议 — the committee meeting that elects the secretary and deputies.</summary>
    public static readonly ElectionAssembly CommitteeMeeting = new("committee-meeting", 3, "委员会会议", "committee meeting");

    private ElectionAssembly(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}

/// <summary>The denominator of the winning threshold: the entitled voters (2020 rules) or those present (1990 interim rules, §M7).</summary>
public sealed class ThresholdBasis : BilingualEnum<ThresholdBasis>
{
    /// <summary>应到会有选举权人数 — those entitled to attend with voting rights (2020 rules).</summary>
    public static readonly ThresholdBasis Entitled = new("entitled", 1, "应到会有选举权人数", "entitled voters");

    /// <summary>实到会有选举权人数 — those present with voting rights (1990 interim rules).</summary>
    public static readonly ThresholdBasis Present = new("present", 2, "实到会有选举权人数", "voters present");

    private ThresholdBasis(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}
