using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PartyOrg.Domain.Tests.Json;

/// <summary>
/// A small JSON Schema (draft 2020-12) validator for the subset of keywords docs/schema uses (no validator
/// package restores here). Unknown keywords throw, so the schema cannot silently use one it does not check.
/// </summary>
internal sealed class MiniJsonSchema
{
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal) { "$schema", "$id", "$comment", "title", "description", "format", "default", "examples", "$defs" };
    private readonly JsonElement root;

    public MiniJsonSchema(JsonElement root) => this.root = root;

    public List<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add(path + ": not allowed");
            return;
        }

        foreach (var k in schema.EnumerateObject())
        {
            switch (k.Name)
            {
                case "$ref":
                    Check(Resolve(k.Value.GetString()!), value, path, errors);
                    break;
                case "type":
                    var types = k.Value.ValueKind == JsonValueKind.Array ? k.Value.EnumerateArray().Select(t => t.GetString()!).ToArray() : new[] { k.Value.GetString()! };
                    if (!types.Any(t => IsType(value, t)))
                    {
                        errors.Add($"{path}: expected {string.Join("|", types)}, found {value.ValueKind}");
                    }

                    break;
                case "enum":
                    if (!k.Value.EnumerateArray().Any(e => JsonEquals(e, value)))
                    {
                        errors.Add($"{path}: {value.GetRawText()} not in enum");
                    }

                    break;
                case "const":
                    if (!JsonEquals(k.Value, value))
                    {
                        errors.Add($"{path}: not the const value");
                    }

                    break;
                case "pattern":
                    if (value.ValueKind == JsonValueKind.String && !Regex.IsMatch(value.GetString()!, k.Value.GetString()!))
                    {
                        errors.Add($"{path}: does not match {k.Value.GetString()}");
                    }

                    break;
                case "minLength":
                    if (value.ValueKind == JsonValueKind.String && CodePoints(value.GetString()!) < k.Value.GetInt32())
                    {
                        errors.Add($"{path}: shorter than {k.Value.GetInt32()}");
                    }

                    break;
                case "maxLength":
                    if (value.ValueKind == JsonValueKind.String && CodePoints(value.GetString()!) > k.Value.GetInt32())
                    {
                        errors.Add($"{path}: longer than {k.Value.GetInt32()}");
                    }

                    break;
                case "minimum":
                    if (value.ValueKind == JsonValueKind.Number && value.GetDouble() < k.Value.GetDouble())
                    {
                        errors.Add($"{path}: below minimum");
                    }

                    break;
                case "maximum":
                    if (value.ValueKind == JsonValueKind.Number && value.GetDouble() > k.Value.GetDouble())
                    {
                        errors.Add($"{path}: above maximum");
                    }

                    break;
                case "minItems":
                    if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() < k.Value.GetInt32())
                    {
                        errors.Add($"{path}: fewer than {k.Value.GetInt32()} items");
                    }

                    break;
                case "items":
                    if (value.ValueKind == JsonValueKind.Array)
                    {
                        var i = 0;
                        foreach (var item in value.EnumerateArray())
                        {
                            Check(k.Value, item, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", errors);
                            i++;
                        }
                    }

                    break;
                case "required":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var name in k.Value.EnumerateArray().Select(n => n.GetString()!))
                        {
                            if (!value.TryGetProperty(name, out _))
                            {
                                errors.Add($"{path}: missing {name}");
                            }
                        }
                    }

                    break;
                case "properties":
                case "patternProperties":
                    break; // handled with additionalProperties below
                case "additionalProperties":
                    break;
                default:
                    if (!Annotations.Contains(k.Name))
                    {
                        throw new NotSupportedException("MiniJsonSchema does not support keyword " + k.Name);
                    }

                    break;
            }
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            var properties = schema.TryGetProperty("properties", out var p) ? p : default;
            var patterns = schema.TryGetProperty("patternProperties", out var pp) ? pp.EnumerateObject().ToArray() : Array.Empty<JsonProperty>();
            var additional = schema.TryGetProperty("additionalProperties", out var ap) ? ap : (JsonElement?)null;
            foreach (var prop in value.EnumerateObject())
            {
                var covered = false;
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(prop.Name, out var sub))
                {
                    Check(sub, prop.Value, path + "." + prop.Name, errors);
                    covered = true;
                }

                foreach (var pattern in patterns.Where(x => Regex.IsMatch(prop.Name, x.Name)))
                {
                    Check(pattern.Value, prop.Value, path + "." + prop.Name, errors);
                    covered = true;
                }

                if (!covered && additional is { } a)
                {
                    Check(a, prop.Value, path + "." + prop.Name, errors);
                }
            }
        }
    }

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException("Only local $ref: " + reference);
        }

        var at = root;
        foreach (var part in reference.Substring(2).Split('/'))
        {
            at = at.GetProperty(part);
        }

        return at;
    }

    private static int CodePoints(string s) => s.Count(c => !char.IsLowSurrogate(c));

    private static bool IsType(JsonElement v, string type) => type switch
    {
        "object" => v.ValueKind == JsonValueKind.Object,
        "array" => v.ValueKind == JsonValueKind.Array,
        "string" => v.ValueKind == JsonValueKind.String,
        "number" => v.ValueKind == JsonValueKind.Number,
        "integer" => v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d) && d == decimal.Truncate(d),
        "boolean" => v.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => v.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException("type " + type),
    };

    private static bool JsonEquals(JsonElement a, JsonElement b) =>
        a.ValueKind == b.ValueKind && a.GetRawText() == b.GetRawText();
}
