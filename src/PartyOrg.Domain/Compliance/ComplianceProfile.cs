using System;
using System.Collections.Generic;
using System.Linq;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// 检查方案 — which rules run, at which severity, with which numbers. <see cref="StateOrgans"/> (Party and
/// state organs, per the 2019 organ regulations) is the default; the other built-in profiles carry the numbers
/// of their sector (rule catalogue §9). An application derives a local overlay — a stricter number, an extra
/// rule, a disabled rule, another severity — without forking: every <c>With…</c> method returns a new profile.
/// </summary>
/// <example>
/// <code>
/// var province = ComplianceProfile.StateOrgans
///     .Derive("anhui-organs", new LocalizedText("安徽省机关", "Anhui organs"))
///     .WithSeverity("ORG-BRANCH-MAX-MEMBERS", Severity.Error);
/// </code>
/// </example>
public sealed class ComplianceProfile
{
    private static readonly Lazy<IReadOnlyList<ComplianceProfile>> BuiltInProfiles =
        new(() => Sector.List.OrderBy(s => s.Value).Select(BuiltInProfileFactory.Create).ToArray());

    private readonly IReadOnlyList<IComplianceRule> rules;
    private readonly IReadOnlyDictionary<string, IComplianceRule> rulesById;
    private readonly IReadOnlyDictionary<string, Severity> severityOverrides;
    private readonly IReadOnlyCollection<string> disabled;
    private readonly IReadOnlyDictionary<string, (ParameterKey Key, object Value)> parameters;
    private readonly IReadOnlyDictionary<string, ParameterSource> sources;
    private readonly IReadOnlyDictionary<string, ParameterVersion[]> earlier;

    // The versions of each parameter read by date, made once per profile (the profile is immutable; an audit reads
    // dated parameters per election and per member). Shared by the threads of a parallel check.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<ParameterVersion>> versionsByName = new(StringComparer.Ordinal);

    internal ComplianceProfile(
        string name,
        LocalizedText displayName,
        Sector sector,
        string? basedOn,
        IEnumerable<IComplianceRule> rules,
        IReadOnlyDictionary<string, Severity> severityOverrides,
        IReadOnlyCollection<string> disabled,
        IReadOnlyDictionary<string, (ParameterKey Key, object Value)> parameters,
        IReadOnlyDictionary<string, ParameterSource>? sources = null,
        IReadOnlyDictionary<string, ParameterVersion[]>? earlier = null)
    {
        Name = Internal.Guard.Key(name, nameof(name));
        DisplayName = displayName ?? throw new ArgumentNullException(nameof(displayName));
        Sector = sector ?? throw new ArgumentNullException(nameof(sector));
        BasedOn = basedOn;
        this.rules = rules.ToArray();
        var byId = new Dictionary<string, IComplianceRule>(StringComparer.Ordinal);
        foreach (var rule in this.rules)
        {
            if (byId.ContainsKey(rule.Descriptor.Id))
            {
                throw new ArgumentException($"Profile \"{name}\" has two rules with id {rule.Descriptor.Id}.", nameof(rules));
            }

            byId.Add(rule.Descriptor.Id, rule);
        }

        rulesById = byId;
        this.severityOverrides = severityOverrides;
        this.disabled = disabled;
        this.parameters = parameters;
        this.sources = sources ?? new Dictionary<string, ParameterSource>(StringComparer.Ordinal);
        this.earlier = earlier ?? new Dictionary<string, ParameterVersion[]>(StringComparer.Ordinal);

        // A meeting requirement is owned by its rule: one without a rule in the profile would silently go unaudited.
        if (parameters.TryGetValue(MeetingParameters.Requirements.Name, out var reqs) && reqs.Value is Meetings.MeetingRequirementSet set)
        {
            foreach (var r in set.Requirements)
            {
                if (!byId.ContainsKey(r.RuleId))
                {
                    throw new ArgumentException(
                        $"Profile \"{name}\": meeting requirement {r.RuleId} has no rule in the profile, so it would not be audited; add its rule first (WithRule, or WithMeetingRequirement for a new one).",
                        nameof(parameters));
                }
            }
        }
    }

    /// <summary>党和国家机关 — the default profile: Party and state organs (《中国共产党党和国家机关基层组织工作条例》).</summary>
    public static ComplianceProfile StateOrgans => BuiltInProfiles.Value[0];

    /// <summary>国有企业 — state-owned enterprises.</summary>
    public static ComplianceProfile StateOwnedEnterprises => FromSector(Sector.StateOwnedEnterprises);

