using System;
using System.Globalization;
using NodaTime;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using PartyOrg.Domain.Terms;

namespace PartyOrg.Domain.Compliance;

/// <summary>TERM-CONSTITUTION-RANGE: a term's length is within the range of the Constitution in force at its start.</summary>
internal sealed class TermConstitutionRangeRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "TERM-CONSTITUTION-RANGE",
        category: RuleCategory.Term,
        title: new LocalizedText("任期年限符合党章规定", "Term length within the Constitution's range"),
        messageFormat: new LocalizedText("“{subject}”本届任期{actual}年，超出党章规定的{expected}年（{citation}）。", "\"{subject}\" has a term of {actual} years, outside the Constitution's {expected} years ({citationEn})."),
        arguments: new[] { "citation", "citationEn" },
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.Constitution, 31) },
        confidence: SourceConfidence.VerifiedFullText,
        parameters: new ParameterKey[] { TermParameters.Policy, TermParameters.Lengths },
        remarks: new LocalizedText(
            "按任期开始日有效的党章版本判断：2017年党章起基层委员会、总支部委员会、支部委员会均为三年至五年；此前基层委员会三年至五年，总支部、支部两年或三年。记录的年限或方案配置的年限都检查。",
            "Judged by the Constitution in force when the term began: since 2017, 3 to 5 years for basic committees, general branches and branches; before, 3 to 5 for basic committees and 2 or 3 for general branches and branches. Both recorded and configured lengths are checked."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        foreach (var e in TermRuleSupport.Entries(context))
        {
            var range = ConstitutionalTermRange.For(e.Organization.Kind, e.Term.Start);
            if (range is not null && !range.Contains(e.Years))
            {
                context.Report(Descriptor, e.OrganizationId, e.OrganizationId, null, range.ToString(), TermRuleSupport.Num(e.Years),
                    range.Citation.ToChinese(), range.Citation.ToEnglish());
            }
        }
    }
}
