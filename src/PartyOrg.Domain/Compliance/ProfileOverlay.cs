using System;
using System.Collections.Generic;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// 地方叠加 — a local overlay under construction (<see cref="ComplianceProfile.Overlay"/>): each override is a labelled
/// exception to the national value, recorded with the value it replaces and the local document it rests on. A conflict
/// fails loudly: overriding a parameter the base profile does not set, or the same parameter twice, throws.
/// </summary>
public sealed class ProfileOverlay
{
    private readonly ComplianceProfile profile;
    private readonly LocalAuthority authority;
    private readonly HashSet<string> overridden;

    internal ProfileOverlay(ComplianceProfile profile, LocalAuthority authority)
        : this(profile, authority, new HashSet<string>(StringComparer.Ordinal))
    {
    }

    private ProfileOverlay(ComplianceProfile profile, LocalAuthority authority, HashSet<string> overridden)
    {
        this.profile = profile;
        this.authority = authority;
        this.overridden = overridden;
    }

    /// <summary>The local document the overrides come from.</summary>
    public LocalAuthority Authority => authority;

    /// <summary>Overrides a parameter the base profile sets.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="key">The parameter.</param>
    /// <param name="value">The local value.</param>
    /// <returns>The overlay with the override.</returns>
    /// <exception cref="ArgumentException">The base profile does not set <paramref name="key"/>, or this overlay already overrides it.</exception>
    public ProfileOverlay Override<T>(ParameterKey<T> key, T value)
        where T : notnull
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        if (!profile.Has(key))
        {
            throw new ArgumentException($"Overlay \"{profile.Name}\" ({authority}): parameter \"{key.Name}\" is not set by profile \"{profile.BasedOn}\", so there is nothing to override.", nameof(key));
        }

        if (overridden.Contains(key.Name))
        {
            throw new ArgumentException($"Overlay \"{profile.Name}\" ({authority}) overrides parameter \"{key.Name}\" twice; an overlay overrides a parameter once.", nameof(key));
        }

        var next = new HashSet<string>(overridden, StringComparer.Ordinal) { key.Name };
        return new ProfileOverlay(profile.WithParameterFrom(key, value, authority), authority, next);
    }

    /// <summary>The profile with every override.</summary>
    /// <returns>The profile.</returns>
    public ComplianceProfile Build() => profile;
}
