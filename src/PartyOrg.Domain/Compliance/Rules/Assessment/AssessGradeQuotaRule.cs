using System;
using System.Globalization;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// ASSESS-GRADE-QUOTA: a forced-distribution quota of a scorecard (e.g. 好 at most 10 %, the bottom grades at least 5 %) holds
/// among the organisations an assessing organisation grades. At most ⌈n × share⌉ may get a capped grade and at least
/// ⌊n × share⌋ a floored one. A warning on the assessing organisation. Runs only in an assessment (<c>partyorg assess</c>),
/// on the grades the scorecard gave; <c>check</c> has no grades and the rule stays silent.
/// </summary>
internal sealed class AssessGradeQuotaRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "ASSESS-GRADE-QUOTA",
        category: RuleCategory.Assessment,
        title: new LocalizedText("定级结果符合评定比例（强制分布）", "Grades respect the scorecard's forced-distribution quotas"),
        messageFormat: new LocalizedText(
            "“{subject}”{period}年评定的{graded}个党组织中，{actual}，超过比例上限（{expected}）。",
            "Of the {graded} organisations \"{subject}\" graded for {period}, {actual}: above the quota ({expected})."),
        defaultSeverity: Severity.Warning,
        citations: new[] { new Citation(Regulation.HandbookPractice) },
        confidence: SourceConfidence.VerifiedSecondary,
        remarks: new LocalizedText(
            "比例来自评分表（如星级评定10%/30%/40%/20%，软弱涣散按5%—10%倒排），属地方做法。上限允许⌈n×比例⌉个，下限要求⌊n×比例⌋个。只在 partyorg assess 中按评分表的结果运行。",
            "The shares come from the scorecard (star ratings 10/30/40/20 %, the weak-organisation campaign's 5–10 % from the bottom) and are local practice. A cap allows ⌈n × share⌉, a floor requires ⌊n × share⌋. Runs only in partyorg assess, on the scorecard's grades."),
        arguments: new[] { "graded" },
        variants: new[]
        {
            new MessageVariant("below", new LocalizedText(
                "“{subject}”{period}年评定的{graded}个党组织中，{actual}，低于比例下限（{expected}）。",
                "Of the {graded} organisations \"{subject}\" graded for {period}, {actual}: below the quota ({expected}).")),
        });

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        if (context.Input.GradeTally is not { } tally)
        {
            return;
        }

        var ci = CultureInfo.InvariantCulture;
        var period = ReportingPeriod.Year(tally.Year);
        foreach (var group in tally.Groups)
        {
            var n = group.Graded;
            foreach (var line in group.Lines)
            {
                var actual = new LocalizedText($"{line.Grades.Chinese}{line.Count.ToString(ci)}个", $"{line.Count.ToString(ci)} {line.Grades.English}");
                if (line.MaxShare is { } max && line.Count > (int)Math.Ceiling(n * max))
                {
                    var limit = (int)Math.Ceiling(n * max);
                    context.Report(Descriptor, group.AssessingOrganizationId, group.AssessingOrganizationId, period,
                        new LocalizedText($"{line.Grades.Chinese}至多{limit.ToString(ci)}个（{Percent(max)}）", $"at most {limit.ToString(ci)} {line.Grades.English} ({Percent(max)})"),
                        actual, n);
                }

                if (line.MinShare is { } min && line.Count < (int)Math.Floor(n * min))
                {
                    var floor = (int)Math.Floor(n * min);
                    context.ReportVariant(Descriptor, "below", group.AssessingOrganizationId, group.AssessingOrganizationId, period,
                        new LocalizedText($"{line.Grades.Chinese}至少{floor.ToString(ci)}个（{Percent(min)}）", $"at least {floor.ToString(ci)} {line.Grades.English} ({Percent(min)})"),
                        actual, n);
                }
            }
        }
    }

    private static string Percent(decimal share) => (share * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
