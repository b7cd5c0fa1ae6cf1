using System;
using NodaTime;

namespace PartyOrg.Domain.Dues;

/// <summary>
/// A hardship arrangement (党费规定 2008: 确有困难的党员，本人提出申请，经党支部研究，报上一级党委批准，可以少交或免交):
/// from <see cref="From"/> to <see cref="Until"/> (open when null) the member pays nothing or <see cref="Amount"/>.
/// It changes the amount due only when approved by a Party committee above the member's branch.
/// </summary>
public sealed class DuesExemption
{
    /// <summary>Creates an arrangement.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="kind">Exempt or reduced.</param>
    /// <param name="amount">The reduced monthly amount (reduced only).</param>
    /// <param name="from">The first month.</param>
    /// <param name="until">The last month, or null (open).</param>
    /// <param name="branchDecidedOn">The day the branch decided, or null.</param>
    /// <param name="approvedBy">The approving organization's id, or null (not approved).</param>
    /// <param name="approvedOn">The day of approval, or null.</param>
    /// <exception cref="ArgumentException">A reduced arrangement without an amount, an exempt one with one, or <paramref name="until"/> before <paramref name="from"/>.</exception>
    public DuesExemption(
        string memberId,
        DuesExemptionKind kind,
        decimal? amount,
        YearMonth from,
        YearMonth? until = null,
        LocalDate? branchDecidedOn = null,
        string? approvedBy = null,
        LocalDate? approvedOn = null)
    {
        MemberId = Internal.Guard.Id(memberId, nameof(memberId));
        Kind = kind ?? throw new ArgumentNullException(nameof(kind));
        Amount = DuesMoney.Check(amount, nameof(amount));
        if (kind == DuesExemptionKind.Reduced && amount is null)
        {
            throw new ArgumentException("a reduced arrangement needs the reduced monthly amount", nameof(amount));
        }

        if (kind == DuesExemptionKind.Exempt && amount is not null)
        {
            throw new ArgumentException("an exempt arrangement has no amount (nothing is due); use kind reduced for a smaller amount", nameof(amount));
        }

        if (until is { } u && u.CompareTo(from) < 0)
        {
            throw new ArgumentException("the last month " + DuesMonths.Format(u) + " is before the first month " + DuesMonths.Format(from), nameof(until));
        }

        From = from;
        Until = until;
        BranchDecidedOn = branchDecidedOn;
        ApprovedBy = approvedBy is null ? null : Internal.Guard.Id(approvedBy, nameof(approvedBy));
        ApprovedOn = approvedOn;
    }

    /// <summary>The member.</summary>
    public string MemberId { get; }

    /// <summary>Exempt or reduced.</summary>
    public DuesExemptionKind Kind { get; }

    /// <summary>The reduced monthly amount, or null.</summary>
    public decimal? Amount { get; }

    /// <summary>The first month.</summary>
    public YearMonth From { get; }

    /// <summary>The last month, or null (open).</summary>
    public YearMonth? Until { get; }

    /// <summary>The day the branch decided, or null.</summary>
    public LocalDate? BranchDecidedOn { get; }

    /// <summary>The approving organization, or null.</summary>
    public string? ApprovedBy { get; }

    /// <summary>The day of approval, or null.</summary>
    public LocalDate? ApprovedOn { get; }

    /// <summary>Whether the arrangement covers <paramref name="month"/>.</summary>
    /// <param name="month">The month.</param>
    /// <returns>True when covered.</returns>
    public bool Covers(YearMonth month) => From.CompareTo(month) <= 0 && (Until is not { } u || month.CompareTo(u) <= 0);
}
