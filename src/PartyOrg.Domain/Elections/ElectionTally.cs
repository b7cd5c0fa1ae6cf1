using System;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Elections;

/// <summary>
/// 计票 — the arithmetic of a formal vote, as a pure function of <see cref="ElectionInput"/>, by the rule version
/// in force on the election date. All arithmetic is on integers.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Quorum: present × 5 &gt; entitled × 4 (超过4/5, strict: 40 entitled need 33, not 32).</item>
/// <item>Ballots: returned ≤ issued and returned ≤ voters, else the vote is void and re-held.</item>
/// <item>Candidates (competitive general election): candidates − seats ≥ ⌈seats / 5⌉ (不少于20%: 5 seats need 6
/// candidates, 7 seats need 9). A by-election, a preliminary vote or a secretary election needs only as many candidates as seats.</item>
/// <item>Winners: for × 2 &gt; entitled (超过应到会有选举权人数的半数). Elections before 2020-07-13 follow the 1990
/// interim regulations: for × 2 &gt; present (实到会, §M7). Passing candidates are ranked by for-votes (ties in ballot
/// order); at most <c>seats</c> are elected; a tie across the last seat leaves the tied seat(s) unfilled.</item>
/// </list>
/// The numbers (4/5, 20 %, the threshold basis) are an <see cref="ElectionNumbers"/>: by default the national ones in
/// force on the election date (<see cref="ElectionNumbers.InForceOn"/>), or those passed in.
/// A void vote (not quorate, invalid ballots, too few candidates) elects nobody. The tally returns facts only; the
/// compliance rules explain them (<c>PartyOrg.Domain.Compliance.ElectionExplanation</c>) and turn them into findings.
/// </remarks>
/// <example>
/// <code>
/// var outcome = ElectionTally.Tally(new ElectionInput(new LocalDate(2024, 3, 15), seats: 5, candidates, attended: 35,
///     ballotsIssued: 35, ballotsReturned: 35, entitled: 40));
/// // outcome.Threshold.VotesNeeded == 21
/// </code>
/// </example>
public static class ElectionTally
{
    /// <summary>Tallies a formal vote.</summary>
    /// <param name="input">The counts; <see cref="ElectionInput.Entitled"/> must be known.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentException">The entitled voters are not given.</exception>
    public static ElectionOutcome Tally(ElectionInput input) => TallyCore.Run(input, preliminary: false, null);

    /// <summary>Tallies a formal vote with the given numbers (a profile's values in force on the election date, or a local rule).</summary>
    /// <param name="input">The counts; <see cref="ElectionInput.Entitled"/> must be known.</param>
    /// <param name="numbers">The quorum fraction, candidate share and threshold basis to apply.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentException">The entitled voters are not given.</exception>
    public static ElectionOutcome Tally(ElectionInput input, ElectionNumbers numbers) =>
        TallyCore.Run(input, preliminary: false, numbers ?? throw new ArgumentNullException(nameof(numbers)));
}

/// <summary>
/// 预选 — the preliminary vote of a competitive election: a candidate becomes a formal candidate
/// only with more than half of the entitled voters' for-votes (the 1990 rules: of those present), and formal
/// candidates are ranked by votes. <see cref="ElectionInput.Seats"/> is the number of formal candidates to determine.
/// </summary>
public static class PreliminaryTally
{
    /// <summary>Tallies a preliminary vote.</summary>
    /// <param name="input">The counts; Seats = the number of formal candidates to determine.</param>
    /// <returns>The outcome: <see cref="ElectionOutcome.Elected"/> lists the formal candidates.</returns>
    /// <exception cref="ArgumentException">The entitled voters are not given.</exception>
    public static ElectionOutcome Tally(ElectionInput input) => TallyCore.Run(input, preliminary: true, null);

