using PartyOrg.Domain.Development;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.DevelopmentRuleSupport;

namespace PartyOrg.Domain.Compliance;

/// <summary>DEV-ACTIVIST-REVIEW-6M: the branch reviews each activist every half year.</summary>
internal sealed class DevActivistReview6mRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "DEV-ACTIVIST-REVIEW-6M",
        category: RuleCategory.Development,
        title: new LocalizedText("党支部每半年对入党积极分子进行一次考察", "The branch reviews each activist every half year"),
        messageFormat: Message,
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.MemberDevelopmentRules, 12, articleConfirmed: false) },
        confidence: SourceConfidence.VerifiedSecondary,
        parameters: new ParameterKey[] { DevelopmentParameters.Intervals },
        remarks: new LocalizedText(
            "从确定为入党积极分子之日起至列为发展对象（尚未列为的，至检查日），相邻两次考察（含起止日）之间不超过6个月（日历月，月末对齐）。条文序号未经核实（据信为第十二条）。",
            "From the designation until the listing as development candidate (or the as-of date while still an activist), no gap between consecutive reviews (and the two ends) exceeds 6 calendar months (clamped to the month's end). The article number is unconfirmed (believed Art. 12)."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        foreach (var a in Applicants(context))
        {
            if (a.Activist is null || a.Probation?.Cancelled is not null)
            {
                continue;
            }

            var activist = a.Activist.Value;

            var end = a.Candidate ?? context.AsOf;
            var months = Intervals(context, activist).ReviewMonths;
            var previous = activist;

            // The reviews from the designation to the end (in the order given), then the end itself.
            for (var k = 0; k <= a.Reviews.Count; k++)
            {
                var next = k < a.Reviews.Count ? a.Reviews[k] : end;
                if (k < a.Reviews.Count && (next < activist || next > end))
                {
                    continue;
                }

                var due = previous.PlusMonths(months);
                if (next > due)
                {
                    var interval = DevelopmentIntervals.Describe(months);
                    var actual = next == end && a.Candidate is null
                        ? Text("自" + D(previous) + "起至" + D(end) + "无考察", "no review from " + D(previous) + " to " + D(end))
                        : Text(D(previous) + "至" + D(next) + "间隔超过" + interval.Chinese, "the gap from " + D(previous) + " to " + D(next) + " exceeds " + interval.English);
                    Report(context, Definition, a, Text("在" + D(due) + "前考察", "a review by " + D(due)), actual);
                    break;
                }

                previous = next;
            }
        }
    }
}
