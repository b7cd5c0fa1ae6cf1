using System;
using NodaTime;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Terms;

/// <summary>
/// 换届日程 — the milestones of one term of one elected body, and its status on the "as of" date: expiry, the higher
/// organization's reminder (expiry − 6 months), the 换届请示 (due date − 1 month), the election window (due date ±
/// the on-time tolerance) and the report (due date + 1 month). The due date is the expiry, or the new date of an
/// adjustment approved by the "as of" date. An immutable value.
/// </summary>
public sealed class TermCalendarEntry
{
    private TermCalendarEntry(Organization organization, Term term, int years, bool yearsFromPolicy, Citation lengthCitation, TermPolicy policy, LocalDate asOf)
    {
        Organization = organization;
        Term = term;
        Years = years;
        YearsFromPolicy = yearsFromPolicy;
        LengthCitation = lengthCitation;
        AsOf = asOf;
        Expiry = term.ExpiryAfter(years);
        var adjustment = term.Adjustment;
        AdjustmentApproved = adjustment is not null && adjustment.IsApprovedOn(asOf);
        ElectionDue = AdjustmentApproved ? adjustment!.Until : Expiry;
        ReminderDue = Expiry.Minus(policy.ReminderLead);
        RequestDue = ElectionDue.Minus(policy.RequestLead);
        ElectionWindow = new DateInterval(ElectionDue.Minus(policy.OnTimeTolerance), ElectionDue.Plus(policy.OnTimeTolerance));
        ReportDue = ElectionDue.Plus(policy.ReportLag);
        Status = Classify(asOf);
    }

    /// <summary>The elected body.</summary>
    public Organization Organization { get; }

    /// <summary>The body's id.</summary>
    public string OrganizationId => Organization.Id;

    /// <summary>The term.</summary>
    public Term Term { get; }

    /// <summary>The nominal length in years (recorded, or from the policy).</summary>
    public int Years { get; }

    /// <summary>True when the length came from the policy because none was recorded.</summary>
    public bool YearsFromPolicy { get; }

    /// <summary>The article that sets the length: the policy's (versioned by the start) when taken from it.</summary>
    public Citation LengthCitation { get; }

    /// <summary>The "as of" date of the status.</summary>
    public LocalDate AsOf { get; }

    /// <summary>届满日期 — start + years.</summary>
    public LocalDate Expiry { get; }

    /// <summary>Whether the term's adjustment is approved on the "as of" date.</summary>
    public bool AdjustmentApproved { get; }

    /// <summary>The date the election is due: the expiry, or the new date of an approved adjustment.</summary>
    public LocalDate ElectionDue { get; }

    /// <summary>When the higher organization should remind the body (expiry − reminder lead).</summary>
    public LocalDate ReminderDue { get; }

    /// <summary>When the 换届请示 is due (due date − request lead).</summary>
    public LocalDate RequestDue { get; }

    /// <summary>The on-time window of the election: due date ± the on-time tolerance.</summary>
    public DateInterval ElectionWindow { get; }

    /// <summary>When the election report (换届情况报告) is due (due date + report lag).</summary>
    public LocalDate ReportDue { get; }

    /// <summary>The status on <see cref="AsOf"/>.</summary>
    public TermStatus Status { get; }

    /// <summary>The term's adjustment, or null.</summary>
    public TermAdjustment? Adjustment => Term.Adjustment;

    /// <summary>Whether the length is the legacy (pre-2018) one.</summary>
    public bool IsLegacy => LengthCitation.Regulation != Regulation.TermOpinion;

    /// <summary>Computes the milestones and status of a term.</summary>
    /// <param name="organization">The elected body.</param>
    /// <param name="term">Its term.</param>
    /// <param name="policy">The policy giving the default length and the milestones.</param>
    /// <param name="asOf">The "as of" date.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentException">The term is not the organization's, or the organization has no term.</exception>
    public static TermCalendarEntry For(Organization organization, Term term, TermPolicy policy, LocalDate asOf)
    {
        if (organization is null)
        {
            throw new ArgumentNullException(nameof(organization));
        }

        if (term is null)
        {
            throw new ArgumentNullException(nameof(term));
        }

        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        if (!string.Equals(term.OrganizationId, organization.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The term belongs to \"{term.OrganizationId}\", not \"{organization.Id}\".", nameof(term));
        }

        var policyYears = policy.DefaultYears(organization.Kind, term.Start);
        if (!organization.HasTerm || policyYears is null)
        {
            throw new ArgumentException($"\"{organization.Id}\" is not elected and has no term.", nameof(organization));
        }

        return term.Years is { } y
            ? new TermCalendarEntry(organization, term, y, false, policy.LengthCitation(term.Start), policy, asOf)
            : new TermCalendarEntry(organization, term, policyYears.Value, true, policy.LengthCitation(term.Start), policy, asOf);
    }

    private TermStatus Classify(LocalDate asOf)
    {
        if (AdjustmentApproved && Term.Adjustment!.Kind == TermAdjustmentKind.Postpone)
        {
            return asOf > ElectionDue ? TermStatus.OverdueAfterPostponement : TermStatus.Postponed;
        }

        if (asOf < ElectionDue)
        {
            return asOf < ReminderDue ? TermStatus.Current : TermStatus.DueSoon;
        }

        return asOf <= ElectionWindow.End ? TermStatus.Due : TermStatus.Overdue;
    }
}
