using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.DevelopmentRuleSupport;

namespace PartyOrg.Domain.Compliance;

/// <summary>DEV-LIAISON-1-2: one or two full members are training contacts of each activist.</summary>
internal sealed class DevLiaison12Rule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "DEV-LIAISON-1-2",
        category: RuleCategory.Development,
        title: new LocalizedText("指定一至两名正式党员作培养联系人", "One or two full members as training contacts"),
        messageFormat: Message,
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.MemberDevelopmentRules) },
        confidence: SourceConfidence.VerifiedSecondary,
        remarks: new LocalizedText(
            "「党组织应当指定一至两名正式党员作其培养联系人」：确定入党积极分子后，liaisons 为1或2人，且在确定之日均为正式党员。条文序号未经核实。",
            "\"党组织应当指定一至两名正式党员作其培养联系人\": once designated, an activist has 1 or 2 liaisons, each a full member on the designation date. The article number is unconfirmed."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        foreach (var a in Applicants(context))
        {
            if (a.Activist is null)
            {
                continue;
            }

            var activist = a.Activist.Value;

            if (a.LiaisonIds.Count is < 1 or > 2)
            {
                Report(context, Definition, a, Text("1至2名培养联系人", "1 or 2 liaisons"), Text(a.LiaisonIds.Count + "名培养联系人", a.LiaisonIds.Count + " liaisons"));
            }

            for (var k = 0; k < a.LiaisonIds.Count; k++)
            {
                var id = a.LiaisonIds[k];
                if (IsFullOn(context, id, activist))
                {
                    continue;
                }

                Report(context, Definition, a, Text("培养联系人为正式党员", "liaisons are full members"),
                    Text("培养联系人“" + id + "”在" + D(activist) + "不是正式党员", "liaison " + id + " is not a full member on " + D(activist)));
            }
        }
    }
}
