using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace PartyOrg.Domain.Elections;

/// <summary>
/// 选举计票输入 — the counts of one vote: the date (which decides the rule version), seats, who was entitled, present
/// and voting, the ballots issued, returned and spoiled, and each candidate's votes. An immutable value; the
/// constructor rejects impossible counts (negative numbers, a candidate listed twice, votes beyond the valid ballots,
/// more present than entitled). Returned ballots exceeding the issued ones are possible — the vote is then void
///, not the input.
/// </summary>
public sealed class ElectionInput
{
    private readonly CandidateVotes[] candidates;
    private readonly ElectionMethod? givenMethod;

    /// <summary>Creates the input of a tally.</summary>
    /// <param name="date">The election date: before 2020-07-13 the 1990 interim regulations apply.</param>
    /// <param name="seats">应选人数 — seats to fill; at least 1.</param>
    /// <param name="candidates">The candidates in ballot order (ties are listed in this order).</param>
    /// <param name="attended">实到会有选举权人数 — voters present.</param>
    /// <param name="ballotsIssued">发出选票.</param>
    /// <param name="ballotsReturned">收回选票.</param>
    /// <param name="entitled">应到会有选举权人数, or null to compute it later (<see cref="VotingRights.Entitled"/>).</param>
    /// <param name="voters">投票人数 — those who cast a ballot; null = <paramref name="attended"/>.</param>
    /// <param name="spoiledBallots">废票 — invalid ballots among those returned (more names marked than seats, …).</param>
    /// <param name="kind">General election (default) or by-election.</param>
    /// <param name="method">Competitive or uncontested; null = inferred from the number of candidates.</param>
    /// <param name="office">Committee members (default), secretary and deputies, or delegates.</param>
    /// <param name="assembly">The voting meeting; default 党员大会 (委员会会议 for the secretary).</param>
    /// <param name="membersRepresented">For a delegate congress: the number of members of the organization (the 500 test), or null.</param>
    /// <param name="congressApproved">For a delegate congress: whether the higher organization approved holding one.</param>
    /// <exception cref="ArgumentException">The date is outside 1900–2199 (<see cref="Calendars.SupportedDates"/>); a count is negative; seats ≤ 0; a candidate appears twice or has more votes than valid ballots; more voters than present; more present than entitled; an uncontested method with more candidates than seats.</exception>
    public ElectionInput(
        LocalDate date,
        int seats,
        IEnumerable<CandidateVotes> candidates,
        int attended,
        int ballotsIssued,
        int ballotsReturned,
        int? entitled = null,
        int? voters = null,
        int spoiledBallots = 0,
        ElectionKind? kind = null,
        ElectionMethod? method = null,
        ElectionOffice? office = null,
        ElectionAssembly? assembly = null,
        int? membersRepresented = null,
        bool congressApproved = false)
    {
        Date = Calendars.SupportedDates.Check(date, nameof(date));
        if (seats <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(seats), seats, "seats must be 1 or more.");
        }

        Seats = seats;
        this.candidates = (candidates ?? throw new ArgumentNullException(nameof(candidates))).ToArray();
        Attended = NotNegative(attended, nameof(attended));
        BallotsIssued = NotNegative(ballotsIssued, nameof(ballotsIssued));
        BallotsReturned = NotNegative(ballotsReturned, nameof(ballotsReturned));
        SpoiledBallots = NotNegative(spoiledBallots, nameof(spoiledBallots));
        if (entitled is { } e)
        {
            NotNegative(e, nameof(entitled));
            if (attended > e)
            {
                throw new ArgumentException($"attended {attended} exceeds entitled {e}: those present with voting rights cannot outnumber those entitled.", nameof(attended));
            }
        }

        Entitled = entitled;
        if (voters is { } v)
        {
            NotNegative(v, nameof(voters));
            if (v > attended)
            {
                throw new ArgumentException($"voters {v} exceeds attended {attended}.", nameof(voters));
            }
        }

        Voters = voters ?? attended;
        if (SpoiledBallots > BallotsReturned)
        {
            throw new ArgumentException($"spoiledBallots {SpoiledBallots} exceeds ballotsReturned {BallotsReturned}.", nameof(spoiledBallots));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in this.candidates)
        {
            if (c is null)
            {
                throw new ArgumentException("A candidate is null.", nameof(candidates));
            }

            if (!seen.Add(c.MemberId))
            {
                throw new ArgumentException($"Candidate \"{c.MemberId}\" is listed twice.", nameof(candidates));
            }

            if (c.Total > ValidBallots)
            {
                throw new ArgumentException($"Candidate \"{c.MemberId}\": for + against + abstain = {c.Total} exceeds the {ValidBallots} valid ballots (returned − spoiled).", nameof(candidates));
            }
        }

