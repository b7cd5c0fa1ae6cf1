using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PartyOrg.Cli.Output;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Terms;

namespace PartyOrg.Cli.Commands;

/// <summary><c>partyorg terms FILE</c>: the term (任期) of every body, its 换届 milestones and status, and the TERM-* findings.</summary>
public sealed class TermsCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "terms";

    /// <inheritdoc />
    public int Order => 30;

    /// <inheritdoc />
    public string Summary => "任期与换届提醒 / terms of office and election milestones";

    /// <inheritdoc />
    public IReadOnlyList<string> Options => new[] { "as-of=", "profile=", "format=", "lang=" };

    /// <inheritdoc />
    public string Help => string.Join(Environment.NewLine, new[]
    {
        "partyorg terms FILE [--as-of DATE] [--profile NAME] [--format table|json] [--lang zh-CN|en]",
        string.Empty,
        "For every elected body with a recorded term: start, length (the document's years, else the profile's length",
        "for that body and rule version), expiry, reminder/request/report due dates and status (current, due-soon, due,",
        "overdue, postponed, overdue-after-postponement); bodies that are not elected are no-term. Then the TERM-*",
        "findings. The as-of date is --as-of, else the document's asOf, else today in China Standard Time.",
        string.Empty,
        "Exit codes: 0 no error finding · 1 at least one TERM-* error finding · 2 unreadable input or bad usage",
        string.Empty,
        "Examples:",
        "  partyorg terms docs/examples/sample-organ.json",
        "  partyorg terms organ.json --as-of 2027-01-01 --format json",
        string.Empty,
    });

    /// <inheritdoc />
    public int Run(CommandLine line, CommandIo io)
    {
        var format = line.Choice("format", "table", "table", "json");
        var language = Languages.Parse(line.Get("lang"), OutputLanguage.Chinese);
        DocumentInput.Date(line, "as-of");
        var document = DocumentInput.Load(Name, line, io);
        if (document is null)
        {
            return CliApp.BadInput;
        }

        var profile = DocumentInput.Profile(line, document);
        var asOf = DocumentInput.AsOf(line, document, io, out var source);
        var calendar = TermCalendar.Build(document.Tree, document.Terms ?? TermSet.Empty, TermParameters.PolicyOf(profile), asOf);
        var findings = new ComplianceChecker(profile).Check(document.ToComplianceInput(asOf)).Findings
            .Where(f => profile.FindRule(f.RuleId)?.Descriptor.Category == RuleCategory.Term)
            .ToArray();
        var contract = ReportContracts.FromTermCalendar(calendar, findings);
        var w = format == "json" ? io.Out : new WrappingWriter(io.Out, TerminalWidth.Of(io.Out));
        if (format == "json")
        {
            PartyOrgJson.Serialize(w, contract);
        }
        else
        {
            var zh = language != OutputLanguage.English;
            w.WriteLine((zh ? "截至 " : "As of ") + DocumentInput.Format(asOf) + DocumentInput.SourceNote(source, zh));
            w.WriteLine();
            var table = new TextTable(
                zh ? "组织" : "Organization", zh ? "任期开始" : "Start", zh ? "年限" : "Years", zh ? "届满" : "Expiry",
                zh ? "提醒" : "Reminder", zh ? "请示" : "Request", zh ? "换届" : "Election", zh ? "报告" : "Report", zh ? "状态" : "Status");
            foreach (var t in contract.Terms)
            {
                var status = TermStatus.FromName(t.Status, false);
                table.Add(t.Organization, D(t.Start), t.Years?.ToString(CultureInfo.InvariantCulture) ?? "—", D(t.Expiry), D(t.ReminderDue), D(t.RequestDue), D(t.ElectionDue), D(t.ReportDue),
                    (zh ? status.ChineseName : status.EnglishName) + (t.Adjustment is { } a ? " (" + a.Kind + " → " + DocumentInput.Format(a.Until) + ")" : string.Empty));
            }

            table.Write(w);
            if (contract.Unrecorded.Count > 0)
            {
                w.WriteLine();
                w.WriteLine((zh ? "未记录任期的选举产生的组织：" : "Elected bodies without a recorded term: ") + string.Join(", ", contract.Unrecorded));
            }

            w.WriteLine();
            if (findings.Length > 0)
            {
                foreach (var f in findings)
                {
                    w.WriteLine($"{(zh ? f.Severity.ToChineseName() : f.Severity.ToContractName())} [{f.RuleId}] {f.SubjectId}{(f.Period is { } p ? " " + p : string.Empty)}: {(zh ? f.Message.Chinese : f.Message.English)}");
                }
            }
            else
            {
                w.WriteLine(zh ? "无任期问题。" : "No term findings.");
            }

            w.Flush();
        }

        return findings.Any(f => f.Severity == Severity.Error) ? CliApp.ErrorFindings : CliApp.Ok;
    }

    private static string D(NodaTime.LocalDate? date) => date is { } d ? DocumentInput.Format(d) : "—";
}
