using System;

namespace PartyOrg.Domain.Compliance;

/// <summary>Names of <see cref="Severity"/> values in the JSON contract and in Chinese.</summary>
public static class SeverityExtensions
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

    /// <summary>The Chinese name: 提示, 警告 or 错误.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The Chinese name.</returns>
    public static string ToChineseName(this Severity severity) => severity switch
    {
        Severity.Info => "提示",
        Severity.Warning => "警告",
        Severity.Error => "错误",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity."),
    };

    /// <summary>Parses the contract spelling.</summary>
    /// <param name="name"><c>info</c>, <c>warning</c> or <c>error</c>.</param>
    /// <param name="severity">The severity when parsed.</param>
    /// <returns>True when parsed.</returns>
    public static bool TryParseContractName(string? name, out Severity severity)
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
