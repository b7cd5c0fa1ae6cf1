using System;
using System.Globalization;
using NodaTime;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using PartyOrg.Domain.Terms;

namespace PartyOrg.Domain.Compliance;

/// <summary>Shared helpers of the TERM-* rules: the run's 换届 calendar, built once.</summary>
internal static class TermRuleSupport
{
    internal static TermCalendar? Calendar(ComplianceContext context)
    {
        var terms = context.Input.Terms;
        if (terms is null)
        {
            return null;
        }

        return context.GetShared("terms.calendar", c => TermCalendar.Build(c.Tree, terms, TermParameters.PolicyOf(c.Profile), c.AsOf));
    }

    /// <summary>The entries of the run's 换届 calendar, none without a terms section.</summary>
    internal static System.Collections.Generic.IReadOnlyList<TermCalendarEntry> Entries(ComplianceContext context) =>
        Calendar(context)?.Entries ?? Array.Empty<TermCalendarEntry>();

    internal static string Date(LocalDate date) => Internal.IsoDate.Format(date);

    internal static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A date period as "1 year", "18 months 30 days".</summary>
    internal static string Span(Period period)
    {
        var parts = new System.Collections.Generic.List<string>();
        void Add(long n, string unit)
        {
            if (n != 0)
            {
                parts.Add(n.ToString(CultureInfo.InvariantCulture) + " " + unit + (n == 1 ? string.Empty : "s"));
            }
        }

        Add(period.Years, "year");
        Add(period.Months, "month");
        Add(period.Weeks, "week");
        Add(period.Days, "day");
        return parts.Count == 0 ? "0 days" : string.Join(" ", parts);
    }

    /// <summary>A period in Chinese: "1年6个月30天".</summary>
    internal static string SpanZh(Period period)
    {
        var sb = new System.Text.StringBuilder();
        if (period.Years != 0)
        {
            sb.Append(period.Years.ToString(CultureInfo.InvariantCulture)).Append('年');
        }

        if (period.Months != 0)
        {
            sb.Append(period.Months.ToString(CultureInfo.InvariantCulture)).Append("个月");
        }

        var days = (period.Weeks * 7) + period.Days;
        if (days != 0)
        {
            sb.Append(days.ToString(CultureInfo.InvariantCulture)).Append('天');
        }

        return sb.Length == 0 ? "0天" : sb.ToString();
    }

    /// <summary>Whether <paramref name="approverId"/> is a higher organization of the body: an ancestor, or the 党组 leading an ancestor (or the body itself) as organ committee.</summary>
    internal static bool IsHigher(OrganizationTree tree, string bodyId, string approverId)
    {
        if (!tree.TryGetOrganization(approverId, out var approver) || approverId == bodyId)
        {
            return false;
        }

        if (tree.IsInSubtree(approverId, bodyId))
        {
            return true;
        }

        return approver!.LeadsId is { } led && tree.TryGetOrganization(led, out _) && tree.IsInSubtree(led, bodyId);
    }
}
