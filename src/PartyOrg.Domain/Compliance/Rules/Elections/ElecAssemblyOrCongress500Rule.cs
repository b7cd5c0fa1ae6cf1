using PartyOrg.Domain.Elections;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>ELEC-ASSEMBLY-OR-CONGRESS-500: A delegate congress needs ≥ 500 members or dispersed organizations, and approval (党员500名以上或所辖党组织驻地分散的，经批准可召开代表大会选举).</summary>
internal sealed class ElecAssemblyOrCongress500Rule : ElectionReasonRule
{
    internal static readonly RuleDescriptor Definition = ElectionRuleSupport.Descriptor(

        id: "ELEC-ASSEMBLY-OR-CONGRESS-500", zhTitle: "党员500名以上或所辖党组织驻地分散的，经批准可召开代表大会选举", enTitle: "A delegate congress needs ≥ 500 members or dispersed organizations, and approval", severity: Severity.Error,
        citations: new[] { new Citation(Regulation.ElectionRegulations, 4) }, confidence: SourceConfidence.VerifiedExcerpt,
        zhRemarks: "委员会一般由党员大会选举产生；党员500名以上（含）或所辖组织驻地分散的，经上级批准可召开代表大会。未经批准为错误；不足500名为警告（可能因驻地分散）。总支部委员会、支部委员会只能由党员大会选举。",
        enRemarks: "A committee is as a rule elected by the general membership meeting; with 500 members or more (inclusive), or dispersed organizations, a congress may be held with approval. No approval is an error; fewer than 500 members a warning (dispersal may justify it). General branches and branches elect at the general membership meeting only.");

    internal ElecAssemblyOrCongress500Rule()
        : base(Definition)
    {
    }

    /// <summary>General branches and branches elect at the general membership meeting only.</summary>
    protected override void OnTallied(ComplianceContext context, TalliedElection t)
    {
        if (t.Record.Input.Assembly == ElectionAssembly.DelegateCongress
            && context.Tree.GetOrganization(t.Record.OrganizationId) is var body && (body.IsBranch || body.Kind == OrganizationKind.GeneralBranch))
        {
            ElectionRuleSupport.Report(context, Descriptor, t.Record, "general-meeting", "delegate-congress", new[] { new Citation(Regulation.Constitution, 31) },
                "总支部委员会和支部委员会由党员大会选举产生，不能召开党员代表大会选举。",
                "General branch and branch committees are elected by the general membership meeting, not by a delegate congress.");
        }
    }
}
