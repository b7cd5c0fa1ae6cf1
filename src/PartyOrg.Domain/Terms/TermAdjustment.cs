using System;
using NodaTime;

namespace PartyOrg.Domain.Terms;

/// <summary>
/// 延期或提前换届 — a postponement or advance of a term election: the new election date and who approved it.
/// For an organ committee the 党组 decides first and the 机关工委 approves: both steps can be
/// recorded (<see cref="PartyGroupDecidedBy"/>, then <see cref="ApprovedBy"/>). An immutable value.
/// </summary>
public sealed class TermAdjustment : IEquatable<TermAdjustment>
{
    /// <summary>Creates an adjustment.</summary>
    /// <param name="kind">Postpone or advance.</param>
    /// <param name="until">The new election date.</param>
    /// <param name="approvedBy">The approving (higher) organization's id, or null when not approved.</param>
    /// <param name="approvedOn">The day of approval, or null when unknown or not approved.</param>
    /// <param name="partyGroupDecidedBy">For an organ committee: the 党组 that decided first, or null.</param>
    /// <param name="partyGroupDecidedOn">The day the 党组 decided, or null.</param>
    /// <exception cref="ArgumentException">An id is blank; a date of approval is given without an approver; <paramref name="until"/> is outside 1900–2199.</exception>
    public TermAdjustment(
        TermAdjustmentKind kind,
        LocalDate until,
        string? approvedBy = null,
        LocalDate? approvedOn = null,
        string? partyGroupDecidedBy = null,
        LocalDate? partyGroupDecidedOn = null)
    {
        Kind = kind ?? throw new ArgumentNullException(nameof(kind));
        Until = Calendars.SupportedDates.Check(until, nameof(until));
        if (approvedBy is not null)
        {
            Internal.Guard.Id(approvedBy, nameof(approvedBy));
        }
        else if (approvedOn is not null)
        {
            throw new ArgumentException($"Term adjustment until {until:uuuu-MM-dd}: approvedOn is given but approvedBy is not.", nameof(approvedOn));
        }

        if (partyGroupDecidedBy is not null)
        {
            Internal.Guard.Id(partyGroupDecidedBy, nameof(partyGroupDecidedBy));
        }
        else if (partyGroupDecidedOn is not null)
        {
            throw new ArgumentException($"Term adjustment until {until:uuuu-MM-dd}: partyGroupDecidedOn is given but partyGroupDecidedBy is not.", nameof(partyGroupDecidedOn));
        }

        ApprovedBy = approvedBy;
        ApprovedOn = approvedOn;
        PartyGroupDecidedBy = partyGroupDecidedBy;
        PartyGroupDecidedOn = partyGroupDecidedOn;
    }

    /// <summary>Postpone or advance.</summary>
    public TermAdjustmentKind Kind { get; }

    /// <summary>The new election date.</summary>
    public LocalDate Until { get; }

    /// <summary>The approving organization's id, or null when not approved.</summary>
    public string? ApprovedBy { get; }

    /// <summary>The day of approval, or null.</summary>
    public LocalDate? ApprovedOn { get; }

    /// <summary>For an organ committee: the 党组 that decided before the 机关工委 approved, or null.</summary>
    public string? PartyGroupDecidedBy { get; }

    /// <summary>The day the 党组 decided, or null.</summary>
    public LocalDate? PartyGroupDecidedOn { get; }

    /// <summary>Whether the adjustment is approved on <paramref name="date"/>: an approver is recorded and the approval date (when known) is not after it.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when approved by then.</returns>
    public bool IsApprovedOn(LocalDate date) => ApprovedBy is not null && (ApprovedOn is null || ApprovedOn.Value <= date);

    /// <inheritdoc />
    public bool Equals(TermAdjustment? other) =>
        other is not null && Kind.Equals(other.Kind) && Until == other.Until && ApprovedBy == other.ApprovedBy && ApprovedOn == other.ApprovedOn
        && PartyGroupDecidedBy == other.PartyGroupDecidedBy && PartyGroupDecidedOn == other.PartyGroupDecidedOn;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TermAdjustment a && Equals(a);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Kind.GetHashCode() * 397) ^ Until.GetHashCode());

    /// <summary>"postpone until 2027-09-01 (approved by oc-drc)".</summary>
    /// <returns>A summary.</returns>
    public override string ToString() => $"{Kind.Name} until {Until:uuuu-MM-dd}" + (ApprovedBy is null ? " (not approved)" : $" (approved by {ApprovedBy})");
}
