using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using FluentAssertions;
using NodaTime.Testing;
using PartyOrg.Cli;
using PartyOrg.Cli.Commands;
using PartyOrg.Cli.Spreadsheets;
using PartyOrg.Domain.Json;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

/// <summary>Spreadsheets in and out (MiniExcel): the template, reading a workbook wherever a document is read, problems as sheet!cell, the findings workbook.</summary>
public sealed class SpreadsheetTests
{
    private static readonly WorkbookLayout Layout = WorkbookLayout.Load();

    private static (int Exit, byte[] Bytes, string Out, string Error) RunBinary(params string[] args)
    {
        var bytes = new MemoryStream();
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var io = new CommandIo(new StringReader(string.Empty), output, error, null, new FakeClock(CliRunner.Now)) { OpenStandardOutput = () => bytes };
        var exit = CliApp.Run(args, io);
        return (exit, bytes.ToArray(), output.ToString(), error.ToString());
    }

    private static string Temp(byte[] bytes)
    {
        var file = Path.Combine(Path.GetTempPath(), "partyorg-" + Guid.NewGuid().ToString("N") + ".xlsx");
        File.WriteAllBytes(file, bytes);
        return file;
    }

    private static byte[] ToWorkbook(string json)
    {
        using var stream = new MemoryStream();
        Workbook.WriteDocument((JsonObject)JsonNode.Parse(json)!, Layout, stream);
        return stream.ToArray();
    }

    private static JsonNode FromWorkbook(byte[] workbook)
    {
        var document = Workbook.Read(new MemoryStream(workbook), Layout);
        document.Problems.Should().BeEmpty();
        return JsonNode.Parse(document.Json)!;
    }

    [Theory]
    [InlineData("sample-organ.json")]
    [InlineData("interchange.json")]
    [InlineData("dues.json")]
    [InlineData("minimal.json")]
    [InlineData("exported-organ.json")]
    public void JsonToWorkbookToJson_IsLossless(string example)
    {
        var json = File.ReadAllText(CliRunner.Example(example));
        var original = JsonNode.Parse(json)!.AsObject();
        original.Remove("$schema");
        var back = FromWorkbook(ToWorkbook(original.ToJsonString()));
        Difference(JsonNode.Parse(back.ToJsonString()), JsonNode.Parse(original.ToJsonString()), "$").Should().BeNull("the round trip keeps every value");
    }

    /// <summary>The first difference between two JSON values (objects compared by property names, not order), or null.</summary>
    private static string? Difference(JsonNode? actual, JsonNode? expected, string path)
    {
        switch (expected)
        {
            case JsonObject e when actual is JsonObject a:
                foreach (var name in e.Select(p => p.Key).Union(a.Select(p => p.Key)))
                {
                    if (!e.ContainsKey(name) || !a.ContainsKey(name))
                    {
                        return path + "." + name + (e.ContainsKey(name) ? " missing" : " added");
                    }

                    if (Difference(a[name], e[name], path + "." + name) is { } d)
                    {
                        return d;
                    }
                }

                return null;
            case JsonArray e when actual is JsonArray a:
                if (a.Count != e.Count)
                {
                    return path + $" has {a.Count} items, expected {e.Count}";
                }

                for (var i = 0; i < e.Count; i++)
                {
                    if (Difference(a[i], e[i], path + "[" + i + "]") is { } d)
                    {
                        return d;
                    }
                }

                return null;
            default:
                return JsonNode.DeepEquals(actual, expected) ? null : $"{path}: {actual?.ToJsonString()} instead of {expected?.ToJsonString()}";
        }
    }

    [Fact]
    public void Layout_HasOneSheetPerSection_WithChineseAndEnglishHeaders()
    {
        Layout.Sheets.Select(s => s.Property).Should().ContainInOrder(null, "organizations", "members", "posts", "terms", "meetings", "elections");
        Layout.Sheets.Should().Contain(s => s.Property == "members" && s.SheetName == "党员");
        var members = Layout.Sheets.Single(s => s.Property == "members");
        members.Columns.Should().Contain(c => c.Path == "branch" && c.Chinese == "所在支部");
        members.Columns.Should().Contain(c => c.Path == "status" && c.Values.SequenceEqual(new[] { "full", "probationary" }));
        Layout.Sheets.Single(s => s.Property == "terms").Columns.Should().Contain(c => c.Path == "adjustment.kind" && c.Kind == CellKind.Text);
        Layout.Sheets.Single(s => s.Property == "meetings").Columns.Should().Contain(c => c.Path == "kinds" && c.Kind == CellKind.List && c.Values.Contains("party-lecture"));
        Layout.Sheets.Single(s => s.Property == "elections").Columns.Should().Contain(c => c.Path == "candidates" && c.Kind == CellKind.Json);
    }

