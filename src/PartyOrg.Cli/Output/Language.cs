using System;

namespace PartyOrg.Cli.Output;

/// <summary>The output language chosen with <c>--lang</c>.</summary>
public enum OutputLanguage
{
    /// <summary>Simplified Chinese (the default).</summary>
    Chinese,

    /// <summary>English.</summary>
    English,

    /// <summary>Both, Chinese first (the demo's default).</summary>
    Both,
}

/// <summary>Parsing of <c>--lang</c>.</summary>
public static class Languages
{
    /// <summary>Parses <c>zh-CN</c>, <c>en</c> or <c>both</c>.</summary>
    /// <param name="value">The option value, or null.</param>
    /// <param name="fallback">The default.</param>
    /// <returns>The language.</returns>
    /// <exception cref="Commands.UsageException">Another value.</exception>
    public static OutputLanguage Parse(string? value, OutputLanguage fallback) => value switch
    {
        null => fallback,
        "zh-CN" or "zh" => OutputLanguage.Chinese,
        "en" => OutputLanguage.English,
        "both" => OutputLanguage.Both,
        _ => throw new Commands.UsageException($"--lang must be zh-CN, en or both, not \"{value}\""),
    };

    /// <summary>Picks the text for the language (both: "中文 / English").</summary>
    /// <param name="language">The language.</param>
    /// <param name="chinese">The Chinese text.</param>
    /// <param name="english">The English text.</param>
    /// <returns>The text.</returns>
    public static string Pick(this OutputLanguage language, string chinese, string english) => language switch
    {
        OutputLanguage.Chinese => chinese,
        OutputLanguage.English => english,
        _ => chinese + " / " + english,
    };

    /// <summary>Picks a bilingual text for the language (both: "中文 / English", or the text once when the two are the same).</summary>
    /// <param name="language">The language.</param>
    /// <param name="text">The text.</param>
    /// <returns>The text.</returns>
    public static string Pick(this OutputLanguage language, PartyOrg.Domain.LocalizedText text) =>
        text.Chinese == text.English ? text.Chinese : language.Pick(text.Chinese, text.English);

    /// <summary>The language tag for domain texts.</summary>
    /// <param name="language">The language.</param>
    /// <returns>"zh-CN" or "en".</returns>
    public static string Tag(this OutputLanguage language) => language == OutputLanguage.English ? "en" : "zh-CN";

    /// <summary>Ordinal comparison helper for sorting output.</summary>
    public static StringComparer Ordinal => StringComparer.Ordinal;
}
