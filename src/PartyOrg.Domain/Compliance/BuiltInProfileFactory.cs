using System;
using System.Collections.Generic;
using System.Linq;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Compliance;

/// <summary>Assembles the built-in profiles from each rule area's contribution.</summary>
internal static class BuiltInProfileFactory
{
    internal static ComplianceProfile Create(Sector sector)
    {
        var draft = new ProfileDraft(sector);
        StructuralRuleSet.Contribute(draft);
        MeetingRuleSet.Contribute(draft);
        TermRuleSet.Contribute(draft);
        ElectionRuleSet.Contribute(draft);
        DuesRuleSet.Contribute(draft);
        LeadershipRuleSet.Contribute(draft);
        DevelopmentRuleSet.Contribute(draft);
        AssessmentRuleSet.Contribute(draft);
        return draft.Build();
    }
}

/// <summary>The mutable draft a rule area fills in while a built-in profile is assembled.</summary>
internal sealed class ProfileDraft
{
    private readonly List<IComplianceRule> rules = new();
    private readonly Dictionary<string, (ParameterKey Key, object Value)> parameters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ParameterSource> sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ParameterVersion[]> earlier = new(StringComparer.Ordinal);

    internal ProfileDraft(Sector sector) => Sector = sector;

    internal Sector Sector { get; }

    internal void Add(IComplianceRule rule) => rules.Add(rule);

    /// <summary>Sets a value whose basis is the articles cited by the rules that read it (national).</summary>
    internal void Set<T>(ParameterKey<T> key, T value)
        where T : notnull
        => parameters[key.Name] = (key, value);

    /// <summary>Sets a value with an explicit basis: a library default (no regulation behind it) or local practice.</summary>
    internal void Set<T>(ParameterKey<T> key, T value, ParameterBasis basis)
        where T : notnull
    {
        parameters[key.Name] = (key, value);
        sources[key.Name] = basis == ParameterBasis.LibraryDefault
            ? ParameterSource.Library()
            : ParameterSource.LocalDefault(Readers(key).SelectMany(r => r.Descriptor.Citations).Distinct());
    }

    /// <summary>
    /// Sets a parameter whose value changed over time: each version applies from its date (the first from the start) until
    /// the next one, and rests on its own articles (national). Dates must increase.
    /// </summary>
    internal void SetVersions<T>(ParameterKey<T> key, params (NodaTime.LocalDate? From, T Value, Regulations.Citation[] Citations)[] versions)
        where T : notnull
    {
        if (versions.Length == 0)
        {
            throw new ArgumentException($"Parameter {key.Name}: at least one version is needed.", nameof(versions));
        }

        var list = new List<ParameterVersion>();
        for (var i = 0; i < versions.Length; i++)
        {
            var (from, value, citations) = versions[i];
            NodaTime.LocalDate? until = i + 1 < versions.Length ? versions[i + 1].From : null;
            if (i > 0 && from is null)
            {
                throw new ArgumentException($"Parameter {key.Name}: only the first version may apply from the start.", nameof(versions));
            }

            var source = new ParameterSource(ParameterBasis.National, citations, null, null, null, from, until);
            list.Add(ParameterVersion.Check(new ParameterVersion(key, value, from, until, source)));
        }

        parameters[key.Name] = (key, versions[versions.Length - 1].Value);
        sources[key.Name] = list[list.Count - 1].Source;
        earlier[key.Name] = list.Take(list.Count - 1).ToArray();
    }

    internal ComplianceProfile Build()
    {
        foreach (var p in parameters)
        {
            if (!sources.ContainsKey(p.Key))
            {
                sources[p.Key] = ParameterSource.National(Readers(p.Value.Key).SelectMany(r => r.Descriptor.Citations).Distinct());
            }
        }

        return new(Sector.Name, new LocalizedText(Sector.ChineseName, Sector.EnglishName), Sector, null, rules,
            new Dictionary<string, Severity>(StringComparer.Ordinal), Array.Empty<string>(), parameters, sources, earlier);
    }

    /// <summary>The built-in rules that read the parameter (in this profile or not: a sector may set a number its rules do not use).</summary>
    private static IEnumerable<IComplianceRule> Readers(ParameterKey key) =>
        RuleRegistry.All.Where(r => r.Descriptor.Parameters.Any(k => k.Name == key.Name));
}
