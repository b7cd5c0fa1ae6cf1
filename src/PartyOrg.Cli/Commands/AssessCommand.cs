using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using PartyOrg.Cli.Output;
using PartyOrg.Domain.Assessment;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Cli.Commands;

/// <summary><c>partyorg assess FILE --scorecard NAME|FILE</c>: grades organisations with a scorecard, explained line by line.</summary>
public sealed class AssessCommand : ICommand
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    /// <inheritdoc />
    public string Name => "assess";

    /// <inheritdoc />
    public int Order => 47;

    /// <inheritdoc />
    public string Summary => "分类定级与星级评定 / grade organisations with a scorecard";

    /// <inheritdoc />
    public IReadOnlyList<string> Options => new[] { "scorecard=", "year=", "format=", "explain=", "as-of=", "profile=", "lang=" };

    /// <inheritdoc />
    public string Help => string.Join(Environment.NewLine, new[]
    {
        "partyorg assess FILE --scorecard NAME|FILE [--year Y] [--format table|json|markdown] [--explain ORG] [--as-of DATE] [--profile NAME] [--lang zh-CN|en]",
        string.Empty,
        "Grades every organisation the scorecard applies to (docs/assessment.md): runs the compliance check over the year,",
        "scores each item from the findings, records, computed and entered values (the document's \"assessments\"),",
        "applies the grade bands, direct grades, caps and vetoes, counts the grades per organisation with the quota check",
        "(ASSESS-GRADE-QUOTA) and proposes weak and lax (软弱涣散) candidates.",
        string.Empty,
        "  --scorecard       a built-in name (" + string.Join(", ", ScorecardJson.BuiltInNames) + ") or a scorecard JSON file",
        "  --year Y          the year graded (default: the year of the as-of date)",
        "  --format          table (default), json or markdown",
        "  --explain ORG     one organisation's sheet, item by item with its evidence, as an officer files it",
        string.Empty,
        "Exit codes: 0 graded · 2 unreadable input, an inconsistent scorecard, or bad usage",
        string.Empty,
        "Examples:",
        "  partyorg assess docs/examples/assessment.json --scorecard national-classification",
        "  partyorg assess organ.json --scorecard local-five-star --format markdown",
        "  partyorg assess organ.json --scorecard my-scorecard.json --explain b-1",
        string.Empty,
    });

    /// <inheritdoc />
    public int Run(CommandLine line, CommandIo io)
    {
        var format = line.Choice("format", "table", "table", "json", "markdown");
        var zh = Languages.Parse(line.Get("lang"), OutputLanguage.Chinese) != OutputLanguage.English;
        var scorecardName = line.Get("scorecard") ?? throw new UsageException("--scorecard NAME|FILE is required; built in: " + string.Join(", ", ScorecardJson.BuiltInNames));
        int? year = null;
        if (line.Get("year") is { } y)
        {
            year = int.TryParse(y, NumberStyles.None, Ci, out var parsed) && parsed >= 1900 && parsed <= 2199
                ? parsed
                : throw new UsageException($"--year must be a year between 1900 and 2199, not \"{y}\"");
        }

        DocumentInput.Date(line, "as-of");
        if (line.Get("profile") is not null)
        {
            DocumentInput.Profile(line, null);
        }

        var scorecard = LoadScorecard(scorecardName, io);
        if (scorecard is null)
        {
            return CliApp.BadInput;
        }

        var document = DocumentInput.Load(Name, line, io);
        if (document is null)
        {
            return CliApp.BadInput;
        }

        var profile = DocumentInput.Profile(line, document);
        var asOf = DocumentInput.AsOf(line, document, io, out var source);
        var graded = year ?? asOf.Year;
        AssessmentResult result;
        try
        {
            result = ScorecardEvaluator.Evaluate(scorecard, profile, document.ToComplianceInput(asOf), graded);
        }
        catch (PartyOrgDataException e)
        {
            io.Error.WriteLine($"partyorg assess: the entered values do not fit scorecard \"{scorecard.Id}\" ({e.Problems.Count.ToString(Ci)} problem{(e.Problems.Count == 1 ? string.Empty : "s")}); nothing was graded:");
            foreach (var p in e.Problems)
            {
                io.Error.WriteLine(p.ToString());
            }

            return CliApp.BadInput;
        }
        catch (ArgumentException e)
        {
            var message = e.Message;
            var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
            throw new UsageException(cut >= 0 ? message.Substring(0, cut) : message);
        }

        var screen = WeakOrganizationScreen.Propose(result);
        if (line.Get("explain") is { } explain)
        {
            var sheet = result.For(explain) ?? throw new UsageException($"--explain: \"{explain}\" was not graded by \"{scorecard.Id}\" (it grades {string.Join(", ", scorecard.AppliesTo.Select(k => k.Name))}); graded: {string.Join(", ", result.Organizations.Take(5).Select(o => o.OrganizationId))}{(result.Organizations.Count > 5 ? ", …" : string.Empty)}");
            if (format == "json")
            {
                var full = ReportContracts.FromAssessment(result, screen);
                io.Out.Write(PartyOrgJson.Serialize(full.Organizations.First(o => o.Organization == explain)));
            }
            else
            {
                Explain(io.Out, result, sheet, zh, format == "markdown");
            }

            return CliApp.Ok;
        }

        if (format == "json")
        {
            io.Out.Write(PartyOrgJson.Serialize(ReportContracts.FromAssessment(result, screen)));
        }
        else
        {
            WriteSummary(io.Out, result, screen, zh, format == "markdown", DocumentInput.SourceNote(source, zh));
        }

        return CliApp.Ok;
    }

    /// <summary>A built-in scorecard or a file; null after the problems were written.</summary>
    private static Scorecard? LoadScorecard(string name, CommandIo io)
    {
        if (ScorecardJson.BuiltInNames.Contains(name, StringComparer.Ordinal))
        {
            return ScorecardJson.BuiltIn(name);
        }

        if (!File.Exists(name))
        {
            throw new UsageException($"--scorecard: \"{name}\" is neither a built-in scorecard ({string.Join(", ", ScorecardJson.BuiltInNames)}) nor a file");
        }

        ScorecardLoadResult loaded;
        try
        {
            using var stream = new FileStream(name, FileMode.Open, FileAccess.Read, FileShare.Read);
            loaded = ScorecardJson.Load(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            io.Error.WriteLine($"partyorg assess: cannot read {name}: {e.Message}");
            return null;
        }

        if (loaded.Scorecard is { } card)
        {
            return card;
        }

        io.Error.WriteLine($"partyorg assess: scorecard {name} is refused ({loaded.Problems.Count.ToString(Ci)} problem{(loaded.Problems.Count == 1 ? string.Empty : "s")}); nothing was graded:");
        foreach (var p in loaded.Problems)
        {
            io.Error.WriteLine(p.ToString());
        }

        return null;
    }

    private static string GradeName(Scorecard sc, string id, bool zh) => sc.FindGrade(id)?.Name is { } n ? (zh ? n.Chinese : n.English) : id;

    private static string T(PartyOrg.Domain.LocalizedText? text, bool zh) => text is null ? string.Empty : zh ? text.Chinese : text.English;

    private static string N(decimal d) => d.ToString("0.##", Ci);

    private static void Header(TextWriter w, AssessmentResult r, bool zh, bool md, string sourceNote)
    {
        var sc = r.Scorecard;
        var scope = sc.Scope.Name.ToUpperInvariant();
        var title = $"{T(sc.Title, zh)} ({sc.Id} {sc.Version}, {scope}, {sc.IssuingUnit})";
        w.WriteLine((md ? "## " : string.Empty) + title);
        w.WriteLine();
        w.WriteLine(zh
            ? $"{r.Year}年度，截至 {DocumentInput.Format(r.AsOf)}{sourceNote}；依据：{sc.Source}"
            : $"Year {r.Year}, as of {DocumentInput.Format(r.AsOf)}{sourceNote}; source: {sc.Source}");
        w.WriteLine();
    }

    private static void WriteSummary(TextWriter w, AssessmentResult r, WeakScreenResult screen, bool zh, bool md, string sourceNote)
    {
        var sc = r.Scorecard;
        Header(w, r, zh, md, sourceNote);
        var headers = zh
            ? new[] { "组织", "名称", "得分", "分数段", "等次", "调整", "缺项" }
            : new[] { "Organisation", "Name", "Score", "Band", "Grade", "Adjusted by", "Missing" };
        var rows = r.Organizations.Select(o => (IReadOnlyList<string?>)new[]
        {
            o.OrganizationId, o.Name, N(o.Score), GradeName(sc, o.BandGrade, zh), GradeName(sc, o.Grade, zh),
            string.Join("; ", o.Adjustments.Where(a => a.Kind != "not-judged").Select(a => a.Kind + ":" + a.Rule.Id)),
            string.Join(", ", o.Missing.Select(l => l.Item.Id + (l.Assessor is null ? string.Empty : "@" + l.Assessor)).Distinct()),
        }).ToList();
        Write(w, md, headers, rows);
        w.WriteLine();

        w.WriteLine((md ? "### " : string.Empty) + (zh ? "各级汇总" : "Roll-ups"));
        w.WriteLine();
        var rollHeaders = new[] { zh ? "组织" : "Organisation", zh ? "参评" : "Graded" }.Concat(sc.Grades.Select(g => T(g.Name, zh))).ToArray();
        var rollRows = r.RollUps.Select(u => (IReadOnlyList<string?>)new[] { u.OrganizationId, u.Graded.ToString(Ci) }
            .Concat(u.Counts.Select(c => c.Value.ToString(Ci) + " (" + (u.Graded == 0 ? "0" : N(Math.Round(100m * c.Value / u.Graded, 1))) + "%)")).ToArray()).ToList();
        Write(w, md, rollHeaders, rollRows);
        w.WriteLine();

        w.WriteLine((md ? "### " : string.Empty) + (zh ? "比例检查" : "Quota check"));
        w.WriteLine();
        if (sc.Quotas.Count == 0)
        {
            w.WriteLine(zh ? "评分表未规定比例。" : "The scorecard sets no quotas.");
        }
        else if (r.QuotaFindings.Count == 0)
        {
            w.WriteLine(zh ? "各评定单位均符合比例。" : "Every assessing organisation is within the quotas.");
        }
        else
        {
            foreach (var f in r.QuotaFindings)
            {
                w.WriteLine((md ? "- " : string.Empty) + $"{f.Severity} [{f.RuleId}] {f.SubjectId}: {T(f.Message, zh)}");
            }
        }

        w.WriteLine();
        w.WriteLine((md ? "### " : string.Empty) + (zh ? "软弱涣散候选" : "Weak and lax candidates"));
        w.WriteLine();
        if (screen.Candidates.Count == 0)
        {
            w.WriteLine(zh ? "无候选。" : "No candidates.");
        }

        foreach (var c in screen.Candidates)
        {
            w.WriteLine((md ? "- " : string.Empty) + $"{c.OrganizationId} {c.Name}: " + string.Join("; ", c.Signals.Select(s => s.Name + (s.Type is { } t ? $" [{t.Value}]" : string.Empty) + " " + T(s.Evidence, zh))));
        }

        if (screen.Unavailable.Count > 0)
        {
            w.WriteLine();
            w.WriteLine(zh
                ? $"暂不可计算的信号：{string.Join(", ", screen.Unavailable)}（可在 assessments 中填报）。"
                : $"Signals not computable yet: {string.Join(", ", screen.Unavailable)} (enter them in assessments).");
        }

        if (r.UnusedEntries.Count > 0)
        {
            w.WriteLine();
            w.WriteLine(zh
                ? $"本评分表未使用的填报值 {r.UnusedEntries.Count.ToString(Ci)} 项（其他评分表的项目、评价主体或年度）。"
                : $"{r.UnusedEntries.Count.ToString(Ci)} entered value(s) not used by this scorecard (other scorecards' items, assessors or years).");
        }
    }

    private static void Explain(TextWriter w, AssessmentResult r, OrganizationAssessment o, bool zh, bool md)
    {
        var sc = r.Scorecard;
        Header(w, r, zh, md, string.Empty);
        w.WriteLine((md ? "### " : string.Empty) + $"{o.Name} ({o.OrganizationId})");
        w.WriteLine();
        var headers = zh
            ? new[] { "指标", "项目", "评价主体", "满分", "依据值", "得分", "计算", "证据" }
            : new[] { "Indicator", "Item", "Assessor", "Max", "Value", "Points", "Computation", "Evidence" };
        var rows = o.Lines.Select(l => (IReadOnlyList<string?>)new[]
        {
            T(l.Indicator.Name, zh), T(l.Item.Name, zh), l.Assessor ?? "—", N(l.Item.Max), l.Value is { } v ? N(v) : "—", N(l.Points), T(l.Explanation, zh),
            l.Evidence.Count == 0 ? (l.Status == "scored" ? (zh ? "无" : "none") : l.Status) : string.Join("; ", l.Evidence.Select(e => e.Reference)),
        }).ToList();
        Write(w, md, headers, rows);
        w.WriteLine();
        foreach (var s in o.Sources)
        {
            w.WriteLine((md ? "- " : string.Empty) + (zh ? "小计" : "Total") + (s.Assessor is null ? string.Empty : $" {s.Assessor} × {N(s.Weight * 100m)}%") + ": " + N(s.Total));
        }

        w.WriteLine((md ? "- " : string.Empty) + (zh ? $"总分 {N(o.Score)}，分数段“{GradeName(sc, o.BandGrade, true)}”" : $"Score {N(o.Score)}, band {GradeName(sc, o.BandGrade, false)}"));
        foreach (var a in o.Adjustments)
        {
            var what = a.Kind == "not-judged"
                ? (zh ? $"未判断（“{a.Rule.Item}”未填报）" : $"not judged (\"{a.Rule.Item}\" not entered)")
                : $"{GradeName(sc, a.From, zh)} → {GradeName(sc, a.To, zh)} ({a.Rule.Item} = {N(a.Value!.Value)})";
            w.WriteLine((md ? "- " : string.Empty) + $"{a.Kind} {a.Rule.Id}: {T(a.Rule.Name, zh)} — {what}");
        }

        w.WriteLine((md ? "- " : string.Empty) + (zh ? $"等次：{GradeName(sc, o.Grade, true)}" : $"Grade: {GradeName(sc, o.Grade, false)}"));
        var detailed = o.Lines.Where(l => l.Evidence.Any(e => e.Kind == "finding")).ToArray();
        if (detailed.Length > 0)
        {
            w.WriteLine();
            w.WriteLine((md ? "#### " : string.Empty) + (zh ? "扣分依据" : "Findings behind the deductions"));
            w.WriteLine();
            foreach (var l in detailed)
            {
                foreach (var e in l.Evidence.Where(e => e.Kind == "finding"))
                {
                    w.WriteLine((md ? "- " : "  ") + $"{l.Item.Id}: {e.Reference} — {T(e.Text, zh)}");
                }
            }
        }
    }

    private static void Write(TextWriter w, bool md, string[] headers, List<IReadOnlyList<string?>> rows)
    {
        if (md)
        {
            Markdown.Table(w, headers, rows);
            return;
        }

        var table = new TextTable(headers);
        foreach (var row in rows)
        {
            table.Add(row.ToArray());
        }

        table.Write(w);
    }
}
