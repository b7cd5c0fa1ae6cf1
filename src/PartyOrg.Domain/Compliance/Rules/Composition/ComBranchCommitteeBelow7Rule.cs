using System;
using System.Collections.Generic;
using System.Globalization;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.StructureIndex;

namespace PartyOrg.Domain.Compliance;

/// <summary>COM-BRANCH-COMMITTEE-BELOW-7 (library-added): a branch with fewer than 7 full members has a secretary (and deputy), no committee.</summary>
internal sealed class ComBranchCommitteeBelow7Rule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "COM-BRANCH-COMMITTEE-BELOW-7",
        category: RuleCategory.Composition,
        title: new LocalizedText("正式党员不足7人的党支部不设支部委员会", "A branch with fewer than 7 full members has no committee"),
        messageFormat: new LocalizedText(
            "党支部“{subject}”有正式党员{fullMembers}人，不足{threshold}人，设1名书记（必要时1名副书记），不设支部委员会，现有委员{committeeMembers}人。",
            "Branch \"{subject}\" has {fullMembers} full members, fewer than {threshold}: it has a secretary (and if needed a deputy) and no committee, but {committeeMembers} committee members sit."),
        arguments: new[] { "threshold", "committeeMembers", "fullMembers" },
        defaultSeverity: Severity.Warning,
        citations: new[] { new Citation(Regulation.BranchWorkRegulations, 20, articleConfirmed: false), new Citation(Regulation.OrganRegulations, 7) },
        confidence: SourceConfidence.VerifiedFullText,
        parameters: new ParameterKey[] { StructuralParameters.BranchCommitteeFullMembers },
        remarks: new LocalizedText(
            "本库增设的规则号，是COM-BRANCH-COMMITTEE-THRESHOLD-7的反面（条文“正式党员不足7人的党支部，设1名书记”）；为警告，以便本地调整。",
            "A rule id added by this library for the converse of COM-BRANCH-COMMITTEE-THRESHOLD-7 (\"正式党员不足7人的党支部，设1名书记\"); a warning so that overlays can adjust it."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        var threshold = context.Parameter(StructuralParameters.BranchCommitteeFullMembers);
        var index = Of(context);
        foreach (var (org, i) in index.Existing(o => o.IsBranch && !o.IsTemporaryBranch))
        {
            var full = context.Tree.MemberCount(org.Id).Full;
            if (index.HasCommittee(i) && full < threshold)
            {
                context.Report(Descriptor, org.Id, org.Id, null, new LocalizedText("不设委员会（正式党员不足" + Text(threshold) + "名）", "no committee (< " + Text(threshold) + " full)"),
                    new LocalizedText("委员" + Text(index.CommitteeMembers[i]) + "名，正式党员" + Text(full) + "名", Text(index.CommitteeMembers[i]) + " committee members, " + Text(full) + " full"),
                    threshold, index.CommitteeMembers[i], full);
            }
        }
    }
}
