using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Elections;
using PartyOrg.Domain.Regulations;
using Xunit;

namespace PartyOrg.Domain.Tests.Elections;

public sealed class ElectionTallyTests
{
    private static readonly LocalDate Date2024 = new(2024, 3, 15);
    private static readonly LocalDate Date2019 = new(2019, 3, 15);

    private static CandidateVotes[] Votes(params int[] forVotes) =>
        forVotes.Select((v, i) => new CandidateVotes("m-" + (i + 1), v)).ToArray();

    private static ElectionInput Input(int seats, CandidateVotes[] candidates, int entitled = 40, int attended = 35, int? issued = null, int? returned = null, LocalDate? date = null, ElectionKind? kind = null) =>
        new(date ?? Date2024, seats, candidates, attended, issued ?? attended, returned ?? attended, entitled, kind: kind);

    private static ElectionReason Reason(ElectionOutcome o, string id) => o.Explain().Single(r => r.RuleId == id);

    [Fact]
    public void Quorum_ExactlyFourFifths_IsNotQuorate()
    {
        var outcome = ElectionTally.Tally(Input(5, Votes(30, 30, 30, 30, 30, 10), entitled: 40, attended: 32));

        outcome.Quorate.Should().BeFalse();
        outcome.IsVoid.Should().BeTrue();
        outcome.Elected.Should().BeEmpty();
        outcome.Shortfall.Should().Be(5);
        Reason(outcome, "ELEC-QUORUM-4-5").Expected.Should().Be("> 32");
        Reason(outcome, "ELEC-QUORUM-4-5").Actual.Should().Be("32");
    }

    [Fact]
    public void Quorum_OneMoreThanFourFifths_IsQuorate()
    {
        var outcome = ElectionTally.Tally(Input(5, Votes(30, 30, 30, 30, 30, 10), entitled: 40, attended: 33));

        outcome.Quorate.Should().BeTrue();
        Reason(outcome, "ELEC-QUORUM-4-5").Passed.Should().BeTrue();
    }

    [Fact]
    public void Quorum_FractionalFourFifths_IsRenderedExactly()
    {
        var outcome = ElectionTally.Tally(Input(1, Votes(9), entitled: 11, attended: 9));

        outcome.Quorate.Should().BeTrue();
        Reason(outcome, "ELEC-QUORUM-4-5").Expected.Should().Be("> 8.8");
    }

    [Theory]
    [InlineData(5, 5, false)]
    [InlineData(5, 6, true)]
    [InlineData(7, 8, false)]
    [InlineData(7, 9, true)]
    [InlineData(3, 3, false)]
    [InlineData(3, 4, true)]
    public void Candidates_GeneralElection_NeedTwentyPercentRoundedUp(int seats, int candidates, bool enough)
    {
        var outcome = ElectionTally.Tally(Input(seats, Votes(Enumerable.Repeat(30, candidates).ToArray())));

        outcome.EnoughCandidates.Should().Be(enough);
        Reason(outcome, "ELEC-DIFF-RATIO-COMMITTEE").Passed.Should().Be(enough);
        Reason(outcome, "ELEC-DIFF-RATIO-COMMITTEE").Citations.Should().Contain(new Citation(Regulation.ElectionRegulations, 13));
    }

    [Fact]
    public void Candidates_ByElectionWithAsManyCandidatesAsSeats_IsEnough()
    {
        var outcome = ElectionTally.Tally(Input(2, Votes(30, 25), kind: ElectionKind.ByElection));

        outcome.EnoughCandidates.Should().BeTrue();
        outcome.Elected.Should().Equal("m-1", "m-2");
        Reason(outcome, "ELEC-DIFF-RATIO-COMMITTEE").English.Should().Contain("by-election");
    }

    [Fact]
    public void Candidates_UncontestedMethodWithMoreCandidates_IsInvalidInput()
    {
        var act = () => new ElectionInput(Date2024, 1, Votes(30, 20), 35, 35, 35, 40, method: ElectionMethod.Uncontested);

        act.Should().Throw<ArgumentException>().WithParameterName("method");
    }

