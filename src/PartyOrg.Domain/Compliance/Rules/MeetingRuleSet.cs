using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>The meeting rules (三会一课, MTG-*; organizational life, LIFE-*) and their parameters, the same in every sector.</summary>
internal static class MeetingRuleSet
{
    /// <summary>Adds this area's rules and its parameters for the draft's sector.</summary>
    internal static void Contribute(ProfileDraft draft)
    {
        draft.Set(MeetingParameters.Requirements, MeetingRequirements.Default);
        draft.Set(MeetingParameters.DueSoonDays, 7, ParameterBasis.LibraryDefault);
        draft.Set(MeetingParameters.SelfLapseMonths, 6);
        draft.Set(MeetingParameters.SelfLapseAlertMonths, 3, ParameterBasis.LibraryDefault);
        draft.Set(MeetingParameters.ThemeDayMinMonths, 3, ParameterBasis.LibraryDefault);
        draft.Set(MeetingParameters.ThemeDayRegularPercent, 67, ParameterBasis.LibraryDefault);
        draft.Set(MeetingParameters.ThemeDayToleranceDays, 3, ParameterBasis.LibraryDefault);
        draft.Set(MeetingParameters.DemocraticLifeAttendanceThirds, 2, ParameterBasis.LibraryDefault); // second-hand: no verified article
        draft.Add(new MtgMembersMeetingQuarterlyRule());
        draft.Add(new MtgCommitteeMonthlyRule());
        draft.Add(new MtgGroupMonthlyRule());
        draft.Add(new LifeThemeDayMonthlyRule());
        draft.Add(new LifeOrgLifeMeetingAnnualRule());
        draft.Add(new LifeDemocraticAppraisalAnnualRule());
        draft.Add(new MtgLectureBySecretaryRule());
        draft.Add(new MtgPartyLectureLocalFrequencyRule());
        draft.Add(new MtgOrganAnnualAssemblyRule());
        draft.Add(new MtgCommitteeQuorumRule());
        draft.Add(new MtgMembersMeetingQuorumVoteRule());
        draft.Add(new LifeThemeDayFixedDayRule());
        draft.Add(new LifeSelfLapse6mRule());
        draft.Add(new LifeDemocraticLifeMeetingRule());
        draft.Add(new LifeDualOrgLifeRule());
    }
}
