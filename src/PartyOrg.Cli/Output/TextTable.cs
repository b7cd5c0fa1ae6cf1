using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace PartyOrg.Cli.Output;

/// <summary>A plain-text table that aligns columns by display width (CJK characters count as two).</summary>
public sealed class TextTable
{
    private readonly string[] headers;
    private readonly List<string[]> rows = new();

    /// <summary>Creates a table.</summary>
    /// <param name="headers">The column headers.</param>
    public TextTable(params string[] headers) => this.headers = headers;

    /// <summary>Adds a row.</summary>
    /// <param name="cells">The cells (missing cells are empty).</param>
    public void Add(params string?[] cells) => rows.Add(headers.Select((_, i) => i < cells.Length ? cells[i] ?? string.Empty : string.Empty).ToArray());

    /// <summary>Writes the table, fitted to the terminal's width when <paramref name="writer"/> is a terminal, else to <see cref="DefaultWidth"/> columns.</summary>
    /// <param name="writer">The output.</param>
    public void Write(TextWriter writer) => Write(writer, TerminalWidth.Of(writer));

    /// <summary>Writes the table within <paramref name="width"/> columns: Spectre.Console measures every cell by display width (CJK characters count as two) and wraps the widest columns; a column never gets narrower than its longest word allows.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="width">The width in columns.</param>
    public void Write(TextWriter writer, int width)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        var buffer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(buffer),
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
            EnvironmentVariables = new Dictionary<string, string>(),
        });
        console.Profile.Width = Math.Max(width, 20);
        var table = new Table { Border = new RuleUnderHeaderBorder(), Expand = false };
        var atomicColumns = Enumerable.Range(0, headers.Length)
            .Where(i => rows.All(r => r[i].IndexOf(' ') < 0 && Width(r[i]) <= 40 && !r[i].Any(IsWide)))
            .ToArray();
        var atomicWidth = atomicColumns.Sum(i => Math.Max(Width(headers[i]), rows.Count == 0 ? 0 : rows.Max(r => Width(r[i]))) + 2);
        var keepAtomic = atomicWidth + ((headers.Length - atomicColumns.Length) * 8) <= console.Profile.Width;
        for (var i = 0; i < headers.Length; i++)
        {
            // Ids, rule ids, dates and numbers (cells without a space, at most 40 columns) are never broken; the
            // columns of words and sentences give way.
            // (unless they alone would not leave room for the others).
            var atomic = keepAtomic && atomicColumns.Contains(i);
            table.AddColumn(new TableColumn(new Text(headers[i])) { Padding = new Padding(0, 0, i == headers.Length - 1 ? 0 : 1, 0), NoWrap = atomic });
        }

        foreach (var r in rows)
        {
            table.AddRow(r.Select(c => (IRenderable)new Text(c)).ToArray());
        }

        console.Write(table);
        var lines = buffer.ToString().Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd()).ToList();
        while (lines.Count > 0 && lines[0].Length == 0)
        {
            lines.RemoveAt(0);
        }

        while (lines.Count > 0 && lines[lines.Count - 1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        foreach (var line in lines)
        {
            writer.WriteLine(line);
        }
    }

    /// <summary>The width used when the output is not a terminal.</summary>
    public const int DefaultWidth = TerminalWidth.Default;

    /// <summary>The display width of a string: East Asian wide and full-width characters count as two columns.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The width.</returns>
    public static int Width(string text)
    {
        var w = 0;
        foreach (var c in text)
        {
            w += IsWide(c) ? 2 : 1;
        }

        return w;
    }

    private static bool IsWide(char c) =>
        c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6';

    /// <summary>No frame: the header, a line of dashes under each column, then the rows; columns two spaces apart.</summary>
    private sealed class RuleUnderHeaderBorder : TableBorder
    {
        public override string GetPart(TableBorderPart part) => part switch
        {
            TableBorderPart.HeaderBottom => "-",
            TableBorderPart.HeaderSeparator or TableBorderPart.CellSeparator or TableBorderPart.HeaderBottomSeparator => " ",
            TableBorderPart.RowCenter or TableBorderPart.RowSeparator => " ",
            _ => string.Empty,
        };
    }
}