    [Fact]
    public void Threshold_ExactlyHalfOfEntitled_IsNotElected()
    {
        var outcome = ElectionTally.Tally(Input(1, Votes(20, 21), entitled: 40, attended: 35).WithCandidates(new[] { new CandidateVotes("a", 20) }));

        outcome.Threshold.VotesNeeded.Should().Be(21);
        outcome.Elected.Should().BeEmpty();
        outcome.Shortfall.Should().Be(1);
    }

    [Fact]
    public void Threshold_HalfPlusOneOfEntitled_IsElected()
    {
        var outcome = ElectionTally.Tally(new ElectionInput(Date2024, 1, new[] { new CandidateVotes("a", 21), new CandidateVotes("b", 10) }, 35, 35, 35, 40));

        outcome.Elected.Should().Equal("a");
        outcome.Threshold.Should().Be(new ElectionThreshold(40, ThresholdBasis.Entitled, 40));
        Reason(outcome, "ELEC-WIN-THRESHOLD").Passed.Should().BeTrue();
    }

    [Fact]
    public void Threshold_OddEntitled_NeedsSmallestWholeNumberAboveHalf()
    {
        new ElectionThreshold(41, ThresholdBasis.Entitled, 41).VotesNeeded.Should().Be(21);
        new ElectionThreshold(41, ThresholdBasis.Entitled, 41).IsMetBy(20).Should().BeFalse();
        new ElectionThreshold(41, ThresholdBasis.Entitled, 41).IsMetBy(21).Should().BeTrue();
    }

    [Fact]
    public void Threshold_Before2020_UsesThosePresent1990Rules()
    {
        // 40 entitled, 35 present: 2020 needs 21, 1990 needs 18.
        var candidates = new[] { new CandidateVotes("a", 18), new CandidateVotes("b", 10) };
        var old = ElectionTally.Tally(new ElectionInput(Date2019, 1, candidates, 35, 35, 35, 40));
        var current = ElectionTally.Tally(new ElectionInput(Date2024, 1, candidates, 35, 35, 35, 40));

        old.Regulation.Should().Be(Regulation.ElectionInterimRegulations1990);
        old.Threshold.Basis.Should().Be(ThresholdBasis.Present);
        old.Threshold.VotesNeeded.Should().Be(18);
        old.Elected.Should().Equal("a");
        current.Regulation.Should().Be(Regulation.ElectionRegulations);
        current.Elected.Should().BeEmpty();
        Reason(old, "ELEC-WIN-THRESHOLD").Citations.Single().Regulation.Should().Be(Regulation.ElectionInterimRegulations1990);
    }

    [Fact]
    public void Threshold_OnTheDayThe2020RulesTookEffect_UsesEntitled()
    {
        var outcome = ElectionTally.Tally(new ElectionInput(new LocalDate(2020, 7, 13), 1, new[] { new CandidateVotes("a", 21), new CandidateVotes("b", 1) }, 35, 35, 35, 40));

        outcome.Threshold.Basis.Should().Be(ThresholdBasis.Entitled);
    }

    [Fact]
    public void Version_TheDayBeforeThe2020Rules_Cites1990()
    {
        var outcome = ElectionTally.Tally(Input(5, Votes(30, 30, 30, 30, 30, 10), date: new LocalDate(2020, 7, 12)));

        outcome.Regulation.Should().Be(Regulation.ElectionInterimRegulations1990);
        outcome.Threshold.Basis.Should().Be(ThresholdBasis.Present);
        Reason(outcome, "ELEC-DIFF-RATIO-COMMITTEE").Citations.Single().Regulation.Should().Be(Regulation.ElectionInterimRegulations1990);
        Reason(outcome, "ELEC-QUORUM-4-5").Citations.Single().Regulation.Should().Be(Regulation.ElectionInterimRegulations1990);
    }

    [Fact]
    public void Tie_ForTheLastSeat_LeavesItUnfilled()
    {
        var outcome = ElectionTally.Tally(Input(5, Votes(35, 34, 33, 32, 30, 30)));

        outcome.Elected.Should().Equal("m-1", "m-2", "m-3", "m-4");
        outcome.TiedForLastSeat.Should().Equal("m-5", "m-6");
        outcome.Shortfall.Should().Be(1);
        var reason = Reason(outcome, "ELEC-WIN-THRESHOLD");
        reason.Passed.Should().BeFalse();
        reason.IsSoft.Should().BeTrue();
        reason.English.Should().Contain("tie");
    }

