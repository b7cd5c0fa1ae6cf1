using System;
using System.Collections.Generic;
using System.Globalization;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.StructureIndex;

namespace PartyOrg.Domain.Compliance;

/// <summary>COM-BRANCH-COMMITTEE-THRESHOLD-7: a branch with 7 or more full members has a branch committee.</summary>
internal sealed class ComBranchCommitteeThreshold7Rule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "COM-BRANCH-COMMITTEE-THRESHOLD-7",
        category: RuleCategory.Composition,
        title: new LocalizedText("正式党员7人以上的党支部应当设立支部委员会", "A branch with 7 or more full members has a committee"),
        messageFormat: new LocalizedText(
            "党支部“{subject}”有正式党员{fullMembers}人（{threshold}人以上），应当设立党支部委员会，现只设书记。",
            "Branch \"{subject}\" has {fullMembers} full members ({threshold} or more): it must have a branch committee, but has no committee members."),
        arguments: new[] { "threshold", "fullMembers" },
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.BranchWorkRegulations, 20, articleConfirmed: false), new Citation(Regulation.OrganRegulations, 7) },
        confidence: SourceConfidence.VerifiedFullText,
        parameters: new ParameterKey[] { StructuralParameters.BranchCommitteeFullMembers },
        remarks: new LocalizedText(
            "只计正式党员，7人含本数。“有委员会”指检查日有人任委员（committee-member）。临时党支部不适用。",
            "Counts full members only; 7 is included. \"Has a committee\" means a committee-member post is held on the check date. Temporary branches are exempt."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        var threshold = context.Parameter(StructuralParameters.BranchCommitteeFullMembers);
        var index = Of(context);
        foreach (var (org, i) in index.Existing(o => o.IsBranch && !o.IsTemporaryBranch))
        {
            var full = context.Tree.MemberCount(org.Id).Full;
            if (!index.HasCommittee(i) && full >= threshold)
            {
                context.Report(Descriptor, org.Id, org.Id, null, new LocalizedText("设支部委员会", "committee"),
                    new LocalizedText("未设委员会，正式党员" + Text(full) + "名", "no committee, " + Text(full) + " full"), threshold, full);
            }
        }
    }
}
