using PartyOrg.Domain.Leadership;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// ORGAN-REPORTING: every year the secretary of each organ committee, general branch and (non-temporary) branch reports on
/// Party building to the organisation above (述职评议, 机关条例 Art. 39), and each 党组 briefs on the Party building of its
/// organ and is appraised (Art. 35). A closed year without a report of that kind dated in it is an error on the
/// organization. Runs only when the document has <c>reports</c>.
/// </summary>
internal sealed class OrganReportingRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "ORGAN-REPORTING",
        category: RuleCategory.Organ,
        title: new LocalizedText("机关基层党组织书记每年述职，党组每年汇报机关党建工作", "Organ Party secretaries report every year; the leading group briefs on Party building every year"),
        messageFormat: new LocalizedText(
            "“{subject}”{period}年度没有{report}（要求{expected}次，实际{actual}次）。",
            "\"{subject}\" has no {reportEn} dated in {period} (expected {expected}, found {actual})."),
        arguments: new[] { "report", "reportEn" },
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.OrganRegulations, 39), new Citation(Regulation.OrganRegulations, 35) },
        confidence: SourceConfidence.VerifiedFullText,
        remarks: new LocalizedText(
            "机关党委、党总支和党支部（临时党支部除外）每年须有1次书记述职（reports 中 kind 为 secretary-review），党组每年须有1次党建工作汇报（party-building-briefing）；以报告日期所在年度计（1月所作的述职计入当年），只判断已结束的年度，当年年底尚存在的组织才判断。评议等次（好、较好、一般、差）随记录保存，不作判断。文件中没有 reports 时本规则不运行。",
            "Organ committees, general branches and branches (not temporary ones) need one secretary's review a year (reports kind secretary-review); a leading group one Party-building briefing a year (party-building-briefing). A report counts for the calendar year of its date (a January review counts for that year); only closed years are judged, and only organizations that exist on 31 December. The grade (好 / 较好 / 一般 / 差) is kept on the record, not judged. The rule does not run when the document has no reports."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        if (context.Input.Reports is not { } log)
        {
            return;
        }

        var reviews = LeadershipRuleSupport.Given(context, log, LeadershipReportKind.SecretaryReview);
        var briefings = LeadershipRuleSupport.Given(context, log, LeadershipReportKind.PartyBuildingBriefing);
        foreach (var year in LeadershipRuleSupport.ClosedYears(context))
        {
            foreach (var org in context.Tree.Organizations)
            {
                if (!LeadershipRuleSupport.ExistsAtEndOf(org, year))
                {
                    continue;
                }

                if (org.Kind == OrganizationKind.LeadingGroup)
                {
                    if (!briefings.Contains((org.Id, year)))
                    {
                        LeadershipRuleSupport.ReportMissing(context, Descriptor, org, year, LeadershipReportKind.PartyBuildingBriefing);
                    }
                }
                else if ((org.Kind == OrganizationKind.OrganCommittee || org.Kind == OrganizationKind.GeneralBranch
                          || (org.Kind == OrganizationKind.Branch && !org.IsTemporaryBranch))
                         && !reviews.Contains((org.Id, year)))
                {
                    LeadershipRuleSupport.ReportMissing(context, Descriptor, org, year, LeadershipReportKind.SecretaryReview);
                }
            }
        }
    }
}