    [Fact]
    public void Tie_BelowTheCut_ElectsEveryoneAboveIt()
    {
        var outcome = ElectionTally.Tally(Input(1, Votes(30, 25, 25)));

        outcome.Elected.Should().Equal("m-1");
        outcome.TiedForLastSeat.Should().BeEmpty();
        outcome.Shortfall.Should().Be(0);
    }

    [Fact]
    public void Ranking_EqualVotesAboveTheCut_KeepBallotOrder()
    {
        var outcome = ElectionTally.Tally(Input(2, Votes(25, 30, 30)));

        outcome.Elected.Should().Equal("m-2", "m-3");
    }

    [Fact]
    public void Shortfall_TooFewPassing_SaysToHoldAnotherRound()
    {
        var outcome = ElectionTally.Tally(Input(5, Votes(30, 30, 30, 15, 10, 5)));

        outcome.Elected.Should().HaveCount(3);
        outcome.Shortfall.Should().Be(2);
        Reason(outcome, "ELEC-WIN-THRESHOLD").Chinese.Should().Contain("另行选举");
    }

    [Fact]
    public void Ballots_ReturnedOneMoreThanIssued_VoidsTheVote()
    {
        var outcome = ElectionTally.Tally(Input(5, Votes(30, 30, 30, 30, 30, 10), attended: 35, issued: 35, returned: 36).WithEntitled(40));

        outcome.BallotsValid.Should().BeFalse();
        outcome.IsVoid.Should().BeTrue();
        outcome.Elected.Should().BeEmpty();
        Reason(outcome, "ELEC-BALLOT-VALIDITY").Actual.Should().Be("36");
    }

    [Fact]
    public void Ballots_ReturnedEqualToIssued_IsValid()
    {
        ElectionTally.Tally(Input(5, Votes(30, 30, 30, 30, 30, 10))).BallotsValid.Should().BeTrue();
    }

    [Fact]
    public void Ballots_ReturnedMoreThanVoters_VoidsTheVote()
    {
        var input = new ElectionInput(Date2024, 1, Votes(30, 20), 35, 36, 35, 40, voters: 34);

        ElectionTally.Tally(input).BallotsValid.Should().BeFalse();
    }

    [Fact]
    public void Input_NegativeCount_NamesTheField()
    {
        var act = () => new ElectionInput(Date2024, 1, Votes(1), -1, 0, 0, 40);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("attended");
    }

