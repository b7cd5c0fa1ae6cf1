using NodaTime;

namespace PartyOrg.Domain.Dues;

/// <summary>
/// One ledger row as audited: the amount due, the balance and the typed facts the dues rules judge. Produced by
/// <see cref="DuesStatement"/>.
/// </summary>
public sealed class DuesLine
{
    internal DuesLine(
        DuesLedgerRow row,
        string branchId,
        DuesCategory category,
        DuesRateTable table,
        DuesAmount computed,
        decimal amountDue,
        DuesExemption? arrangement,
        bool approved,
        bool beforeAdmission,
        LocalDate dueBy,
        LocalDate asOf)
    {
        Row = row;
        BranchId = branchId;
        Category = category;
        Table = table;
        Computed = computed;
        AmountDue = amountDue;
        Arrangement = arrangement;
        ArrangementApproved = approved;
        BeforeAdmission = beforeAdmission;
        DueBy = dueBy;
        AsOf = asOf;
    }

    /// <summary>The ledger row.</summary>
    public DuesLedgerRow Row { get; }

    /// <summary>The member.</summary>
    public string MemberId => Row.MemberId;

    /// <summary>The member's branch (totals are per branch).</summary>
    public string BranchId { get; }

    /// <summary>The month.</summary>
    public YearMonth Month => Row.Month;

    /// <summary>The category that month.</summary>
    public DuesCategory Category { get; }

    /// <summary>The version of the rates applied.</summary>
    public DuesRateTable Table { get; }

    /// <summary>The base used (null for the flat categories, whose base is ignored).</summary>
    public decimal? Base => Category.NeedsBase ? Row.Base : null;

    /// <summary>The amount and rate by the category's rules, before any hardship arrangement or the admission date.</summary>
    public DuesAmount Computed { get; }

    /// <summary>The rate applied (null for farmers and the flat categories).</summary>
    public decimal? Rate => Computed.Rate;

    /// <summary>
    /// The amount due: zero for a month that ends before the admission meeting; zero or the reduced amount under an
    /// approved arrangement; otherwise <see cref="Computed"/>.
    /// </summary>
    public decimal AmountDue { get; }

    /// <summary>Regular dues paid.</summary>
    public decimal Paid => Row.Paid;

    /// <summary>The day paid, or null.</summary>
    public LocalDate? PaidOn => Row.PaidOn;

    /// <summary>Paid minus due: negative while still owed.</summary>
    public decimal Balance => Row.Paid - AmountDue;

    /// <summary>The last day the month may be paid.</summary>
    public LocalDate DueBy { get; }

    /// <summary>The date of the audit.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The hardship arrangement covering the month (approved or not), or null.</summary>
    public DuesExemption? Arrangement { get; }

    /// <summary>Whether <see cref="Arrangement"/> is approved by a Party committee above the branch on or before the audit date.</summary>
    public bool ArrangementApproved { get; }

    /// <summary>The approved arrangement's kind, or null.</summary>
    public DuesExemptionKind? Exemption => ArrangementApproved ? Arrangement?.Kind : null;

    /// <summary>An arrangement covers the month without approval: it does not change the amount due.</summary>
    public bool UnapprovedArrangement => Arrangement is not null && !ArrangementApproved;

    /// <summary>The month ends before the member's admission meeting: nothing is due.</summary>
    public bool BeforeAdmission { get; }

    /// <summary>Voluntary extra dues, or null.</summary>
    public decimal? Voluntary => Row.Voluntary;

    /// <summary>The voluntary payment reaches the threshold for remittance to the Centre (1,000 yuan).</summary>
    public bool RemitToCentre => Row.Voluntary is { } v && v >= Table.CentreRemittanceThreshold;

    /// <summary>Something was paid for the month on or before the audit date.</summary>
    public bool PaidByAsOf => Row.Paid > 0m && Row.PaidOn is { } d && d <= AsOf;

    /// <summary>Paid something, but less than due.</summary>
    public bool Underpaid => Row.Paid > 0m && Row.Paid < AmountDue;

    /// <summary>Something was due and was paid after <see cref="DueBy"/> (on or before the audit date).</summary>
    public bool PaidLate => AmountDue > 0m && PaidByAsOf && Row.PaidOn > DueBy;

    /// <summary>Still unpaid on the audit date after <see cref="DueBy"/>, with something due.</summary>
    public bool UnpaidAfterDueBy => AmountDue > 0m && !PaidByAsOf && DueBy < AsOf;

    /// <summary>A farmer's provincial amount lies outside the national range (0.20–1.00).</summary>
    public bool FarmerAmountOutOfRange =>
        Category.Basis == DuesBasis.ProvincialAmount && Row.Base is { } b && (b < Table.FarmerMinimum || b > Table.FarmerMaximum);

    /// <summary>Dues were recorded as paid for a month before the admission meeting (nothing was due).</summary>
    public bool PaidBeforeAdmission => BeforeAdmission && Row.Paid > 0m;

    /// <summary>The month counts toward the six-month lapse: due, nothing paid on or before the audit date, and past its due date.</summary>
    public bool CountsAsUnpaid => UnpaidAfterDueBy;

    /// <inheritdoc />
    public override string ToString() => Row + ": due " + DuesMoney.Format(AmountDue) + ", paid " + DuesMoney.Format(Paid);
}