    /// <summary>农村 — rural (village) organizations.</summary>
    public static ComplianceProfile Rural => FromSector(Sector.Rural);

    /// <summary>城市社区 — urban communities.</summary>
    public static ComplianceProfile Community => FromSector(Sector.Community);

    /// <summary>普通高等学校 — universities.</summary>
    public static ComplianceProfile University => FromSector(Sector.University);

    /// <summary>其他基层单位 — other basic-level units (handbook thresholds).</summary>
    public static ComplianceProfile OtherUnits => FromSector(Sector.Other);

    /// <summary>The built-in profiles, one per <see cref="Organizations.Sector"/>, <see cref="StateOrgans"/> first.</summary>
    public static IReadOnlyList<ComplianceProfile> BuiltIn => BuiltInProfiles.Value;

    /// <summary>The stable kebab-case name, e.g. <c>state-organs</c>.</summary>
    public string Name { get; }

    /// <summary>The display name in zh-CN and en.</summary>
    public LocalizedText DisplayName { get; }

    /// <summary>The sector whose numbers the profile carries.</summary>
    public Sector Sector { get; }

    /// <summary>The name of the profile this one was derived from, or null for a built-in profile.</summary>
    public string? BasedOn { get; }

    /// <summary>Every rule of the profile, enabled or not, in evaluation order.</summary>
    public IReadOnlyList<IComplianceRule> Rules => Internal.ReadOnly.View(rules, ref rulesView);

    private IReadOnlyList<IComplianceRule>? rulesView;

    /// <summary>The rules that run.</summary>
    public IEnumerable<IComplianceRule> EnabledRules => rules.Where(r => !disabled.Contains(r.Descriptor.Id));

    /// <summary>The parameters set in the profile, ordered by name.</summary>
    public IEnumerable<ParameterKey> ParameterKeys => parameters.Values.Select(p => p.Key).OrderBy(k => k.Name, StringComparer.Ordinal);

    /// <summary>Finds a built-in profile by name (<c>state-organs</c>, <c>state-owned-enterprises</c>, <c>rural</c>, <c>community</c>, <c>university</c>, <c>other</c>).</summary>
    /// <param name="name">The name.</param>
    /// <param name="profile">The profile, or null.</param>
    /// <returns>True when found.</returns>
    public static bool TryFromName(string? name, out ComplianceProfile? profile)
    {
        profile = BuiltIn.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
        return profile is not null;
    }

    /// <summary>The built-in profile of a sector.</summary>
    /// <param name="sector">The sector.</param>
    /// <returns>The profile.</returns>
    public static ComplianceProfile FromSector(Sector sector)
    {
        if (sector is null)
        {
            throw new ArgumentNullException(nameof(sector));
        }

        return BuiltIn.First(p => p.Sector.Equals(sector));
    }

    /// <summary>Whether the rule with <paramref name="ruleId"/> is in the profile and enabled.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>True when it runs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> is null.</exception>
    public bool IsEnabled(string ruleId) => rulesById.ContainsKey(ruleId ?? throw new ArgumentNullException(nameof(ruleId))) && !disabled.Contains(ruleId);

    /// <summary>The rule with <paramref name="ruleId"/>, or null.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> is null.</exception>
    public IComplianceRule? FindRule(string ruleId) => rulesById.TryGetValue(ruleId ?? throw new ArgumentNullException(nameof(ruleId)), out var r) ? r : null;

    /// <summary>The severity findings of <paramref name="rule"/> get in this profile.</summary>
    /// <param name="rule">The rule's descriptor.</param>
    /// <returns>The override, or the rule's default severity.</returns>
    public Severity SeverityOf(RuleDescriptor rule) =>
        severityOverrides.TryGetValue((rule ?? throw new ArgumentNullException(nameof(rule))).Id, out var s) ? s : rule.DefaultSeverity;

    /// <summary>Reads a parameter.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="key">The parameter.</param>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">The profile does not set the parameter.</exception>
    public T Get<T>(ParameterKey<T> key)
        where T : notnull
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        if (!parameters.TryGetValue(key.Name, out var entry))
        {
            throw new KeyNotFoundException($"Profile \"{Name}\" does not set parameter \"{key.Name}\".");
        }

