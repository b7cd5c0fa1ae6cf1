using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Json.Schema;

namespace PartyOrg.Domain.Tests.Json;

/// <summary>
/// The published JSON Schemas (docs/schema) evaluated with JsonSchema.Net (draft 2020-12): every failed keyword is
/// one line "instance location: keyword: message", e.g. <c>/organizations/0/kind: enum: …</c>.
/// </summary>
internal sealed class SchemaValidator
{
    private readonly JsonSchema schema;

    private SchemaValidator(JsonSchema schema) => this.schema = schema;

    /// <summary>Loads a schema of docs/schema by file name (each load has its own registry: the schemas' $id never clash).</summary>
    public static SchemaValidator Load(string file) =>
        new(JsonSchema.FromText(File.ReadAllText(RepoFiles.PathOf("docs", "schema", file)), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    public List<string> Validate(JsonElement instance)
    {
        var results = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return new List<string>();
        }

        var errors = (results.Details ?? new List<EvaluationResults>())
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToList();
        if (errors.Count == 0)
        {
            errors.Add("/: invalid (no detail)");
        }

        return errors;
    }
}
