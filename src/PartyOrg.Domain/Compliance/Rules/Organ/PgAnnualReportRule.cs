using PartyOrg.Domain.Leadership;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// PG-ANNUAL-REPORT: a 党组 makes at least one comprehensive report a year to the organisation that approved it
/// (党组工作条例 2015 Art. 19). A closed year without a <c>comprehensive-report</c> dated in it is an error on the 党组.
/// Runs only when the document has <c>reports</c>.
/// </summary>
internal sealed class PgAnnualReportRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "PG-ANNUAL-REPORT",
        category: RuleCategory.PartyGroup,
        title: new LocalizedText("党组每年至少作1次全面报告", "A leading group makes at least one comprehensive report a year"),
        messageFormat: new LocalizedText(
            "党组“{subject}”{period}年度没有{report}（要求{expected}次，实际{actual}次）。",
            "Leading group \"{subject}\" has no {reportEn} dated in {period} (expected {expected}, found {actual})."),
        arguments: new[] { "report", "reportEn" },
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.LeadingGroupRegulations2015, 19) },
        confidence: SourceConfidence.VerifiedExcerpt,
        remarks: new LocalizedText(
            "依据2015年《党组工作条例（试行）》第十九条（摘录已核对）；2019年条例中的相应表述为记忆（MEMORY）。以报告日期所在年度计，只判断已结束的年度。文件中没有 reports 时本规则不运行。",
            "Cites the 2015 trial regulations on Party groups, Art. 19 (checked excerpt); the 2019 wording is MEMORY. A report counts for the calendar year of its date; only closed years are judged. The rule does not run when the document has no reports."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        if (context.Input.Reports is not { } log)
        {
            return;
        }

        var given = LeadershipRuleSupport.Given(context, log, LeadershipReportKind.ComprehensiveReport);
        foreach (var year in LeadershipRuleSupport.ClosedYears(context))
        {
            foreach (var org in context.Tree.Organizations)
            {
                if (org.Kind == OrganizationKind.LeadingGroup && LeadershipRuleSupport.ExistsAtEndOf(org, year) && !given.Contains((org.Id, year)))
                {
                    LeadershipRuleSupport.ReportMissing(context, Descriptor, org, year, LeadershipReportKind.ComprehensiveReport);
                }
            }
        }
    }
}
