using System;
using NodaTime;

namespace PartyOrg.Domain.Dues;

/// <summary>One row of the dues ledger (党费收缴台账): a member's month, its base and what was paid for it.</summary>
public sealed class DuesLedgerRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="month">The month the dues are for.</param>
    /// <param name="monthlyBase">The base (required for the categories that need one; ignored for the flat ones).</param>
    /// <param name="paid">Regular dues paid for the month (0 when nothing was paid).</param>
    /// <param name="paidOn">The day they were paid; required when <paramref name="paid"/> is above zero.</param>
    /// <param name="voluntary">Extra dues paid voluntarily with it, or null.</param>
    /// <param name="category">The category that month when it differs from the member's, or null.</param>
    /// <param name="arrangement">How the month is paid; null is <see cref="DuesArrangement.Monthly"/>.</param>
    /// <exception cref="ArgumentException">A negative amount, more than two decimals, or an amount paid without its day.</exception>
    public DuesLedgerRow(
        string memberId,
        YearMonth month,
        decimal? monthlyBase,
        decimal paid = 0m,
        LocalDate? paidOn = null,
        decimal? voluntary = null,
        DuesCategory? category = null,
        DuesArrangement? arrangement = null)
    {
        MemberId = Internal.Guard.Id(memberId, nameof(memberId));
        Month = month;
        Base = DuesMoney.Check(monthlyBase, nameof(monthlyBase));
        Paid = DuesMoney.Check(paid, nameof(paid));
        Voluntary = DuesMoney.Check(voluntary, nameof(voluntary));
        if ((paid > 0m || voluntary > 0m) && paidOn is null)
        {
            throw new ArgumentException("an amount is paid but the day it was paid (paidOn) is missing", nameof(paidOn));
        }

        PaidOn = paidOn;
        Category = category;
        Arrangement = arrangement ?? DuesArrangement.Monthly;
    }

    /// <summary>The member.</summary>
    public string MemberId { get; }

    /// <summary>The month.</summary>
    public YearMonth Month { get; }

    /// <summary>The base, or null.</summary>
    public decimal? Base { get; }

    /// <summary>Regular dues paid for the month.</summary>
    public decimal Paid { get; }

    /// <summary>The day of payment, or null (not paid).</summary>
    public LocalDate? PaidOn { get; }

    /// <summary>Extra dues paid voluntarily, or null.</summary>
    public decimal? Voluntary { get; }

    /// <summary>The category for this month when it overrides the member's, or null.</summary>
    public DuesCategory? Category { get; }

    /// <summary>How the month is paid.</summary>
    public DuesArrangement Arrangement { get; }

    /// <summary>The last day the month's dues may be paid: the month's end (monthly), the quarter's (quarterly), or that of the <paramref name="arrearsMonths"/>th month after (back payment).</summary>
    /// <param name="arrearsMonths">The back-payment limit in months (6).</param>
    /// <returns>The date.</returns>
    public LocalDate DueBy(int arrearsMonths)
    {
        if (Arrangement == DuesArrangement.QuarterlyWithConsent)
        {
            var quarterEnd = new YearMonth(Month.Year, (((Month.Month - 1) / 3) * 3) + 3);
            return quarterEnd.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1);
        }

        var last = Arrangement == DuesArrangement.ArrearsWithConsent ? DuesMonths.Plus(Month, arrearsMonths) : Month;
        return last.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1);
    }

    /// <inheritdoc />
    public override string ToString() => MemberId + " " + DuesMonths.Format(Month);
}
