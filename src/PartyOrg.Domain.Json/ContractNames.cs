using System;
using PartyOrg.Domain.Compliance;

namespace PartyOrg.Domain.Json;

/// <summary>
/// The JSON contract's spellings of values that are plain enums in the core (docs/json.md). The vocabularies
/// (SmartEnums) carry their stable key as <c>Name</c>, which is also their JSON spelling.
/// </summary>
public static class ContractNames
{
    /// <summary>The contract spelling: <c>info</c>, <c>warning</c> or <c>error</c>.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The lower-case name.</returns>
    public static string ToContractName(this Severity severity) => severity switch
    {
        Severity.Info => "info",
        Severity.Warning => "warning",
        Severity.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity."),
    };

    /// <summary>Parses the contract spelling.</summary>
    /// <param name="name"><c>info</c>, <c>warning</c> or <c>error</c>.</param>
    /// <param name="severity">The severity when parsed.</param>
    /// <returns>True when parsed.</returns>
    public static bool TryParseSeverity(string? name, out Severity severity)
    {
        switch (name)
        {
            case "info": severity = Severity.Info; return true;
            case "warning": severity = Severity.Warning; return true;
            case "error": severity = Severity.Error; return true;
            default: severity = default; return false;
        }
    }
}