    /// <summary>Tallies a preliminary vote with the given numbers.</summary>
    /// <param name="input">The counts; Seats = the number of formal candidates to determine.</param>
    /// <param name="numbers">The quorum fraction and threshold basis to apply.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentException">The entitled voters are not given.</exception>
    public static ElectionOutcome Tally(ElectionInput input, ElectionNumbers numbers) =>
        TallyCore.Run(input, preliminary: true, numbers ?? throw new ArgumentNullException(nameof(numbers)));
}

internal static class TallyCore
{
    internal static bool Is2020(ElectionInput input) => input.Date >= Regulation.ElectionRegulations.InForceFrom;

    internal static ElectionOutcome Run(ElectionInput input, bool preliminary, ElectionNumbers? numbers)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        if (input.Entitled is not { } entitled)
        {
            throw new ArgumentException("entitled (应到会有选举权人数) is not given: compute it with VotingRights.Entitled and ElectionInput.WithEntitled.", nameof(input));
        }

        var modern = Is2020(input);
        var regulation = modern ? Regulation.ElectionRegulations : Regulation.ElectionInterimRegulations1990;
        numbers ??= ElectionNumbers.InForceOn(input.Date);

        // Quorum: present > 4/5 of entitled, on integers.
        var quorate = numbers.IsQuorate(input.Attended, entitled);

        // Ballots: returned ≤ issued and ≤ voters.
        var ballotsValid = input.BallotsReturned <= input.BallotsIssued && input.BallotsReturned <= input.Voters;

        // Candidates: a competitive general election needs ⌈20% × seats⌉ extra candidates; a by-election, a preliminary
        // vote or a secretary election as many as the seats.
        var competitive = input.Office != ElectionOffice.Secretary && input.Kind != ElectionKind.ByElection && !preliminary;
        var candidatesNeeded = competitive ? numbers.CompetitiveCandidates(input.Seats) : input.Seats;
        var enough = input.Candidates.Count >= candidatesNeeded;

        var basis = numbers.ThresholdBasis;
        var threshold = new ElectionThreshold(entitled, basis, basis == ThresholdBasis.Entitled ? entitled : input.Attended);
        var isVoid = !(quorate && ballotsValid && enough);
        var ranking = Rank(input, threshold, isVoid, out _, out _);
        return new ElectionOutcome(input, regulation, numbers, preliminary, quorate, ballotsValid, enough, competitive, candidatesNeeded, threshold, ranking);
    }

    private static CandidateResult[] Rank(ElectionInput input, ElectionThreshold threshold, bool isVoid, out int electedCount, out int tiedCount)
    {
        var candidates = input.Candidates;
        var order = new int[candidates.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Stable: by for-votes descending, then ballot order.
        Array.Sort(order, (a, b) =>
        {
            var c = candidates[b].For.CompareTo(candidates[a].For);
            return c != 0 ? c : a.CompareTo(b);
        });

        var passing = 0;
        while (passing < order.Length && threshold.IsMetBy(candidates[order[passing]].For))
        {
            passing++;
        }

        var seats = input.Seats;
        int electedUpTo = 0, tiedUpTo = 0;
        if (!isVoid)
        {
            if (passing <= seats)
            {
                electedUpTo = passing;
                tiedUpTo = passing;
            }
            else
            {
                var cut = candidates[order[seats - 1]].For;
                if (candidates[order[seats]].For == cut)
                {
                    while (electedUpTo < passing && candidates[order[electedUpTo]].For > cut)
                    {
                        electedUpTo++;
                    }

                    tiedUpTo = electedUpTo;
                    while (tiedUpTo < passing && candidates[order[tiedUpTo]].For == cut)
                    {
                        tiedUpTo++;
                    }
                }
                else
                {
                    electedUpTo = seats;
                    tiedUpTo = seats;
                }
            }
        }

        electedCount = electedUpTo;
        tiedCount = tiedUpTo - electedUpTo;
        var result = new CandidateResult[order.Length];
        for (var k = 0; k < order.Length; k++)
        {
            result[k] = new CandidateResult(candidates[order[k]], k < passing, k < electedUpTo, k >= electedUpTo && k < tiedUpTo);
        }

        return result;
    }
}
