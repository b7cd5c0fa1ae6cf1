using System;
using System.Globalization;
using System.IO;
using System.Linq;
using PartyOrg.Cli.Commands;
using PartyOrg.Domain.Json;

namespace PartyOrg.Cli.Spreadsheets;

/// <summary>Reading a workbook wherever a command reads a document: <c>partyorg check organ.xlsx</c>.</summary>
public static class SpreadsheetInput
{
    /// <summary>Reads <paramref name="file"/> as a workbook when it is one (by its first bytes: an .xlsx file is a ZIP archive).</summary>
    /// <param name="file">The file.</param>
    /// <returns>The converted document, or null when the file is not a workbook (or does not exist: the JSON path reports that).</returns>
    public static WorkbookDocument? TryRead(string file)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read);
        var head = new byte[4];
        var read = stream.Read(head, 0, 4);
        if (!Workbook.LooksLikeWorkbook(head.AsSpan(0, read)))
        {
            return null;
        }

        stream.Position = 0;
        try
        {
            return Workbook.Read(stream, WorkbookLayout.Load());
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or FormatException or System.Xml.XmlException or IndexOutOfRangeException or System.Collections.Generic.KeyNotFoundException)
        {
            throw new IOException($"not a readable .xlsx workbook ({e.Message})", e);
        }
    }

    /// <summary>Writes the problems of a workbook, located as <c>sheet!cell</c>, or returns the document.</summary>
    /// <param name="command">The command name.</param>
    /// <param name="file">The file.</param>
    /// <param name="workbook">The converted workbook.</param>
    /// <param name="result">What the loader made of it.</param>
    /// <param name="io">The streams.</param>
    /// <returns>The document, or null after every problem was written (exit code 2).</returns>
    public static PartyOrgDocument? Report(string command, string file, WorkbookDocument workbook, LoadResult result, CommandIo io)
    {
        if (result.Success && workbook.Problems.Count == 0)
        {
            return result.Document;
        }

        var lines = workbook.Problems.Concat(result.Problems.Select(p => workbook.Locate(p.Path) + ": " + p.Message)).ToArray();
        var count = lines.Length;
        io.Error.WriteLine($"partyorg {command}: cannot read {file} ({count.ToString(CultureInfo.InvariantCulture)} problem{(count == 1 ? string.Empty : "s")}); nothing was checked:");
        foreach (var line in lines)
        {
            io.Error.WriteLine(line);
        }

        return null;
    }
}
