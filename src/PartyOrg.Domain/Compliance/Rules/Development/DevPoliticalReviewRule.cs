using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.DevelopmentRuleSupport;

namespace PartyOrg.Domain.Compliance;

/// <summary>DEV-POLITICAL-REVIEW: a passed political review with a written conclusion before the admission meeting.</summary>
internal sealed class DevPoliticalReviewRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "DEV-POLITICAL-REVIEW",
        category: RuleCategory.Development,
        title: new LocalizedText("发展对象须经政治审查并形成结论", "A passed political review before admission"),
        messageFormat: Message,
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.MemberDevelopmentRules, 15), new Citation(Regulation.MemberDevelopmentRules, 16) },
        confidence: SourceConfidence.VerifiedExcerpt,
        remarks: new LocalizedText(
            "「未经政治审查或政治审查不合格的，不能发展入党」：记录含发展对象（candidate）和支部大会时，须有 passed 为 true、日期不晚于会议的 politicalReview。政审一年有效为地方做法，不检查。",
            "\"未经政治审查或政治审查不合格的，不能发展入党\": when the record holds the candidate stage and the admission meeting, a politicalReview with passed true dated on or before the meeting. The local one-year validity is not checked."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        foreach (var a in Applicants(context))
        {
            if (a.Admission is null || a.Candidate is null)
            {
                continue;
            }

            var admission = a.Admission;

            if (a.PoliticalReview is not { } review)
            {
                Report(context, Definition, a, Expected(admission.Meeting), Text("无政治审查记录", "no political review recorded"));
            }
            else if (!review.Passed)
            {
                Report(context, Definition, a, Expected(admission.Meeting), Text(D(review.Date) + "政治审查不合格", "failed the political review of " + D(review.Date)));
            }
            else if (review.Date > admission.Meeting)
            {
                Report(context, Definition, a, Expected(admission.Meeting), Text("政治审查结论日期为" + D(review.Date), "political review concluded on " + D(review.Date)));
            }
        }
    }

    /// <summary>The expected value, worded only for a finding (most applicants have none).</summary>
    private static LocalizedText Expected(NodaTime.LocalDate meeting) =>
        Text("在" + D(meeting) + "支部大会前通过政治审查", "a passed political review on or before the meeting of " + D(meeting));
}
