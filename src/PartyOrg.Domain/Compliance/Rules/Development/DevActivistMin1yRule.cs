using PartyOrg.Domain.Development;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.DevelopmentRuleSupport;

namespace PartyOrg.Domain.Compliance;

/// <summary>DEV-ACTIVIST-MIN-1Y: only an activist of one year or more becomes a development candidate.</summary>
internal sealed class DevActivistMin1yRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "DEV-ACTIVIST-MIN-1Y",
        category: RuleCategory.Development,
        title: new LocalizedText("经过一年以上培养教育和考察方可列为发展对象", "Development candidates have been activists for a year or more"),
        messageFormat: Message,
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.MemberDevelopmentRules, 13) },
        confidence: SourceConfidence.VerifiedExcerpt,
        parameters: new ParameterKey[] { DevelopmentParameters.Intervals },
        remarks: new LocalizedText(
            "「经过一年以上培养教育和考察」：candidate ≥ activist + 1年（「以上」含本数；2月29日 + 1年 = 2月28日）。",
            "\"一年以上\" includes the year: candidate ≥ activist + 1 year (29 February + 1 year = 28 February)."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        foreach (var a in Applicants(context))
        {
            if (a.Activist is { } activist && a.Candidate is { } candidate && activist.PlusMonths(Intervals(context, activist).ActivistMonths) is var earliest && candidate < earliest)
            {
                Report(context, Definition, a, Text(D(earliest) + "或之后列为发展对象", "listed on or after " + D(earliest)),
                    Text(D(candidate) + "列为发展对象", "listed on " + D(candidate)));
            }
        }
    }
}
