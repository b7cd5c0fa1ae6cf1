using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace PartyOrg.Domain.Json.Reading;

/// <summary>
/// Reads the properties of one JSON object, reporting every problem (wrong type, missing required property,
/// unknown enum value, invalid date, duplicate or unknown property) with its path instead of stopping.
/// </summary>
internal sealed class ObjectReader
{
    private readonly Dictionary<string, JsonElement> properties = new(StringComparer.Ordinal);
    private readonly List<string> order = new();
    private readonly IReadOnlyList<string> known;
    private readonly ProblemList problems;

    private ObjectReader(JsonElement element, string path, ProblemList problems, IReadOnlyList<string> known)
    {
        Path = path;
        this.problems = problems;
        this.known = known;
        var index = 0;
        foreach (var p in element.EnumerateObject())
        {
            index++;
            if (PropertyName(p) is not { } name)
            {
                problems.Add(path, "property " + index.ToString(CultureInfo.InvariantCulture) + " of this object has a name with an " + LoneSurrogate);
                continue;
            }

            if (CodePoints(name) > PartyOrgLoadOptions.MaxTextLength)
            {
                problems.Add(path, "property " + index.ToString(CultureInfo.InvariantCulture) + " of this object has a name of " + CodePoints(name).ToString(CultureInfo.InvariantCulture)
                    + " characters; at most " + PartyOrgLoadOptions.MaxTextLength.ToString(CultureInfo.InvariantCulture) + " are accepted");
                continue;
            }

            if (properties.ContainsKey(name))
            {
                problems.Add(JsonPaths.Property(path, name), $"duplicate property \"{name}\"; each property may appear once");
                continue;
            }

            properties.Add(name, p.Value);
            order.Add(name);
        }
    }

    /// <summary>The message for a string holding an unpaired UTF-16 surrogate escape such as <c>\ud800</c>.</summary>
    internal const string LoneSurrogate = "invalid \\u escape (lone surrogate); a string must be valid Unicode (a \\ud800–\\udbff escape must be followed by a \\udc00–\\udfff one)";

    internal string Path { get; }

    /// <summary>The name of a property, or null when it holds a lone surrogate escape.</summary>
    internal static string? PropertyName(JsonProperty p)
    {
        try
        {
            return p.Name;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The value of a JSON string, or null (after reporting it at <paramref name="path"/>) when it holds a lone surrogate escape or is longer than <paramref name="maxLength"/>.</summary>
    internal static string? SafeString(JsonElement v, string path, ProblemList problems, int maxLength)
    {
        string s;
        try
        {
            s = v.GetString()!;
        }
        catch (InvalidOperationException)
        {
            problems.Add(path, LoneSurrogate);
            return null;
        }

        if (s.Length > maxLength && CodePoints(s) is var length && length > maxLength)
        {
            problems.Add(path, "a string of " + length.ToString(CultureInfo.InvariantCulture) + " characters; at most " + maxLength.ToString(CultureInfo.InvariantCulture) + " are accepted here");
            return null;
        }

        return s;
    }

    /// <summary>The number of Unicode characters (code points, as JSON Schema's maxLength counts them).</summary>
    internal static int CodePoints(string s)
    {
        var n = s.Length;
        for (var i = 0; i + 1 < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                n--;
                i++;
            }
        }

        return n;
    }

    /// <summary>The value of a JSON string, or null when it holds a lone surrogate escape (nothing reported).</summary>
    internal static string? TryString(JsonElement v)
    {
        try
        {
            return v.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    internal static ObjectReader? Open(JsonElement element, string path, ProblemList problems, IReadOnlyList<string> known)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(path, "expected an object, found " + JsonPaths.Describe(element));
            return null;
        }

        return new ObjectReader(element, path, problems, known);
    }

    internal string At(string name) => JsonPaths.Property(Path, name);

    /// <summary>The raw value of a property; null when absent or JSON null (then a required property is reported missing).</summary>
    internal JsonElement? Value(string name, bool required)
    {
        if (properties.TryGetValue(name, out var v) && v.ValueKind != JsonValueKind.Null)
        {
            return v;
        }

        if (required)
        {
            problems.Add(At(name), v.ValueKind == JsonValueKind.Null && properties.ContainsKey(name)
                ? "required, found null"
                : "required property is missing");
        }

        return null;
    }

    internal string? String(string name, bool required, int maxLength = PartyOrgLoadOptions.MaxTextLength)
    {
        if (Value(name, required) is not { } v)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.String)
        {
            problems.Add(At(name), "expected a string, found " + JsonPaths.Describe(v));
            return null;
        }

        // The path is built only for a problem: a plain string needs none.
        var s = TryString(v);
        if ((s is null || s.Length > maxLength) && (s = SafeString(v, At(name), problems, maxLength)) is null)
        {
            return null;
        }

        if (s.Trim().Length == 0)
        {
            problems.Add(At(name), "expected a non-empty string");
            return null;
        }

        return s;
    }

