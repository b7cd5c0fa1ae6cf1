using System;
using System.Collections.Generic;
using PartyOrg.Cli.Spreadsheets;

namespace PartyOrg.Cli.Commands;

/// <summary><c>partyorg template</c>: writes the empty .xlsx workbook that Party-affairs officers fill in and <c>check</c> reads.</summary>
public sealed class TemplateCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "template";

    /// <inheritdoc />
    public int Order => 97;

    /// <inheritdoc />
    public string Summary => "写出空白的 Excel 录入模板 / write the empty .xlsx workbook to fill in";

    /// <inheritdoc />
    public IReadOnlyList<string> Options => new[] { "output=" };

    /// <inheritdoc />
    public string Help => string.Join(Environment.NewLine, new[]
    {
        "partyorg template [--output FILE]",
        string.Empty,
        "写出空白的 Excel 工作簿（.xlsx）：每个数据部分一张工作表（文档、组织、党员、任职、任期、会议、选举、党费台账……），",
        "第 1 行为中文列名，第 2 行为 JSON 字段名（docs/json.md），从第 3 行起每行一条记录；“枚举值”表列出各列的可选值。",
        "Writes the empty workbook: one sheet per section of the input document, row 1 the Chinese header, row 2 the JSON",
        "field name, one record per row from row 3; the sheet 枚举值 lists the allowed values of every enum column (MiniExcel",
        "writes no data-validation drop-downs). Lists (meeting kinds, attendees) are written \"a, b, c\"; nested records",
        "(candidates, absences, votes) as JSON text in one cell. Every command that reads a document reads the filled workbook;",
        "problems are located as sheet!cell (党员!C14).",
        string.Empty,
        "Examples:",
        "  partyorg template --output organ.xlsx",
        "  partyorg sample --format xlsx > organ.xlsx && partyorg check organ.xlsx",
        string.Empty,
    });

    /// <inheritdoc />
    public int Run(CommandLine line, CommandIo io)
    {
        if (line.Positional.Count > 0)
        {
            throw new UsageException($"unexpected argument \"{line.Positional[0]}\"");
        }

        var layout = WorkbookLayout.Load();
        WorkbookOutput.Write(line.Get("output"), io, stream => Workbook.WriteDocument(null, layout, stream));
        return CliApp.Ok;
    }
}
