using System;
using System.Collections.Generic;
using System.Globalization;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.StructureIndex;

namespace PartyOrg.Domain.Compliance;

/// <summary>COM-BASIC-COMMITTEE-SIZE: a basic (or organ) committee has, as a rule, 5 to 9 members and 1–2 deputy secretaries.</summary>
internal sealed class ComBasicCommitteeSizeRule : SeatRangeRule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "COM-BASIC-COMMITTEE-SIZE",
        category: RuleCategory.Composition,
        title: new LocalizedText("基层委员会一般设委员5至9人", "A basic committee has, as a rule, 5 to 9 members"),
        messageFormat: new LocalizedText("党委“{subject}”{problem}", "Committee \"{subject}\" {problemEn}"),
        arguments: new[] { "problem", "problemEn" },
        defaultSeverity: Severity.Warning,
        citations: new[] { new Citation(Regulation.HandbookPractice) },
        confidence: SourceConfidence.VerifiedSecondary,
        parameters: new ParameterKey[] { StructuralParameters.BasicCommitteeMinSeats, StructuralParameters.BasicCommitteeMaxSeats, StructuralParameters.BasicCommitteeMaxDeputySecretaries },
        remarks: new LocalizedText(
            "出自党务手册（“一般”），故为警告；适用于基层党委和机关党委。设常务委员会的（15至21人）数据无法区分，可在派生方案中调整上限。“最多不超过11人”为记忆值，未采用。国有企业等非机关领域的党委人数上限（MEMORY）：只见于题库答案，未在条例原文中核实，各领域沿用机关的5至9人。",
            "From a handbook (\"一般\"), hence a warning; applies to basic and organ committees. Committees with a standing committee (15–21) cannot be told apart in the data: raise the maximum in a derived profile. \"At most 11\" is from memory and not used. Caps for SOE and other non-organ committees are MEMORY (seen only in an exam-bank key, not in a regulation text): every sector keeps the organ numbers 5–9."));

    internal ComBasicCommitteeSizeRule()
        : base(Definition, StructuralParameters.BasicCommitteeMinSeats, StructuralParameters.BasicCommitteeMaxSeats, StructuralParameters.BasicCommitteeMaxDeputySecretaries)
    {
    }

    protected override bool Applies(Organization organization) => organization.Kind.IsCommittee;
}