        return (T)entry.Value;
    }

    /// <summary>Reads the value of a parameter in force on <paramref name="date"/> (a term's start, an election's date, the as-of date).</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="key">The parameter.</param>
    /// <param name="date">The day that matters.</param>
    /// <returns>The value of the version in force on that day; a day before the first version reads the first version (the library knows no earlier value).</returns>
    /// <exception cref="KeyNotFoundException">The profile does not set the parameter.</exception>
    public T Get<T>(ParameterKey<T> key, NodaTime.LocalDate date)
        where T : notnull => (T)VersionOn(key, date).Value;

    /// <summary>Every version of a parameter, oldest first; the last is the current one (<see cref="Get{T}(ParameterKey{T})"/>).</summary>
    /// <param name="key">The parameter.</param>
    /// <returns>The versions with their days in force and provenance.</returns>
    /// <exception cref="KeyNotFoundException">The profile does not set the parameter.</exception>
    public IReadOnlyList<ParameterVersion> VersionsOf(ParameterKey key)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        if (!parameters.TryGetValue(key.Name, out var entry))
        {
            throw new KeyNotFoundException($"Profile \"{Name}\" does not set parameter \"{key.Name}\".");
        }

        var source = SourceOf(key);
        var current = new ParameterVersion(entry.Key, entry.Value, source.InForceFrom, null, source);
        return earlier.TryGetValue(key.Name, out var old) ? old.Concat(new[] { current }).ToArray() : new[] { current };
    }

    /// <summary>Where the value of <paramref name="key"/> in force on <paramref name="date"/> comes from.</summary>
    /// <param name="key">The parameter.</param>
    /// <param name="date">The day that matters.</param>
    /// <returns>The provenance of that version.</returns>
    /// <exception cref="KeyNotFoundException">The profile does not set the parameter.</exception>
    public ParameterSource SourceOf(ParameterKey key, NodaTime.LocalDate date) => VersionOn(key, date).Source;

    /// <summary>Whether the profile sets <paramref name="key"/>.</summary>
    /// <param name="key">The parameter.</param>
    /// <returns>True when set.</returns>
    public bool Has(ParameterKey key) => parameters.ContainsKey((key ?? throw new ArgumentNullException(nameof(key))).Name);

    /// <summary>The value of a parameter rendered for docs, or null when the profile does not set it.</summary>
    /// <param name="key">The parameter.</param>
    /// <returns>The rendered value.</returns>
    public string? FormatParameter(ParameterKey key) =>
        parameters.TryGetValue((key ?? throw new ArgumentNullException(nameof(key))).Name, out var e) ? key.FormatValue(e.Value) : null;

    /// <summary>A copy under a new name, to hold a local overlay.</summary>
    /// <param name="name">The new kebab-case name.</param>
    /// <param name="displayName">The new display name.</param>
    /// <returns>The derived profile.</returns>
    public ComplianceProfile Derive(string name, LocalizedText displayName) =>
        new(name, displayName, Sector, Name, rules, severityOverrides, disabled, parameters, sources, earlier);

    /// <summary>A copy with <paramref name="key"/> set to <paramref name="value"/>.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="key">The parameter.</param>
    /// <param name="value">The value.</param>
    /// <returns>The new profile.</returns>
    public ComplianceProfile WithParameter<T>(ParameterKey<T> key, T value)
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

        return WithParameterFrom(key, value, null);
    }

    /// <summary>
    /// Starts a local overlay (a labelled exception): a profile derived from this one whose overridden values each record
    /// the value they replace and the local document they rest on. Overriding a parameter this profile does not set, or the
    /// same parameter twice in one overlay, fails.
    /// </summary>
    /// <param name="name">The overlay profile's name (kebab-case).</param>
    /// <param name="displayName">Its display name.</param>
    /// <param name="authority">The local document the overrides come from.</param>
    /// <returns>The overlay builder.</returns>
    public ProfileOverlay Overlay(string name, LocalizedText displayName, LocalAuthority authority) =>
        new(Derive(name, displayName), authority ?? throw new ArgumentNullException(nameof(authority)));

    /// <summary>Where the value of <paramref name="key"/> comes from: the articles, a local overlay, or a library default.</summary>
    /// <param name="key">The parameter.</param>
    /// <returns>The provenance.</returns>
    /// <exception cref="KeyNotFoundException">The profile does not set the parameter.</exception>
    public ParameterSource SourceOf(ParameterKey key)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        if (!parameters.ContainsKey(key.Name))
        {
            throw new KeyNotFoundException($"Profile \"{Name}\" does not set parameter \"{key.Name}\".");
        }

        return sources.TryGetValue(key.Name, out var source) ? source : ParameterSource.Library();
    }

    internal ComplianceProfile WithParameterFrom<T>(ParameterKey<T> key, T value, LocalAuthority? authority)
        where T : notnull
    {
        var copy = parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var sourceCopy = sources.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var earlierCopy = earlier.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        if (authority is null)
        {
            // An unlabelled value replaces every version: it applies on every day.
            earlierCopy.Remove(key.Name);
        }
        else if (parameters.ContainsKey(key.Name))
        {
            // A labelled local value applies from its authority's date: the versions before that day stay in force.
            var from = authority.InForceFrom;
            var kept = VersionsOf(key)
                .Where(v => v.InForceFrom is not { } f || f < from)
                .Select(v => v.InForceUntil is { } u && u <= from ? v : v.Until(from))
                .ToArray();
            if (kept.Length > 0)
            {
                earlierCopy[key.Name] = kept;
            }
            else
            {
                earlierCopy.Remove(key.Name);
            }
        }

        if (parameters.TryGetValue(key.Name, out var previous))
        {
            var before = sources.TryGetValue(key.Name, out var s) ? s : ParameterSource.Library();
            sourceCopy[key.Name] = authority is null
                ? new ParameterSource(ParameterBasis.Local, before.Citations, null, key.FormatValue(previous.Value), before, null, null)
                : before.OverriddenBy(authority, key.FormatValue(previous.Value));
        }
        else
        {
            sourceCopy[key.Name] = new ParameterSource(ParameterBasis.Local, Array.Empty<Regulations.Citation>(), authority, null, null, authority?.InForceFrom, null);
        }

        copy[key.Name] = (key, value);
        return new ComplianceProfile(Name, DisplayName, Sector, BasedOn, rules, severityOverrides, disabled, copy, sourceCopy, earlierCopy);
    }

    internal ComplianceProfile WithVersions(ParameterKey key, IReadOnlyList<ParameterVersion> versions)
    {
        var copy = parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var sourceCopy = sources.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var earlierCopy = earlier.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var last = versions[versions.Count - 1];
        copy[key.Name] = (key, last.Value);
        sourceCopy[key.Name] = last.Source;
        earlierCopy[key.Name] = versions.Take(versions.Count - 1).ToArray();
        return new ComplianceProfile(Name, DisplayName, Sector, BasedOn, rules, severityOverrides, disabled, copy, sourceCopy, earlierCopy);
    }

    private ParameterVersion VersionOn(ParameterKey key, NodaTime.LocalDate date)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        if (!versionsByName.TryGetValue(key.Name, out var versions))
        {
            versions = VersionsOf(key);
            versionsByName.TryAdd(key.Name, versions);
        }

        for (var i = versions.Count - 1; i >= 0; i--)
        {
            if (versions[i].InForceFrom is not { } from || from <= date)
            {
                return versions[i];
            }
        }

        return versions[0];
    }

    /// <summary>A copy with <paramref name="rule"/> added (or replacing the rule with the same id) and enabled.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The new profile.</returns>
    public ComplianceProfile WithRule(IComplianceRule rule)
    {
        if (rule is null)
        {
            throw new ArgumentNullException(nameof(rule));
        }

        var id = rule.Descriptor.Id;
        var list = rules.Select(r => r.Descriptor.Id == id ? rule : r).ToList();
        if (!rulesById.ContainsKey(id))
        {
            list.Add(rule);
        }

        return new ComplianceProfile(Name, DisplayName, Sector, BasedOn, list, severityOverrides, disabled.Where(d => d != id).ToArray(), parameters, sources, earlier);
    }

    /// <summary>A copy in which the rule with <paramref name="ruleId"/> does not run.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The new profile.</returns>
    /// <exception cref="ArgumentException">The profile has no such rule.</exception>
    public ComplianceProfile WithoutRule(string ruleId)
    {
        RequireRule(ruleId);
        return new ComplianceProfile(Name, DisplayName, Sector, BasedOn, rules, severityOverrides, disabled.Concat(new[] { ruleId }).Distinct().ToArray(), parameters, sources, earlier);
    }

    /// <summary>A copy in which findings of the rule with <paramref name="ruleId"/> get <paramref name="severity"/>.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="severity">The severity.</param>
    /// <returns>The new profile.</returns>
    /// <exception cref="ArgumentException">The profile has no such rule.</exception>
    public ComplianceProfile WithSeverity(string ruleId, Severity severity)
    {
        RequireRule(ruleId);
        var copy = severityOverrides.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        copy[ruleId] = severity;
        return new ComplianceProfile(Name, DisplayName, Sector, BasedOn, rules, copy, disabled, parameters, sources, earlier);
    }

    /// <summary>The name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    private void RequireRule(string ruleId)
    {
        if (ruleId is null || !rulesById.ContainsKey(ruleId))
        {
            throw new ArgumentException($"Profile \"{Name}\" has no rule \"{ruleId}\".", nameof(ruleId));
        }
    }
}