        if (method == ElectionMethod.Uncontested && this.candidates.Length > seats)
        {
            throw new ArgumentException($"method uncontested (等额) but {this.candidates.Length} candidates for {seats} seats.", nameof(method));
        }

        givenMethod = method;
        Method = method ?? (this.candidates.Length > seats ? ElectionMethod.Competitive : ElectionMethod.Uncontested);
        Kind = kind ?? ElectionKind.General;
        Office = office ?? ElectionOffice.CommitteeMember;
        Assembly = assembly ?? (Office == ElectionOffice.Secretary ? ElectionAssembly.CommitteeMeeting : ElectionAssembly.GeneralMeeting);
        if (membersRepresented is { } m)
        {
            NotNegative(m, nameof(membersRepresented));
        }

        MembersRepresented = membersRepresented;
        CongressApproved = congressApproved;
    }

    /// <summary>The election date.</summary>
    public LocalDate Date { get; }

    /// <summary>应选人数 — seats to fill.</summary>
    public int Seats { get; }

    /// <summary>The candidates in ballot order.</summary>
    public IReadOnlyList<CandidateVotes> Candidates => Internal.ReadOnly.View(candidates, ref candidatesView);

    private IReadOnlyList<CandidateVotes>? candidatesView;

    /// <summary>实到会有选举权人数 — voters present.</summary>
    public int Attended { get; }

    /// <summary>应到会有选举权人数, or null when not yet computed.</summary>
    public int? Entitled { get; }

    /// <summary>投票人数 — those who cast a ballot.</summary>
    public int Voters { get; }

    /// <summary>发出选票 — ballots issued.</summary>
    public int BallotsIssued { get; }

    /// <summary>收回选票 — ballots returned.</summary>
    public int BallotsReturned { get; }

    /// <summary>废票 — spoiled ballots among those returned.</summary>
    public int SpoiledBallots { get; }

    /// <summary>有效票 — returned minus spoiled ballots.</summary>
    public int ValidBallots => BallotsReturned - SpoiledBallots;

    /// <summary>General election or by-election.</summary>
    public ElectionKind Kind { get; }

    /// <summary>Competitive or uncontested (given, or inferred: more candidates than seats = competitive).</summary>
    public ElectionMethod Method { get; }

    /// <summary>What is elected.</summary>
    public ElectionOffice Office { get; }

    /// <summary>The voting meeting.</summary>
    public ElectionAssembly Assembly { get; }

    /// <summary>For a delegate congress: the members of the organization, or null.</summary>
    public int? MembersRepresented { get; }

    /// <summary>For a delegate congress: whether the higher organization approved it.</summary>
    public bool CongressApproved { get; }

    /// <summary>A copy with the entitled voters (e.g. from <see cref="VotingRights.Entitled"/>).</summary>
    /// <param name="entitled">应到会有选举权人数.</param>
    /// <returns>The copy.</returns>
    public ElectionInput WithEntitled(int entitled) => With(entitled: entitled, candidates: candidates);

    /// <summary>A copy with other candidates (e.g. reordered, or with changed votes).</summary>
    /// <param name="candidates">The candidates.</param>
    /// <returns>The copy.</returns>
    public ElectionInput WithCandidates(IEnumerable<CandidateVotes> candidates) => With(Entitled, candidates);

    private ElectionInput With(int? entitled, IEnumerable<CandidateVotes> candidates)
    {
        var list = (candidates ?? throw new ArgumentNullException(nameof(candidates))).ToArray();
        var method = givenMethod == ElectionMethod.Uncontested && list.Length > Seats ? null : givenMethod;
        return new(Date, Seats, list, Attended, BallotsIssued, BallotsReturned, entitled, Voters, SpoiledBallots, Kind,
            method, Office, Assembly, MembersRepresented, CongressApproved);
    }

    private static int NotNegative(int value, string name) =>
        value < 0 ? throw new ArgumentOutOfRangeException(name, value, $"{name} must be zero or more.") : value;
}
