using Ardalis.SmartEnum;

namespace PartyOrg.Domain.AssessmentData;

/// <summary>
/// 软弱涣散基层党组织的主要类型 — the ten types of the 党内统计 annual sheet "整顿软弱涣散基层党组织情况" (national; items 1–8 are
/// the 2014 campaign's core, 9–10 were added later). Local checklists add their own; this vocabulary holds the national ten.
/// </summary>
public sealed class WeaknessType : BilingualEnum<WeaknessType>
{
    /// <summary>1 班子配备不齐、书记长期缺职、工作处于停滞状态.</summary>
    public static readonly WeaknessType IncompleteLeadership = new("incomplete-leadership", 1, "党组织班子配备不齐、书记长期缺职、工作处于停滞状态", "leadership incomplete, secretary long vacant, work at a standstill");

    /// <summary>2 书记不胜任现职.</summary>
    public static readonly WeaknessType IncompetentSecretary = new("incompetent-secretary", 2, "书记不胜任现职、工作不在状态、严重影响班子整体战斗力", "secretary unfit for the post, seriously weakening the committee");

    /// <summary>3 班子不团结.</summary>
    public static readonly WeaknessType DisunitedLeadership = new("disunited-leadership", 3, "班子不团结、内耗严重、工作不能正常开展", "committee disunited, infighting, work cannot proceed normally");

    /// <summary>4 组织制度形同虚设、不开展党组织活动.</summary>
    public static readonly WeaknessType NoOrganizationalLife = new("no-organizational-life", 4, "组织制度形同虚设、不开展党组织活动", "organisational rules exist only on paper, no Party activities held");

    /// <summary>5 换届选举拉票贿选问题突出.</summary>
    public static readonly WeaknessType ElectionMisconduct = new("election-misconduct", 5, "换届选举拉票贿选问题突出", "canvassing and vote buying in elections");

    /// <summary>6 宗族宗教和黑恶势力干扰渗透严重.</summary>
    public static readonly WeaknessType ClanOrCriminalInterference = new("clan-or-criminal-interference", 6, "宗族宗教和黑恶势力干扰渗透严重", "serious interference by clans, religion or criminal gangs");

    /// <summary>7 村务居务财务公开和民主管理混乱.</summary>
    public static readonly WeaknessType DisorderedAffairs = new("disordered-affairs", 7, "村务居务财务公开和民主管理混乱", "public disclosure and democratic management of affairs and finances in disorder");

    /// <summary>8 社会治安问题和信访矛盾纠纷集中.</summary>
    public static readonly WeaknessType PublicOrderProblems = new("public-order-problems", 8, "社会治安问题和信访矛盾纠纷集中", "concentrated public-order problems, petitions and disputes");

    /// <summary>9 无固定办公活动场所及便民服务设施.</summary>
    public static readonly WeaknessType NoPremises = new("no-premises", 9, "无固定办公活动场所及便民服务设施", "no fixed premises for office work, activities and public services");

    /// <summary>10 服务意识差、服务能力弱、群众意见大.</summary>
    public static readonly WeaknessType PoorService = new("poor-service", 10, "党组织服务意识差、服务能力弱、群众意见大", "poor service attitude and ability, strong public dissatisfaction");

    private WeaknessType(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}
