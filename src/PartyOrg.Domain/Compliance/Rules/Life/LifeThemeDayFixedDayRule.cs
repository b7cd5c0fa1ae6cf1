using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// LIFE-THEME-DAY-FIXED-DAY: the 主题党日 is held on a "relatively fixed day" each month. Heuristic: take the first themed
/// Party day of each month in the window (up to "as of"); with at least <c>life.theme-day-min-months</c> months, the
/// pattern is regular when at least <c>life.theme-day-regular-percent</c> of the months either fall on the same n-th
/// weekday (e.g. the first Friday) or lie within <c>life.theme-day-tolerance-days</c> days of the median day of the month
/// (holidays and swaps move a day a little). Otherwise an info finding.
/// </summary>
internal sealed class LifeThemeDayFixedDayRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "LIFE-THEME-DAY-FIXED-DAY",
        category: RuleCategory.OrganizationalLife,
        title: new LocalizedText("主题党日应相对固定日期", "The themed Party day is on a relatively fixed day"),
        messageFormat: new LocalizedText(
            "党支部“{subject}”{period}的主题党日日期不固定（{actual}），要求{expected}。",
            "Branch \"{subject}\" held its themed Party days in {period} on varying days ({actual}); expected {expected}."),
        defaultSeverity: Severity.Info,
        citations: new[] { new Citation(Regulation.BranchWorkRegulations, 16, 2) },
        confidence: SourceConfidence.VerifiedExcerpt,
        parameters: new ParameterKey[] { MeetingParameters.Requirements, MeetingParameters.ThemeDayMinMonths, MeetingParameters.ThemeDayRegularPercent, MeetingParameters.ThemeDayToleranceDays },
        remarks: new LocalizedText(
            "启发式判断：各月第一次主题党日中，达到规定比例的月份落在同一“第n个星期几”，或与当月日期中位数相差不超过容差天数，即视为相对固定。",
            "Heuristic: regular when the required share of months' first themed Party days fall on the same n-th weekday, or within the tolerance of the median day of the month."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        var index = MeetingFindings.Index(context);
        if (index is null)
        {
            return;
        }

        var minMonths = context.Parameter(MeetingParameters.ThemeDayMinMonths);
        var percent = context.Parameter(MeetingParameters.ThemeDayRegularPercent);
        var tolerance = context.Parameter(MeetingParameters.ThemeDayToleranceDays);
        var tree = context.Tree;
        var end = context.Window.End < context.AsOf ? context.Window.End : context.AsOf;
        if (end < context.Window.Start)
        {
            return;
        }

        var period = ReportingPeriod.Custom(context.Window.Start, end);
        var dates = new List<LocalDate>();
        var done = new bool[tree.Organizations.Count];
        foreach (var req in context.Profile.EnabledMeetingRequirements().Requirements)
        {
            if (req.Kind != MeetingKind.ThemedPartyDay)
            {
                continue;
            }

            var bit = req.Kind.Bit;
            for (var o = 0; o < tree.Organizations.Count; o++)
            {
                if (done[o] || !req.Scope.Includes(tree.Organizations[o]))
                {
                    continue;
                }

                done[o] = true;
                dates.Clear();
                for (var k = index.LowerBound(index.ByOrg, index.OrgStart[o], index.OrgStart[o + 1], period.Start); k < index.OrgStart[o + 1]; k++)
                {
                    var r = index.ByOrg[k];
                    var date = index.Dates[r];
                    if (date > period.End)
                    {
                        break;
                    }

                    if ((index.Mask[r] & bit) != 0 && (dates.Count == 0 || dates[dates.Count - 1].Month != date.Month || dates[dates.Count - 1].Year != date.Year))
                    {
                        dates.Add(date);
                    }
                }

                if (dates.Count < minMonths || IsRegular(dates, percent, tolerance))
                {
                    continue;
                }

                var org = tree.Organizations[o];
                var share = percent.ToString(CultureInfo.InvariantCulture);
                var days = Days(dates);
                context.Report(Descriptor, org.Id, org.Id, period,
                    new LocalizedText("≥ " + share + "%的月份在同一日", "≥ " + share + "% same day"), new LocalizedText(days, days));
            }
        }
    }

    /// <summary>Whether enough months share the n-th weekday or lie near the median day of the month.</summary>
    internal static bool IsRegular(IReadOnlyList<LocalDate> dates, int percent, int tolerance)
    {
        var n = dates.Count;
        var days = new int[n];
        for (var i = 0; i < n; i++)
        {
            days[i] = dates[i].Day;
        }

        Array.Sort(days);
        var median = days[n / 2];
        var near = 0;
        foreach (var d in days)
        {
            if (Math.Abs(d - median) <= tolerance)
            {
                near++;
            }
        }

        if (near * 100 >= percent * n)
        {
            return true; // the usual case: no need to look at weekdays
        }

        // The same n-th weekday (e.g. the first Friday), each date's weekday computed once.
        var weekday = new int[n];
        for (var i = 0; i < n; i++)
        {
            weekday[i] = ((int)dates[i].DayOfWeek * 8) + ((dates[i].Day - 1) / 7);
        }

        var best = near;
        for (var i = 0; i < n; i++)
        {
            var same = 0;
            for (var j = 0; j < n; j++)
            {
                if (weekday[j] == weekday[i])
                {
                    same++;
                }
            }

            best = Math.Max(best, same);
        }

        return best * 100 >= percent * n;
    }

    private static string Days(List<LocalDate> dates)
    {
        var sb = new StringBuilder();
        foreach (var d in dates)
        {
            if (sb.Length > 0)
            {
                sb.Append(", ");
            }

            sb.Append(d.ToString("MM-dd", CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }
}
