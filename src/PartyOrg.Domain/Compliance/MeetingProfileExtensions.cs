using System;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Compliance;

/// <summary>Meeting planning and auditing from a <see cref="ComplianceProfile"/>, and the local meeting overlays.</summary>
public static class MeetingProfileExtensions
{
    /// <summary>The profile's meeting requirements whose rule is enabled — what the planner plans and the audit checks.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The enabled requirements.</returns>
    public static MeetingRequirementSet EnabledMeetingRequirements(this ComplianceProfile profile)
    {
        if (profile is null)
        {
            throw new ArgumentNullException(nameof(profile));
        }

        return profile.Get(MeetingParameters.Requirements).Where(r => profile.IsEnabled(r.RuleId));
    }

    /// <summary>A planner for the profile's enabled meeting requirements.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="calendar">The working-day calendar; weekends only when null.</param>
    /// <returns>The planner.</returns>
    public static MeetingPlanner MeetingPlanner(this ComplianceProfile profile, IWorkingDayCalendar? calendar = null) =>
        new(profile.EnabledMeetingRequirements(), calendar);

    /// <summary>Audits a meeting log with the profile's enabled requirements and its due-soon days (the same pass the rules use).</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="tree">The tree.</param>
    /// <param name="log">The meetings held.</param>
    /// <param name="window">The audit window.</param>
    /// <param name="asOf">The "as of" date.</param>
    /// <returns>The audit.</returns>
    public static MeetingAudit AuditMeetings(this ComplianceProfile profile, OrganizationTree tree, MeetingLog log, DateInterval window, LocalDate asOf) =>
        MeetingAudit.Run(tree, log, profile.EnabledMeetingRequirements(), window, asOf, profile.Get(MeetingParameters.DueSoonDays));

    /// <summary>
    /// Adds the LOCAL overlay on branch secretaries' lectures (MEMORY): every regular or joint branch's secretary gives at
    /// least 1 Party lecture a year — its rule and its requirement (<see cref="MeetingRequirements.BranchSecretaryLecture"/>).
    /// </summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The new profile.</returns>
    public static ComplianceProfile WithBranchSecretaryLecture(this ComplianceProfile profile)
    {
        if (profile is null)
        {
            throw new ArgumentNullException(nameof(profile));
        }

        var withRule = profile.FindRule(MtgLectureBranchSecretaryRule.Definition.Id) is null
            ? profile.WithRule(new MtgLectureBranchSecretaryRule())
            : profile;
        return withRule.WithParameter(MeetingParameters.Requirements, withRule.Get(MeetingParameters.Requirements).With(MeetingRequirements.BranchSecretaryLecture));
    }
}
