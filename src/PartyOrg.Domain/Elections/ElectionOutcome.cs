using System.Collections.Generic;
using System.Linq;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Elections;

/// <summary>
/// 选举结果 — what a vote decided and why: quorum, ballot validity, enough candidates, the winning threshold, who is
/// elected (in order of votes, ties in ballot order), who is tied for the last seat and how many seats are still to
/// fill — facts only; <c>PartyOrg.Domain.Compliance.ElectionExplanation</c> explains them rule by rule. An immutable
/// value returned by <see cref="ElectionTally"/> and <see cref="PreliminaryTally"/>.
/// </summary>
public sealed class ElectionOutcome
{
    private readonly string[] elected;
    private readonly string[] tied;
    private readonly CandidateResult[] ranking;

    internal ElectionOutcome(
        ElectionInput input,
        Regulation regulation,
        ElectionNumbers numbers,
        bool isPreliminary,
        bool quorate,
        bool ballotsValid,
        bool enoughCandidates,
        bool isCompetitive,
        int candidatesNeeded,
        ElectionThreshold threshold,
        CandidateResult[] ranking)
    {
        Input = input;
        Regulation = regulation;
        Numbers = numbers;
        IsPreliminary = isPreliminary;
        Quorate = quorate;
        BallotsValid = ballotsValid;
        EnoughCandidates = enoughCandidates;
        IsCompetitive = isCompetitive;
        CandidatesNeeded = candidatesNeeded;
        Threshold = threshold;
        this.ranking = ranking;
        elected = ranking.Where(r => r.Elected).Select(r => r.MemberId).ToArray();
        tied = ranking.Where(r => r.TiedForLastSeat).Select(r => r.MemberId).ToArray();
    }

    /// <summary>The input tallied (with the entitled voters filled in).</summary>
    public ElectionInput Input { get; }

    /// <summary>The election regulation in force on the election date: the 2020 regulations, or the 1990 interim regulations before 2020-07-13.</summary>
    public Regulation Regulation { get; }

    /// <summary>The numbers the tally applied (quorum fraction, candidate share, congress and delegate numbers, threshold basis).</summary>
    public ElectionNumbers Numbers { get; }

    /// <summary>True for a preliminary vote (预选): <see cref="Elected"/> then lists the formal candidates.</summary>
    public bool IsPreliminary { get; }

    /// <summary>Quorum: those present exceed the quorum fraction of those entitled (4/5: present × 5 &gt; entitled × 4).</summary>
    public bool Quorate { get; }

    /// <summary>Ballots: returned ≤ issued and ≤ voters.</summary>
    public bool BallotsValid { get; }

    /// <summary>Enough candidates for the seats (<see cref="CandidatesNeeded"/>).</summary>
    public bool EnoughCandidates { get; }

    /// <summary>Whether the general election is competitive (差额): not a by-election, a preliminary vote or a secretary election.</summary>
    public bool IsCompetitive { get; }

    /// <summary>The fewest candidates the vote needs: seats + ⌈<see cref="ElectionNumbers.ExtraCandidatePercent"/> % × seats⌉ when competitive, else the seats.</summary>
    public int CandidatesNeeded { get; }

    /// <summary>Whether the vote is void (not quorate, invalid ballots or too few candidates): nobody is elected.</summary>
    public bool IsVoid => !(Quorate && BallotsValid && EnoughCandidates);

    /// <summary>The winning threshold.</summary>
    public ElectionThreshold Threshold { get; }

    /// <summary>The elected member ids in order of votes (ties in ballot order); at most the seats.</summary>
    public IReadOnlyList<string> Elected => Internal.ReadOnly.View(elected, ref electedView);

    private IReadOnlyList<string>? electedView;

    /// <summary>The ids tied for the last seat(s), which stay unfilled (a further round among them).</summary>
    public IReadOnlyList<string> TiedForLastSeat => Internal.ReadOnly.View(tied, ref tiedView);

    private IReadOnlyList<string>? tiedView;

    /// <summary>Seats still to fill, the tied seats included: seats − elected.</summary>
    public int Shortfall => Input.Seats - elected.Length;

    /// <summary>Every candidate in order of for-votes (ties in ballot order).</summary>
    public IReadOnlyList<CandidateResult> Ranking => Internal.ReadOnly.View(ranking, ref rankingView);

    private IReadOnlyList<CandidateResult>? rankingView;
}
