using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PartyOrg.Domain.Json.Reading;

/// <summary>Collects problems while a document is read.</summary>
internal sealed class ProblemList
{
    internal List<JsonProblem> Items { get; } = new();

    internal int Count => Items.Count;

    /// <summary>The most elements one array may hold (<see cref="PartyOrgLoadOptions.MaxArrayLength"/>).</summary>
    internal int MaxArrayLength { get; init; } = PartyOrgLoadOptions.DefaultMaxArrayLength;

    internal void Add(string path, string message) => Items.Add(new JsonProblem(path, message));
}

/// <summary>JSON path building and value descriptions for messages.</summary>
internal static class JsonPaths
{
    internal const string Root = "$";

    internal static string Property(string path, string name)
    {
        var simple = name.Length > 0 && (char.IsLetter(name[0]) || name[0] is '_' or '$');
        foreach (var c in name)
        {
            simple &= c < 128 && (char.IsLetterOrDigit(c) || c is '_' or '$' or '-');
        }

        return simple ? path + "." + name : path + "['" + name.Replace("\\", "\\\\").Replace("'", "\\'") + "']";
    }

    internal static string Index(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    internal static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => ObjectReader.TryString(e) is { } s ? "the string " + Quote(s) : "a string with an invalid \\u escape (lone surrogate)",
        JsonValueKind.Number => "the number " + Shorten(e.GetRawText()),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    internal static string Quote(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in Shorten(text))
        {
            if (c is '"' or '\\')
            {
                sb.Append('\\');
            }

            sb.Append(char.IsControl(c) ? ' ' : c);
        }

        return sb.Append('"').ToString();
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "…";
}

/// <summary>Reference equality (netstandard2.0 has no ReferenceEqualityComparer).</summary>
internal sealed class IdentityComparer : IEqualityComparer<object>
{
    internal static readonly IdentityComparer Instance = new();

    public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

    public int GetHashCode(object obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
}
