using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using PartyOrg.Cli.Sample;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;

namespace PartyOrg.Cli.Commands;

/// <summary><c>partyorg sample</c>: exports the embedded sample organ of <c>demo</c> as a JSON input document.</summary>
public sealed class SampleCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "sample";

    /// <inheritdoc />
    public int Order => 95;

    /// <inheritdoc />
    public string Summary => "导出示例机关的 JSON 输入文档 / export the demo's sample organ as a JSON input document";

    /// <inheritdoc />
    public IReadOnlyList<string> Options => new[] { "output=", "format=" };

    /// <inheritdoc />
    public string Help => string.Join(Environment.NewLine, new[]
    {
        "partyorg sample [--output FILE] [--format json|xlsx]",
        string.Empty,
        "Writes the embedded sample organ of `partyorg demo` (organizations, members, posts and the meeting, term and",
        "election records) as a JSON input document (docs/json.md) to standard output or FILE; --format xlsx writes it",
        "as the workbook of `partyorg template` (导出为 Excel 工作簿).",
        string.Empty,
        "Examples:",
        "  partyorg sample > sample.json && partyorg check sample.json",
        "  partyorg sample --output docs/examples/sample-organ.json",
        "  partyorg sample --format xlsx > organ.xlsx && partyorg check organ.xlsx",
        string.Empty,
    });

    /// <summary>The sample document as JSON text.</summary>
    /// <returns>The text.</returns>
    public static string SampleJson() => PartyOrgDocumentWriter.Write(SampleOrgan.BuildInput(), ComplianceProfile.StateOrgans.Name);

    /// <inheritdoc />
    public int Run(CommandLine line, CommandIo io)
    {
        if (line.Positional.Count > 0)
        {
            throw new UsageException($"unexpected argument \"{line.Positional[0]}\"");
        }

        var format = line.Choice("format", "json", "json", "xlsx");
        var json = SampleJson();
        if (format == "xlsx")
        {
            var document = (System.Text.Json.Nodes.JsonObject)System.Text.Json.Nodes.JsonNode.Parse(json)!;
            Spreadsheets.WorkbookOutput.Write(line.Get("output"), io, stream => Spreadsheets.Workbook.WriteDocument(document, Spreadsheets.WorkbookLayout.Load(), stream));
            return CliApp.Ok;
        }

        if (line.Get("output") is { } file)
        {
            File.WriteAllText(file, json, new UTF8Encoding(false));
            return CliApp.Ok;
        }

        io.Out.Write(json);
        return CliApp.Ok;
    }
}
