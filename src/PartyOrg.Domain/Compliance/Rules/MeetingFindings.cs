using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Meetings;

namespace PartyOrg.Domain.Compliance;

/// <summary>Shared state and reporting helpers of the meeting rules.</summary>
internal static class MeetingFindings
{
    /// <summary>The records resolved against the tree, built once per run (null when the input has no meeting log).</summary>
    internal static MeetingIndex? Index(ComplianceContext context) =>
        context.Input.Meetings is null ? null : context.GetShared("meetings.index", c => c.Input.Meetings!.IndexFor(c.Tree));

    /// <summary>The audit of the profile's enabled requirements, run once per run and shared by the requirement rules.</summary>
    internal static MeetingAudit? Audit(ComplianceContext context)
    {
        var index = Index(context);
        return index is null
            ? null
            : context.GetShared("meetings.audit", c => MeetingAudit.Run(index, c.Profile.EnabledMeetingRequirements(), c.Window, c.AsOf, c.Parameter(MeetingParameters.DueSoonDays), keepAll: false));
    }
}
