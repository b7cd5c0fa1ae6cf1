using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Json.Contracts;

namespace PartyOrg.Cli.Generation;

/// <summary>Writes a synthetic input as an input document (the JSON interchange contract), streaming, so even a province fits.</summary>
public static class SyntheticJson
{
    /// <summary>Writes <paramref name="input"/> as UTF-8 JSON to <paramref name="stream"/>.</summary>
    /// <param name="input">The input (tree, as-of date, meetings, terms, elections).</param>
    /// <param name="stream">The destination.</param>
    public static void Write(ComplianceInput input, Stream stream)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        var contract = PartyOrgDocumentWriter.ToContract(input, ComplianceProfile.StateOrgans.Name);
        var options = PartyOrgJson.CreateOptions();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, Encoder = options.Encoder }))
        {
            JsonSerializer.Serialize(writer, contract, (JsonTypeInfo<InputDocument>)options.GetTypeInfo(typeof(InputDocument)));
        }

        stream.WriteByte((byte)'\n');
    }
}
