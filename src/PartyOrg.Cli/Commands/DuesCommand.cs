using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using PartyOrg.Cli.Output;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Dues;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Json.Contracts;

namespace PartyOrg.Cli.Commands;

/// <summary><c>partyorg dues FILE</c>: what each member owes and paid per month, the totals per branch and the dues findings.</summary>
public sealed class DuesCommand : ICommand
{
    private const string LapseRuleId = "LIFE-SELF-LAPSE-6M";

    /// <inheritdoc />
    public string Name => "dues";

    /// <inheritdoc />
    public int Order => 45;

    /// <inheritdoc />
    public string Summary => "党费计算与台账审核 / dues owed and paid, and the ledger audit";

    /// <inheritdoc />
    public IReadOnlyList<string> Options => new[] { "as-of=", "profile=", "month=", "from=", "to=", "format=", "lang=", "rounding=" };

    /// <inheritdoc />
    public string Help => string.Join(Environment.NewLine, new[]
    {
        "partyorg dues FILE [--month YYYY-MM | --from D --to D] [--as-of DATE] [--profile NAME] [--rounding half-up|half-even|truncate] [--format table|json|csv] [--lang zh-CN|en]",
        string.Empty,
        "Reads members, dues and duesExemptions (docs/dues.md). For every ledger row: the category, base, rate (on the",
        "whole base, upper bounds inclusive), amount due, paid, balance, due date and approved exemption; then the totals",
        "per branch and the DUES-* findings with the dues limb of LIFE-SELF-LAPSE-6M (6 consecutive unpaid months).",
        string.Empty,
        "  --month YYYY-MM   one month",
        "  --from/--to       the months from D to D (dates yyyy-MM-dd or months yyyy-MM); default: every row",
        "  --rounding        half-up (default), half-even or truncate, to 0.01 yuan, once per row",
        "  --format          table (default), json (docs/json.md) or csv (one line per row)",
        string.Empty,
        "Exit codes: 0 no error finding · 1 at least one error finding · 2 unreadable input or bad usage",
        string.Empty,
        "Examples:",
        "  partyorg dues docs/examples/dues.json --month 2026-03",
        "  partyorg dues organ.json --from 2026-01 --to 2026-06 --format json",
        string.Empty,
    });

    /// <inheritdoc />
    public int Run(CommandLine line, CommandIo io)
    {
        var format = line.Choice("format", "table", "table", "json", "csv");
        var language = Languages.Parse(line.Get("lang"), OutputLanguage.Chinese);
        var rounding = line.Choice("rounding", "half-up", "half-up", "half-even", "truncate");
        var requested = Window(line);
        DocumentInput.Date(line, "as-of");
        if (line.Get("profile") is not null)
        {
            DocumentInput.Profile(line, null);
        }

        var document = DocumentInput.Load(Name, line, io);
        if (document is null)
        {
            return CliApp.BadInput;
        }

        if (document.Dues is null)
        {
            io.Error.WriteLine("partyorg dues: $: the document has no \"dues\" section (the ledger, see docs/dues.md); nothing to audit");
            return CliApp.BadInput;
        }

        var profile = DocumentInput.Profile(line, document).WithParameter(DuesParameters.Rounding, DuesRounding.FromName(rounding));
        var asOf = DocumentInput.AsOf(line, document, io, out var source);
        var ledger = document.Dues;
        var window = requested ?? AllRows(ledger, asOf);
        var calculator = new DuesCalculator(profile.Get(DuesParameters.Schedule), profile.Get(DuesParameters.Rounding));
        var statement = DuesStatement.Compute(document.Tree, ledger, asOf, calculator, window);

        // Without the meeting log the lapse rule runs only its dues limb.
        var input = new ComplianceInput(document.Tree, asOf).WithWindow(window).WithDues(ledger);
        var findings = new ComplianceChecker(profile).Check(input).Findings
            .Where(f => f.RuleId == LapseRuleId || profile.FindRule(f.RuleId)?.Descriptor.Category == RuleCategory.Dues)
            .ToArray();
        var contract = ReportContracts.FromDuesStatement(statement, findings, requested, source);
        var w = io.Out;
        if (format == "json")
        {
            w.Write(PartyOrgJson.Serialize(contract));
        }
        else if (format == "csv")
        {
            w.WriteLine("member,branch,month,category,base,rate,amountDue,paid,paidOn,balance,arrangement,dueBy,exemption,voluntary,remitToCentre");
            foreach (var d in contract.Dues)
            {
                w.WriteLine(string.Join(",", new[]
                {
                    Csv(d.Member), Csv(d.Branch), d.Month, d.Category, d.Base ?? string.Empty, d.Rate ?? string.Empty, d.AmountDue, d.Paid,
                    d.PaidOn is { } p ? DocumentInput.Format(p) : string.Empty, d.Balance, d.Arrangement, DocumentInput.Format(d.DueBy),
                    d.Exemption ?? string.Empty, d.Voluntary ?? string.Empty, d.RemitToCentre ? "true" : "false",
                }));
            }
        }
        else
        {
            Table(io, contract, statement, language != OutputLanguage.English, source);
        }

        return findings.Any(f => f.Severity == Severity.Error) ? CliApp.ErrorFindings : CliApp.Ok;
    }

