using System;

namespace PartyOrg.Domain;

/// <summary>A text in Simplified Chinese (zh-CN) and English (en). An immutable value.</summary>
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    /// <summary>Creates a bilingual text.</summary>
    /// <param name="chinese">The zh-CN text.</param>
    /// <param name="english">The en text.</param>
    /// <exception cref="ArgumentException">Either text is null or empty.</exception>
    public LocalizedText(string chinese, string english)
    {
        Chinese = Internal.Guard.NotBlank(chinese, nameof(chinese));
        English = Internal.Guard.NotBlank(english, nameof(english));
    }

    /// <summary>The zh-CN text.</summary>
    public string Chinese { get; }

    /// <summary>The en text.</summary>
    public string English { get; }

    /// <summary>The text in <paramref name="language"/>: any "zh" tag gives Chinese, anything else English.</summary>
    /// <param name="language">A language tag such as "zh-CN" or "en".</param>
    /// <returns>The text.</returns>
    public string Get(string language) => Internal.Languages.IsChinese(language) ? Chinese : English;

    /// <summary>"Chinese / English".</summary>
    /// <returns>Both texts.</returns>
    public override string ToString() => Chinese + " / " + English;

    /// <inheritdoc />
    public bool Equals(LocalizedText? other) =>
        other is not null && string.Equals(Chinese, other.Chinese, StringComparison.Ordinal) && string.Equals(English, other.English, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LocalizedText t && Equals(t);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(Chinese) * 397) ^ StringComparer.Ordinal.GetHashCode(English));
}
