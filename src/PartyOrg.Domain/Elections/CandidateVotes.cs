using System;

namespace PartyOrg.Domain.Elections;

/// <summary>候选人得票 — one candidate's for, against and abstain votes. An immutable value.</summary>
public sealed class CandidateVotes : IEquatable<CandidateVotes>
{
    /// <summary>Creates the votes of a candidate.</summary>
    /// <param name="memberId">The candidate (a member id).</param>
    /// <param name="votesFor">赞成票.</param>
    /// <param name="against">反对票.</param>
    /// <param name="abstain">弃权票.</param>
    /// <exception cref="ArgumentException">The id is blank or a count is negative (the message names the candidate).</exception>
    public CandidateVotes(string memberId, int votesFor, int against = 0, int abstain = 0)
    {
        MemberId = Internal.Guard.Id(memberId, nameof(memberId));
        For = NotNegative(votesFor, nameof(votesFor), memberId);
        Against = NotNegative(against, nameof(against), memberId);
        Abstain = NotNegative(abstain, nameof(abstain), memberId);
    }

    /// <summary>The candidate.</summary>
    public string MemberId { get; }

    /// <summary>赞成票 — for-votes.</summary>
    public int For { get; }

    /// <summary>反对票 — votes against.</summary>
    public int Against { get; }

    /// <summary>弃权票 — abstentions.</summary>
    public int Abstain { get; }

    /// <summary>For + against + abstain.</summary>
    public int Total => For + Against + Abstain;

    /// <summary>A copy with another number of for-votes.</summary>
    /// <param name="votesFor">The for-votes.</param>
    /// <returns>The copy.</returns>
    public CandidateVotes WithFor(int votesFor) => new(MemberId, votesFor, Against, Abstain);

    /// <inheritdoc />
    public bool Equals(CandidateVotes? other) =>
        other is not null && MemberId == other.MemberId && For == other.For && Against == other.Against && Abstain == other.Abstain;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CandidateVotes c && Equals(c);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(MemberId) * 397) ^ For);

    /// <summary>"id: for/against/abstain".</summary>
    /// <returns>A summary.</returns>
    public override string ToString() => $"{MemberId}: {For}/{Against}/{Abstain}";

    private static int NotNegative(int value, string name, string memberId) =>
        value < 0 ? throw new ArgumentOutOfRangeException(name, value, $"Candidate \"{memberId}\": {name} must be zero or more.") : value;
}
