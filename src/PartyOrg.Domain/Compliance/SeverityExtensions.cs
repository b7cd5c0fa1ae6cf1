using System;

namespace PartyOrg.Domain.Compliance;

/// <summary>Names of <see cref="Severity"/> values in Chinese (their JSON spellings are in the Json package: <c>PartyOrg.Domain.Json.ContractNames</c>).</summary>
public static class SeverityExtensions
{
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
}
