using System.Linq;
using NodaTime;
using NodaTime.Text;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.AssessmentData;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// ASSESS-RECTIFICATION-OVERDUE: a weak and lax organisation under rectification keeps to its steps. The verification (销号)
/// comes by the deadline (转化期限): an error when it is late or still missing after it. Its variants: the plan (整改方案)
/// filed by its due day (the record's, else identification + <see cref="AssessmentParameters.RectificationPlanDays"/>); a
/// progress report for every closed month after the plan month until the month of 销号 (a warning per month); the
/// re-inspection (回头看) by its due day when one was set. The subject is the organisation. Runs only when the document has
/// <c>rectifications</c>.
/// </summary>
internal sealed class AssessRectificationOverdueRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "ASSESS-RECTIFICATION-OVERDUE",
        category: RuleCategory.Assessment,
        title: new LocalizedText("软弱涣散党组织按期整顿转化", "A weak and lax organisation is rectified and verified on time"),
        messageFormat: new LocalizedText(
            "“{subject}”整顿台账{record}的转化期限为{expected}，实际{actual}。",
            "\"{subject}\" (rectification {record}) was due to be verified by {expected}; found {actual}."),
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.HandbookPractice) },
        confidence: SourceConfidence.VerifiedSecondary,
        parameters: new ParameterKey[] { AssessmentParameters.RectificationPlanDays },
        remarks: new LocalizedText(
            "整顿流程（一个联系领导、一套方案、一本台账，按月报告进展，整改一个销号一个，回头看）来自县级做法的二手资料，转化期限来自地方台账；全国只统一了10种类型。报送方案的默认天数30天为本库默认值。文件中没有 rectifications 时本规则不运行。",
            "The lifecycle (one liaison leader, one plan and one ledger per branch, monthly progress, struck off one by one, re-inspection) comes from a county's practice (second-hand), the 转化期限 from local ledgers; only the ten types are national. The 30 days for the plan are a library default. The rule does not run when the document has no rectifications."),
        arguments: new[] { "record" },
        variants: new[]
        {
            new MessageVariant("plan", new LocalizedText(
                "“{subject}”整顿台账{record}应于{expected}前报送整改方案，实际{actual}。",
                "\"{subject}\" (rectification {record}) was due to file its plan by {expected}; found {actual}.")),
            new MessageVariant("progress", new LocalizedText(
                "“{subject}”整顿台账{record}{period}没有进展报告（要求{expected}，实际{actual}）。",
                "\"{subject}\" (rectification {record}) has no progress report for {period} (expected {expected}, found {actual})."), Severity.Warning),
            new MessageVariant("re-inspection", new LocalizedText(
                "“{subject}”整顿台账{record}应于{expected}前回头看，实际{actual}。",
                "\"{subject}\" (rectification {record}) was due to be re-inspected by {expected}; found {actual}.")),
        });

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        if (context.Input.Rectifications is not { } log)
        {
            return;
        }

        var asOf = context.AsOf;
        var days = context.Parameter(AssessmentParameters.RectificationPlanDays);
        foreach (var r in log.Records)
        {
            if (!context.Tree.TryGetOrganization(r.OrganizationId, out _) || r.IdentifiedOn > asOf)
            {
                continue;
            }

            var planDue = r.PlanDue ?? r.IdentifiedOn.PlusDays(days);
            Late(context, r, "plan", planDue, r.PlanFiledOn, asOf);
            Late(context, r, null, r.Deadline, r.VerifiedOn, asOf);
            if (r.ReInspectBy is { } reDue)
            {
                Late(context, r, "re-inspection", reDue, r.ReInspectedOn, asOf);
            }

            if (r.PlanFiledOn is { } filed)
            {
                var month = YearMonth(filed).PlusMonths(1);
                var stop = r.VerifiedOn is { } v ? YearMonth(v) : YearMonth(asOf).PlusMonths(1);
                while (month < stop && month.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1) <= asOf)
                {
                    if (!r.Progress.Contains(month))
                    {
                        context.ReportVariant(Descriptor, "progress", r.OrganizationId, r.OrganizationId, ReportingPeriod.Month(month.Year, month.Month),
                            new LocalizedText("每月1次", "one a month"), new LocalizedText("0次", "none"), r.Id);
                    }

                    month = month.PlusMonths(1);
                }
            }
        }
    }

    /// <summary>Reports when <paramref name="done"/> is after <paramref name="due"/>, or absent once <paramref name="due"/> has passed.</summary>
    private void Late(ComplianceContext context, RectificationRecord r, string? variant, LocalDate due, LocalDate? done, LocalDate asOf)
    {
        if (done is { } d ? d <= due : asOf <= due)
        {
            return;
        }

        var expected = new LocalizedText(Iso(due), Iso(due));
        var actual = done is { } x ? new LocalizedText(Iso(x), Iso(x)) : new LocalizedText($"截至{Iso(asOf)}未完成", $"not done by {Iso(asOf)}");
        var period = ReportingPeriod.MonthOf(due);
        if (variant is null)
        {
            context.Report(Descriptor, r.OrganizationId, r.OrganizationId, period, expected, actual, r.Id);
        }
        else
        {
            context.ReportVariant(Descriptor, variant, r.OrganizationId, r.OrganizationId, period, expected, actual, r.Id);
        }
    }

    private static YearMonth YearMonth(LocalDate d) => new(d.Year, d.Month);

    private static string Iso(LocalDate d) => LocalDatePattern.Iso.Format(d);
}