    internal string? Id(string name, bool required)
    {
        var id = String(name, required, PartyOrgLoadOptions.MaxIdLength);
        return id is null || id.Trim().Length == id.Length ? id : CheckId(id, At(name));
    }

    internal string? CheckId(string? id, string path)
    {
        if (id is not null && id.Trim().Length != id.Length)
        {
            problems.Add(path, $"id {JsonPaths.Quote(id)} has leading or trailing white space");
            return null;
        }

        return id;
    }

    internal LocalDate? Date(string name, bool required)
    {
        if (Value(name, required) is not { } v)
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.String && TryString(v) is { } text && TryPlainDate(text) is { } plain)
        {
            return plain;
        }

        return ParseDate(v, At(name), problems);
    }

    internal static LocalDate? ParseDate(JsonElement v, string path, ProblemList problems)
    {
        if (v.ValueKind != JsonValueKind.String)
        {
            problems.Add(path, "expected a date string yyyy-MM-dd, found " + JsonPaths.Describe(v));
            return null;
        }

        if (SafeString(v, path, problems, PartyOrgLoadOptions.MaxTextLength) is not { } text)
        {
            return null;
        }

        if (TryPlainDate(text) is { } plain)
        {
            return plain;
        }

        var shapeOk = text.Length == 10 && text[4] == '-' && text[7] == '-'
            && text.Where((c, i) => i != 4 && i != 7).All(c => c is >= '0' and <= '9');
        if (!shapeOk)
        {
            problems.Add(path, $"{JsonPaths.Quote(text)} is not a date; expected yyyy-MM-dd, e.g. \"2026-03-01\"");
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            problems.Add(path, $"{JsonPaths.Quote(text)} is not a valid calendar date (no such day)");
            return null;
        }

        if (result.Value < PartyOrgLoadOptions.EarliestDate || result.Value > PartyOrgLoadOptions.LatestDate)
        {
            problems.Add(path, $"{JsonPaths.Quote(text)} is outside the supported dates 1900-01-01 … 2199-12-31");
            return null;
        }

        return result.Value;
    }

    /// <summary>A <c>yyyy-MM-dd</c> date that is a real day between 1900-01-01 and 2199-12-31, without a pattern parser; null for anything else (then the full check reports it).</summary>
    internal static LocalDate? TryPlainDate(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return null;
        }

        var year = Digits(text, 0, 4);
        var month = Digits(text, 5, 2);
        var day = Digits(text, 8, 2);
        return year is >= 1900 and <= 2199 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
            ? new LocalDate(year, month, day)
            : null;
    }

    private static int Digits(string s, int from, int count)
    {
        var n = 0;
        for (var i = from; i < from + count; i++)
        {
            var d = s[i] - '0';
            if (d is < 0 or > 9)
            {
                return -1;
            }

            n = (n * 10) + d;
        }

        return n;
    }

    internal int? Int(string name, bool required, int min, int max = PartyOrgLoadOptions.MaxCount)
    {
        if (Value(name, required) is not { } v)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Number)
        {
            problems.Add(At(name), "expected a whole number, found " + JsonPaths.Describe(v));
            return null;
        }

        var range = "expected a whole number between " + min.ToString(CultureInfo.InvariantCulture) + " and " + max.ToString(CultureInfo.InvariantCulture) + ", found ";
        if (!v.TryGetInt32(out var n))
        {
            problems.Add(At(name), range + JsonPaths.Describe(v));
            return null;
        }

        if (n < min)
        {
            problems.Add(At(name), "expected a whole number ≥ " + min.ToString(CultureInfo.InvariantCulture) + ", found " + n.ToString(CultureInfo.InvariantCulture));
            return null;
        }

        if (n > max)
        {
            problems.Add(At(name), range + n.ToString(CultureInfo.InvariantCulture));
            return null;
        }

        return n;
    }

    internal bool? Bool(string name)
    {
        if (Value(name, false) is not { } v)
        {
            return null;
        }

        if (v.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            problems.Add(At(name), "expected true or false, found " + JsonPaths.Describe(v));
            return null;
        }

        return v.GetBoolean();
    }

    internal string? Enum(string name, bool required, IReadOnlyList<string> allowed)
    {
        if (Value(name, required) is not { } v)
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.String && TryString(v) is { } plain && plain.Length <= PartyOrgLoadOptions.MaxTextLength && allowed.Contains(plain, StringComparer.Ordinal))
        {
            return plain;
        }

        return CheckEnum(v, At(name), allowed, problems);
    }

    internal static string? CheckEnum(JsonElement v, string path, IReadOnlyList<string> allowed, ProblemList problems)
    {
        if (v.ValueKind != JsonValueKind.String)
        {
            problems.Add(path, "expected one of " + string.Join(", ", allowed) + "; found " + JsonPaths.Describe(v));
            return null;
        }

        if (SafeString(v, path, problems, PartyOrgLoadOptions.MaxTextLength) is not { } s)
        {
            return null;
        }

        if (!allowed.Contains(s, StringComparer.Ordinal))
        {
            problems.Add(path, $"unknown value {JsonPaths.Quote(s)}; expected one of: {string.Join(", ", allowed)}");
            return null;
        }

        return s;
    }

    /// <summary>Reads an array property; items are read by <paramref name="item"/> (null for an unreadable item).</summary>
    internal List<T?>? Array<T>(string name, bool required, Func<JsonElement, string, T?> item)
        where T : class
    {
        if (Value(name, required) is not { } v)
        {
            return null;
        }

        return ReadArray(v, At(name), problems, item);
    }

    internal static List<T?>? ReadArray<T>(JsonElement v, string path, ProblemList problems, Func<JsonElement, string, T?> item)
        where T : class
    {
        if (v.ValueKind != JsonValueKind.Array)
        {
            problems.Add(path, "expected an array, found " + JsonPaths.Describe(v));
            return null;
        }

        var length = v.GetArrayLength();
        if (length > problems.MaxArrayLength)
        {
            problems.Add(path, TooManyElements(problems.MaxArrayLength));
            return null;
        }

        var list = new List<T?>(length);
        var i = 0;
        foreach (var e in v.EnumerateArray())
        {
            list.Add(item(e, JsonPaths.Index(path, i)));
            i++;
        }

        return list;
    }

    /// <summary>The message for an array longer than <paramref name="max"/>.</summary>
    internal static string TooManyElements(int max) =>
        "more than " + max.ToString(CultureInfo.InvariantCulture) + " elements; at most " + max.ToString(CultureInfo.InvariantCulture)
        + " are accepted in one array (PartyOrgLoadOptions.MaxArrayLength); split the document";

    /// <summary>Reads an array of ids (strings).</summary>
    internal List<string?>? Ids(string name, bool required)
    {
        if (Value(name, required) is not { } v)
        {
            return null;
        }

        return ReadArray(v, At(name), problems, (e, p) =>
        {
            if (e.ValueKind != JsonValueKind.String)
            {
                problems.Add(p, "expected a non-empty id string, found " + JsonPaths.Describe(e));
                return null;
            }

            if (SafeString(e, p, problems, PartyOrgLoadOptions.MaxIdLength) is not { } id)
            {
                return null;
            }

            if (id.Trim().Length == 0)
            {
                problems.Add(p, "expected a non-empty id string, found " + JsonPaths.Describe(e));
                return null;
            }

            return CheckId(id, p);
        });
    }

    /// <summary>Reports properties that were not read: unknown names (extensions starting with <c>x-</c> are allowed).</summary>
    internal void Finish()
    {
        foreach (var name in order)
        {
            if (known.Contains(name, StringComparer.Ordinal) || name.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            var like = known.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(k.Replace("-", string.Empty), name.Replace("_", string.Empty).Replace("-", string.Empty), StringComparison.OrdinalIgnoreCase));
            problems.Add(At(name), $"unknown property \"{name}\"{(like is null ? string.Empty : $" (did you mean \"{like}\"?)")}; expected one of: {string.Join(", ", known)} (or an extension named x-…)");
        }
    }
}