    [Fact]
    public void Input_NegativeCandidateVotes_NamesTheCandidate()
    {
        var act = () => new CandidateVotes("m-9", -1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*m-9*");
    }

    [Fact]
    public void Input_CandidateListedTwice_NamesTheCandidate()
    {
        var act = () => new ElectionInput(Date2024, 1, new[] { new CandidateVotes("m-1", 3), new CandidateVotes("m-1", 4) }, 35, 35, 35, 40);

        act.Should().Throw<ArgumentException>().WithMessage("*m-1*twice*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Input_SeatsNotPositive_Throws(int seats)
    {
        var act = () => new ElectionInput(Date2024, seats, Votes(1), 35, 35, 35, 40);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("seats");
    }

    [Fact]
    public void Input_MorePresentThanEntitled_Throws()
    {
        var act = () => new ElectionInput(Date2024, 1, Votes(1), 41, 41, 41, 40);

        act.Should().Throw<ArgumentException>().WithParameterName("attended");
    }

    [Fact]
    public void Input_VotesBeyondValidBallots_NamesTheCandidate()
    {
        var act = () => new ElectionInput(Date2024, 1, new[] { new CandidateVotes("m-7", 30, 5, 1) }, 35, 35, 35, 40);

        act.Should().Throw<ArgumentException>().WithMessage("*m-7*");
    }

    [Fact]
    public void Tally_EntitledMissing_Throws()
    {
        var act = () => ElectionTally.Tally(new ElectionInput(Date2024, 1, Votes(1), 35, 35, 35));

        act.Should().Throw<ArgumentException>().WithMessage("*entitled*");
    }

    [Fact]
    public void Every_Reason_CarriesCitationsAndBothLanguages()
    {
        var outcome = ElectionTally.Tally(Input(5, Votes(30, 30, 30, 30, 30, 10)));

        outcome.Explain().Select(r => r.RuleId).Should().Equal("ELEC-QUORUM-4-5", "ELEC-BALLOT-VALIDITY", "ELEC-DIFF-RATIO-COMMITTEE", "ELEC-WIN-THRESHOLD");
        outcome.Explain().Should().OnlyContain(r => r.Citations.Count > 0 && r.Chinese.Length > 0 && r.English.Length > 0);
    }

    [Fact]
    public void Secretary_ElectedByCommittee_UncontestedIsEnough()
    {
        var input = new ElectionInput(Date2024, 1, new[] { new CandidateVotes("m-1", 4, 1) }, 5, 5, 5, 5, office: ElectionOffice.Secretary);
        var outcome = ElectionTally.Tally(input);

        input.Assembly.Should().Be(ElectionAssembly.CommitteeMeeting);
        outcome.EnoughCandidates.Should().BeTrue();
        outcome.Elected.Should().Equal("m-1");
        outcome.Explain().Should().Contain(r => r.RuleId == "ELEC-SECRETARY-BY-COMMITTEE" && r.Passed);
    }

    [Theory]
    [InlineData(600, true, 150, true, true)]
    [InlineData(499, true, 150, false, true)]
    [InlineData(500, true, 150, true, true)]
    [InlineData(600, false, 150, false, true)]
    [InlineData(600, true, 250, true, false)]
    [InlineData(600, true, 300, true, false)]
    public void Congress_MembersApprovalAndQuota(int members, bool approved, int delegates, bool assemblyOk, bool quotaOk)
    {
        var input = new ElectionInput(Date2024, 5, Votes(140, 140, 140, 140, 140, 10), delegates, delegates, delegates, delegates,
            assembly: ElectionAssembly.DelegateCongress, membersRepresented: members, congressApproved: approved);
        var outcome = ElectionTally.Tally(input);

        Reason(outcome, "ELEC-ASSEMBLY-OR-CONGRESS-500").Passed.Should().Be(assemblyOk);
        Reason(outcome, "ELEC-DELEGATE-QUOTA").Passed.Should().Be(quotaOk);
    }

    [Theory]
    [InlineData(99, false, true)]
    [InlineData(100, true, true)]
    [InlineData(200, true, true)]
    [InlineData(201, false, true)]
    [InlineData(300, false, true)]
    [InlineData(301, false, false)]
    public void Congress_DelegateQuota_Boundaries(int delegates, bool passed, bool soft)
    {
        var input = new ElectionInput(Date2024, 5, Votes(60, 60, 60, 60, 60, 10), delegates, delegates, delegates, delegates,
            assembly: ElectionAssembly.DelegateCongress, membersRepresented: 5000, congressApproved: true);

        var reason = Reason(ElectionTally.Tally(input), "ELEC-DELEGATE-QUOTA");
        reason.Passed.Should().Be(passed);
        reason.IsSoft.Should().Be(soft);
        reason.Actual.Should().Be(delegates.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(499, false, true)]
    [InlineData(500, true, false)]
    public void Congress_MembersRepresented_500Boundary(int members, bool passed, bool soft)
    {
        var input = new ElectionInput(Date2024, 5, Votes(140, 140, 140, 140, 140, 10), 150, 150, 150, 150,
            assembly: ElectionAssembly.DelegateCongress, membersRepresented: members, congressApproved: true);

        var reason = Reason(ElectionTally.Tally(input), "ELEC-ASSEMBLY-OR-CONGRESS-500");
        reason.Passed.Should().Be(passed);
        reason.IsSoft.Should().Be(soft);
        reason.Actual.Should().Be(members.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Congress_MoreThan300Delegates_IsAHardFailure()
    {
        var input = new ElectionInput(Date2024, 5, Votes(300, 300, 300, 300, 300, 10), 301, 301, 301, 301,
            assembly: ElectionAssembly.DelegateCongress, membersRepresented: 5000, congressApproved: true);

        var reason = Reason(ElectionTally.Tally(input), "ELEC-DELEGATE-QUOTA");
        reason.Passed.Should().BeFalse();
        reason.IsSoft.Should().BeFalse();
    }

    [Fact]
    public void Preliminary_FormalCandidatesNeedMoreThanHalfOfEntitled()
    {
        var outcome = PreliminaryTally.Tally(Input(6, Votes(30, 29, 28, 27, 26, 25, 20, 21)));

        outcome.IsPreliminary.Should().BeTrue();
        outcome.Elected.Should().Equal("m-1", "m-2", "m-3", "m-4", "m-5", "m-6");
        outcome.Explain().Should().Contain(r => r.RuleId == "ELEC-PRELIM-THRESHOLD" && r.Passed);
    }

    // ---- Properties ----

    private static readonly Gen<(int Seats, int[] Votes, int Entitled)> Elections =
        Gen.Select(Gen.Int[1, 9], Gen.Int[0, 59].Array[0, 14], Gen.Int[60, 80], (s, v, e) => (s, v, e)); // votes < entitled, so one more for-vote still fits the valid ballots

    private static ElectionInput PropertyInput(int seats, IEnumerable<CandidateVotes> candidates, int entitled) =>
        new(Date2024, seats, candidates, entitled, entitled, entitled, entitled, kind: ElectionKind.ByElection);

    private static CandidateVotes[] Distinct(int[] votes) => votes.Select((v, i) => new CandidateVotes("c" + i, v)).ToArray();

    [Fact]
    public void Property_ElectedNeverExceedsSeats()
    {
        Elections.Sample(t =>
        {
            var outcome = ElectionTally.Tally(PropertyInput(t.Seats, Distinct(t.Votes), t.Entitled));
            return outcome.Elected.Count <= t.Seats && outcome.Elected.Count + outcome.Shortfall == t.Seats;
        });
    }

    [Fact]
    public void Property_AnotherForVoteNeverUnelects()
    {
        Elections.Sample(t =>
        {
            var candidates = Distinct(t.Votes);
            var outcome = ElectionTally.Tally(PropertyInput(t.Seats, candidates, t.Entitled));
            foreach (var winner in outcome.Elected)
            {
                var more = candidates.Select(c => c.MemberId == winner ? c.WithFor(c.For + 1) : c).ToArray();
                if (!ElectionTally.Tally(PropertyInput(t.Seats, more, t.Entitled)).Elected.Contains(winner))
                {
                    return false;
                }
            }

            return true;
        });
    }

    [Fact]
    public void Property_ElectedSetDoesNotDependOnBallotOrder()
    {
        // The SET elected (and the set tied at the cut) is order-independent; only the order among equal votes follows the ballot.
        Gen.Select(Elections, Gen.Int.Array[14]).Sample(t =>
        {
            var ((seats, votes, entitled), keys) = t;
            var candidates = Distinct(votes);
            var shuffled = candidates.Select((c, i) => (c, k: keys[i])).OrderBy(p => p.k).Select(p => p.c).ToArray();
            var a = ElectionTally.Tally(PropertyInput(seats, candidates, entitled));
            var b = ElectionTally.Tally(PropertyInput(seats, shuffled, entitled));
            return a.Elected.OrderBy(x => x, StringComparer.Ordinal).SequenceEqual(b.Elected.OrderBy(x => x, StringComparer.Ordinal))
                && a.TiedForLastSeat.OrderBy(x => x, StringComparer.Ordinal).SequenceEqual(b.TiedForLastSeat.OrderBy(x => x, StringComparer.Ordinal));
        });
    }

    [Fact]
    public void Property_QuorumMatchesStrictFourFifths()
    {
        Gen.Select(Gen.Int[1, 500], Gen.Int[0, 500], (e, p) => (e, p: Math.Min(e, p))).Sample(t =>
        {
            var outcome = ElectionTally.Tally(new ElectionInput(Date2024, 1, Array.Empty<CandidateVotes>(), t.p, t.p, t.p, t.e, kind: ElectionKind.ByElection));
            return outcome.Quorate == ((decimal)t.p / t.e > 0.8m);
        });
    }
}
