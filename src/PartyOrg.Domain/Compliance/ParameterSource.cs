using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>Where a parameter value of a profile comes from.</summary>
public enum ParameterBasis
{
    /// <summary>A central regulation (its articles are in <see cref="ParameterSource.Citations"/>).</summary>
    National = 0,

    /// <summary>A local (province, city or unit) document: <see cref="ParameterSource.Authority"/> names it.</summary>
    Local = 1,

    /// <summary>A setting of this library with no regulation behind it (an alert lead, a heuristic's tolerance).</summary>
    LibraryDefault = 2,
}

/// <summary>
/// 参数来源 — the provenance of one parameter value in a profile: the articles it rests on, the local authority that
/// overrides it (a labelled exception, in the spirit of Catala), the value it replaced and the days it is in force.
/// An immutable value.
/// </summary>
public sealed class ParameterSource
{
    private readonly Citation[] citations;

    internal ParameterSource(ParameterBasis basis, IEnumerable<Citation> citations, LocalAuthority? authority, string? overriddenValue, ParameterSource? overridden,
        LocalDate? inForceFrom, LocalDate? inForceUntil)
    {
        Basis = basis;
        this.citations = citations.ToArray();
        Authority = authority;
        OverriddenValue = overriddenValue;
        Overridden = overridden;
        InForceFrom = inForceFrom;
        InForceUntil = inForceUntil;
    }

    /// <summary>National, local or a library default.</summary>
    public ParameterBasis Basis { get; }

    /// <summary>The articles the value rests on (for a local override: those of the value it replaced).</summary>
    public IReadOnlyList<Citation> Citations => Internal.ReadOnly.View(citations, ref citationsView);

    private IReadOnlyList<Citation>? citationsView;

    /// <summary>The local document that set this value, or null.</summary>
    public LocalAuthority? Authority { get; }

    /// <summary>The value this one replaced (formatted), or null when it overrides nothing.</summary>
    public string? OverriddenValue { get; }

    /// <summary>The provenance of the replaced value, or null.</summary>
    public ParameterSource? Overridden { get; }

    /// <summary>The first day the value applies, or null for "since its basis".</summary>
    public LocalDate? InForceFrom { get; }

    /// <summary>The first day the value no longer applies, or null.</summary>
    public LocalDate? InForceUntil { get; }

    internal static ParameterSource National(IEnumerable<Citation> citations) =>
        new(ParameterBasis.National, citations.ToArray(), null, null, null, null, null);

    internal static ParameterSource Library() => new(ParameterBasis.LibraryDefault, Array.Empty<Citation>(), null, null, null, null, null);

    internal static ParameterSource LocalDefault(IEnumerable<Citation> citations) => new(ParameterBasis.Local, citations, null, null, null, null, null);

    internal ParameterSource OverriddenBy(LocalAuthority authority, string previousValue) =>
        new(ParameterBasis.Local, citations, authority, previousValue, this, authority.InForceFrom, null);

    /// <summary>"national: 《…》第…条", "local: 京组通〔2017〕46号 (2017-06-01), overrides 6", "library default".</summary>
    /// <returns>A summary in English with the Chinese titles.</returns>
    public override string ToString() => Basis switch
    {
        ParameterBasis.National => "national: " + string.Join("; ", citations.Select(c => c.ToChinese())),
        ParameterBasis.Local when Authority is { } a => "local: " + a + (OverriddenValue is null ? string.Empty : ", overrides " + OverriddenValue),
        ParameterBasis.Local => "local practice" + (citations.Length == 0 ? string.Empty : ": " + string.Join("; ", citations.Select(c => c.ToChinese()))),
        _ => "library default",
    };
}

/// <summary>
/// 地方依据 — the local document an overlay's values come from: its title (with its number, e.g.
/// 「京组通〔2017〕46号」) and the day it takes effect. An immutable value.
/// </summary>
public sealed class LocalAuthority : IEquatable<LocalAuthority>
{
    /// <summary>Creates a local authority.</summary>
    /// <param name="title">The document's title and number.</param>
    /// <param name="inForceFrom">The first day it applies.</param>
    /// <exception cref="ArgumentException">The title is empty.</exception>
    public LocalAuthority(string title, LocalDate inForceFrom)
    {
        Title = Internal.Guard.NotBlank(title, nameof(title));
        InForceFrom = inForceFrom;
    }

    /// <summary>The document's title and number.</summary>
    public string Title { get; }

    /// <summary>The first day it applies.</summary>
    public LocalDate InForceFrom { get; }

    /// <inheritdoc />
    public bool Equals(LocalAuthority? other) => other is not null && Title == other.Title && InForceFrom == other.InForceFrom;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LocalAuthority a && Equals(a);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(Title) * 397) ^ InForceFrom.GetHashCode());

    /// <summary>"title (yyyy-MM-dd)".</summary>
    /// <returns>A summary.</returns>
    public override string ToString() => Title + " (" + InForceFrom.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ")";
}
