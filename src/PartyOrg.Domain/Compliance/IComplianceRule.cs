namespace PartyOrg.Domain.Compliance;

/// <summary>
/// 合规规则 — a check. It reads the input and the profile's parameters through a <see cref="ComplianceContext"/>
/// and reports each violation with <see cref="ComplianceContext.Report(RuleDescriptor, string, string?, Calendars.ReportingPeriod?, string, string, object?[])"/>; it never throws for non-compliant data.
/// </summary>
/// <remarks>
/// Implementations must be stateless and thread-safe (profiles share rule instances), read numbers from the
/// profile rather than hard-coding them, and visit the input in one pass (see docs/architecture.md).
/// </remarks>
public interface IComplianceRule
{
    /// <summary>What the rule is: id, titles, severity, citations, parameters.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>Checks the input and reports findings into <paramref name="context"/>.</summary>
    /// <param name="context">The run's input, profile and finding sink.</param>
    void Evaluate(ComplianceContext context);
}
