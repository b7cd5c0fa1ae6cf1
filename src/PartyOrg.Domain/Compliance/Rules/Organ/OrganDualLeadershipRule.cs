using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.StructureIndex;

namespace PartyOrg.Domain.Compliance;

/// <summary>ORGAN-DUAL-LEADERSHIP: an organ committee is uniformly led by a working committee and specifically led by a 党组.</summary>
internal sealed class OrganDualLeadershipRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "ORGAN-DUAL-LEADERSHIP",
        category: RuleCategory.Organ,
        title: new LocalizedText("机关党建由机关工委统一领导、单位党组具体领导", "Organ Party work: uniform leadership by the working committee, specific leadership by the leading group"),
        messageFormat: new LocalizedText("{kind}“{subject}”{problem}", "{kindEn} \"{subject}\" {problemEn}"),
        arguments: new[] { "problem", "problemEn", "kind", "kindEn" },
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.OrganRegulations, 33), new Citation(Regulation.OrganRegulations, 34) },
        confidence: SourceConfidence.VerifiedFullText,
        remarks: new LocalizedText(
            "两种情形：上级中没有机关工委（统一领导）；最上层的机关党委没有党组leads指向它（具体领导）。没有机关党委的机关（如只设机关党支部或党总支的县级局）由党组领导其最上层的党总支或党支部（机关条例第二、三十七条），对这样的党组织同样检查统一领导。嵌套在机关党委下的机关党委由上层机关党委的党组领导，不单独要求党组。领导机关若不在数据中，请补入数据或停用本规则。",
            "Two cases: no working-committee ancestor (uniform leadership); a top organ committee that no leading group leads (specific leadership). In an organ without an organ committee (a county bureau with only an organ branch or general branch) the leading group leads that top general branch or branch (机关条例 Arts. 2, 37), which is checked for uniform leadership the same way. An organ committee nested under another is led through the top one's leading group. If a leader is outside the data, add it or disable the rule."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        var tree = context.Tree;
        var index = Of(context);
        foreach (var (org, i) in index.Existing(o => o.Kind == OrganizationKind.OrganCommittee || tree.LeadingGroupOf(o.Id) is not null))
        {
            var ledByGroup = tree.LeadingGroupOf(org.Id) is not null;
            if (org.Kind != OrganizationKind.OrganCommittee && !tree.IsOrganTopIndex(i))
            {
                continue;
            }

            var kindZh = org.Kind.ShortChineseName;
            var kindEn = char.ToUpperInvariant(org.Kind.EnglishName[0]) + org.Kind.EnglishName.Substring(1);
            if (index.WorkingCommittee[i] < 0)
            {
                context.Report(Descriptor, org.Id, org.Id, null, new LocalizedText("上级机关工委", "working-committee ancestor"), new LocalizedText("无", "none"),
                    "没有上级机关工委（统一领导）。", "has no organ working committee above it (uniform leadership).", kindZh, kindEn);
            }

            if (index.UnitTop[i] == i && !ledByGroup)
            {
                context.Report(Descriptor, org.Id, org.Id, null, new LocalizedText("党组具体领导", "leading group (leads)"), new LocalizedText("无", "none"),
                    "没有党组具体领导（没有党组的leads指向它）。", "has no leading group (党组) leading it (specific leadership).", kindZh, kindEn);
            }
        }
    }
}
