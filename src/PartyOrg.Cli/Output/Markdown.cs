using System.Collections.Generic;
using System.IO;
using System.Linq;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;

namespace PartyOrg.Cli.Output;

/// <summary>Markdown output: tables with escaped cells.</summary>
public static class Markdown
{
    /// <summary>Escapes a table cell (pipes, line breaks).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The cell.</returns>
    public static string Cell(string? text) =>
        string.IsNullOrEmpty(text) ? "—" : text!.Replace("\\", "\\\\").Replace("|", "\\|").Replace("\r\n", "<br>").Replace("\n", "<br>");

    /// <summary>Writes a Markdown table.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="headers">The headers.</param>
    /// <param name="rows">The rows.</param>
    public static void Table(TextWriter writer, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows)
    {
        writer.WriteLine("| " + string.Join(" | ", headers.Select(Cell)) + " |");
        writer.WriteLine("|" + string.Concat(headers.Select(_ => " --- |")));
        foreach (var row in rows)
        {
            writer.WriteLine("| " + string.Join(" | ", row.Select(Cell)) + " |");
        }
    }

    /// <summary>Writes findings as a Markdown table with their messages and citations.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="findings">The findings.</param>
    /// <param name="language">The language.</param>
    public static void Findings(TextWriter writer, IReadOnlyList<Finding> findings, OutputLanguage language)
    {
        var en = language == OutputLanguage.English;
        Table(writer,
            new[] { en ? "Severity" : "级别", en ? "Rule" : "规则", en ? "Subject" : "对象", en ? "Period" : "期间", en ? "Expected" : "应为", en ? "Actual" : "实际", en ? "Message" : "说明", en ? "Citations" : "依据" },
            findings.Select(f => (IReadOnlyList<string?>)new[]
            {
                en ? f.Severity.ToContractName() : f.Severity.ToChineseName(), f.RuleId, f.SubjectId, f.Period?.ToString(), en ? f.ExpectedText.English : f.ExpectedText.Chinese, en ? f.ActualText.English : f.ActualText.Chinese,
                en ? f.Message.English : f.Message.Chinese,
                string.Join(en ? "; " : "；", f.Citations.Select(c => en ? c.ToEnglish() : c.ToChinese())),
            }));
    }
}
