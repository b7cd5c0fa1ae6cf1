using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using PartyOrg.Cli.Output;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Json.Contracts;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Terms;

namespace PartyOrg.Cli.Commands;

/// <summary>
/// <c>partyorg calendar FILE --from DATE --to DATE</c>: the obligations calendar — the meetings each organization
/// owes (三会一课, 主题党日, 组织生活会…, from the profile's requirements) and the 换届 milestones of the terms — as a
/// table, JSON or an RFC 5545 iCalendar file for Outlook, Google Calendar, DingTalk or WeCom.
/// </summary>
public sealed class CalendarCommand : ICommand
{
    /// <summary>The iCalendar PRODID.</summary>
    public const string ProductId = "-//PartyOrg.Domain//partyorg calendar//ZH";

    /// <summary>
    /// The longest window: 5 years (one committee term). <c>--to</c> must fall before <c>--from</c> plus 5 years, which
    /// bounds the output to about 5 × 80 events per organization a year.
    /// </summary>
    public const int MaxWindowYears = 5;

    /// <inheritdoc />
    public string Name => "calendar";

    /// <inheritdoc />
    public int Order => 20;

    /// <inheritdoc />
    public string Summary => "会议与换届日程（表格、JSON、iCalendar） / meeting and election calendar (table, JSON, .ics)";

    /// <inheritdoc />
    public IReadOnlyList<string> Options => new[] { "from=", "to=", "as-of=", "profile=", "format=", "lang=" };

    /// <inheritdoc />
    public string Help => string.Join(Environment.NewLine, new[]
    {
        "partyorg calendar FILE --from DATE --to DATE [--as-of DATE] [--profile NAME] [--format table|json|ics] [--lang zh-CN|en]",
        string.Empty,
        "Plans the meetings every organization owes between --from and --to (the profile's requirements: 党员大会,",
        "支部委员会, 党小组会, 党课, 主题党日, 组织生活会, 民主评议…) and the 换届 milestones of its terms (reminder,",
        "request, election, report). ics writes an RFC 5545 calendar of all-day events (a meeting obligation spans its",
        "window; a milestone is one day) with stable UIDs and DTSTAMP fixed from the as-of date, so the same input gives",
        "the same file; it imports into Outlook, Google Calendar, DingTalk and WeCom. The window is at most 5 years.",
        string.Empty,
        "Examples:",
        "  partyorg calendar docs/examples/sample-organ.json --from 2027-01-01 --to 2027-03-31",
        "  partyorg calendar organ.json --from 2027-01-01 --to 2027-12-31 --format ics > 2027.ics",
        string.Empty,
    });

    /// <inheritdoc />
    public int Run(CommandLine line, CommandIo io)
    {
        var format = line.Choice("format", "table", "table", "json", "ics");
        var language = Languages.Parse(line.Get("lang"), OutputLanguage.Chinese);
        var from = DocumentInput.Date(line, "from") ?? throw new UsageException("--from DATE is required");
        var to = DocumentInput.Date(line, "to") ?? throw new UsageException("--to DATE is required");
        if (to < from)
        {
            throw new UsageException($"--to ({DocumentInput.Format(to)}) is before --from ({DocumentInput.Format(from)})");
        }

        if (to >= from.PlusYears(MaxWindowYears))
        {
            throw new UsageException($"the window {DocumentInput.Format(from)} … {DocumentInput.Format(to)} is longer than {MaxWindowYears} years; "
                + $"--to must be before {DocumentInput.Format(from.PlusYears(MaxWindowYears))} (run one calendar per term or per year)");
        }

        DocumentInput.Date(line, "as-of");
        var document = DocumentInput.Load(Name, line, io);
        if (document is null)
        {
            return CliApp.BadInput;
        }

        var profile = DocumentInput.Profile(line, document);
        var asOf = DocumentInput.AsOf(line, document, io, out _);
        var contract = Build(document, profile, new DateInterval(from, to), asOf);
        switch (format)
        {
            case "json":
                PartyOrgJson.Serialize(io.Out, contract);
                break;
            case "ics":
                WriteIcs(io.Out, contract, language);
                break;
            default:
                WriteTable(io, contract, language);
                break;
        }

        return CliApp.Ok;
    }

