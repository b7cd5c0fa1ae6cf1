using System.IO;
using System.Linq;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;

namespace PartyOrg.Cli.Output;

/// <summary>Writes findings as a readable table (one row per finding, the message on its own line(s)).</summary>
public static class FindingsTable
{
    /// <summary>Writes the findings and a summary line.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="report">The report.</param>
    /// <param name="language">The language of messages.</param>
    public static void Write(TextWriter writer, ComplianceReport report, OutputLanguage language)
    {
        var wrapping = writer as WrappingWriter ?? new WrappingWriter(writer, TerminalWidth.Of(writer));
        Write(wrapping, TerminalWidth.Of(writer), report, language);
        wrapping.Flush();
    }

    private static void Write(WrappingWriter writer, int width, ComplianceReport report, OutputLanguage language)
    {
        if (report.Findings.Count == 0)
        {
            writer.WriteLine(language.Pick("未发现问题。", "No findings."));
            writer.WriteLine();
            writer.WriteLine(Summary(report, language));
            return;
        }

        var table = new TextTable(
            language.Pick("级别", "Severity"), language.Pick("规则", "Rule"), language.Pick("对象", "Subject"),
            language.Pick("期间", "Period"), language.Pick("应为", "Expected"), language.Pick("实际", "Actual"));
        foreach (var f in report.Findings)
        {
            table.Add(language.Pick(f.Severity.ToChineseName(), f.Severity.ToContractName()), f.RuleId, f.SubjectId, f.Period?.ToString() ?? "—", language.Pick(f.ExpectedText), language.Pick(f.ActualText));
        }

        table.Write(writer, width);
        writer.WriteLine();
        foreach (var f in report.Findings)
        {
            writer.WriteLine($"[{f.RuleId}] {f.SubjectId}{(f.Period is { } p ? " " + p : string.Empty)}");
            if (language != OutputLanguage.English)
            {
                writer.WriteLine("  " + f.Message.Chinese);
            }

            if (language != OutputLanguage.Chinese)
            {
                writer.WriteLine("  " + f.Message.English);
            }

            writer.WriteLine("  " + string.Join(language == OutputLanguage.English ? "; " : "；", f.Citations.Select(c => language == OutputLanguage.English ? c.ToEnglish() : c.ToChinese())));
        }

        writer.WriteLine();
        writer.WriteLine(Summary(report, language));
    }

    private static string Summary(ComplianceReport report, OutputLanguage language) =>
        language.Pick(
            $"共检查 {report.OrganizationCount} 个组织；发现问题 {report.Findings.Count} 项：错误 {report.Errors} 项，警告 {report.Warnings} 项，提示 {report.Infos} 项",
            $"{report.OrganizationCount} organizations checked; {report.Findings.Count} findings: {report.Errors} errors, {report.Warnings} warnings, {report.Infos} infos");
}
