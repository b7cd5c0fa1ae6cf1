using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

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

    /// <summary>Writes the table.</summary>
    /// <param name="writer">The output.</param>
    public void Write(TextWriter writer)
    {
        var widths = headers.Select((h, i) => Math.Max(Width(h), rows.Count == 0 ? 0 : rows.Max(r => Width(r[i])))).ToArray();
        WriteRow(writer, headers, widths);
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))).TrimEnd());
        foreach (var r in rows)
        {
            WriteRow(writer, r, widths);
        }
    }

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

    private static void WriteRow(TextWriter writer, string[] cells, int[] widths)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            sb.Append(cells[i]);
            if (i < cells.Length - 1)
            {
                sb.Append(' ', widths[i] - Width(cells[i]) + 2);
            }
        }

        writer.WriteLine(sb.ToString().TrimEnd());
    }
}
