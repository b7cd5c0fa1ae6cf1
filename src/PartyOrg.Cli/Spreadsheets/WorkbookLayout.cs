using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace PartyOrg.Cli.Spreadsheets;

/// <summary>How one cell holds a value of the input document.</summary>
public enum CellKind
{
    /// <summary>A JSON string (also enums, dates, months, money).</summary>
    Text,

    /// <summary>A JSON number.</summary>
    Number,

    /// <summary>A JSON true/false.</summary>
    Boolean,

    /// <summary>An array of strings or numbers, written as "a, b, c".</summary>
    List,

    /// <summary>Anything deeper (an array of records, e.g. the candidates of an election): the JSON text in one cell.</summary>
    Json,
}

/// <summary>One column of a sheet: a field of the section's records (<c>adjustment.kind</c> for a field of a nested record).</summary>
/// <param name="Path">The field path (dot-separated), the English header.</param>
/// <param name="Chinese">The Chinese header.</param>
/// <param name="Kind">How the cell holds the value.</param>
/// <param name="Values">The allowed values of an enum (or of a list of enums), else empty.</param>
/// <param name="NumericItems">For a list: its items are numbers.</param>
public sealed record WorkbookColumn(string Path, string Chinese, CellKind Kind, IReadOnlyList<string> Values, bool NumericItems);

/// <summary>One sheet: a section of the input document (an array of records), or the document's own fields (one row).</summary>
/// <param name="Property">The document property (<c>members</c>), or null for the document sheet.</param>
/// <param name="SheetName">The sheet's name (Chinese when the schema gives a Chinese name).</param>
/// <param name="Columns">The columns, in schema order.</param>
public sealed record WorkbookSheet(string? Property, string SheetName, IReadOnlyList<WorkbookColumn> Columns);

/// <summary>
/// The layout of a workbook that holds an input document, derived from the published JSON Schema of the input
/// (docs/schema/partyorg-input.schema.json, embedded in the tool): one sheet per section of the document (each array
/// of records), one column per field (fields of a nested record flattened as <c>adjustment.kind</c>), a first sheet
/// with the document's own fields (<c>profile</c>, <c>asOf</c>). Header row 1 is Chinese, header row 2 the JSON field
/// path; records start on row 3. A section added to the schema gets its sheet without code.
/// </summary>
public sealed class WorkbookLayout
{
    /// <summary>The first data row (after the Chinese and the English header rows).</summary>
    public const int FirstDataRow = 3;

    /// <summary>The name of the sheet with the document's own fields.</summary>
    public const string DocumentSheet = "文档";

    /// <summary>The name of the sheet that lists the allowed values of every enum column.</summary>
    public const string EnumSheet = "枚举值";

    private static readonly Dictionary<string, string> ChineseNames = new(StringComparer.Ordinal)
    {
        ["id"] = "编号", ["kind"] = "类型", ["name"] = "名称", ["parent"] = "上级组织", ["form"] = "支部形式", ["leads"] = "领导的机关党组织",
        ["established"] = "成立日期", ["dissolved"] = "撤销日期", ["coveredUnits"] = "覆盖单位数", ["plannedEnd"] = "计划结束日期",
        ["branch"] = "所在支部", ["group"] = "党小组", ["status"] = "党员类别", ["admitted"] = "入党日期", ["fullSince"] = "转正日期",
        ["temporaryBranches"] = "参加的临时党支部", ["restrictions"] = "表决权限制", ["lifeExemption"] = "免于组织生活",
        ["lifeExemption.from"] = "免于组织生活起", ["lifeExemption.until"] = "免于组织生活止", ["lifeExemption.reason"] = "免于组织生活原因",
        ["duesCategory"] = "党费类别", ["birthDate"] = "出生日期", ["organization"] = "党组织", ["member"] = "党员", ["post"] = "职务",
        ["since"] = "任职日期", ["until"] = "截止日期", ["start"] = "任期开始", ["years"] = "任期年限", ["adjustment"] = "调整",
        ["adjustment.kind"] = "调整类型", ["adjustment.until"] = "调整至", ["adjustment.approvedBy"] = "批准组织", ["adjustment.approvedOn"] = "批准日期",
        ["adjustment.partyGroupDecidedBy"] = "党组决定", ["adjustment.partyGroupDecidedOn"] = "党组决定日期", ["kinds"] = "会议类型",
        ["date"] = "日期", ["attendees"] = "出席党员", ["lecturer"] = "讲课人", ["absences"] = "缺席记录", ["topic"] = "主题", ["votes"] = "表决",
        ["seats"] = "应选名额", ["entitled"] = "应到会人数", ["attended"] = "实到会人数", ["voters"] = "投票人数", ["ballotsIssued"] = "发出选票",
        ["ballotsReturned"] = "收回选票", ["candidates"] = "候选人", ["spoiledBallots"] = "废票", ["method"] = "选举方式", ["office"] = "选举职务",
        ["assembly"] = "选举会议", ["secretaryElected"] = "当选书记", ["deputySecretariesElected"] = "当选副书记", ["secretaryApprovedBy"] = "书记批准组织",
        ["secretaryApprovedOn"] = "书记批准日期", ["month"] = "月份", ["base"] = "计缴基数", ["paid"] = "实交党费", ["paidOn"] = "交纳日期",
        ["voluntary"] = "自愿多交", ["category"] = "类别", ["arrangement"] = "交纳方式", ["amount"] = "金额", ["from"] = "起", ["to"] = "止",
        ["approvedBy"] = "批准组织", ["approvedOn"] = "批准日期", ["branchDecidedOn"] = "支部决定日期", ["by"] = "报告人", ["year"] = "年度",
        ["hours"] = "学时", ["note"] = "备注", ["duty"] = "职责", ["grade"] = "等次", ["congressApproved"] = "党员大会通过", ["membersRepresented"] = "代表党员数",
        ["profile"] = "检查方案", ["asOf"] = "截至日期",
    };

