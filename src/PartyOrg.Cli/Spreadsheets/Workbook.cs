using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MiniExcelLibs;

namespace PartyOrg.Cli.Spreadsheets;

/// <summary>A workbook converted into the input document's JSON, with where each value came from.</summary>
/// <param name="Json">The UTF-8 JSON document (fed to the ordinary loader).</param>
/// <param name="Locations">JSON path (<c>$.members[3].branch</c>, <c>$.members[3]</c>) → <c>sheet!cell</c>.</param>
/// <param name="Problems">Problems of the workbook itself (an unknown sheet or column), each already located.</param>
public sealed record WorkbookDocument(byte[] Json, IReadOnlyDictionary<string, string> Locations, IReadOnlyList<string> Problems)
{
    /// <summary>Rewrites a JSON path of a load problem to the cell it came from: the longest known prefix, then the rest of the path.</summary>
    /// <param name="path">The JSON path.</param>
    /// <returns><c>成员!C14</c>, <c>选举!K3 [0].for</c>, or the path itself when nothing matches.</returns>
    public string Locate(string path)
    {
        for (var prefix = path; prefix.Length > 0; prefix = Parent(prefix))
        {
            if (Locations.TryGetValue(prefix, out var cell))
            {
                var rest = path.Substring(prefix.Length);
                return rest.Length == 0 ? cell : cell + " " + rest.TrimStart('.');
            }
        }

        return path;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? string.Empty : path.Substring(0, cut);
    }
}

/// <summary>
/// Spreadsheets in and out with MiniExcel (no reflection over our types: rows are written as dictionaries and read as
/// dictionaries keyed by column letter, so the Native AOT tool reads and writes them too).
/// </summary>
public static class Workbook
{
    /// <summary>The only cell of the row that says a section is present but empty ("none happened"): a sheet with no record row means the section is absent.</summary>
    public const string NoneMarker = "（无）";

    /// <summary>Whether bytes start like an .xlsx file (a ZIP archive).</summary>
    /// <param name="head">The first bytes.</param>
    /// <returns>True for a ZIP signature.</returns>
    public static bool LooksLikeWorkbook(ReadOnlySpan<byte> head) => head.Length >= 4 && head[0] == 0x50 && head[1] == 0x4B && head[2] == 0x03 && head[3] == 0x04;

    /// <summary>Writes an input document (JSON) as a workbook: one sheet per section, Chinese and English headers, and the enum sheet.</summary>
    /// <param name="json">The document; null writes the empty template.</param>
    /// <param name="layout">The layout.</param>
    /// <param name="output">The output stream.</param>
    public static void WriteDocument(JsonObject? json, WorkbookLayout layout, Stream output)
    {
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var template in layout.Sheets)
        {
            var records = json is null ? new List<JsonObject>()
                : template.Property is null ? new List<JsonObject> { json }
                : (json[template.Property] as JsonArray)?.Select(r => r as JsonObject ?? new JsonObject()).ToList() ?? new List<JsonObject>();
            if (json is not null && template.Property is not null && !json.ContainsKey(template.Property))
            {
                continue; // an absent section has no sheet (an empty sheet would say "none happened")
            }

            // Extension properties (x-…) of the records get columns of their own: nothing is dropped.
            var known = new HashSet<string>(template.Columns.Select(c => c.Path.Split('.')[0]), StringComparer.Ordinal);
            var extra = records.SelectMany(r => r.Select(p => p.Key))
                .Where(k => !known.Contains(k) && (template.Property is not null || !(json![k] is JsonArray a && a.All(i => i is JsonObject)) || k.StartsWith("x-", StringComparison.Ordinal)))
                .Where(k => k != "$schema")
                .Distinct(StringComparer.Ordinal)
                .Select(k => new WorkbookColumn(k, k, CellKind.Text, Array.Empty<string>(), false));
            var sheet = template with { Columns = template.Columns.Concat(extra).ToArray() };
            var rows = new List<Dictionary<string, object?>>
            {
                Row(sheet.Columns.Select(c => (object?)c.Chinese)),
                Row(sheet.Columns.Select(c => (object?)c.Path)),
            };
            rows.AddRange(records.Select(r => Row(sheet.Columns.Select(c => Cell(Get(r, c.Path), c)))));
            if (json is not null && template.Property is not null && records.Count == 0)
            {
                rows.Add(Row(new object?[] { NoneMarker }));
            }

            sheets[sheet.SheetName] = rows;
        }

        var enums = new List<Dictionary<string, object?>> { Row(new object?[] { "工作表", "列", "列名", "可选值" }), Row(new object?[] { "sheet", "column", "field", "values" }) };
        foreach (var sheet in layout.Sheets)
        {
            foreach (var column in sheet.Columns.Where(c => c.Values.Count > 0))
            {
                enums.Add(Row(new object?[] { sheet.SheetName, column.Chinese, column.Path, string.Join(", ", column.Values) }));
            }
        }

