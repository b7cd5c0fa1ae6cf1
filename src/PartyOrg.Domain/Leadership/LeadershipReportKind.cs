using Ardalis.SmartEnum;

namespace PartyOrg.Domain.Leadership;

/// <summary>The kind of a yearly report of an organ's leaders (contract <c>reports[].kind</c>).</summary>
public sealed class LeadershipReportKind : BilingualEnum<LeadershipReportKind>
{
    /// <summary>书记述职评议 — the secretary of an organ committee, general branch or branch reports on Party building (机关条例 Art. 39).</summary>
    public static readonly LeadershipReportKind SecretaryReview = new("secretary-review", 1, "书记抓党建述职评议", "secretary's review");

    /// <summary>党组汇报党建工作 — the 党组 reports on the Party building of its organ and is appraised (机关条例 Art. 35).</summary>
    public static readonly LeadershipReportKind PartyBuildingBriefing = new("party-building-briefing", 2, "党组党建工作汇报", "Party-building briefing");

    /// <summary>党组全面报告 — the 党组's comprehensive report to the organisation that approved it (党组工作条例 2015 Art. 19).</summary>
    public static readonly LeadershipReportKind ComprehensiveReport = new("comprehensive-report", 3, "党组全面报告", "comprehensive report");

    private LeadershipReportKind(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}