    /// <summary>The calendar of a document: meeting obligations and term milestones inside <paramref name="range"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="range">The range.</param>
    /// <param name="asOf">The "as of" date of the term calendar.</param>
    /// <returns>The contract, events sorted by start, organization and uid.</returns>
    public static CalendarContract Build(PartyOrgDocument document, ComplianceProfile profile, DateInterval range, LocalDate asOf)
    {
        var tree = document.Tree;
        var events = new List<CalendarEventContract>();
        foreach (var o in profile.MeetingPlanner().Plan(tree, range))
        {
            var org = tree.GetOrganization(o.OrganizationId);
            var n = o.MinimumCount.ToString(CultureInfo.InvariantCulture);
            var due = DocumentInput.Format(o.DueDate);
            events.Add(new CalendarEventContract
            {
                Uid = Uid("mtg", o.OrganizationId, o.Kind.Name, o.Period.ToString(), o.RuleId),
                Category = "meeting",
                Type = o.Kind.Name,
                Organization = o.OrganizationId,
                RuleId = o.RuleId,
                Period = o.Period.ToString(),
                Start = o.WindowStart,
                End = o.WindowEnd,
                Due = o.DueDate,
                MinimumCount = o.MinimumCount,
                Title = new TextContract
                {
                    Chinese = $"{org.Name}：{o.Kind.ChineseName}（{o.Period}，至少{n}次，{due}前）",
                    English = $"{org.Name}: {o.Kind.EnglishName} ({o.Period}, at least {n}, due {due})",
                },
            });
        }

        var terms = TermCalendar.Build(tree, document.Terms ?? TermSet.Empty, TermParameters.PolicyOf(profile), asOf);
        foreach (var e in terms.Entries)
        {
            var org = e.Organization;
            var expiry = DocumentInput.Format(e.Expiry);
            void Milestone(string type, string? ruleId, LocalDate day, string chinese, string english)
            {
                if (!range.Contains(day))
                {
                    return;
                }

                events.Add(new CalendarEventContract
                {
                    Uid = Uid("term", org.Id, DocumentInput.Format(e.Term.Start), type),
                    Category = "term",
                    Type = type,
                    Organization = org.Id,
                    RuleId = ruleId,
                    Start = day,
                    End = day,
                    Due = day,
                    Title = new TextContract { Chinese = $"{org.Name}：{chinese}（任期届满 {expiry}）", English = $"{org.Name}: {english} (term expires {expiry})" },
                });
            }

            Milestone("reminder", "TERM-REMINDER-6M", e.ReminderDue, "换届提醒", "election reminder");
            Milestone("request", "TERM-ON-TIME", e.RequestDue, "换届请示截止", "election request due");
            Milestone("election", "TERM-ON-TIME", e.ElectionDue, "换届选举", "election due");
            Milestone("report", "TERM-ON-TIME", e.ReportDue, "选举结果报告截止", "election report due");
        }

        if (document.Development is { } development)
        {
            foreach (var p in PartyOrg.Domain.Development.DevelopmentPlanner.Plan(development, asOf, profile.Get(DevelopmentParameters.Intervals, asOf)))
            {
                var a = p.Applicant;
                void Milestone(string type, string ruleId, LocalDate? day, string chinese, string english)
                {
                    if (day is not { } d || !range.Contains(d))
                    {
                        return;
                    }

                    events.Add(new CalendarEventContract
                    {
                        Uid = Uid("dev", a.BranchId, a.Id, type),
                        Category = "development",
                        Type = type,
                        Organization = a.BranchId,
                        RuleId = ruleId,
                        Start = d,
                        End = d,
                        Due = d,
                        Title = new TextContract { Chinese = $"{a.Name}（{a.Id}）：{chinese}", English = $"{a.Name} ({a.Id}): {english}" },
                    });
                }

                var stage = p.Stage.Name;
                if (a.Talked is null)
                {
                    Milestone("talk-due", "DEV-TALK-WITHIN-1M", p.TalkDue, "谈话截止", "talk due");
                }

                Milestone("review-due", "DEV-ACTIVIST-REVIEW-6M", p.ActivistReviewDue, "积极分子考察截止", "activist review due");
                if (stage == "activist")
                {
                    Milestone("candidate-from", "DEV-ACTIVIST-MIN-1Y", p.CandidateFrom, "最早可列为发展对象", "earliest listing as candidate");
                }

                if (stage == "awaiting-approval")
                {
                    Milestone("approval-due", "DEV-APPROVAL-3M", p.ApprovalDue, "党委审批期限（三个月）", "approval due (3 months)");
                    Milestone("approval-limit", "DEV-APPROVAL-3M", p.ApprovalLimit, "党委审批最长期限（六个月）", "approval limit (6 months)");
                }

                if (stage == "probationary" && a.Conversion is null)
                {
                    Milestone("probation-end", "DEV-PROBATION-EXTENSION", p.ProbationEnd, "预备期满，讨论转正", "end of probation: conversion meeting");
                }

                if (stage == "probationary" && a.Conversion is not null)
                {
                    Milestone("conversion-approval-due", "DEV-CONVERSION-PROCEDURE", p.ConversionApprovalDue, "转正审批期限", "conversion approval due");
                }
            }
        }

        return new CalendarContract
        {
            From = range.Start,
            To = range.End,
            AsOf = asOf,
            Profile = profile.Name,
            Events = events
                .OrderBy(e => e.Start)
                .ThenBy(e => e.Organization, StringComparer.Ordinal)
                .ThenBy(e => e.Uid, StringComparer.Ordinal)
                .ToArray(),
        };
    }

