using System;
using System.Text.RegularExpressions;

namespace PartyOrg.Domain.Internal;

/// <summary>Argument checks that throw BCL exceptions naming the parameter.</summary>
internal static class Guard
{
    private static readonly Regex KebabKey = new("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    internal static T NotNull<T>(T? value, string name)
        where T : class
        => value ?? throw new ArgumentNullException(name);

    internal static string NotBlank(string? value, string name)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }

        // Blank is all white space (what Trim removes): a first character that is not white space settles it without
        // scanning the rest (every finding's expected and actual texts come through here).
        if (value.Length > 0 && !char.IsWhiteSpace(value[0]))
        {
            return value;
        }

        if (value.Trim().Length == 0)
        {
            throw new ArgumentException("Expected a non-empty value.", name);
        }

        return value;
    }

    internal static string Id(string? value, string name)
    {
        // The common case without trimming: neither end is white space, so the id is not blank either (the same test as
        // Trim's).
        if (value is { Length: > 0 } && !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[value.Length - 1]))
        {
            return value;
        }

        NotBlank(value, name);
        if (value!.Trim().Length != value.Length)
        {
            throw new ArgumentException($"Id \"{value}\" has leading or trailing white space.", name);
        }

        return value;
    }

    internal static string Key(string? value, string name)
    {
        NotBlank(value, name);
        if (!KebabKey.IsMatch(value!))
        {
            throw new ArgumentException($"\"{value}\" is not a kebab-case key (lower-case letters, digits and single hyphens).", name);
        }

        return value!;
    }

    internal static int NotNegative(int value, string name)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "Expected zero or more.");
        }

        return value;
    }

    internal static int Positive(int value, string name)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "Expected one or more.");
        }

        return value;
    }
}