    private static void Table(CommandIo io, DuesReportContract contract, DuesStatement statement, bool zh, string source)
    {
        var w = new WrappingWriter(io.Out, TerminalWidth.Of(io.Out));
        w.WriteLine((zh ? "截至 " : "As of ") + DocumentInput.Format(contract.AsOf) + DocumentInput.SourceNote(source, zh)
            + (zh ? "，舍入 " : ", rounding ") + contract.Rounding);
        w.WriteLine();
        var table = new TextTable(
            zh ? "党员" : "Member", zh ? "月份" : "Month", zh ? "类别" : "Category", zh ? "基数" : "Base", zh ? "比例" : "Rate",
            zh ? "应交" : "Due", zh ? "实交" : "Paid", zh ? "交纳日" : "Paid on", zh ? "差额" : "Balance", zh ? "期限" : "Due by", zh ? "备注" : "Note");
        for (var i = 0; i < contract.Dues.Count; i++)
        {
            var d = contract.Dues[i];
            var line = statement.Lines[i];
            var notes = new List<string>();
            if (line.Exemption is { } e)
            {
                notes.Add(zh ? e.ChineseName : e.EnglishName);
            }

            if (line.BeforeAdmission)
            {
                notes.Add(zh ? "入党前" : "before admission");
            }

            if (line.Row.Arrangement != DuesArrangement.Monthly)
            {
                notes.Add(zh ? line.Row.Arrangement.ChineseName : line.Row.Arrangement.EnglishName);
            }

            if (d.Voluntary is { } v)
            {
                notes.Add((zh ? "自愿多交 " : "voluntary ") + v + (d.RemitToCentre ? (zh ? "（上缴中央）" : " (to the Centre)") : string.Empty));
            }

            table.Add(d.Member, d.Month, zh ? line.Category.ChineseName : line.Category.EnglishName, d.Base ?? "—",
                line.Rate is { } r ? (r * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%" : "—",
                d.AmountDue, d.Paid, d.PaidOn is { } p ? DocumentInput.Format(p) : "—", d.Balance, DocumentInput.Format(d.DueBy), string.Join("; ", notes));
        }

        table.Write(w);
        w.WriteLine();
        var totals = new TextTable(zh ? "支部" : "Branch", zh ? "行数" : "Rows", zh ? "应交合计" : "Due", zh ? "实交合计" : "Paid", zh ? "差额" : "Balance", zh ? "自愿多交" : "Voluntary");
        foreach (var t in contract.Totals)
        {
            totals.Add(t.Branch, t.Rows.ToString(CultureInfo.InvariantCulture), t.AmountDue, t.Paid, t.Balance, t.Voluntary);
        }

        totals.Write(w);
        w.WriteLine();
        if (contract.Findings.Count == 0)
        {
            w.WriteLine(zh ? "无党费问题。" : "No dues findings.");
            w.Flush();
            return;
        }

        foreach (var f in contract.Findings)
        {
            w.WriteLine($"{f.Severity} [{f.RuleId}] {f.Subject}{(f.Period is { } period ? " " + period : string.Empty)}: {(zh ? f.Message.Chinese : f.Message.English)}");
        }

        w.Flush();
    }

    /// <summary>The months of <c>--month</c> or <c>--from</c>/<c>--to</c>, or null for every row.</summary>
    private static DateInterval? Window(CommandLine line)
    {
        var month = line.Get("month");
        var from = line.Get("from");
        var to = line.Get("to");
        if (month is not null)
        {
            if (from is not null || to is not null)
            {
                throw new UsageException("--month cannot be combined with --from/--to");
            }

            var m = Month(month, "month");
            return new DateInterval(m.OnDayOfMonth(1), m.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1));
        }

        if (from is null && to is null)
        {
            return null;
        }

        if (from is null || to is null)
        {
            throw new UsageException("--from and --to are given together");
        }

        var start = from.Length == 7 ? Month(from, "from").OnDayOfMonth(1) : DocumentInput.Date(line, "from")!.Value;
        var end = to.Length == 7 ? Month(to, "to").OnDayOfMonth(1).PlusMonths(1).PlusDays(-1) : DocumentInput.Date(line, "to")!.Value;
        if (end < start)
        {
            throw new UsageException($"the window ends ({DocumentInput.Format(end)}) before it starts ({DocumentInput.Format(start)})");
        }

        return new DateInterval(start, end);
    }

    private static YearMonth Month(string text, string name) =>
        DuesMonths.TryParse(text, out var m) ? m : throw new UsageException($"--{name} must be a month yyyy-MM (e.g. 2026-03), not \"{text}\"");

    /// <summary>From the first ledger month to the last (or the as-of date's year when the ledger is empty).</summary>
    private static DateInterval AllRows(DuesLedger ledger, LocalDate asOf)
    {
        if (ledger.Rows.Count == 0)
        {
            return new DateInterval(new LocalDate(asOf.Year, 1, 1), asOf);
        }

        var first = ledger.Rows.Min(r => r.Month);
        var last = ledger.Rows.Max(r => r.Month);
        return new DateInterval(first.OnDayOfMonth(1), last.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1));
    }

    private static string Csv(string text) =>
        text.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
}
