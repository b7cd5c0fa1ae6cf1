using System;
using System.Collections.Generic;
using System.Linq;
using PartyOrg.Cli.Output;
using PartyOrg.Domain;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;

namespace PartyOrg.Cli.Commands;

/// <summary><c>partyorg rules</c>: the rule catalogue of a profile with citations, severities and parameters.</summary>
public sealed class RulesCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "rules";

    /// <inheritdoc />
    public int Order => 50;

    /// <inheritdoc />
    public string Summary => "规则目录（依据、级别、参数） / the rule catalogue with citations, severity, parameters";

    /// <inheritdoc />
    public IReadOnlyList<string> Options => new[] { "profile=", "format=", "lang=", "explain=", "as-of=" };

    /// <inheritdoc />
    public string Help => string.Join(Environment.NewLine, new[]
    {
        "partyorg rules [--profile NAME] [--format table|json|markdown] [--lang zh-CN|en]",
        "partyorg rules --explain RULE-ID [--profile NAME] [--as-of yyyy-MM-dd] [--format table|json] [--lang zh-CN|en|both]",
        string.Empty,
        "Lists every rule of the profile (default state-organs): its id, severity in the profile, whether it runs,",
        "the articles it enforces and the parameter values it reads. MEMORY rules (source unconfirmed) are marked.",
        "--format json lists every rule of the catalogue (opt-in ones with \"inProfile\": false) with its source file,",
        "its parameters, their values and where each value comes from (national articles, a local overlay, a default).",
        "--explain prints one rule: titles, severity, citations, message, notes, source file, and each parameter with the",
        "value in force on --as-of (default today) and its provenance, in both languages unless --lang says one.",
        string.Empty,
        "Examples:",
        "  partyorg rules",
        "  partyorg rules --profile university --format markdown --lang en",
        "  partyorg rules --format json",
        "  partyorg rules --explain MTG-COMMITTEE-MONTHLY",
        "  partyorg rules --explain ORG-BRANCH-MIN-MEMBERS --profile university --as-of 2026-11-22 --lang en",
        string.Empty,
    });

    /// <inheritdoc />
    public int Run(CommandLine line, CommandIo io)
    {
        var format = line.Choice("format", "table", "table", "json", "markdown");
        var language = Languages.Parse(line.Get("lang"), OutputLanguage.Chinese);
        if (line.Positional.Count > 0)
        {
            throw new UsageException($"unexpected argument \"{line.Positional[0]}\"");
        }

        var profile = DocumentInput.Profile(line, null);
        var w = io.Out;
        if (line.Get("explain") is { } explain)
        {
            var explainLanguage = line.Get("lang") is null ? OutputLanguage.Both : language;
            var asOf = DocumentInput.Date(line, "as-of") ?? DocumentInput.Today(io);
            var ew = format == "table" ? new WrappingWriter(io.Out, TerminalWidth.Of(io.Out)) : w;
            int explained;
            if (explainLanguage != OutputLanguage.Both || format == "json")
            {
                explained = Explain(explain, profile, format, explainLanguage, asOf, ew);
            }
            else
            {
                Explain(explain, profile, format, OutputLanguage.Chinese, asOf, ew);
                ew.WriteLine();
                explained = Explain(explain, profile, format, OutputLanguage.English, asOf, ew);
            }

            ew.Flush();
            return explained;
        }

        var catalogue = ReportContracts.FromProfile(profile);
        if (format == "json")
        {
            PartyOrgJson.Serialize(w, catalogue);
            return CliApp.Ok;
        }

        var en = language == OutputLanguage.English;
        string Text(Domain.Json.Contracts.TextContract t) => en ? t.English : t.Chinese;
        string Cites(IEnumerable<Domain.Json.Contracts.CitationContract> c) => string.Join(en ? "; " : "；", c.Select(x => Text(x.Text)));
        string Params(IEnumerable<Domain.Json.Contracts.ParameterContract> p) => string.Join(", ", p.Select(x => x.Name + " = " + (x.Value ?? "—")));
        string Severity(Domain.Json.Contracts.RuleContract r)
        {
            ContractNames.TryParseSeverity(r.Severity, out var s);
            var name = en ? r.Severity : s.ToChineseName();
            return (r.Enabled ? name : name + (en ? " (off)" : "（停用）")) + (r.Confidence == "memory" ? " MEMORY" : string.Empty) + (r.IsLocal ? " LOCAL" : string.Empty);
        }

        var headers = new[] { en ? "Rule" : "规则", en ? "Severity" : "级别", en ? "Title" : "名称", en ? "Citations" : "依据", en ? "Parameters" : "参数" };
        var rows = catalogue.Rules.Select(r => (IReadOnlyList<string?>)new[] { r.Id, Severity(r), Text(r.Title), Cites(r.Citations), Params(r.Parameters) }).ToList();
        var title = (en ? "Rules of profile " : "检查方案规则：") + profile.Name + (en ? " (" + profile.DisplayName.English + ")" : "（" + profile.DisplayName.Chinese + "）");
        if (format == "markdown")
        {
            w.WriteLine("# " + title);
            w.WriteLine();
            Markdown.Table(w, headers, rows);
            return CliApp.Ok;
        }

        w = new WrappingWriter(io.Out, TerminalWidth.Of(io.Out));
        w.WriteLine(title);
        w.WriteLine();
        var table = new TextTable(headers.Take(3).ToArray());
        foreach (var r in catalogue.Rules)
        {
            table.Add(r.Id, Severity(r), Text(r.Title));
        }

        table.Write(w);
        w.WriteLine();
        foreach (var r in catalogue.Rules)
        {
            w.WriteLine($"[{r.Id}] {Text(r.Title)}");
            w.WriteLine("  " + (en ? "Citations: " : "依据：") + Cites(r.Citations));
            if (r.Parameters.Count > 0)
            {
                w.WriteLine("  " + (en ? "Parameters: " : "参数：") + Params(r.Parameters));
            }

            if (r.Remarks is { } remarks)
            {
                w.WriteLine("  " + (en ? "Note: " : "说明：") + Text(remarks));
            }
        }

        w.Flush();
        return CliApp.Ok;
    }

    private static int Explain(string ruleId, ComplianceProfile profile, string format, OutputLanguage language, NodaTime.LocalDate asOf, System.IO.TextWriter w)
    {
        var descriptor = profile.FindRule(ruleId)?.Descriptor ?? (RuleCatalog.TryFind(ruleId, out var d) ? d : null);
        if (descriptor is null)
        {
            var near = RuleCatalog.Descriptors.Select(x => x.Id).Where(id => id.StartsWith(ruleId.Split('-')[0], StringComparison.OrdinalIgnoreCase)).Take(8).ToArray();
            throw new UsageException($"--explain: no rule \"{ruleId}\"" + (near.Length > 0 ? "; rules of that family: " + string.Join(", ", near) : "; see partyorg rules"));
        }

        var contract = ReportContracts.FromRule(profile, descriptor, profile.FindRule(descriptor.Id) is not null, asOf);
        if (format == "json")
        {
            w.Write(PartyOrgJson.Serialize(contract));
            return CliApp.Ok;
        }

        string T(string zh, string en) => language.Pick(zh, en);
        string Text(Domain.Json.Contracts.TextContract t) => language.Pick(new LocalizedText(t.Chinese, t.English));
        var date = DocumentInput.Format(asOf);
        w.WriteLine($"{descriptor.Id} — {Text(contract.Title)}");
        w.WriteLine("  " + T("检查方案", "Profile") + ": " + profile.Name + T("；级别 ", "; severity ") + contract.Severity
            + T("；", "; ") + (contract.InProfile ? (contract.Enabled ? T("启用", "runs") : T("停用", "disabled")) : T("不在本方案中（可选规则）", "not in this profile (opt-in)")));
        w.WriteLine("  " + T("来源可信度", "Source confidence") + ": " + contract.Confidence + (descriptor.IsLocal ? " · LOCAL" : string.Empty));
        w.WriteLine("  " + T("依据", "Cites") + ": " + string.Join(language == OutputLanguage.English ? "; " : "；", contract.Citations.Select(c => Text(c.Text))));
        if (contract.SourceFile is { } file)
        {
            w.WriteLine("  " + T("源文件", "Source file") + ": " + file);
        }

        w.WriteLine("  " + T("消息", "Message") + ": " + Text(contract.Message!));
        if (contract.Remarks is { } remarks)
        {
            w.WriteLine("  " + T("说明", "Notes") + ": " + Text(remarks));
        }

        if (contract.Parameters.Count == 0)
        {
            w.WriteLine("  " + T("参数：无", "Parameters: none"));
            return CliApp.Ok;
        }

        w.WriteLine("  " + T($"参数（{date}适用的取值）：", $"Parameters (values in force on {date}):"));
        foreach (var p in contract.Parameters)
        {
            w.WriteLine($"    {p.Name} = {p.Value ?? "—"}  ({Text(p.Description)})");
            var basis = p.Basis switch
            {
                "national" => T("全国性规定", "national"),
                "local" => T("地方规定", "local"),
                "library-default" => T("本库默认值（无条文依据）", "library default (no article behind it)"),
                _ => T("本方案未设置", "not set in this profile"),
            };
            var cites = p.Citations.Count == 0 ? string.Empty : ": " + string.Join(language == OutputLanguage.English ? "; " : "；", p.Citations.Select(c => Text(c.Text)));
            w.WriteLine("      " + T("来源", "from") + ": " + basis + cites);
            if (p.Authority is { } authority)
            {
                w.WriteLine("      " + T("地方依据", "overlay") + ": " + authority + (p.Overrides is null ? string.Empty : T("，替代 ", ", overrides ") + p.Overrides));
            }

            if (p.InForceFrom is { } from)
            {
                var note = from > asOf ? T($"（{date}尚未施行）", $" (not yet in force on {date})") : string.Empty;
                w.WriteLine("      " + T("施行自", "in force from") + ": " + DocumentInput.Format(from) + note);
            }

            if (p.InForceUntil is { } until)
            {
                w.WriteLine("      " + T("施行至（不含）", "in force until (exclusive)") + ": " + DocumentInput.Format(until));
            }

            if (p.Versions is { } versions)
            {
                w.WriteLine("      " + T("各版本：", "versions:"));
                foreach (var v in versions)
                {
                    var span = (v.InForceFrom is { } vf ? DocumentInput.Format(vf) : "…") + " – " + (v.InForceUntil is { } vu ? DocumentInput.Format(vu) : "…");
                    var vc = v.Citations.Count == 0 ? string.Empty : " — " + string.Join(language == OutputLanguage.English ? "; " : "；", v.Citations.Select(c => Text(c.Text)));
                    w.WriteLine($"        {span}: {v.Value}{vc}{(v.Authority is null ? string.Empty : " · " + v.Authority)}");
                }
            }
        }

        return CliApp.Ok;
    }
}
