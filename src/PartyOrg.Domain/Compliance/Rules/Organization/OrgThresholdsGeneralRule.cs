using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.StructureIndex;

namespace PartyOrg.Domain.Compliance;

/// <summary>ORG-THRESHOLDS-GENERAL: outside organs, a unit above the sector's thresholds may set up a general branch or committee.</summary>
internal sealed class OrgThresholdsGeneralRule : UnitThresholdRule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "ORG-THRESHOLDS-GENERAL",
        category: RuleCategory.Organization,
        title: new LocalizedText("党员超过50人可设党总支、超过100人可设基层党委", "Above 50 members a general branch, above 100 a basic committee"),
        messageFormat: new LocalizedText(
            "单位“{subject}”有党员{members}人（{threshold}），按本领域通行标准应设立更高层级的党组织，现为{kind}；经上级党组织批准可调整。",
            "Unit \"{subject}\" has {members} members ({threshold}): by this sector's thresholds it is headed by a higher-level organization than a {kindEn}; the higher organization decides."),
        arguments: new[] { "threshold", "members", "kind", "kindEn" },
        defaultSeverity: Severity.Warning,
        citations: new[] { new Citation(Regulation.HandbookPractice), new Citation(Regulation.SoeRegulations, 4), new Citation(Regulation.RuralRegulations) },
        confidence: SourceConfidence.VerifiedSecondary,
        parameters: new ParameterKey[] { StructuralParameters.GeneralBranchThreshold, StructuralParameters.CommitteeThreshold },
        remarks: new LocalizedText(
            "门槛按领域（§9）：其他单位、社区、高校为“超过50/超过100”（不含本数，手册）；国企为50/100以上（含本数；国企的50为MEMORY，未在条例原文中核实）；农村为超过50/100以上。都须上级批准，工作需要可例外，故为警告。计全体党员。",
            "Thresholds per sector (§9): other units, communities, universities > 50 / > 100 (exclusive, handbook); SOEs ≥ 50 / ≥ 100 (inclusive; the SOE 50 is MEMORY, not checked in a regulation text); rural > 50 / ≥ 100. All need higher approval and work needs may override them, hence a warning. Counts all members."));

    internal OrgThresholdsGeneralRule()
        : base(Definition, checkGeneralBranch: true, checkCommittee: true)
    {
    }
}
