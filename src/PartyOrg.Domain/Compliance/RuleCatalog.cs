using System;
using System.Collections.Generic;
using System.Linq;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// 规则目录 — every built-in rule of the library, each registered once (the built-in profiles' rules, opt-in and LOCAL
/// ones included), ordered by id. It is the registry from which docs/rules.md is generated.
/// </summary>
public static class RuleCatalog
{
    private static readonly Lazy<IReadOnlyList<IComplianceRule>> AllRules = new(() =>
        RuleRegistry.All.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal).ToArray());

    /// <summary>Every built-in rule, ordered by id.</summary>
    public static IReadOnlyList<IComplianceRule> Rules => AllRules.Value;

    /// <summary>The descriptors of every built-in rule, ordered by id.</summary>
    public static IEnumerable<RuleDescriptor> Descriptors => AllRules.Value.Select(r => r.Descriptor);

    /// <summary>Finds a built-in rule's descriptor by id.</summary>
    /// <param name="ruleId">The rule id, e.g. <c>ORG-BRANCH-MIN-MEMBERS</c>.</param>
    /// <param name="descriptor">The descriptor, or null.</param>
    /// <returns>True when found.</returns>
    public static bool TryFind(string ruleId, out RuleDescriptor? descriptor)
    {
        descriptor = AllRules.Value.FirstOrDefault(r => r.Descriptor.Id == ruleId)?.Descriptor;
        return descriptor is not null;
    }

    /// <summary>
    /// The repository path of a built-in rule's source file (one rule per file, named after its id:
    /// <c>src/PartyOrg.Domain/Compliance/Rules/Organization/OrgBranchMinMembersRule.cs</c>), or null for an unknown id.
    /// </summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The path, or null.</returns>
    public static string? SourceFileOf(string ruleId) =>
        ruleId is not null && RuleRegistry.Find(ruleId) is not null ? RuleRegistry.SourceFile(ruleId) : null;
}
