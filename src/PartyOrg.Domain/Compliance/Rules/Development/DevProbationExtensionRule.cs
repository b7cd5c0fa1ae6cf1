using System.Collections.Generic;
using NodaTime;
using PartyOrg.Domain.Development;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.DevelopmentRuleSupport;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// DEV-PROBATION-EXTENSION: at the end of probation the branch discusses the conversion promptly; probation may be
/// extended once, by 6 to 12 months, or cancelled.
/// </summary>
internal sealed class DevProbationExtensionRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "DEV-PROBATION-EXTENSION",
        category: RuleCategory.Development,
        title: new LocalizedText("预备期满及时讨论转正；延长一次，不少于半年、不超过一年", "Discuss the conversion at the end of probation; one extension of 6 to 12 months"),
        messageFormat: Message,
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.Constitution, 7), new Citation(Regulation.MemberDevelopmentRules, 32) },
        confidence: SourceConfidence.VerifiedExcerpt,
        parameters: new ParameterKey[] { DevelopmentParameters.Intervals, DevelopmentParameters.ConversionGraceDays },
        remarks: new LocalizedText(
            "「预备期满，党的支部应当及时讨论」；「可以延长一次预备期，延长时间不能少于半年，最长不超过一年」：延长月数须在6至12之间；预备期（含延长）满后至检查日（加宽限天数，默认0）既无转正、延长也无取消记录的，报告。没有发展记录的预备党员按 admitted + 1年 判断（报告在该党员上）。契约只允许记录一次延长，第二次延长无法表示。",
            "\"预备期满，党的支部应当及时讨论\"; \"可以延长一次预备期，延长时间不能少于半年，最长不超过一年\": the extension is 6 to 12 months; a probation (with its extension) ended before the as-of date (plus the grace days, default 0) with no conversion, extension or cancellation is reported. A probationary member without a development record is judged on admitted + 1 year (the finding is on the member). The contract holds one extension, so a second one cannot be recorded."),
        variants: new[]
        {
            new MessageVariant("member", new LocalizedText(
                "预备党员“{subject}”：{actual}（应为：{expected}）。",
                "Probationary member \"{subject}\": {actual} (expected: {expected}).")),
        });

    public override RuleDescriptor Descriptor => Definition;

    /// <inheritdoc/>
    internal override int Cost => 25; // every probationary member

    public override void Evaluate(ComplianceContext context)
    {
        var grace = context.Parameter(DevelopmentParameters.ConversionGraceDays);
        var log = context.Input.Development;
        foreach (var a in Applicants(context))
        {
            var p = a.Probation;
            var intervals = a.Admission is null ? Intervals(context, context.AsOf) : Intervals(context, a.Admission.Meeting);
            var e = p?.Extension;
            if (e is not null && (e.Months < intervals.ExtensionMinimumMonths || e.Months > intervals.ExtensionMaximumMonths))
            {
                Report(context, Definition, a, Text("延长" + N(intervals.ExtensionMinimumMonths) + "至" + N(intervals.ExtensionMaximumMonths) + "个月", "an extension of " + N(intervals.ExtensionMinimumMonths) + " to " + N(intervals.ExtensionMaximumMonths) + " months"),
                    Text("延长" + N(e.Months) + "个月", "extended by " + N(e.Months) + " months"));
            }

            if (a.Approval is null || p?.Conversion is not null || p?.Cancelled is not null)
            {
                continue;
            }

            var probationEnd = DevelopmentDates.ProbationEnd(a, intervals);
            if (probationEnd is null)
            {
                continue;
            }

            var end = probationEnd.Value;

            if (context.AsOf > end.PlusDays(grace))
            {
                Report(context, Definition, a, Text(D(end) + "预备期满后及时讨论转正", "the conversion discussed when probation ends on " + D(end)),
                    Text("截至" + D(context.AsOf) + "无转正、延长或取消记录", "no conversion, extension or cancellation by " + D(context.AsOf)));
            }
        }

        // Members admitted on one day share their probation's end and its wording, and all share the actual value's: each
        // made once (a province has tens of thousands of such findings).
        LocalizedText? stillProbationary = null;
        var ends = new Dictionary<LocalDate, (LocalDate End, LocalizedText? Expected)>();
        foreach (var m in context.Tree.MemberArray)
        {
            if (m.Status != MembershipStatus.Probationary || m.AdmittedOn is null || log?.OfMember(m.Id) is not null)
            {
                continue;
            }

            var admitted = m.AdmittedOn.Value;
            if (!ends.TryGetValue(admitted, out var known))
            {
                known = (admitted.PlusMonths(Intervals(context, admitted).ProbationMonths), null);
                ends.Add(admitted, known);
            }

            var end = known.End;
            if (context.AsOf > end.PlusDays(grace))
            {
                if (known.Expected is null)
                {
                    known.Expected = Text(D(end) + "预备期满后及时讨论转正", "the conversion discussed when probation ends on " + D(end));
                    ends[admitted] = known;
                }

                stillProbationary ??= Text("截至" + D(context.AsOf) + "仍为预备党员，无转正、延长或取消记录", "still probationary on " + D(context.AsOf) + " with no conversion, extension or cancellation");
                context.ReportVariant(Definition, "member", m.Id, m.BranchId, null, known.Expected, stillProbationary);
            }
        }
    }
}
