using System;
using System.Collections.Generic;
using System.Globalization;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.StructureIndex;

namespace PartyOrg.Domain.Compliance;

/// <summary>COM-DISCIPLINE-MEMBER: general branch and branch committees have a discipline-inspection member (纪检委员).</summary>
internal sealed class ComDisciplineMemberRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "COM-DISCIPLINE-MEMBER",
        category: RuleCategory.Composition,
        title: new LocalizedText("总支部委员会和支部委员会设纪律检查委员", "General branch and branch committees have a discipline-inspection member"),
        messageFormat: new LocalizedText(
            "“{subject}”的委员会没有纪检委员：党的总支部委员会和支部委员会设纪律检查委员。",
            "The committee of \"{subject}\" has no discipline-inspection member: general branch and branch committees have one."),
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.Constitution, 45), new Citation(Regulation.OrganRegulations, 9) },
        confidence: SourceConfidence.VerifiedFullText,
        remarks: new LocalizedText(
            "适用于党总支和已设委员会的党支部（只设书记的党支部不适用）；纪检委员指检查日任委员且分工为discipline-inspection。基层党委设纪委还是纪检委员由上级决定，不检查；机关党委应设机关纪委（COM-ORGAN-DISCIPLINE-COMMISSION）无数据，不可判断。",
            "Applies to general branches and branches with a committee (not to a branch with only a secretary); a discipline member is a committee-member post with duty discipline-inspection on the check date. Basic committees are not checked (the higher organization decides); the organ discipline commission (COM-ORGAN-DISCIPLINE-COMMISSION) is not in the data and is not decidable."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        var index = Of(context);
        foreach (var (org, i) in index.Existing(o => o.Kind == OrganizationKind.GeneralBranch || o.IsBranch))
        {
            if ((org.Kind == OrganizationKind.GeneralBranch || index.HasCommittee(i)) && !index.HasDisciplineMember[i])
            {
                context.Report(Descriptor, org.Id, org.Id, null, new LocalizedText("纪检委员", "discipline-inspection member"), new LocalizedText("无", "none"));
            }
        }
    }
}
