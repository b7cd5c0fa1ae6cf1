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

    /// <summary>
    /// Reports a finding with its own message and a severity no higher than <paramref name="cap"/> (a warning under a rule
    /// whose main finding is an error: an open period near its end, a soft window, an early self-lapse alert).
    /// </summary>
    internal static void Report(ComplianceContext context, RuleDescriptor rule, Severity cap, string subjectId, string? organizationId,
        ReportingPeriod? period, string expected, string actual, LocalizedText format, params object?[] args)
    {
        var severity = context.Profile.SeverityOf(rule);
        if (severity > cap)
        {
            severity = cap;
        }

        var subject = context.DisplayName(subjectId);
        var periodText = period?.ToString() ?? string.Empty;
        var message = new LocalizedText(
            MessageTemplate.Render(format.Chinese, subject, expected, actual, periodText, args),
            MessageTemplate.Render(format.English, subject, expected, actual, periodText, args));
        context.Findings.Add(new Finding(rule.Id, severity, subjectId, organizationId, period, expected, actual, rule.Citations, message));
    }

    /// <summary>As <see cref="Report(ComplianceContext, RuleDescriptor, Severity, string, string?, ReportingPeriod?, string, string, LocalizedText, object?[])"/>, with expected and actual worded in both languages.</summary>
    internal static void Report(ComplianceContext context, RuleDescriptor rule, Severity cap, string subjectId, string? organizationId,
        ReportingPeriod? period, LocalizedText expected, LocalizedText actual, LocalizedText format, params object?[] args)
    {
        var severity = context.Profile.SeverityOf(rule);
        if (severity > cap)
        {
            severity = cap;
        }

        var subject = context.DisplayName(subjectId);
        var periodText = period?.ToString() ?? string.Empty;
        var message = new LocalizedText(
            MessageTemplate.Render(format.Chinese, subject, expected.Chinese, actual.Chinese, periodText, args),
            MessageTemplate.Render(format.English, subject, expected.English, actual.English, periodText, args));
        context.Findings.Add(new Finding(rule.Id, severity, subjectId, organizationId, period, expected.English, actual.English, rule.Citations, message, expected, actual));
    }
}
