using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;

namespace PartyOrg.Domain.Json.Contracts;

/// <summary>The output of <c>partyorg dues --format json</c> (revision 2).</summary>
public sealed class DuesReportContract
{
    /// <summary>The audit date.</summary>
    public LocalDate AsOf { get; init; }

    /// <summary>Where the date came from (<c>option</c>, <c>document</c>, <c>clock</c>), or null.</summary>
    public string? AsOfSource { get; init; }

    /// <summary>The rounding: <c>half-up</c>, <c>half-even</c> or <c>truncate</c>.</summary>
    public string Rounding { get; init; } = string.Empty;

    /// <summary>The months shown (all ledger rows when null).</summary>
    public WindowContract? Window { get; init; }

    /// <summary>One row per ledger row in the window, sorted by member then month.</summary>
    public IReadOnlyList<DuesLineContract> Dues { get; init; } = new DuesLineContract[0];

    /// <summary>The totals per branch, sorted by branch id.</summary>
    public IReadOnlyList<DuesTotalContract> Totals { get; init; } = new DuesTotalContract[0];

    /// <summary>The DUES-* findings and the dues limb of LIFE-SELF-LAPSE-6M, as in <c>check</c>.</summary>
    public IReadOnlyList<FindingContract> Findings { get; init; } = new FindingContract[0];
}

/// <summary>One audited ledger row. Money as strings with exactly two decimals.</summary>
public sealed class DuesLineContract
{
    /// <summary>The member.</summary>
    public string Member { get; init; } = string.Empty;

    /// <summary>The member's branch.</summary>
    public string Branch { get; init; } = string.Empty;

    /// <summary>The month, <c>yyyy-MM</c>.</summary>
    public string Month { get; init; } = string.Empty;

    /// <summary>The category that month.</summary>
    public string Category { get; init; } = string.Empty;

    /// <summary>The base, or null for the flat categories (always written).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Base { get; init; }

    /// <summary>The rate as a decimal fraction (<c>0.015</c>), or null for farmers and the flat categories (always written).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Rate { get; init; }

    /// <summary>The amount due.</summary>
    public string AmountDue { get; init; } = string.Empty;

    /// <summary>Regular dues paid.</summary>
    public string Paid { get; init; } = string.Empty;

    /// <summary>The day paid, or null (always written).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public LocalDate? PaidOn { get; init; }

    /// <summary>Paid minus due (negative: still owed).</summary>
    public string Balance { get; init; } = string.Empty;

    /// <summary><c>monthly</c>, <c>quarterly-with-consent</c> or <c>arrears-with-consent</c>.</summary>
    public string Arrangement { get; init; } = string.Empty;

    /// <summary>The last day the month may be paid.</summary>
    public LocalDate DueBy { get; init; }

    /// <summary><c>exempt</c>, <c>reduced</c> (approved arrangements only) or null (always written).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Exemption { get; init; }

    /// <summary>Voluntary extra dues, or null (always written).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Voluntary { get; init; }

    /// <summary>Whether the voluntary payment (1,000 yuan or more) goes to the Centre.</summary>
    public bool RemitToCentre { get; init; }
}

/// <summary>The totals of one branch.</summary>
public sealed class DuesTotalContract
{
    /// <summary>The branch.</summary>
    public string Branch { get; init; } = string.Empty;

    /// <summary>The number of ledger rows.</summary>
    public int Rows { get; init; }

    /// <summary>The total amount due.</summary>
    public string AmountDue { get; init; } = string.Empty;

    /// <summary>The total regular dues paid.</summary>
    public string Paid { get; init; } = string.Empty;

    /// <summary>Paid minus due.</summary>
    public string Balance { get; init; } = string.Empty;

    /// <summary>The total voluntary dues.</summary>
    public string Voluntary { get; init; } = string.Empty;
}
