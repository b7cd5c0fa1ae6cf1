using System;
using System.Collections.Generic;
using System.Globalization;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.StructureIndex;

namespace PartyOrg.Domain.Compliance;

/// <summary>COM-PARTYGROUP-SIZE: a 党组 has, as a rule, 3 to 7 members (9 for provincial/ministerial units and above, by parameter).</summary>
internal sealed class ComPartygroupSizeRule : SeatRangeRule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "COM-PARTYGROUP-SIZE",
        category: RuleCategory.Composition,
        title: new LocalizedText("党组成员一般设3至7人", "A leading Party members group has, as a rule, 3 to 7 members"),
        messageFormat: new LocalizedText("党组“{subject}”{problem}", "Leading group \"{subject}\" {problemEn}"),
        arguments: new[] { "problem", "problemEn" },
        defaultSeverity: Severity.Warning,
        citations: new[] { new Citation(Regulation.LeadingGroupRegulations2015, 7), new Citation(Regulation.LeadingGroupRegulations, 9, articleConfirmed: false) },
        confidence: SourceConfidence.VerifiedExcerpt,
        parameters: new ParameterKey[] { StructuralParameters.LeadingGroupMinMembers, StructuralParameters.LeadingGroupMaxMembers },
        remarks: new LocalizedText(
            "“一般”，故为警告。省部级以上单位、中管国有重要骨干企业和中管金融企业一般不超过9人：在派生方案中把leading-group.max-members设为9。2019年条例的条款为记忆值。成员指书记、副书记和成员（committee-member）。",
            "\"一般\", hence a warning. Provincial/ministerial units and above, centrally managed key SOEs and financial SOEs: as a rule at most 9 — set leading-group.max-members to 9 in a derived profile. The 2019 article is from memory. Members are the secretary, deputies and committee-member posts."));

    internal ComPartygroupSizeRule()
        : base(Definition, StructuralParameters.LeadingGroupMinMembers, StructuralParameters.LeadingGroupMaxMembers, null)
    {
    }

    protected override bool Applies(Organization organization) => organization.Kind == OrganizationKind.LeadingGroup;
}
