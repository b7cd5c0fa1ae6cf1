using System;

namespace PartyOrg.Domain.Elections;

/// <summary>计票结果 — one candidate's place in the count: votes, whether the threshold was met, and the result. An immutable value.</summary>
public sealed class CandidateResult
{
    internal CandidateResult(CandidateVotes votes, bool meetsThreshold, bool elected, bool tied)
    {
        Votes = votes ?? throw new ArgumentNullException(nameof(votes));
        MeetsThreshold = meetsThreshold;
        Elected = elected;
        TiedForLastSeat = tied;
    }

    /// <summary>The candidate's votes.</summary>
    public CandidateVotes Votes { get; }

    /// <summary>The candidate.</summary>
    public string MemberId => Votes.MemberId;

    /// <summary>Whether the for-votes exceed half of the denominator.</summary>
    public bool MeetsThreshold { get; }

    /// <summary>Whether the candidate is elected.</summary>
    public bool Elected { get; }

    /// <summary>Whether the candidate is tied for the last seat (that seat stays unfilled).</summary>
    public bool TiedForLastSeat { get; }
}