    [Fact]
    public void Template_WritesEverySheet_AndTheEnumSheet()
    {
        var (exit, bytes, _, error) = RunBinary("template");
        exit.Should().Be(0, error);
        var names = MiniExcelLibs.MiniExcel.GetSheetNames(new MemoryStream(bytes));
        names.Should().Equal(Layout.Sheets.Select(s => s.SheetName).Append(WorkbookLayout.EnumSheet));
        var rows = ((System.Collections.Generic.IEnumerable<object>)MiniExcelLibs.MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: false, sheetName: "党员"))
            .Cast<System.Collections.Generic.IDictionary<string, object?>>().ToList();
        rows.Should().HaveCount(2);
        rows[0]["A"].Should().Be("编号");
        rows[1]["A"].Should().Be("id");
    }

    [Fact]
    public void SampleWorkbook_GivesTheSameFindingsAsTheJsonSample()
    {
        var (exit, bytes, _, error) = RunBinary("sample", "--format", "xlsx");
        exit.Should().Be(0, error);
        var file = Temp(bytes);
        try
        {
            var fromWorkbook = CliRunner.Run(string.Empty, "check", file, "--format", "json");
            var fromJson = CliRunner.Run(string.Empty, "check", CliRunner.Example("sample-organ.json"), "--format", "json");
            fromWorkbook.Error.Should().BeEmpty();
            fromWorkbook.Exit.Should().Be(fromJson.Exit);
            fromWorkbook.Out.Should().Be(fromJson.Out);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void BadReference_IsLocatedBySheetAndCell()
    {
        var json = "{\"organizations\":[{\"id\":\"b-1\",\"kind\":\"branch\",\"name\":\"一支部\"}],"
            + "\"members\":[{\"id\":\"m-1\",\"name\":\"张三\",\"branch\":\"b-1\",\"status\":\"full\"},{\"id\":\"m-2\",\"name\":\"李四\",\"branch\":\"b-9\",\"status\":\"full\"}]}";
        var file = Temp(ToWorkbook(json));
        try
        {
            var (exit, output, error) = CliRunner.Run(string.Empty, "check", file);
            exit.Should().Be(2);
            output.Should().BeEmpty();
            var branch = Workbook.ColumnLetters(Layout.Sheets.Single(s => s.Property == "members").Columns.ToList().FindIndex(c => c.Path == "branch"));
            error.Should().Contain($"党员!{branch}4: ").And.Contain("b-9").And.NotContain("$.members");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void BadEnum_AndBadNumber_AreLocated_AllAtOnce()
    {
        var json = "{\"organizations\":[{\"id\":\"b-1\",\"kind\":\"brnch\",\"name\":\"一支部\"}],\"terms\":[{\"organization\":\"b-1\",\"start\":\"2024-01-01\",\"years\":\"three\"}]}";
        var file = Temp(ToWorkbook(json));
        try
        {
            var (exit, _, error) = CliRunner.Run(string.Empty, "check", file);
            exit.Should().Be(2);
            error.Should().Contain("组织!B3: ").And.Contain("brnch");
            error.Should().Contain("任期!C3: ");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void UnknownSheet_AndUnknownColumn_AreProblems_NotSilentlyDropped()
    {
        using var stream = new MemoryStream();
        var sheets = new System.Collections.Generic.Dictionary<string, object>
        {
            ["组织"] = new[]
            {
                new System.Collections.Generic.Dictionary<string, object?> { ["A"] = "编号", ["B"] = "类型", ["C"] = "名称", ["D"] = "颜色" },
                new System.Collections.Generic.Dictionary<string, object?> { ["A"] = "id", ["B"] = "kind", ["C"] = "name", ["D"] = "colour" },
                new System.Collections.Generic.Dictionary<string, object?> { ["A"] = "b-1", ["B"] = "branch", ["C"] = "一支部", ["D"] = "red" },
            },
            ["Sheet9"] = new[] { new System.Collections.Generic.Dictionary<string, object?> { ["A"] = "x" } },
        };
        MiniExcelLibs.MiniExcel.SaveAs(stream, sheets, printHeader: false, excelType: MiniExcelLibs.ExcelType.XLSX);
        var file = Temp(stream.ToArray());
        try
        {
            var (exit, _, error) = CliRunner.Run(string.Empty, "check", file);
            exit.Should().Be(2);
            error.Should().Contain("组织!D2: unknown column \"colour\"").And.Contain("Sheet9!A1: unknown sheet \"Sheet9\"");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void FindingsWorkbook_HasOneRowPerFinding()
    {
        var (exit, bytes, _, error) = RunBinary("check", CliRunner.Example("sample-organ.json"), "--format", "xlsx");
        var json = CliRunner.Run(string.Empty, "check", CliRunner.Example("sample-organ.json"), "--format", "json");
        exit.Should().Be(json.Exit, error);
        var findings = JsonNode.Parse(json.Out)!["findings"]!.AsArray();
        var rows = ((System.Collections.Generic.IEnumerable<object>)MiniExcelLibs.MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: false, sheetName: FindingsWorkbook.SheetName))
            .Cast<System.Collections.Generic.IDictionary<string, object?>>().ToList();
        rows.Should().HaveCount(findings.Count + 1);
        rows[0]["B"].Should().Be("规则 rule");
        rows.Skip(1).Select(r => (string?)r["B"]).Should().Equal(findings.Select(f => (string?)f!["ruleId"]));
    }

    [Fact]
    public void Workbook_OnATerminal_IsRefused()
    {
        var io = new CommandIo(new StringReader(string.Empty), new StringWriter(), new StringWriter(), null, new FakeClock(CliRunner.Now)) { OutputIsTerminal = true, OpenStandardOutput = () => new MemoryStream() };
        CliApp.Run(new[] { "template" }, io).Should().Be(2);
        io.Error.ToString().Should().Contain("--output FILE");
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void ColumnLetters_AreExcels(int index, string letters) => Workbook.ColumnLetters(index).Should().Be(letters);

    [Fact]
    public void Locate_UsesTheLongestKnownPrefix()
    {
        var document = new WorkbookDocument(Array.Empty<byte>(), new System.Collections.Generic.Dictionary<string, string>
        {
            ["$.elections[0]"] = "选举!A3",
            ["$.elections[0].candidates"] = "选举!K3",
        }, Array.Empty<string>());
        document.Locate("$.elections[0].candidates[1].for").Should().Be("选举!K3 [1].for");
        document.Locate("$.elections[0]").Should().Be("选举!A3");
        document.Locate("$.members[0]").Should().Be("$.members[0]");
    }
}
