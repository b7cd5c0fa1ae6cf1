using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// The yearly obligations of an organ's leaders that are not meetings (the secretaries' and the 党组's yearly reports) and the training
/// hours. The meeting-based ones (民主生活会, 双重组织生活) are in
/// <see cref="MeetingRuleSet"/>.
/// </summary>
internal static class LeadershipRuleSet
{
    /// <summary>Adds this area's rules and its parameters for the draft's sector.</summary>
    internal static void Contribute(ProfileDraft draft)
    {
        draft.Set(LeadershipParameters.MemberTrainingHours, 32m);
        draft.Set(LeadershipParameters.SecretaryTrainingHours, 56m, ParameterBasis.LibraryDefault); // second-hand (2019–2023 plan): no verified article
        if (draft.Sector == Sector.StateOrgans)
        {
            draft.Add(new OrganReportingRule());
        }

        draft.Add(new PgAnnualReportRule());
        draft.Add(new Edu3256HoursRule());
    }
}
