using PartyOrg.Domain.Development;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>The development (DEV-*) and member-status (MEM-*) rules and parameters of the built-in profiles.</summary>
internal static class DevelopmentRuleSet
{
    /// <summary>Adds this area's rules and its parameters.</summary>
    internal static void Contribute(ProfileDraft draft)
    {
        draft.SetVersions(
            DevelopmentParameters.Intervals,
            (null, DevelopmentIntervals.National, new[]
            {
                new Citation(Regulation.Constitution, 1), new Citation(Regulation.Constitution, 7), new Citation(Regulation.MemberDevelopmentRules),
            }));
        draft.Set(DevelopmentParameters.NoticeWorkingDays, 5);
        draft.SetVersions(DevelopmentParameters.CandidateTrainingDays, (null, 3, new[] { new Citation(Regulation.MemberDevelopmentRules, 17) }));
        draft.SetVersions(DevelopmentParameters.CandidateTrainingHours, (null, 24m, new[] { new Citation(Regulation.MemberDevelopmentRules, 17) }));
        draft.Set(DevelopmentParameters.ConversionGraceDays, 0);
        draft.Set(DevelopmentParameters.PartyProbationMaxYears, 2);
        draft.Set(DevelopmentParameters.LostContactMonths, 6);
        draft.Set(DevelopmentParameters.LostContactRemovalYears, 2);
        draft.Set(DevelopmentParameters.TransferRequiredMonths, 6);
        draft.Add(new DevMinAge18Rule());
        draft.Add(new DevTalkWithin1mRule());
        draft.Add(new DevActivistSelectionRule());
        draft.Add(new DevLiaison12Rule());
        draft.Add(new DevActivistReview6mRule());
        draft.Add(new DevActivistMin1yRule());
        draft.Add(new DevSponsors2Rule());
        draft.Add(new DevPoliticalReviewRule());
        draft.Add(new DevTraining3d24hRule());
        draft.Add(new DevPreauditAnd3mLeavingRule());
        draft.Add(new DevPublicNoticeRule());
        draft.Add(new DevBranchVoteRule());
        draft.Add(new DevHigherTalkRule());
        draft.Add(new DevApproval3mRule());
        draft.Add(new DevProbation1yRule());
        draft.Add(new DevProbationExtensionRule());
        draft.Add(new DevConversionProcedureRule());
        draft.Add(new MemPartyAgeRule());
        draft.Add(new MemTransferRequiredRule());
        draft.Add(new MemTransferRefusalRule());
        draft.Add(new MemLostContact6mRule());
        draft.Add(new MemLostContactRemoval2yRule());
        draft.Add(new MemProbationDiscipline2yRule());
    }
}
