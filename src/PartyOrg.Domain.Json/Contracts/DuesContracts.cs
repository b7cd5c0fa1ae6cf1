using NodaTime;

namespace PartyOrg.Domain.Json.Contracts;

/// <summary>One row of the <c>dues</c> section (党费台账, revision 2). Money and months are strings, as in the JSON (<c>"6500.00"</c>, <c>"2026-03"</c>).</summary>
public sealed class DuesRowContract
{
    /// <summary>The member (required).</summary>
    public string Member { get; init; } = string.Empty;

    /// <summary>The month, <c>yyyy-MM</c> (required).</summary>
    public string Month { get; init; } = string.Empty;

    /// <summary>The base in yuan, or null (required for the categories that need one).</summary>
    public string? Base { get; init; }

    /// <summary>Regular dues paid, or null (0.00).</summary>
    public string? Paid { get; init; }

    /// <summary>The day paid, or null (not paid).</summary>
    public LocalDate? PaidOn { get; init; }

    /// <summary>Voluntary extra dues, or null.</summary>
    public string? Voluntary { get; init; }

    /// <summary>The category for this month when it overrides the member's <c>duesCategory</c>, or null.</summary>
    public string? Category { get; init; }

    /// <summary><c>monthly</c> (default), <c>quarterly-with-consent</c> or <c>arrears-with-consent</c>, or null.</summary>
    public string? Arrangement { get; init; }
}

/// <summary>One entry of the <c>duesExemptions</c> section (少交、免交党费, revision 2).</summary>
public sealed class DuesExemptionContract
{
    /// <summary>The member (required).</summary>
    public string Member { get; init; } = string.Empty;

    /// <summary><c>exempt</c> or <c>reduced</c> (required).</summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary>The reduced monthly amount (reduced only), or null.</summary>
    public string? Amount { get; init; }

    /// <summary>The first month (required).</summary>
    public string From { get; init; } = string.Empty;

    /// <summary>The last month, or null (open).</summary>
    public string? Until { get; init; }

    /// <summary>The day the branch decided, or null.</summary>
    public LocalDate? BranchDecidedOn { get; init; }

    /// <summary>The approving Party committee's id, or null (not approved).</summary>
    public string? ApprovedBy { get; init; }

    /// <summary>The day of approval, or null.</summary>
    public LocalDate? ApprovedOn { get; init; }
}
