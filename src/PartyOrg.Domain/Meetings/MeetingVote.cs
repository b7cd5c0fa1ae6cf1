using System;
using System.Globalization;

namespace PartyOrg.Domain.Meetings;

/// <summary>
/// 表决 — one item voted on at a 党员大会: the item and the counts for (赞成), against (反对) and abstaining (弃权),
/// and whether the minutes record it as passed. An immutable value. Counts must be 0 to 10,000,000 (<see cref="MaxCount"/>);
/// <see cref="MeetingLog"/> reports more votes than attendees with every other problem.
/// </summary>
public sealed class MeetingVote : IEquatable<MeetingVote>
{
    /// <summary>Creates a vote.</summary>
    /// <param name="item">What was voted on (e.g. "接收张三为预备党员").</param>
    /// <param name="for">Votes in favour.</param>
    /// <param name="against">Votes against.</param>
    /// <param name="abstain">Abstentions.</param>
    /// <param name="recordedAsPassed">Whether the minutes record the item as passed (default true).</param>
    /// <exception cref="ArgumentException">The item is empty; a count is negative or above <see cref="MaxCount"/>.</exception>
    public MeetingVote(string item, int @for, int against = 0, int abstain = 0, bool recordedAsPassed = true)
    {
        Item = Internal.Guard.NotBlank(item, nameof(item));
        For = Count(@for, nameof(@for));
        Against = Count(against, nameof(against));
        Abstain = Count(abstain, nameof(abstain));
        RecordedAsPassed = recordedAsPassed;
    }

    /// <summary>The largest count accepted: 10,000,000 (so that <see cref="Total"/> cannot overflow).</summary>
    public const int MaxCount = 10_000_000;

    /// <summary>What was voted on.</summary>
    public string Item { get; }

    /// <summary>Votes in favour (赞成).</summary>
    public int For { get; }

    /// <summary>Votes against (反对).</summary>
    public int Against { get; }

    /// <summary>Abstentions (弃权).</summary>
    public int Abstain { get; }

    /// <summary>Whether the minutes record the item as passed.</summary>
    public bool RecordedAsPassed { get; }

    /// <summary>For + against + abstain.</summary>
    public int Total => For + Against + Abstain;

    /// <inheritdoc />
    public bool Equals(MeetingVote? other) =>
        other is not null && Item == other.Item && For == other.For && Against == other.Against && Abstain == other.Abstain && RecordedAsPassed == other.RecordedAsPassed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MeetingVote v && Equals(v);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(Item) * 397) ^ (For * 31) ^ Against);

    /// <summary>"item: for/against/abstain".</summary>
    /// <returns>A summary.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0}: {1}/{2}/{3}", Item, For, Against, Abstain);

    private static int Count(int value, string name) => value is >= 0 and <= MaxCount
        ? value
        : throw new ArgumentOutOfRangeException(name, value, "Expected a count from 0 to " + MaxCount.ToString(CultureInfo.InvariantCulture) + ".");
}
