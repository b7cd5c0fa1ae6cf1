using System;
using System.Collections.Generic;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Compliance;

/// <summary>Assembles the built-in profiles from each rule area's contribution.</summary>
internal static class BuiltInProfileFactory
{
    internal static ComplianceProfile Create(Sector sector)
    {
        var draft = new ProfileDraft(sector);
        Rules.StructuralRuleSet.Contribute(draft);
        Rules.MeetingRuleSet.Contribute(draft);
        Rules.TermRuleSet.Contribute(draft);
        Rules.ElectionRuleSet.Contribute(draft);
        Rules.DuesRuleSet.Contribute(draft);
        return draft.Build();
    }
}

/// <summary>The mutable draft a rule area fills in while a built-in profile is assembled.</summary>
internal sealed class ProfileDraft
{
    private readonly List<IComplianceRule> rules = new();
    private readonly Dictionary<string, (ParameterKey Key, object Value)> parameters = new(StringComparer.Ordinal);

    internal ProfileDraft(Sector sector) => Sector = sector;

    internal Sector Sector { get; }

    internal void Add(IComplianceRule rule) => rules.Add(rule);

    internal void Set<T>(ParameterKey<T> key, T value)
        where T : notnull
        => parameters[key.Name] = (key, value);

    internal ComplianceProfile Build() =>
        new(Sector.Name, new LocalizedText(Sector.ChineseName, Sector.EnglishName), Sector, null, rules,
            new Dictionary<string, Severity>(StringComparer.Ordinal), Array.Empty<string>(), parameters);
}
