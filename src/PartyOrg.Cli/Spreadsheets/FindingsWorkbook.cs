using System.Collections.Generic;
using System.IO;
using System.Linq;
using PartyOrg.Cli.Commands;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;

namespace PartyOrg.Cli.Spreadsheets;

/// <summary><c>check --format xlsx</c>: one row per finding (both languages side by side), for an officer to filter and sort.</summary>
public static class FindingsWorkbook
{
    /// <summary>The sheet's name.</summary>
    public const string SheetName = "问题";

    /// <summary>The header row (Chinese and English in each cell).</summary>
    public static IReadOnlyList<string> Headers { get; } = new[]
    {
        "级别 severity", "规则 rule", "对象 subject", "所属组织 organization", "期间 period", "应为 expected", "实际 actual",
        "说明 message (zh-CN)", "说明 message (en)", "依据 citations", "截至 asOf", "检查期间 window",
    };

    /// <summary>Writes the findings workbook.</summary>
    /// <param name="report">The report.</param>
    /// <param name="source">Where the as-of date came from.</param>
    /// <param name="output">The output.</param>
    public static void Write(ComplianceReport report, string source, Stream output)
    {
        var asOf = DocumentInput.Format(report.AsOf);
        var window = DocumentInput.Format(report.Window.Start) + "/" + DocumentInput.Format(report.Window.End);
        var rows = report.Findings.Select(f => (IReadOnlyList<object?>)new object?[]
        {
            f.Severity.ToChineseName() + " " + f.Severity.ToContractName(),
            f.RuleId,
            f.SubjectId,
            f.OrganizationId,
            f.Period?.ToString(),
            f.ExpectedText.Chinese == f.ExpectedText.English ? f.ExpectedText.Chinese : f.ExpectedText.Chinese + " / " + f.ExpectedText.English,
            f.ActualText.Chinese == f.ActualText.English ? f.ActualText.Chinese : f.ActualText.Chinese + " / " + f.ActualText.English,
            f.Message.Chinese,
            f.Message.English,
            string.Join("；", f.Citations.Select(c => c.ToChinese())),
            asOf,
            window,
        });
        Workbook.WriteTable(SheetName, Headers, rows, output);
    }
}
