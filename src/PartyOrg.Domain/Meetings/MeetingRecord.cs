using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace PartyOrg.Domain.Meetings;

/// <summary>
/// 会议记录 — one meeting actually held: by which organization, on which day, counting for which kinds (a 主题党日 held
/// together with a 党员大会 and a 党课 counts for all three), who attended, who was absent and why, the lecturer and topic
/// of a 党课 and the votes of a 党员大会. An immutable value; relations to the tree are checked by <see cref="MeetingLog"/>.
/// </summary>
public sealed class MeetingRecord : IEquatable<MeetingRecord>
{
    private readonly MeetingKind[] kinds;
    private readonly string[] attendees;
    private readonly MeetingAbsence[] absences;
    private readonly MeetingVote[] votes;

    /// <summary>Creates a record.</summary>
    /// <param name="id">The caller's id.</param>
    /// <param name="organizationId">The organization that held it.</param>
    /// <param name="date">The day held.</param>
    /// <param name="kinds">The kinds it counts for (at least one).</param>
    /// <param name="attendees">The members present.</param>
    /// <param name="absences">The members absent, with reasons.</param>
    /// <param name="lecturerId">For a 党课: the member who lectured, or null.</param>
    /// <param name="topic">The topic, or null.</param>
    /// <param name="votes">For a 党员大会: the items voted on.</param>
    /// <exception cref="ArgumentException">An id is empty, no kind is given, a list holds a null, or the date is outside 1900–2199 (<see cref="Calendars.SupportedDates"/>).</exception>
    public MeetingRecord(
        string id,
        string organizationId,
        LocalDate date,
        IEnumerable<MeetingKind> kinds,
        IEnumerable<string>? attendees = null,
        IEnumerable<MeetingAbsence>? absences = null,
        string? lecturerId = null,
        string? topic = null,
        IEnumerable<MeetingVote>? votes = null)
    {
        Id = Internal.Guard.Id(id, nameof(id));
        OrganizationId = Internal.Guard.Id(organizationId, nameof(organizationId));
        Date = Calendars.SupportedDates.Check(date, nameof(date));
        this.kinds = (kinds ?? throw new ArgumentNullException(nameof(kinds))).ToArray();
        if (this.kinds.Length == 0)
        {
            throw new ArgumentException($"Meeting \"{id}\" needs at least one kind.", nameof(kinds));
        }

        this.attendees = (attendees ?? Array.Empty<string>()).ToArray();
        this.absences = (absences ?? Array.Empty<MeetingAbsence>()).ToArray();
        this.votes = (votes ?? Array.Empty<MeetingVote>()).ToArray();
        if (this.kinds.Any(k => k is null) || this.attendees.Any(a => a is null) || this.absences.Any(a => a is null) || this.votes.Any(v => v is null))
        {
            throw new ArgumentException($"Meeting \"{id}\" has a null kind, attendee, absence or vote.", nameof(kinds));
        }

        if (lecturerId is not null)
        {
            Internal.Guard.Id(lecturerId, nameof(lecturerId));
        }

        LecturerId = lecturerId;
        Topic = string.IsNullOrWhiteSpace(topic) ? null : topic;
        foreach (var k in this.kinds)
        {
            KindMask |= k.Bit;
        }
    }

    /// <summary>The caller's id.</summary>
    public string Id { get; }

    /// <summary>The organization that held it.</summary>
    public string OrganizationId { get; }

    /// <summary>The day held.</summary>
    public LocalDate Date { get; }

    /// <summary>The kinds it counts for.</summary>
    public IReadOnlyList<MeetingKind> Kinds => Internal.ReadOnly.View(kinds, ref kindsView);

    private IReadOnlyList<MeetingKind>? kindsView;

    /// <summary>The members present.</summary>
    public IReadOnlyList<string> Attendees => Internal.ReadOnly.View(attendees, ref attendeesView);

    private IReadOnlyList<string>? attendeesView;

    /// <summary>The members absent, with reasons.</summary>
    public IReadOnlyList<MeetingAbsence> Absences => Internal.ReadOnly.View(absences, ref absencesView);

    private IReadOnlyList<MeetingAbsence>? absencesView;

    /// <summary>The lecturer of a 党课, or null.</summary>
    public string? LecturerId { get; }

    /// <summary>The topic, or null.</summary>
    public string? Topic { get; }

    /// <summary>The votes taken.</summary>
    public IReadOnlyList<MeetingVote> Votes => Internal.ReadOnly.View(votes, ref votesView);

    private IReadOnlyList<MeetingVote>? votesView;

    /// <summary>The kinds as a bit mask (bit <c>kind.Value</c>).</summary>
    internal int KindMask { get; }

    /// <summary>Whether the record counts for <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>True when listed.</returns>
    public bool Counts(MeetingKind kind) => (KindMask & (kind ?? throw new ArgumentNullException(nameof(kind))).Bit) != 0;

    /// <summary>A copy on another day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The copy.</returns>
    public MeetingRecord WithDate(LocalDate date) => new(Id, OrganizationId, date, kinds, attendees, absences, LecturerId, Topic, votes);

    /// <summary>A copy with other attendees and absences.</summary>
    /// <param name="attendees">The members present.</param>
    /// <param name="absences">The members absent.</param>
    /// <returns>The copy.</returns>
    public MeetingRecord WithAttendance(IEnumerable<string> attendees, IEnumerable<MeetingAbsence>? absences = null) =>
        new(Id, OrganizationId, Date, kinds, attendees, absences ?? this.absences, LecturerId, Topic, votes);

    /// <summary>A copy with other votes.</summary>
    /// <param name="votes">The votes.</param>
    /// <returns>The copy.</returns>
    public MeetingRecord WithVotes(IEnumerable<MeetingVote> votes) => new(Id, OrganizationId, Date, kinds, attendees, absences, LecturerId, Topic, votes);

    /// <summary>A copy with another lecturer and topic.</summary>
    /// <param name="lecturerId">The lecturer, or null.</param>
    /// <param name="topic">The topic, or null.</param>
    /// <returns>The copy.</returns>
    public MeetingRecord WithLecturer(string? lecturerId, string? topic = null) => new(Id, OrganizationId, Date, kinds, attendees, absences, lecturerId, topic ?? Topic, votes);

    /// <inheritdoc />
    public bool Equals(MeetingRecord? other) =>
        other is not null && Id == other.Id && OrganizationId == other.OrganizationId && Date == other.Date
        && kinds.SequenceEqual(other.kinds) && attendees.SequenceEqual(other.attendees) && absences.SequenceEqual(other.absences)
        && LecturerId == other.LecturerId && Topic == other.Topic && votes.SequenceEqual(other.votes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MeetingRecord r && Equals(r);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(Id) * 397) ^ Date.GetHashCode());

    /// <summary>"id: kinds at organization on date".</summary>
    /// <returns>A summary.</returns>
    public override string ToString() => $"{Id}: {string.Join("+", kinds.Select(k => k.Name))} at {OrganizationId} on {Date:uuuu-MM-dd}";
}
