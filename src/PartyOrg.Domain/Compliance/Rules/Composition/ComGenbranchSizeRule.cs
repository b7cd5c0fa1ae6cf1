using System;
using System.Collections.Generic;
using System.Globalization;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.StructureIndex;

namespace PartyOrg.Domain.Compliance;

/// <summary>COM-GENBRANCH-SIZE: a general branch committee has, as a rule, 5 to 7 members, at most 9, and 1 deputy secretary.</summary>
internal sealed class ComGenbranchSizeRule : SeatRangeRule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "COM-GENBRANCH-SIZE",
        category: RuleCategory.Composition,
        title: new LocalizedText("总支部委员会一般设委员5至7人，最多不超过9人", "A general branch committee has 5 to 7 members, at most 9"),
        messageFormat: new LocalizedText("党总支“{subject}”{problem}", "General branch \"{subject}\" {problemEn}"),
        arguments: new[] { "problem", "problemEn" },
        defaultSeverity: Severity.Warning,
        citations: new[] { new Citation(Regulation.HandbookPractice) },
        confidence: SourceConfidence.VerifiedSecondary,
        parameters: new ParameterKey[] { StructuralParameters.GeneralBranchCommitteeMinSeats, StructuralParameters.GeneralBranchCommitteeMaxSeats, StructuralParameters.GeneralBranchMaxDeputySecretaries },
        remarks: new LocalizedText(
            "出自党务手册，无中央条文，故为警告：少于5人或多于9人报，8至9人不报；副书记多于1人报。",
            "From a handbook, no central text, hence a warning: fewer than 5 or more than 9 seats is reported, 8 or 9 passes; more than 1 deputy secretary is reported."));

    internal ComGenbranchSizeRule()
        : base(Definition, StructuralParameters.GeneralBranchCommitteeMinSeats, StructuralParameters.GeneralBranchCommitteeMaxSeats, StructuralParameters.GeneralBranchMaxDeputySecretaries)
    {
    }

    protected override bool Applies(Organization organization) => organization.Kind == OrganizationKind.GeneralBranch;
}
