using System.Collections.Generic;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Leadership;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Compliance;

/// <summary>What the yearly leadership obligations share: the closed years of the audit window and the reports dated in them.</summary>
internal static class LeadershipRuleSupport
{
    /// <summary>The calendar years that overlap the window and have closed on or before "as of" (an open year is not judged).</summary>
    internal static IEnumerable<int> ClosedYears(ComplianceContext context)
    {
        for (var year = context.Window.Start.Year; year <= context.Window.End.Year; year++)
        {
            if (new LocalDate(year, 12, 31) <= context.AsOf)
            {
                yield return year;
            }
        }
    }

    /// <summary>The set of (organization, year of the date) for which a report of <paramref name="kind"/> was given on or before "as of".</summary>
    internal static HashSet<(string Organization, int Year)> Given(ComplianceContext context, LeadershipReportLog log, LeadershipReportKind kind)
    {
        var set = new HashSet<(string, int)>();
        foreach (var r in log.Reports)
        {
            if (r.Kind == kind && r.Date <= context.AsOf)
            {
                set.Add((r.OrganizationId, r.Date.Year));
            }
        }

        return set;
    }

    /// <summary>Whether the organization existed on the last day of the year.</summary>
    internal static bool ExistsAtEndOf(Organization org, int year)
    {
        var end = new LocalDate(year, 12, 31);
        return (org.EstablishedOn is null || org.EstablishedOn.Value <= end) && (org.DissolvedOn is null || org.DissolvedOn.Value > end);
    }

    /// <summary>Reports a missing yearly report.</summary>
    internal static void ReportMissing(ComplianceContext context, RuleDescriptor rule, Organization org, int year, LeadershipReportKind kind) =>
        context.Report(rule, org.Id, org.Id, ReportingPeriod.Year(year), "≥ 1", "0", kind.ChineseName, kind.EnglishName);
}
