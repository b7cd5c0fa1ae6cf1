using PartyOrg.Domain.Development;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.DevelopmentRuleSupport;

namespace PartyOrg.Domain.Compliance;

/// <summary>DEV-PROBATION-1Y: probation lasts one year from the admission meeting; the conversion is not discussed before it ends.</summary>
internal sealed class DevProbation1yRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "DEV-PROBATION-1Y",
        category: RuleCategory.Development,
        title: new LocalizedText("预备期一年，从支部大会通过之日算起", "Probation lasts one year from the admission meeting"),
        messageFormat: Message,
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.Constitution, 7), new Citation(Regulation.MemberDevelopmentRules, 32) },
        confidence: SourceConfidence.VerifiedFullText,
        parameters: new ParameterKey[] { DevelopmentParameters.Intervals },
        remarks: new LocalizedText(
            "预备期从支部大会通过之日算起，为一年（延长的加上延长月数）：转正会议不得早于预备期满之日（会议 + 1年 + 延长月数）。",
            "Probation runs one year from the admission meeting (plus the months of an extension): the conversion meeting is not before its end (meeting + 1 year + extension months)."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        foreach (var a in Applicants(context))
        {
            if (a.Conversion is { } conversion && DevelopmentDates.ProbationEnd(a, Intervals(context, a.Admission!.Meeting)) is { } end && conversion.Meeting < end)
            {
                Report(context, Definition, a, Text(D(end) + "预备期满后讨论转正", "the conversion meeting on or after the end of probation, " + D(end)),
                    Text(D(conversion.Meeting) + "讨论转正", "conversion meeting on " + D(conversion.Meeting)));
            }
        }
    }
}
