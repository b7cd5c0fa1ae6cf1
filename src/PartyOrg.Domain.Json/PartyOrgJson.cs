using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace PartyOrg.Domain.Json;

/// <summary>
/// Serialization of the contracts: camelCase names, dates as <c>yyyy-MM-dd</c>, absent optional values omitted,
/// indented with <c>\n</c> line ends and readable (unescaped) Chinese, so the same value always gives the same
/// bytes whatever the culture or time zone.
/// </summary>
public static class PartyOrgJson
{
    private static readonly JsonSerializerOptions Shared = Freeze(CreateOptions());

    /// <summary>Creates serializer options configured as the contract requires (a new, mutable instance).</summary>
    /// <returns>The options.</returns>
    public static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NewLine = "\n",
        };
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        return options;
    }

    /// <summary>Serializes a contract object to JSON text (ends with a line break).</summary>
    /// <typeparam name="T">The contract type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Shared) + "\n";

    /// <summary>Writes a contract object as UTF-8 JSON (no byte order mark) to a stream.</summary>
    /// <typeparam name="T">The contract type.</typeparam>
    /// <param name="stream">The stream.</param>
    /// <param name="value">The value.</param>
    public static void Serialize<T>(Stream stream, T value)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        var bytes = new UTF8Encoding(false).GetBytes(Serialize(value));
        stream.Write(bytes, 0, bytes.Length);
    }

    private static JsonSerializerOptions Freeze(JsonSerializerOptions options)
    {
        options.TypeInfoResolver ??= new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver();
        options.MakeReadOnly();
        return options;
    }
}
