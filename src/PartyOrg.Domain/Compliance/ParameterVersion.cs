using System;
using NodaTime;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// 参数版本 — one value of a parameter with the days it is in force and where it comes from (in the spirit of
/// OpenFisca's dated parameters). A profile holds one or more versions per parameter, oldest first; rules read the
/// version in force on the date that matters with <see cref="ComplianceProfile.Get{T}(ParameterKey{T}, LocalDate)"/>.
/// An immutable value.
/// </summary>
public sealed class ParameterVersion
{
    internal ParameterVersion(ParameterKey key, object value, LocalDate? inForceFrom, LocalDate? inForceUntil, ParameterSource source)
    {
        Key = key;
        Value = value;
        InForceFrom = inForceFrom;
        InForceUntil = inForceUntil;
        Source = source;
    }

    /// <summary>The parameter.</summary>
    public ParameterKey Key { get; }

    /// <summary>The value (of <see cref="ParameterKey.ValueType"/>).</summary>
    public object Value { get; }

    /// <summary>The value rendered for docs and reports.</summary>
    public string FormattedValue => Key.FormatValue(Value);

    /// <summary>The first day the value applies, or null when it applies from the start (and to any earlier date the library knows no value for).</summary>
    public LocalDate? InForceFrom { get; }

    /// <summary>The first day the value no longer applies, or null while it is in force.</summary>
    public LocalDate? InForceUntil { get; }

    /// <summary>Where the value comes from: its articles, a local authority or a library default.</summary>
    public ParameterSource Source { get; }

    /// <summary>Whether the value applies on <paramref name="date"/>.</summary>
    /// <param name="date">The day.</param>
    /// <returns>True when <see cref="InForceFrom"/> ≤ date &lt; <see cref="InForceUntil"/> (open ends unbounded).</returns>
    public bool IsInForceOn(LocalDate date) => (InForceFrom is not { } from || from <= date) && (InForceUntil is not { } until || date < until);

    /// <summary>"value (from … until …): source".</summary>
    /// <returns>A summary.</returns>
    public override string ToString()
    {
        var ci = System.Globalization.CultureInfo.InvariantCulture;
        var from = InForceFrom is { } f ? " from " + f.ToString("uuuu-MM-dd", ci) : string.Empty;
        var until = InForceUntil is { } u ? " until " + u.ToString("uuuu-MM-dd", ci) : string.Empty;
        return FormattedValue + from + until + ": " + Source;
    }

    internal ParameterVersion Until(LocalDate until) => new(Key, Value, InForceFrom, until, Source);

    internal static ParameterVersion Check(ParameterVersion version) =>
        version.InForceFrom is { } f && version.InForceUntil is { } u && u <= f
            ? throw new ArgumentException($"Parameter {version.Key.Name}: a version ends ({u:uuuu-MM-dd}) on or before it begins ({f:uuuu-MM-dd}).")
            : version;
}