        sheets[WorkbookLayout.EnumSheet] = enums;
        Save(output, sheets);
    }

    /// <summary>Writes rows to a one-sheet workbook with one header row (a findings sheet an officer can filter).</summary>
    /// <param name="sheetName">The sheet's name.</param>
    /// <param name="headers">The header row.</param>
    /// <param name="rows">The rows.</param>
    /// <param name="output">The output stream.</param>
    public static void WriteTable(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows, Stream output)
    {
        var all = new List<Dictionary<string, object?>> { Row(headers.Cast<object?>()) };
        all.AddRange(rows.Select(r => Row(r)));
        Save(output, new Dictionary<string, object>(StringComparer.Ordinal) { [sheetName] = all });
    }

    /// <summary>Reads a workbook into the input document's JSON and the location of every value.</summary>
    /// <param name="input">The .xlsx bytes.</param>
    /// <param name="layout">The layout.</param>
    /// <returns>The document.</returns>
    public static WorkbookDocument Read(Stream input, WorkbookLayout layout)
    {
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        var root = new JsonObject();
        var locations = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var sheetName in MiniExcel.GetSheetNames(Rewind(buffer)))
        {
            if (sheetName == WorkbookLayout.EnumSheet)
            {
                continue;
            }

            var sheet = layout.Find(sheetName);
            if (sheet is null)
            {
                problems.Add($"{sheetName}!A1: unknown sheet \"{sheetName}\"; expected one of: {string.Join(", ", layout.Sheets.Select(s => s.SheetName))} (or the section names {string.Join(", ", layout.Sheets.Where(s => s.Property is not null).Select(s => s.Property))})");
                continue;
            }

            var rows = ((IEnumerable<object>)MiniExcel.Query(Rewind(buffer), useHeaderRow: false, sheetName: sheetName, excelType: ExcelType.XLSX))
                .Cast<IDictionary<string, object?>>()
                .ToList();
            ReadSheet(sheet, sheetName, rows, root, locations, problems);
        }

        using var json = new MemoryStream();
        using (var writer = new Utf8JsonWriter(json, new JsonWriterOptions { Indented = false }))
        {
            root.WriteTo(writer);
        }

        return new WorkbookDocument(json.ToArray(), locations, problems);
    }

    /// <summary>Converts a column index (0-based) to its letters: 0 → A, 26 → AA.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The letters.</returns>
    public static string ColumnLetters(int index)
    {
        var letters = string.Empty;
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            letters = (char)('A' + ((i - 1) % 26)) + letters;
        }

        return letters;
    }

    private static void ReadSheet(WorkbookSheet sheet, string sheetName, List<IDictionary<string, object?>> rows, JsonObject root, Dictionary<string, string> locations, List<string> problems)
    {
        // Row 2 names the fields; row 1 (Chinese) is for people.
        if (rows.Count < 2)
        {
            return; // no header rows, no records: the section is absent
        }

        var header = rows[1];
        var columns = new List<(string Letter, WorkbookColumn Column)>();
        foreach (var (letter, value) in header)
        {
            var name = Text(value)?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            var column = sheet.Columns.FirstOrDefault(c => c.Path == name) ?? sheet.Columns.FirstOrDefault(c => c.Chinese == name)
                ?? (name!.StartsWith("x-", StringComparison.Ordinal) ? new WorkbookColumn(name, name, CellKind.Text, Array.Empty<string>(), false) : null);
            if (column is null)
            {
                problems.Add($"{sheetName}!{letter}2: unknown column \"{name}\"; expected one of: {string.Join(", ", sheet.Columns.Select(c => c.Path))}");
                continue;
            }

            columns.Add((letter, column));
        }

        if (sheet.Property is not null)
        {
            locations["$." + sheet.Property] = $"{sheetName}!A1";
        }

        var records = new JsonArray();
        var index = 0;
        var present = false;
        for (var r = 2; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.Values.Count(v => !IsEmpty(v)) == 1 && Text(row.Values.First(v => !IsEmpty(v)))?.Trim() is NoneMarker or "(none)")
            {
                present = true;
                continue;
            }

            if (columns.All(c => IsEmpty(row.TryGetValue(c.Letter, out var v) ? v : null)))
            {
                continue;
            }

            var rowNumber = (r + 1).ToString(CultureInfo.InvariantCulture);
            var basePath = sheet.Property is null ? "$" : $"$.{sheet.Property}[{index.ToString(CultureInfo.InvariantCulture)}]";
            var record = sheet.Property is null ? root : new JsonObject();
            if (sheet.Property is not null)
            {
                locations[basePath] = $"{sheetName}!A{rowNumber}";
            }

            foreach (var (letter, column) in columns)
            {
                var value = row.TryGetValue(letter, out var v) ? v : null;
                if (IsEmpty(value))
                {
                    continue;
                }

                Set(record, column.Path, Value(value!, column));
                locations[basePath + "." + column.Path] = $"{sheetName}!{letter}{rowNumber}";
                if (column.Path.Contains('.'))
                {
                    locations[basePath + "." + column.Path.Split('.')[0]] = $"{sheetName}!{letter}{rowNumber}";
                }
            }

            present = true;
            if (sheet.Property is not null)
            {
                records.Add((JsonNode)record);
                index++;
            }
            else
            {
                break; // the document sheet has one row
            }
        }

        if (sheet.Property is not null && present)
        {
            root[sheet.Property] = records;
        }
    }

    private static JsonNode? Value(object value, WorkbookColumn column)
    {
        switch (column.Kind)
        {
            case CellKind.Number:
                if (value is double d)
                {
                    return Number(d);
                }

                var text = Text(value)!.Trim();
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? Number(parsed) : JsonValue.Create(text);
            case CellKind.Boolean:
                if (value is bool b)
                {
                    return JsonValue.Create(b);
                }

                var flag = Text(value)!.Trim();
                return flag.ToLowerInvariant() switch
                {
                    "true" or "是" or "1" => JsonValue.Create(true),
                    "false" or "否" or "0" => JsonValue.Create(false),
                    _ => JsonValue.Create(flag),
                };
            case CellKind.List:
                if (Text(value)!.Trim() is NoneMarker or "(none)")
                {
                    return new JsonArray();
                }

                var items = Text(value)!.Split(new[] { ',', '，', ';', '；', '\n', '、' }, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).Where(s => s.Length > 0);
                return new JsonArray(items.Select(i => column.NumericItems && double.TryParse(i, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? Number(n) : (JsonNode?)JsonValue.Create(i)).ToArray());
            case CellKind.Json:
                var json = Text(value)!;
                try
                {
                    return JsonNode.Parse(json);
                }
                catch (JsonException)
                {
                    return JsonValue.Create(json);
                }

            default:
                return JsonValue.Create(Text(value));
        }
    }

    private static JsonNode Number(double d) =>
        Math.Abs(d) < 9e15 && Math.Floor(d) == d ? JsonValue.Create((long)d) : JsonValue.Create(decimal.TryParse(d.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var m) ? m : (decimal)d);

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static bool IsEmpty(object? value) => value is null || (value is string s && s.Trim().Length == 0);

    private static void Set(JsonObject record, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var target = record;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (target[parts[i]] is not JsonObject next)
            {
                next = new JsonObject();
                target[parts[i]] = next;
            }

            target = next;
        }

        target[parts[parts.Length - 1]] = value;
    }

    private static JsonNode? Get(JsonObject record, string path)
    {
        JsonNode? node = record;
        foreach (var part in path.Split('.'))
        {
            node = node is JsonObject o && o.TryGetPropertyValue(part, out var next) ? next : null;
        }

        return node;
    }

    private static object? Cell(JsonNode? node, WorkbookColumn column)
    {
        if (node is null)
        {
            return null;
        }

        if (column.Kind == CellKind.List && node is JsonArray { Count: 0 })
        {
            return NoneMarker;
        }

        if (column.Kind == CellKind.List && node is JsonArray list && list.All(i => i is JsonValue))
        {
            return string.Join(", ", list.Select(i => i is JsonValue v && v.TryGetValue<string>(out var s) ? s : i!.ToJsonString()));
        }

        if (node is JsonValue value)
        {
            if (value.TryGetValue<string>(out var s))
            {
                return s;
            }

            if (value.GetValueKind() == JsonValueKind.Number)
            {
                return value.TryGetValue<long>(out var l) ? l : (object)value.GetValue<decimal>();
            }

            if (value.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
            {
                return value.GetValue<bool>();
            }
        }

        // Anything deeper (or a value of another shape than the schema says) is kept as its JSON text: nothing is lost.
        return node.ToJsonString();
    }

    private static Dictionary<string, object?> Row(IEnumerable<object?> cells)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal);
        var i = 0;
        foreach (var cell in cells)
        {
            row[ColumnLetters(i++)] = cell;
        }

        return row;
    }

    private static void Save(Stream output, Dictionary<string, object> sheets)
    {
        // MiniExcel takes the columns from the first row: every row gets every column.
        foreach (var rows in sheets.Values.OfType<List<Dictionary<string, object?>>>())
        {
            var width = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
            foreach (var row in rows)
            {
                for (var i = row.Count; i < width; i++)
                {
                    row[ColumnLetters(i)] = null;
                }
            }
        }

        MiniExcel.SaveAs(output, sheets, printHeader: false, excelType: ExcelType.XLSX);
    }

    private static MemoryStream Rewind(MemoryStream stream)
    {
        stream.Position = 0;
        return stream;
    }

    /// <summary>The UTF-8 text of JSON bytes (for messages and tests).</summary>
    /// <param name="json">The bytes.</param>
    /// <returns>The text.</returns>
    public static string Utf8(byte[] json) => new UTF8Encoding(false).GetString(json);
}
