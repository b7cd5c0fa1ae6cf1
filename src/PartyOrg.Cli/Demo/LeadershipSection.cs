using System.Collections.Generic;
using System.IO;
using System.Linq;
using NodaTime;
using PartyOrg.Cli.Output;
using PartyOrg.Cli.Sample;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Leadership;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Cli.Demo;

/// <summary>
/// The leadership obligations of the sample organ for 2025 (a closed year): 述职评议 of every organ committee, general
/// branch and branch, the 党组's briefing and comprehensive report, training hours; and the 民主生活会 the planner owes.
/// </summary>
public sealed class LeadershipSection : IDemoSection
{
    private static readonly DateInterval Year2025 = new(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));

    /// <inheritdoc />
    public int Order => 75;

    /// <inheritdoc />
    public string ChineseTitle => "领导班子义务：2025年度述职评议、党组报告、培训学时";

    /// <inheritdoc />
    public string EnglishTitle => "Leadership obligations: 2025 reviews, leading-group reports, training hours";

    /// <inheritdoc />
    public void Write(TextWriter writer, OutputLanguage language)
    {
        var tree = SampleOrgan.BuildTree();
        var reports = new List<LeadershipReport>();
        var grades = new[] { ReviewGrade.Good, ReviewGrade.FairlyGood, ReviewGrade.Good, ReviewGrade.Average };
        var reviewed = 0;
        foreach (var org in tree.Organizations)
        {
            var due = org.Kind == OrganizationKind.OrganCommittee || org.Kind == OrganizationKind.GeneralBranch
                      || (org.Kind == OrganizationKind.Branch && !org.IsTemporaryBranch);

            // One branch has not reported: the audit shows it.
            if (due && reviewed++ != 3)
            {
                reports.Add(new LeadershipReport(LeadershipReportKind.SecretaryReview, org.Id, 2025, new LocalDate(2025, 12, 16), grade: grades[reviewed % grades.Length]));
            }
            else if (org.Kind == OrganizationKind.LeadingGroup)
            {
                reports.Add(new LeadershipReport(LeadershipReportKind.PartyBuildingBriefing, org.Id, 2025, new LocalDate(2025, 12, 22)));
                reports.Add(new LeadershipReport(LeadershipReportKind.ComprehensiveReport, org.Id, 2025, new LocalDate(2025, 12, 28)));
            }
        }

        // Everyone has 40 hours; secretaries and committee members 60 — but two fall short.
        var trainings = tree.Members.Select((m, i) => new TrainingRecord(m.Id, 2025, i == 7 ? 30m : i == 0 ? 48m : tree.Posts.Any(p => p.MemberId == m.Id) ? 60m : 40m)).ToList();

        var grid = new TextTable(language.Pick("组织", "Organization"), language.Pick("报告", "Report"), language.Pick("日期", "Date"), language.Pick("等次", "Grade"));
        foreach (var r in reports.Take(6))
        {
            grid.Add(r.OrganizationId, language.Pick(r.Kind.ChineseName, r.Kind.EnglishName), r.Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                r.Grade is { } g ? language.Pick(g.ChineseName, g.EnglishName) : "—");
        }

        writer.WriteLine(language.Pick("2025年度报告（前6条，共" + reports.Count + "条）：", "Reports for 2025 (first 6 of " + reports.Count + "):"));
        grid.Write(writer);
        writer.WriteLine();

        var dlm = MeetingRequirements.DemocraticLifeMeetingAnnual;
        writer.WriteLine(language.Pick(
            "计划：每个党组每年召开1次民主生活会（" + dlm.RuleId + "，到会须达党组成员的2/3），列入会议计划和日历导出。",
            "Planned: every leading group holds a democratic life meeting each year (" + dlm.RuleId + ", two thirds of its members present); it is in calendar and .ics."));
        writer.WriteLine();

        var input = new ComplianceInput(tree, SampleOrgan.AsOf).WithWindow(Year2025)
            .WithReports(new LeadershipReportLog(reports)).WithTrainings(new TrainingLog(trainings));
        var report = new ComplianceChecker(ComplianceProfile.StateOrgans).Check(input);
        var ids = new[] { OrganReportingRule(), PgRule(), EduRule() };
        foreach (var f in report.Findings.Where(f => ids.Contains(f.RuleId)))
        {
            writer.WriteLine(language.Pick(f.Severity.ToChineseName(), f.Severity.ToContractName()) + " [" + f.RuleId + "] " + language.Pick(f.Message.Chinese, f.Message.English));
        }
    }

    private static string OrganReportingRule() => ByCategory(RuleCategory.Organ, "REPORTING");

    private static string PgRule() => ByCategory(RuleCategory.PartyGroup, "ANNUAL-REPORT");

    private static string EduRule() => ByCategory(RuleCategory.Education, "HOURS");

    // The ids are looked up in the catalogue (each id string lives only in its rule's file).
    private static string ByCategory(RuleCategory category, string suffix) =>
        RuleCatalog.Rules.Select(r => r.Descriptor).First(d => d.Category == category && d.Id.EndsWith(suffix, System.StringComparison.Ordinal)).Id;
}
