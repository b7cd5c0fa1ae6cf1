using System;

namespace PartyOrg.Domain.Meetings;

/// <summary>缺席 — a member recorded as absent from a meeting, with the reason. An immutable value.</summary>
public sealed class MeetingAbsence : IEquatable<MeetingAbsence>
{
    /// <summary>Creates an absence.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="reason">The reason.</param>
    /// <param name="note">A note (e.g. for <see cref="AbsenceReason.Other"/>), or null.</param>
    /// <exception cref="ArgumentException">The member id is empty.</exception>
    public MeetingAbsence(string memberId, AbsenceReason reason, string? note = null)
    {
        MemberId = Internal.Guard.Id(memberId, nameof(memberId));
        Reason = reason ?? throw new ArgumentNullException(nameof(reason));
        Note = string.IsNullOrWhiteSpace(note) ? null : note;
    }

    /// <summary>The member.</summary>
    public string MemberId { get; }

    /// <summary>The reason.</summary>
    public AbsenceReason Reason { get; }

    /// <summary>The note, or null.</summary>
    public string? Note { get; }

    /// <inheritdoc />
    public bool Equals(MeetingAbsence? other) => other is not null && MemberId == other.MemberId && Reason.Equals(other.Reason) && Note == other.Note;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MeetingAbsence a && Equals(a);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(MemberId) * 397) ^ Reason.GetHashCode());

    /// <summary>"member: reason".</summary>
    /// <returns>A summary.</returns>
    public override string ToString() => MemberId + ": " + Reason.Name;
}
