using System;
using System.Collections.Generic;
using System.Linq;
using PartyOrg.Cli.Output;
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
    public IReadOnlyList<string> Options => new[] { "profile=", "format=", "lang=" };

    /// <inheritdoc />
    public string Help => string.Join(Environment.NewLine, new[]
    {
        "partyorg rules [--profile NAME] [--format table|json|markdown] [--lang zh-CN|en]",
        string.Empty,
        "Lists every rule of the profile (default state-organs): its id, severity in the profile, whether it runs,",
        "the articles it enforces and the parameter values it reads. MEMORY rules (source unconfirmed) are marked.",
        string.Empty,
        "Examples:",
        "  partyorg rules",
        "  partyorg rules --profile university --format markdown --lang en",
        "  partyorg rules --format json",
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
        var catalogue = ReportContracts.FromProfile(profile);
        var w = io.Out;
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
            SeverityExtensions.TryParseContractName(r.Severity, out var s);
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

        return CliApp.Ok;
    }
}
