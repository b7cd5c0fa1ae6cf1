using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.StructureIndex;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// The unit thresholds shared by the general-branch and committee thresholds of organs and of other sectors: a
/// unit is the subtree of a top basic-level organization (one whose parent is not basic-level, or a root); its
/// membership is the top's rolled-up member count (all members).
/// </summary>
internal abstract class UnitThresholdRule : Rule
{
    private readonly bool checkGeneralBranch;
    private readonly bool checkCommittee;

    protected UnitThresholdRule(RuleDescriptor descriptor, bool checkGeneralBranch, bool checkCommittee)
        : base(descriptor)
    {
        this.checkGeneralBranch = checkGeneralBranch;
        this.checkCommittee = checkCommittee;
    }

    public override void Evaluate(ComplianceContext context)
    {
        var generalBranch = context.Parameter(StructuralParameters.GeneralBranchThreshold);
        var committee = context.Parameter(StructuralParameters.CommitteeThreshold);
        var index = Of(context);
        foreach (var (org, i) in index.Existing(o => !o.IsTemporaryBranch))
        {
            if (index.UnitTop[i] != i)
            {
                continue;
            }

            var total = context.Tree.RolledUpMemberCount(org.Id).Total;
            if (committee.IsMetBy(total))
            {
                if (checkCommittee && !org.Kind.IsCommittee)
                {
                    context.Report(Descriptor, org.Id, org.Id, null,
                        new LocalizedText("基层委员会（" + committee + "）", "basic-committee (" + committee + ")"),
                        new LocalizedText(org.Kind.ShortChineseName + "，" + Text(total) + "人", org.Kind.Name + ", " + Text(total)), committee.ToString(), Text(total), org.Kind.ShortChineseName, org.Kind.EnglishName);
                }
            }
            else if (generalBranch.IsMetBy(total) && checkGeneralBranch && org.IsBranch)
            {
                context.Report(Descriptor, org.Id, org.Id, null,
                    new LocalizedText("党总支（" + generalBranch + "）", "general-branch (" + generalBranch + ")"),
                    new LocalizedText(org.Kind.ShortChineseName + "，" + Text(total) + "人", org.Kind.Name + ", " + Text(total)), generalBranch.ToString(), Text(total), org.Kind.ShortChineseName, org.Kind.EnglishName);
            }
        }
    }
}
