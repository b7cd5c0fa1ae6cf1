using PartyOrg.Domain.Development;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.DevelopmentRuleSupport;

namespace PartyOrg.Domain.Compliance;

/// <summary>DEV-MIN-AGE-18: an applicant is at least 18 on the application date (reached on the 18th birthday).</summary>
internal sealed class DevMinAge18Rule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "DEV-MIN-AGE-18",
        category: RuleCategory.Development,
        title: new LocalizedText("入党申请人须年满十八岁", "Applicants are at least 18"),
        messageFormat: Message,
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.Constitution, 1), new Citation(Regulation.MemberDevelopmentRules, 5) },
        confidence: SourceConfidence.VerifiedFullText,
        parameters: new ParameterKey[] { DevelopmentParameters.Intervals },
        remarks: new LocalizedText(
            "「年满十八岁」：在递交入党申请书之日已满18周岁（18周岁生日当天即满）；2月29日出生的，平年的2月28日满周岁。需要 birthDate 和 applied。",
            "\"年满十八岁\": 18 on the application date, reached on the 18th birthday (29 February birthdays: 28 February in common years). Needs birthDate and applied."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        foreach (var a in Applicants(context))
        {
            if (a.BirthDate is { } born && a.Applied is { } applied && Intervals(context, applied).MinimumAge is var age && applied < born.PlusYears(age))
            {
                var eligible = born.PlusYears(age);
                Report(context, Definition, a, Text("申请日年满" + N(age) + "周岁（" + D(eligible) + "起）", N(age) + " on the application date (from " + D(eligible) + ")"),
                    Text(D(applied) + "递交申请，未满" + N(age) + "周岁", "applied on " + D(applied) + ", under " + N(age)));
            }
        }
    }
}