    private readonly JsonElement defs;

    private WorkbookLayout(JsonElement schema)
    {
        defs = schema.TryGetProperty("$defs", out var d) ? d : default;
        var sheets = new List<WorkbookSheet>();
        var documentColumns = new List<WorkbookColumn>();
        foreach (var property in schema.GetProperty("properties").EnumerateObject())
        {
            if (property.Name.StartsWith("$", StringComparison.Ordinal))
            {
                continue;
            }

            var value = Resolve(property.Value);
            if (Type(value) == "array" && value.TryGetProperty("items", out var items) && Type(Resolve(items)) == "object")
            {
                sheets.Add(new WorkbookSheet(property.Name, SheetName(property.Name, value), Columns(Resolve(items))));
            }
            else
            {
                documentColumns.AddRange(ColumnsOf(property.Name, property.Value, nested: false));
            }
        }

        sheets.Insert(0, new WorkbookSheet(null, DocumentSheet, documentColumns));
        Sheets = sheets;
    }

    /// <summary>The sheets: the document sheet first, then one per section in schema order.</summary>
    public IReadOnlyList<WorkbookSheet> Sheets { get; }

    /// <summary>The layout of the embedded input schema.</summary>
    /// <returns>The layout.</returns>
    public static WorkbookLayout Load()
    {
        using var stream = typeof(WorkbookLayout).Assembly.GetManifestResourceStream("partyorg-input.schema.json")
            ?? throw new InvalidOperationException("the input schema is not embedded in the tool");
        using var document = JsonDocument.Parse(stream);
        return new WorkbookLayout(document.RootElement.Clone());
    }

    /// <summary>Parses a layout from schema text (tests).</summary>
    /// <param name="schemaJson">The schema.</param>
    /// <returns>The layout.</returns>
    public static WorkbookLayout Parse(string schemaJson)
    {
        using var document = JsonDocument.Parse(schemaJson);
        return new WorkbookLayout(document.RootElement.Clone());
    }

    /// <summary>The sheet of a section, by its sheet name or its property name.</summary>
    /// <param name="name">The sheet's name in a workbook.</param>
    /// <returns>The sheet, or null.</returns>
    public WorkbookSheet? Find(string name) =>
        Sheets.FirstOrDefault(s => string.Equals(s.SheetName, name.Trim(), StringComparison.Ordinal))
        ?? Sheets.FirstOrDefault(s => s.Property is not null && string.Equals(s.Property, name.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? (string.Equals(name.Trim(), "document", StringComparison.OrdinalIgnoreCase) ? Sheets[0] : null);

    private static string Type(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : string.Empty;

    private static string SheetName(string property, JsonElement schema)
    {
        var description = schema.TryGetProperty("description", out var d) ? d.GetString() ?? string.Empty : string.Empty;
        var chinese = new string(description.TakeWhile(c => c >= '\u4E00' && c <= '\u9FFF').ToArray());
        return chinese.Length > 0 ? chinese : property;
    }

    private JsonElement Resolve(JsonElement schema)
    {
        var guard = 0;
        while (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference) && guard++ < 16)
        {
            var name = reference.GetString()!.Split('/').Last();
            if (defs.ValueKind != JsonValueKind.Object || !defs.TryGetProperty(name, out var target))
            {
                break;
            }

            schema = target;
        }

        return schema;
    }

    private List<WorkbookColumn> Columns(JsonElement record)
    {
        var columns = new List<WorkbookColumn>();
        if (!record.TryGetProperty("properties", out var properties))
        {
            return columns;
        }

        foreach (var field in properties.EnumerateObject())
        {
            columns.AddRange(ColumnsOf(field.Name, field.Value, nested: false));
        }

        return columns;
    }

    private IEnumerable<WorkbookColumn> ColumnsOf(string path, JsonElement schema, bool nested)
    {
        var field = Resolve(schema);
        var type = Type(field);
        if (type == "object" && !nested && field.TryGetProperty("properties", out var inner))
        {
            foreach (var sub in inner.EnumerateObject())
            {
                foreach (var column in ColumnsOf(path + "." + sub.Name, sub.Value, nested: true))
                {
                    yield return column;
                }
            }

            yield break;
        }

        if (type == "array" && field.TryGetProperty("items", out var items))
        {
            var item = Resolve(items);
            var itemType = Type(item);
            if (itemType is "object" or "array")
            {
                yield return new WorkbookColumn(path, Chinese(path), CellKind.Json, Array.Empty<string>(), false);
            }
            else
            {
                yield return new WorkbookColumn(path, Chinese(path), CellKind.List, Enum(item), itemType is "integer" or "number");
            }

            yield break;
        }

        var kind = type switch
        {
            "integer" or "number" => CellKind.Number,
            "boolean" => CellKind.Boolean,
            "object" => CellKind.Json,
            _ => CellKind.Text,
        };
        yield return new WorkbookColumn(path, Chinese(path), kind, Enum(field), false);
    }

    private static IReadOnlyList<string> Enum(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("enum", out var values)
            ? values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToArray()
            : Array.Empty<string>();

    private static string Chinese(string path) =>
        ChineseNames.TryGetValue(path, out var name) ? name
        : ChineseNames.TryGetValue(path.Split('.').Last(), out var last) ? last
        : path;
}