    /// <summary>The calendar as RFC 5545 text: VERSION 2.0, PRODID, CALSCALE GREGORIAN, METHOD PUBLISH; all-day events; DTSTAMP = the as-of date, 00:00 UTC.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="language">The language of summaries.</param>
    /// <returns>The iCalendar text (CRLF line ends).</returns>
    public static string ToIcs(CalendarContract calendar, OutputLanguage language)
    {
        var text = new System.IO.StringWriter();
        WriteIcs(text, calendar, language);
        return text.ToString();
    }

    /// <summary>Writes the calendar as RFC 5545 text, one event at a time (the whole file is never held in memory).</summary>
    /// <param name="writer">The output.</param>
    /// <param name="calendar">The calendar.</param>
    /// <param name="language">The language of summaries.</param>
    public static void WriteIcs(System.IO.TextWriter writer, CalendarContract calendar, OutputLanguage language)
    {
        if (writer is null || calendar is null)
        {
            throw new ArgumentNullException(writer is null ? nameof(writer) : nameof(calendar));
        }

        var zh = language != OutputLanguage.English;
        var ics = new Ical.Net.Calendar
        {
            ProductId = ProductId,
            Version = "2.0",
            Scale = "GREGORIAN",
            Method = "PUBLISH",
        };
        ics.AddProperty("X-WR-CALNAME", zh ? "党组织会议与换届日程" : "Party organization meetings and elections");
        var stamp = new CalDateTime(calendar.AsOf.Year, calendar.AsOf.Month, calendar.AsOf.Day, 0, 0, 0, "UTC");
        const string End = "END:VCALENDAR\r\n";
        var frame = new CalendarSerializer().SerializeToString(ics) ?? string.Empty;
        if (!frame.EndsWith(End, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Unexpected iCalendar frame: " + frame);
        }

        writer.Write(frame.Substring(0, frame.Length - End.Length));
        var serializer = new EventSerializer();
        foreach (var e in calendar.Events)
        {
            var end = e.End.PlusDays(1);
            var component = new CalendarEvent
            {
                Uid = e.Uid,
                DtStamp = stamp,
                Start = new CalDateTime(e.Start.Year, e.Start.Month, e.Start.Day),
                End = new CalDateTime(end.Year, end.Month, end.Day),
                Summary = zh ? e.Title.Chinese : e.Title.English,
                Description = string.Join("\n", new[]
                {
                    e.RuleId is null ? null : (zh ? "规则：" : "Rule: ") + e.RuleId,
                    e.Period is null ? null : (zh ? "期间：" : "Period: ") + e.Period,
                    (zh ? "截止：" : "Due: ") + DocumentInput.Format(e.Due),
                    (zh ? "组织：" : "Organization: ") + e.Organization,
                }.Where(x => x is not null)),
                Categories = new List<string> { e.Category == "meeting" ? (zh ? "组织生活" : "Meeting") : (zh ? "换届" : "Election") },
                Transparency = "TRANSPARENT",
            };
            writer.Write(serializer.SerializeToString(component));
        }

        writer.Write(End);
    }

    private static string Uid(params string[] parts) =>
        string.Join("-", parts.Select(p => new string(p.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray()))).ToLowerInvariant() + "@partyorg";

    private static void WriteTable(CommandIo io, CalendarContract calendar, OutputLanguage language)
    {
        var zh = language != OutputLanguage.English;
        var w = io.Out;
        w.WriteLine((zh ? "日程 " : "Calendar ") + DocumentInput.Format(calendar.From) + " — " + DocumentInput.Format(calendar.To) + (zh ? "，检查方案 " : ", profile ") + calendar.Profile);
        w.WriteLine();
        var table = new TextTable(zh ? "开始" : "Start", zh ? "截止" : "Due", zh ? "组织" : "Organization", zh ? "事项" : "What", zh ? "规则" : "Rule");
        foreach (var e in calendar.Events)
        {
            table.Add(DocumentInput.Format(e.Start), DocumentInput.Format(e.Due), e.Organization, zh ? e.Title.Chinese : e.Title.English, e.RuleId);
        }

        table.Write(w);
        w.WriteLine();
        w.WriteLine(zh ? $"共 {calendar.Events.Count.ToString(CultureInfo.InvariantCulture)} 项" : $"{calendar.Events.Count.ToString(CultureInfo.InvariantCulture)} events");
    }
}
