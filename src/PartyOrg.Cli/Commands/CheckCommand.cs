using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using PartyOrg.Cli.Output;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;

namespace PartyOrg.Cli.Commands;

/// <summary><c>partyorg check FILE</c>: loads an input document, runs the compliance checks and prints the findings.</summary>
public sealed class CheckCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "check";

    /// <inheritdoc />
    public int Order => 10;

    /// <inheritdoc />
    public string Summary => "检查一个 JSON 输入文档 / check a JSON input document";

    /// <inheritdoc />
    public IReadOnlyList<string> Options => new[] { "as-of=", "profile=", "from=", "to=", "format=", "lang=", "threads=", "quiet" };

    /// <inheritdoc />
    public string Help => string.Join(Environment.NewLine, new[]
    {
        "partyorg check FILE|DIR... [--as-of DATE] [--profile NAME] [--from DATE --to DATE] [--format table|json|ndjson|markdown|xlsx] [--lang zh-CN|en] [--threads N] [--quiet]",
        string.Empty,
        "Loads FILE (a JSON input document, see docs/json.md, or a workbook filled from `partyorg template`; - reads",
        "standard input), validates the whole document and runs the profile's compliance rules. An unreadable document",
        "gives exit code 2 and lists every problem with its JSON path (sheet!cell for a workbook) on standard error;",
        "nothing is checked then. 读取 JSON 文档或 Excel 工作簿，逐项检查并列出问题。",
        string.Empty,
        "  --as-of DATE     the \"as of\" date (yyyy-MM-dd); default: the document's asOf, else today in China Standard Time",
        "  --profile NAME   state-organs (default), state-owned-enterprises, rural, community, university, other",
        "  --from/--to      the audit window; default: the calendar year containing the as-of date, up to it",
        "  --format         table (default), json (the contract of docs/json.md), ndjson (one finding per line, in",
        "                   report order, written as it goes; docs/json.md), markdown, or xlsx (a findings workbook",
        "                   to filter; redirect standard output to a file)",
        "  --lang           zh-CN (default) or en",
        "  --threads N      run the rules on up to N threads, with 2 or more parse large sections on a second thread",
        "                   while reading, and format a json or ndjson report's findings on up to N threads (default:",
        "                   the number of processors); the report is the same, byte for byte, whatever N",
        "  --quiet          no progress line (shown on standard error when it is a terminal: reading, checking)",
        "Several FILEs, or a DIR (its *.json files, in name order), are checked one by one (one document in memory at",
        "a time) into one merged report: each document's report, then the roll-up over all of them. A document that",
        "cannot be read is listed on standard error and skipped (exit code 2 at the end).",
        string.Empty,
        "Exit codes: 0 no error finding · 1 at least one error finding · 2 unreadable input or bad usage",
        string.Empty,
        "Examples:",
        "  partyorg check docs/examples/minimal.json",
        "  partyorg check organ.json --as-of 2026-12-31 --format json > report.json",
        "  cat organ.json | partyorg check - --format markdown --lang en",
        "  partyorg check organ.xlsx --format xlsx > findings.xlsx",
        string.Empty,
    });

    /// <inheritdoc />
    public int Run(CommandLine line, CommandIo io)
    {
        var format = line.Choice("format", "table", "table", "json", "ndjson", "markdown", "xlsx");
        var language = Languages.Parse(line.Get("lang"), OutputLanguage.Chinese);
        var from = DocumentInput.Date(line, "from");
        var to = DocumentInput.Date(line, "to");
        DocumentInput.Date(line, "as-of");
        var threads = Threads(line);
        if (line.Get("profile") is not null)
        {
            DocumentInput.Profile(line, null);
        }

        if (line.Positional.Count > 1 || (line.Positional.Count == 1 && System.IO.Directory.Exists(line.Positional[0])))
        {
            return RunMany(line, io, format, language, from, to, threads);
        }

        using var progress = new ProgressLine(io.Error, io.ErrorIsTerminal && !line.Has("quiet"));
        progress.Stage(language == OutputLanguage.English ? "reading the document" : "读取文档");
        PartyOrgDocument? document;
        if (progress.Enabled)
        {
            // The loader's messages wait until the progress line is gone.
            var messages = new System.IO.StringWriter();
            document = DocumentInput.Load(Name, line, new CommandIo(io.In, io.Out, messages, io.OpenStandardInput, io.Clock), threads);
            if (document is null)
            {
                progress.Dispose();
                io.Error.Write(messages.ToString());
            }
        }
        else
        {
            document = DocumentInput.Load(Name, line, io, threads);
        }

        if (document is null)
        {
            return CliApp.BadInput;
        }

        var profile = DocumentInput.Profile(line, document);
        var asOf = DocumentInput.AsOf(line, document, io, out var source);
        var start = from ?? new LocalDate(asOf.Year, 1, 1);
        var end = to ?? asOf;
        if (end < start)
        {
            progress.Dispose();
            throw new UsageException($"the audit window ends ({DocumentInput.Format(end)}) before it starts ({DocumentInput.Format(start)})");
        }

        progress.Stage(language == OutputLanguage.English ? "checking" : "检查中");
        var report = new ComplianceChecker(profile).Check(document.ToComplianceInput(asOf, new DateInterval(start, end)), threads);
        progress.Dispose();
        Write(io, report, format, language, source, threads);
        return report.Errors > 0 ? CliApp.ErrorFindings : CliApp.Ok;
    }

    /// <summary>The value of <c>--threads</c>: a whole number from 1 to 1024, by default the number of processors.</summary>
    internal static int Threads(CommandLine line)
    {
        if (line.Get("threads") is not { } text)
        {
            return Environment.ProcessorCount;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > 1024)
        {
            throw new UsageException($"--threads must be a whole number from 1 to 1024, not \"{text}\"");
        }

        return n;
    }

    internal static void Write(CommandIo io, ComplianceReport report, string format, OutputLanguage language, string source, int threads)
    {
        var w = io.Out;
        if (format == "xlsx")
        {
            Spreadsheets.WorkbookOutput.Write(null, io, stream => Spreadsheets.FindingsWorkbook.Write(report, source, stream));
            return;
        }

        if (format is "json" or "ndjson")
        {
            using var output = ReportOutput.Open(io);
            if (format == "json")
            {
                output.Report(report, source, threads);
            }
            else
            {
                output.Ndjson(report, threads);
            }

            return;
        }

        var zh = language != OutputLanguage.English;
        var asOf = DocumentInput.Format(report.AsOf) + DocumentInput.SourceNote(source, zh);
        var window = DocumentInput.Format(report.Window.Start) + " — " + DocumentInput.Format(report.Window.End);
        var summary = zh
            ? $"共检查 {Count(report.OrganizationCount)} 个组织；发现问题 {Count(report.Findings.Count)} 项：错误 {Count(report.Errors)} 项，警告 {Count(report.Warnings)} 项，提示 {Count(report.Infos)} 项"
            : $"{Count(report.OrganizationCount)} organizations checked; {Count(report.Findings.Count)} findings: {Count(report.Errors)} errors, {Count(report.Warnings)} warnings, {Count(report.Infos)} infos";
        if (format == "markdown")
        {
            w.WriteLine(zh ? "# 合规检查报告" : "# Compliance check report");
            w.WriteLine();
            w.WriteLine((zh ? "- 截至：" : "- As of: ") + asOf);
            w.WriteLine((zh ? "- 检查方案：" : "- Profile: ") + report.ProfileName);
            w.WriteLine((zh ? "- 检查期间：" : "- Audit window: ") + window);
            w.WriteLine("- " + summary);
            w.WriteLine();
            if (report.Findings.Count > 0)
            {
                Markdown.Findings(w, report.Findings, language);
            }
            else
            {
                w.WriteLine(zh ? "未发现问题。" : "No findings.");
            }

            return;
        }

        w.WriteLine((zh ? "截至 " : "As of ") + asOf);
        w.WriteLine((zh ? "检查方案 " : "Profile ") + report.ProfileName + (zh ? "，检查期间 " : ", audit window ") + window);
        w.WriteLine();
        FindingsTable.Write(w, report, language);
    }

    /// <summary>Several documents (files, or the <c>*.json</c> of directories), one at a time, into one merged report.</summary>
    private int RunMany(CommandLine line, CommandIo io, string format, OutputLanguage language, LocalDate? from, LocalDate? to, int threads)
    {
        var files = new List<string>();
        foreach (var p in line.Positional)
        {
            if (System.IO.Directory.Exists(p))
            {
                var inDir = System.IO.Directory.GetFiles(p, "*.json");
                Array.Sort(inDir, StringComparer.Ordinal);
                files.AddRange(inDir);
            }
            else
            {
                files.Add(p);
            }
        }

        if (files.Count == 0)
        {
            throw new UsageException($"no *.json document in {string.Join(" ", line.Positional)}");
        }

        var w = io.Out;
        using var output = format is "json" or "ndjson" ? ReportOutput.Open(io) : null;
        int documents = 0, unreadable = 0, organizations = 0, findings = 0, errors = 0, warnings = 0, infos = 0;
        if (format == "json")
        {
            output!.Text("{\n\"documents\": [\n");
        }

        foreach (var file in files)
        {
            var document = DocumentInput.Load(Name, file, io, threads);
            if (document is null)
            {
                unreadable++;
                continue;
            }

            var profile = DocumentInput.Profile(line, document);
            var asOf = DocumentInput.AsOf(line, document, io, out var source);
            var start = from ?? new LocalDate(asOf.Year, 1, 1);
            var end = to ?? asOf;
            if (end < start)
            {
                throw new UsageException($"the audit window ends ({DocumentInput.Format(end)}) before it starts ({DocumentInput.Format(start)}) for {file}");
            }

            var report = new ComplianceChecker(profile).Check(document.ToComplianceInput(asOf, new DateInterval(start, end)), threads);
            switch (format)
            {
                case "json":
                    output!.Text((documents == 0 ? "{\"document\": " : ",\n{\"document\": ") + JsonString(file) + ", \"report\":\n");
                    output.Report(report, source, threads);
                    output.Text("}");
                    break;
                case "ndjson":
                    output!.Ndjson(report, threads, file);
                    break;
                default:
                    w.WriteLine((format == "markdown" ? "## " : "== ") + file);
                    w.WriteLine();
                    Write(io, report, format, language, source, threads);
                    w.WriteLine();
                    break;
            }

            documents++;
            organizations += report.OrganizationCount;
            findings += report.Findings.Count;
            errors += report.Errors;
            warnings += report.Warnings;
            infos += report.Infos;
            if (output is null)
            {
                w.Flush();
            }
            else
            {
                output.Flush();
            }
        }

        if (format == "json")
        {
            output!.Text($"\n],\n\"summary\": {{\"documents\": {Count(documents)}, \"unreadable\": {Count(unreadable)}, \"organizations\": {Count(organizations)}, \"findings\": {Count(findings)}, \"errors\": {Count(errors)}, \"warnings\": {Count(warnings)}, \"infos\": {Count(infos)}}}\n}}\n");
        }
        else if (format != "ndjson")
        {
            w.WriteLine(language != OutputLanguage.English
                ? $"合计：{Count(documents)} 个文档（{Count(unreadable)} 个无法读取），{Count(organizations)} 个组织；发现问题 {Count(findings)} 项：错误 {Count(errors)} 项，警告 {Count(warnings)} 项，提示 {Count(infos)} 项"
                : $"Total: {Count(documents)} documents ({Count(unreadable)} unreadable), {Count(organizations)} organizations; {Count(findings)} findings: {Count(errors)} errors, {Count(warnings)} warnings, {Count(infos)} infos");
        }

        return unreadable > 0 ? CliApp.BadInput : errors > 0 ? CliApp.ErrorFindings : CliApp.Ok;
    }

    /// <summary>
    /// Where a JSON or NDJSON report goes: standard output as UTF-8 bytes when the console hands it over (the JSON is
    /// produced as UTF-8, so it is not decoded to characters and encoded again on the way out), else
    /// <see cref="CommandIo.Out"/> (captured output). The text is the same either way, byte for byte, and whatever the
    /// number of threads that format the findings (<see cref="CheckReportWriter"/>).
    /// </summary>
    private sealed class ReportOutput : IDisposable
    {
        private static readonly System.Text.Encoding Utf8 = new System.Text.UTF8Encoding(false);
        private readonly System.IO.TextWriter? writer;
        private readonly System.IO.Stream stream;

        private ReportOutput(System.IO.TextWriter? writer, System.IO.Stream stream)
        {
            this.writer = writer;
            this.stream = stream;
        }

        /// <summary>Standard output as bytes when available (whatever <see cref="CommandIo.Out"/> holds is written out first), else <see cref="CommandIo.Out"/>.</summary>
        internal static ReportOutput Open(CommandIo io)
        {
            if (io.OpenStandardOutput is { } open)
            {
                io.Out.Flush();
                return new ReportOutput(null, new System.IO.BufferedStream(open(), 1 << 16));
            }

            return new ReportOutput(io.Out, PartyOrgJson.TextStream(io.Out));
        }

        /// <summary>Plain text (JSON punctuation around the reports).</summary>
        internal void Text(string text)
        {
            if (writer is not null)
            {
                writer.Write(text);
            }
            else
            {
                var bytes = Utf8.GetBytes(text);
                stream.Write(bytes, 0, bytes.Length);
            }
        }

        /// <summary>The JSON report (<c>--format json</c>), ending with a line break; the findings formatted on up to <paramref name="threads"/> threads.</summary>
        internal void Report(ComplianceReport report, string source, int threads) =>
            CheckReportWriter.WriteReport(stream, report, source, threads);

        /// <summary>One finding per line (the finding object of the JSON report, on one line), in report order.</summary>
        internal void Ndjson(ComplianceReport report, int threads, string? document = null)
        {
            CheckReportWriter.WriteLines(stream, report, document, threads);
            Flush();
        }

        /// <summary>Writes out what is buffered.</summary>
        internal void Flush()
        {
            stream.Flush();
        }

        public void Dispose()
        {
            Flush();
        }
    }

    private static string JsonString(string text) =>
        "\"" + System.Text.Json.JsonEncodedText.Encode(text, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping) + "\"";

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
