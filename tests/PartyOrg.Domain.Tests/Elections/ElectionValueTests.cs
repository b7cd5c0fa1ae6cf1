using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Elections;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Tests.Terms;
using Xunit;

namespace PartyOrg.Domain.Tests.Elections;

/// <summary>
/// Direct tests of the election values' guards, equality and text: every parameter's exact exception type, name and
/// message at its boundary, and the accepted value right next to it.
/// </summary>
public sealed class ElectionValueTests
{
    private static readonly LocalDate Date = new(2024, 3, 15);

    private static CandidateVotes[] Votes(params int[] forVotes) =>
        forVotes.Select((v, i) => new CandidateVotes("m-" + (i + 1), v)).ToArray();

    private static ElectionInput Input(
        int seats = 1,
        IEnumerable<CandidateVotes>? candidates = null,
        int attended = 10,
        int issued = 10,
        int returned = 10,
        int? entitled = null,
        int? voters = null,
        int spoiled = 0,
        ElectionMethod? method = null,
        LocalDate? date = null,
        int? membersRepresented = null) =>
        new(date ?? Date, seats, candidates ?? Votes(5), attended, issued, returned, entitled, voters, spoiled, method: method, membersRepresented: membersRepresented);

    // ---- CandidateVotes ----

    [Fact]
    public void CandidateVotes_KeepsItsCounts()
    {
        var v = new CandidateVotes("m-1", 3, 5, 7);

        v.MemberId.Should().Be("m-1");
        v.For.Should().Be(3);
        v.Against.Should().Be(5);
        v.Abstain.Should().Be(7);
        v.Total.Should().Be(15);
        v.ToString().Should().Be("m-1: 3/5/7");
        new CandidateVotes("m-2", 4).Should().Match<CandidateVotes>(c => c.Against == 0 && c.Abstain == 0 && c.Total == 4);
    }

    [Fact]
    public void CandidateVotes_ZeroCountsAreAccepted()
    {
        var v = new CandidateVotes("m-1", 0, 0, 0);

        v.Total.Should().Be(0);
    }

    [Theory]
    [InlineData(-1, 0, 0, "votesFor")]
    [InlineData(0, -1, 0, "against")]
    [InlineData(0, 0, -1, "abstain")]
    [InlineData(int.MinValue, 0, 0, "votesFor")]
    public void CandidateVotes_NegativeCount_IsRefusedNamingTheCountAndTheCandidate(int votesFor, int against, int abstain, string parameter)
    {
        var act = () => new CandidateVotes("m-7", votesFor, against, abstain);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter)
            .WithMessage($"Candidate \"m-7\": {parameter} must be zero or more.*");
    }

    [Fact]
    public void CandidateVotes_BlankOrMissingId_IsRefused()
    {
        FluentActions.Invoking(() => new CandidateVotes(null!, 1)).Should().Throw<ArgumentNullException>().WithParameterName("memberId");
        FluentActions.Invoking(() => new CandidateVotes(" ", 1)).Should().Throw<ArgumentException>().WithParameterName("memberId");
        FluentActions.Invoking(() => new CandidateVotes(" m-1", 1)).Should().Throw<ArgumentException>().WithParameterName("memberId");
    }

    [Fact]
    public void CandidateVotes_WithFor_ChangesOnlyTheForVotes()
    {
        var v = new CandidateVotes("m-1", 3, 5, 7).WithFor(9);

        v.Should().Be(new CandidateVotes("m-1", 9, 5, 7));
        FluentActions.Invoking(() => v.WithFor(-1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("votesFor");
    }

    [Fact]
    public void CandidateVotes_Equality_ComparesEveryField()
    {
        var a = new CandidateVotes("m-1", 3, 5, 7);
        var same = new CandidateVotes("m-1", 3, 5, 7);

        a.Equals(same).Should().BeTrue();
        a.Equals((object)same).Should().BeTrue();
        a.GetHashCode().Should().Be(same.GetHashCode());
        a.Equals(new CandidateVotes("m-2", 3, 5, 7)).Should().BeFalse();
        a.Equals(new CandidateVotes("m-1", 4, 5, 7)).Should().BeFalse();
        a.Equals(new CandidateVotes("m-1", 3, 6, 7)).Should().BeFalse();
        a.Equals(new CandidateVotes("m-1", 3, 5, 8)).Should().BeFalse();
        a.Equals((CandidateVotes?)null).Should().BeFalse();
        a!.Equals((object?)null).Should().BeFalse();
        a!.Equals("m-1: 3/5/7").Should().BeFalse();
        a.GetHashCode().Should().NotBe(new CandidateVotes("m-1", 4, 5, 7).GetHashCode());
    }

    // ---- ElectionInput ----

    [Fact]
    public void Input_KeepsEveryValue()
    {
        var candidates = new[] { new CandidateVotes("m-2", 6), new CandidateVotes("m-1", 7), new CandidateVotes("m-3", 1) };
        var input = new ElectionInput(Date, 2, candidates, 9, 9, 8, 10, 8, 1, ElectionKind.ByElection, ElectionMethod.Competitive,
            ElectionOffice.Delegate, ElectionAssembly.DelegateCongress, 600, true);

        input.Date.Should().Be(Date);
        input.Seats.Should().Be(2);
        input.Candidates.Select(c => c.MemberId).Should().Equal("m-2", "m-1", "m-3");
        input.Attended.Should().Be(9);
        input.BallotsIssued.Should().Be(9);
        input.BallotsReturned.Should().Be(8);
        input.Entitled.Should().Be(10);
        input.Voters.Should().Be(8);
        input.SpoiledBallots.Should().Be(1);
        input.ValidBallots.Should().Be(7);
        input.Kind.Should().Be(ElectionKind.ByElection);
        input.Method.Should().Be(ElectionMethod.Competitive);
        input.Office.Should().Be(ElectionOffice.Delegate);
        input.Assembly.Should().Be(ElectionAssembly.DelegateCongress);
        input.MembersRepresented.Should().Be(600);
        input.CongressApproved.Should().BeTrue();
    }

    [Fact]
    public void Input_Defaults()
    {
        var input = new ElectionInput(Date, 1, Votes(5), 10, 10, 10);

        input.Entitled.Should().BeNull();
        input.Voters.Should().Be(10);
        input.SpoiledBallots.Should().Be(0);
        input.ValidBallots.Should().Be(10);
        input.Kind.Should().Be(ElectionKind.General);
        input.Office.Should().Be(ElectionOffice.CommitteeMember);
        input.Assembly.Should().Be(ElectionAssembly.GeneralMeeting);
        input.MembersRepresented.Should().BeNull();
        input.CongressApproved.Should().BeFalse();
    }

    [Fact]
    public void Input_SecretaryElection_IsHeldByTheCommitteeMeetingUnlessGiven()
    {
        new ElectionInput(Date, 1, Votes(5), 10, 10, 10, office: ElectionOffice.Secretary).Assembly.Should().Be(ElectionAssembly.CommitteeMeeting);
        new ElectionInput(Date, 1, Votes(5), 10, 10, 10, office: ElectionOffice.Secretary, assembly: ElectionAssembly.GeneralMeeting).Assembly.Should().Be(ElectionAssembly.GeneralMeeting);
        new ElectionInput(Date, 1, Votes(5), 10, 10, 10, office: ElectionOffice.Delegate).Assembly.Should().Be(ElectionAssembly.GeneralMeeting);
    }

    [Fact]
    public void Input_Method_IsInferredFromCandidatesAndSeats()
    {
        Input(seats: 2, candidates: Votes(5, 5)).Method.Should().Be(ElectionMethod.Uncontested);
        Input(seats: 2, candidates: Votes(5, 5, 5)).Method.Should().Be(ElectionMethod.Competitive);
        Input(seats: 2, candidates: Votes(5)).Method.Should().Be(ElectionMethod.Uncontested);
        Input(seats: 2, candidates: Votes(5, 5), method: ElectionMethod.Competitive).Method.Should().Be(ElectionMethod.Competitive);
        Input(seats: 2, candidates: Votes(5, 5), method: ElectionMethod.Uncontested).Method.Should().Be(ElectionMethod.Uncontested);
    }

    [Fact]
    public void Input_UncontestedWithMoreCandidatesThanSeats_IsRefused()
    {
        var act = () => Input(seats: 2, candidates: Votes(5, 5, 5), method: ElectionMethod.Uncontested);

        act.Should().Throw<ArgumentException>().WithParameterName("method")
            .WithMessage("method uncontested (等额) but 3 candidates for 2 seats.*");
    }

    [Theory]
    [InlineData(1899, 12, 31, false)]
    [InlineData(1900, 1, 1, true)]
    [InlineData(2199, 12, 31, true)]
    [InlineData(2200, 1, 1, false)]
    public void Input_Date_MustBeSupported(int year, int month, int day, bool accepted)
    {
        var act = () => Input(date: new LocalDate(year, month, day));

        if (accepted)
        {
            act().Date.Should().Be(new LocalDate(year, month, day));
        }
        else
        {
            act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
        }
    }

    [Fact]
    public void Input_Seats_AtLeastOne()
    {
        Input(seats: 1).Seats.Should().Be(1);
        FluentActions.Invoking(() => Input(seats: 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("seats").WithMessage("seats must be 1 or more.*");
        FluentActions.Invoking(() => Input(seats: -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("seats");
    }

    [Theory]
    [InlineData("attended")]
    [InlineData("ballotsIssued")]
    [InlineData("ballotsReturned")]
    [InlineData("spoiledBallots")]
    [InlineData("entitled")]
    [InlineData("voters")]
    [InlineData("membersRepresented")]
    public void Input_NegativeCount_IsRefusedNamingIt(string parameter)
    {
        Func<ElectionInput> act = parameter switch
        {
            "attended" => () => Input(attended: -1, voters: 0),
            "ballotsIssued" => () => Input(issued: -1),
            "ballotsReturned" => () => Input(returned: -1, candidates: Array.Empty<CandidateVotes>()),
            "spoiledBallots" => () => Input(spoiled: -1),
            "entitled" => () => Input(entitled: -1),
            "voters" => () => Input(voters: -1),
            _ => () => Input(membersRepresented: -1),
        };

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter).WithMessage($"{parameter} must be zero or more.*");
    }

    [Fact]
    public void Input_ZeroCounts_AreAccepted()
    {
        var input = new ElectionInput(Date, 1, Array.Empty<CandidateVotes>(), 0, 0, 0, 0, 0, 0, membersRepresented: 0);

        input.Attended.Should().Be(0);
        input.Entitled.Should().Be(0);
        input.Voters.Should().Be(0);
        input.MembersRepresented.Should().Be(0);
        input.ValidBallots.Should().Be(0);
    }

    [Fact]
    public void Input_MorePresentThanEntitled_IsRefused()
    {
        Input(attended: 10, entitled: 10).Entitled.Should().Be(10);
        FluentActions.Invoking(() => Input(attended: 11, entitled: 10, issued: 10, returned: 10)).Should().Throw<ArgumentException>().WithParameterName("attended")
            .WithMessage("attended 11 exceeds entitled 10: those present with voting rights cannot outnumber those entitled.*");
    }

    [Fact]
    public void Input_MoreVotersThanPresent_IsRefused()
    {
        Input(attended: 10, voters: 10).Voters.Should().Be(10);
        Input(attended: 10, voters: 9).Voters.Should().Be(9);
        FluentActions.Invoking(() => Input(attended: 10, voters: 11)).Should().Throw<ArgumentException>().WithParameterName("voters")
            .WithMessage("voters 11 exceeds attended 10.*");
    }

    [Fact]
    public void Input_MoreSpoiledThanReturned_IsRefused()
    {
        Input(returned: 10, spoiled: 10, candidates: Array.Empty<CandidateVotes>()).ValidBallots.Should().Be(0);
        FluentActions.Invoking(() => Input(returned: 10, spoiled: 11, candidates: Array.Empty<CandidateVotes>())).Should().Throw<ArgumentException>()
            .WithParameterName("spoiledBallots").WithMessage("spoiledBallots 11 exceeds ballotsReturned 10.*");
    }

    [Fact]
    public void Input_Candidates_NullListOrElement_IsRefused()
    {
        FluentActions.Invoking(() => new ElectionInput(Date, 1, null!, 10, 10, 10)).Should().Throw<ArgumentNullException>().WithParameterName("candidates");
        FluentActions.Invoking(() => Input(candidates: new[] { new CandidateVotes("m-1", 1), null! })).Should().Throw<ArgumentException>()
            .WithParameterName("candidates").WithMessage("A candidate is null.*");
    }

    [Fact]
    public void Input_CandidateListedTwice_IsRefused()
    {
        var act = () => Input(seats: 2, candidates: new[] { new CandidateVotes("m-1", 1), new CandidateVotes("m-2", 1), new CandidateVotes("m-1", 2) });

        act.Should().Throw<ArgumentException>().WithParameterName("candidates").WithMessage("Candidate \"m-1\" is listed twice.*");
    }

    [Fact]
    public void Input_CandidateVotesBeyondTheValidBallots_AreRefused()
    {
        // 10 returned, 2 spoiled: 8 valid ballots.
        Input(spoiled: 2, candidates: new[] { new CandidateVotes("m-1", 6, 1, 1) }).Candidates.Single().Total.Should().Be(8);
        FluentActions.Invoking(() => Input(spoiled: 2, candidates: new[] { new CandidateVotes("m-1", 6, 2, 1) })).Should().Throw<ArgumentException>()
            .WithParameterName("candidates").WithMessage("Candidate \"m-1\": for + against + abstain = 9 exceeds the 8 valid ballots (returned − spoiled).*");
    }

    [Fact]
    public void Input_WithEntitled_CopiesEverythingElse()
    {
        var input = new ElectionInput(Date, 2, Votes(6, 7, 1), 9, 9, 8, null, 8, 1, ElectionKind.ByElection, ElectionMethod.Competitive,
            ElectionOffice.Delegate, ElectionAssembly.DelegateCongress, 600, true);

        var copy = input.WithEntitled(12);

        copy.Entitled.Should().Be(12);
        copy.Should().BeEquivalentTo(input, o => o.Excluding(i => i.Entitled));
        FluentActions.Invoking(() => input.WithEntitled(8)).Should().Throw<ArgumentException>().WithParameterName("attended");
    }

    [Fact]
    public void Input_WithCandidates_KeepsEntitledAndReinfersAnUncontestedMethodThatNoLongerFits()
    {
        var uncontested = Input(seats: 2, candidates: Votes(5, 5), entitled: 12, method: ElectionMethod.Uncontested);

        var more = uncontested.WithCandidates(Votes(5, 5, 1));
        more.Method.Should().Be(ElectionMethod.Competitive);
        more.Entitled.Should().Be(12);
        more.Candidates.Should().HaveCount(3);
        uncontested.WithCandidates(Votes(4, 4)).Method.Should().Be(ElectionMethod.Uncontested);

        var competitive = Input(seats: 2, candidates: Votes(5, 5, 5), method: ElectionMethod.Competitive);
        competitive.WithCandidates(Votes(5, 5)).Method.Should().Be(ElectionMethod.Competitive);
        var inferred = Input(seats: 2, candidates: Votes(5, 5, 5));
        inferred.WithCandidates(Votes(5, 5)).Method.Should().Be(ElectionMethod.Uncontested);

        FluentActions.Invoking(() => uncontested.WithCandidates(null!)).Should().Throw<ArgumentNullException>().WithParameterName("candidates");
    }

    // ---- ElectionRecord ----

    [Fact]
    public void Record_KeepsEveryValue()
    {
        var input = Input();
        var r = new ElectionRecord("e-1", "b", input, "m-1", new[] { "m-2", "m-3" }, "gb", new LocalDate(2024, 3, 20));

        r.Id.Should().Be("e-1");
        r.OrganizationId.Should().Be("b");
        r.Input.Should().BeSameAs(input);
        r.Date.Should().Be(Date);
        r.SecretaryElected.Should().Be("m-1");
        r.DeputySecretariesElected.Should().Equal("m-2", "m-3");
        r.SecretaryApprovedBy.Should().Be("gb");
        r.SecretaryApprovedOn.Should().Be(new LocalDate(2024, 3, 20));
        r.ToString().Should().Be("e-1: b on 2024-03-15");
    }

    [Fact]
    public void Record_Defaults()
    {
        var r = new ElectionRecord("e-1", "b", Input());

        r.SecretaryElected.Should().BeNull();
        r.DeputySecretariesElected.Should().BeEmpty();
        r.SecretaryApprovedBy.Should().BeNull();
        r.SecretaryApprovedOn.Should().BeNull();
    }

    [Fact]
    public void Record_Ids_AreChecked()
    {
        FluentActions.Invoking(() => new ElectionRecord(null!, "b", Input())).Should().Throw<ArgumentNullException>().WithParameterName("id");
        FluentActions.Invoking(() => new ElectionRecord(" ", "b", Input())).Should().Throw<ArgumentException>().WithParameterName("id");
        FluentActions.Invoking(() => new ElectionRecord("e-1", null!, Input())).Should().Throw<ArgumentNullException>().WithParameterName("organizationId");
        FluentActions.Invoking(() => new ElectionRecord("e-1", "", Input())).Should().Throw<ArgumentException>().WithParameterName("organizationId");
        FluentActions.Invoking(() => new ElectionRecord("e-1", "b", null!)).Should().Throw<ArgumentNullException>().WithParameterName("input");
        FluentActions.Invoking(() => new ElectionRecord("e-1", "b", Input(), " ")).Should().Throw<ArgumentException>().WithParameterName("secretaryElected");
        FluentActions.Invoking(() => new ElectionRecord("e-1", "b", Input(), "m-1 ")).Should().Throw<ArgumentException>().WithParameterName("secretaryElected");
        FluentActions.Invoking(() => new ElectionRecord("e-1", "b", Input(), "m-1", new[] { "m-2", " " })).Should().Throw<ArgumentException>().WithParameterName("deputySecretariesElected");
        FluentActions.Invoking(() => new ElectionRecord("e-1", "b", Input(), "m-1", new[] { "m-2", null! })).Should().Throw<ArgumentNullException>().WithParameterName("deputySecretariesElected");
        FluentActions.Invoking(() => new ElectionRecord("e-1", "b", Input(), secretaryApprovedBy: " ")).Should().Throw<ArgumentException>().WithParameterName("secretaryApprovedBy");
    }

    [Fact]
    public void Record_DeputyWhoIsAlsoSecretary_IsRefused()
    {
        var act = () => new ElectionRecord("e-1", "b", Input(), "m-1", new[] { "m-2", "m-1" });

        act.Should().Throw<ArgumentException>().WithParameterName("deputySecretariesElected")
            .WithMessage("Election \"e-1\": \"m-1\" is elected both secretary and deputy.*");
    }

    [Fact]
    public void Record_DeputyListedTwice_IsRefused()
    {
        new ElectionRecord("e-1", "b", Input(), null, new[] { "m-2", "m-3" }).DeputySecretariesElected.Should().HaveCount(2);
        var act = () => new ElectionRecord("e-1", "b", Input(), null, new[] { "m-2", "m-3", "m-2" });

        act.Should().Throw<ArgumentException>().WithParameterName("deputySecretariesElected")
            .WithMessage("Election \"e-1\" lists a deputy secretary twice.*");
    }

    [Fact]
    public void Record_ApprovalDateWithoutApprover_IsRefused()
    {
        new ElectionRecord("e-1", "b", Input(), secretaryApprovedBy: "gb").SecretaryApprovedOn.Should().BeNull();
        var act = () => new ElectionRecord("e-1", "b", Input(), secretaryApprovedOn: new LocalDate(2024, 3, 20));

        act.Should().Throw<ArgumentException>().WithParameterName("secretaryApprovedOn")
            .WithMessage("Election \"e-1\": secretaryApprovedOn is given but secretaryApprovedBy is not.*");
    }

    // ---- ElectionLog ----

    private static ElectionRecord Record(string id, string org, LocalDate date, ElectionKind? kind = null, ElectionOffice? office = null) =>
        new(id, org, new ElectionInput(date, 1, Votes(5), 8, 8, 8, kind: kind, office: office));

    [Fact]
    public void Log_Compliant_HasNoProblemAndKeepsTheInputOrder()
    {
        var tree = TermTestData.Tree();
        var records = new[]
        {
            Record("e-2", "b", new LocalDate(2024, 3, 15)),
            Record("e-1", "b", new LocalDate(2021, 3, 15)),
            Record("e-3", "gb", new LocalDate(2022, 1, 1)),
            new ElectionRecord("e-4", "b", Input(), "m-1", new[] { "m-2" }, "gb", new LocalDate(2024, 3, 20)),
        };

        ElectionLog.Validate(tree, records).Should().BeEmpty();
        var log = ElectionLog.Create(tree, records);
        log.Records.Should().Equal(records);
        log.Of("b").Select(r => r.Id).Should().Equal("e-1", "e-2", "e-4");
        log.Of("gb").Select(r => r.Id).Should().Equal("e-3");
        log.Of("oc").Should().BeEmpty();
        log.Of("unknown").Should().BeEmpty();
        ElectionLog.Empty.Records.Should().BeEmpty();
        ElectionLog.Empty.Of("b").Should().BeEmpty();
    }

    [Fact]
    public void Log_NullArguments_AreRefused()
    {
        var tree = TermTestData.Tree();
        FluentActions.Invoking(() => ElectionLog.Validate(null!, Array.Empty<ElectionRecord>())).Should().Throw<ArgumentNullException>().WithParameterName("tree");
        FluentActions.Invoking(() => ElectionLog.Validate(tree, null!)).Should().Throw<ArgumentNullException>().WithParameterName("records");
        FluentActions.Invoking(() => ElectionLog.Create(null!, Array.Empty<ElectionRecord>())).Should().Throw<ArgumentNullException>().WithParameterName("tree");
        FluentActions.Invoking(() => ElectionLog.Create(tree, null!)).Should().Throw<ArgumentNullException>().WithParameterName("records");
        FluentActions.Invoking(() => ElectionLog.Empty.Of(null!)).Should().Throw<ArgumentNullException>().WithParameterName("organizationId");
    }

    [Fact]
    public void Log_EveryProblem_IsLocatedAndWorded()
    {
        var tree = TermTestData.Tree();
        var input = new ElectionInput(Date, 1, new[] { new CandidateVotes("m-1", 5), new CandidateVotes("m-99", 1) }, 8, 8, 8);
        var records = new[]
        {
            new ElectionRecord("e-1", "b", input, "m-98", new[] { "m-2", "m-97" }, "x-1"),
            null!,
            new ElectionRecord("e-1", "nowhere", Input()),
            new ElectionRecord("e-3", "lg", Input()),
            new ElectionRecord("e-4", "tb", Input()),
        };

        var problems = ElectionLog.Validate(tree, records).Select(p => p.ToString()).ToArray();

        problems.Should().Equal(
            "$.elections[0].candidates[1].member: no member \"m-99\"",
            "$.elections[0].secretaryElected: no member \"m-98\"",
            "$.elections[0].deputySecretariesElected[1]: no member \"m-97\"",
            "$.elections[0].secretaryApprovedBy: no organization \"x-1\"",
            "$.elections[1]: an election is null",
            "$.elections[2].id: duplicate election id \"e-1\"",
            "$.elections[2].organization: no organization \"nowhere\"",
            "$.elections[3].organization: \"lg\" is a leading-group: it holds no elections",
            "$.elections[4].organization: \"tb\" is a temporary branch: it holds no elections");
        var thrown = FluentActions.Invoking(() => ElectionLog.Create(tree, records)).Should().Throw<PartyOrgDataException>().Which;
        thrown.Problems.Select(p => p.ToString()).Should().Equal(problems);
        var located = ElectionLog.Validate(tree, records);
        located.Single(p => p.Path == "$.elections[1]").SubjectId.Should().BeEmpty();
        located.Single(p => p.Path == "$.elections[1]").Collection.Should().Be("elections");
        located.Single(p => p.Path == "$.elections[1]").Field.Should().BeNull();
        located[0].SubjectId.Should().Be("e-1");
    }

    [Fact]
    public void Log_LastGeneralElection_IsTheLatestGeneralCommitteeElectionOnOrBeforeTheDate()
    {
        var tree = TermTestData.Tree();
        var log = ElectionLog.Create(tree, new[]
        {
            Record("e-2021", "b", new LocalDate(2021, 3, 15)),
            Record("e-2024", "b", new LocalDate(2024, 3, 15)),
            Record("by-2025", "b", new LocalDate(2025, 1, 10), kind: ElectionKind.ByElection),
            Record("sec-2025", "b", new LocalDate(2025, 2, 10), office: ElectionOffice.Secretary),
            Record("del-2025", "b", new LocalDate(2025, 3, 10), office: ElectionOffice.Delegate),
            Record("gb-2026", "gb", new LocalDate(2026, 1, 1)),
        });

        log.LastGeneralElection("b", new LocalDate(2021, 3, 14)).Should().BeNull();
        log.LastGeneralElection("b", new LocalDate(2021, 3, 15))!.Id.Should().Be("e-2021");
        log.LastGeneralElection("b", new LocalDate(2024, 3, 14))!.Id.Should().Be("e-2021");
        log.LastGeneralElection("b", new LocalDate(2024, 3, 15))!.Id.Should().Be("e-2024");
        log.LastGeneralElection("b", new LocalDate(2026, 12, 31))!.Id.Should().Be("e-2024");
        log.LastGeneralElection("gb", new LocalDate(2026, 12, 31))!.Id.Should().Be("gb-2026");
        log.LastGeneralElection("oc", new LocalDate(2026, 12, 31)).Should().BeNull();
    }

    // ---- ElectionThreshold ----

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(40, 21)]
    [InlineData(41, 21)]
    public void Threshold_VotesNeeded_IsMoreThanHalf(int denominator, int needed)
    {
        var t = new ElectionThreshold(50, ThresholdBasis.Entitled, denominator);

        t.VotesNeeded.Should().Be(needed);
        t.IsMetBy(needed).Should().BeTrue();
        t.IsMetBy(needed - 1).Should().BeFalse();
        t.ToString().Should().Be($"> {denominator}/2: ≥ {needed}");
    }

    [Fact]
    public void Threshold_KeepsItsValues_AndDoesNotOverflow()
    {
        var t = new ElectionThreshold(40, ThresholdBasis.Present, 35);

        t.Entitled.Should().Be(40);
        t.Basis.Should().Be(ThresholdBasis.Present);
        t.Denominator.Should().Be(35);
        t.IsMetBy(int.MaxValue).Should().BeTrue();
        new ElectionThreshold(int.MaxValue, ThresholdBasis.Entitled, int.MaxValue - 1).IsMetBy(int.MaxValue / 2).Should().BeFalse();
        new ElectionThreshold(int.MaxValue, ThresholdBasis.Entitled, int.MaxValue - 1).IsMetBy((int.MaxValue / 2) + 1).Should().BeTrue();
    }

    [Fact]
    public void Threshold_Guards()
    {
        FluentActions.Invoking(() => new ElectionThreshold(-1, ThresholdBasis.Entitled, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("entitled");
        FluentActions.Invoking(() => new ElectionThreshold(1, null!, 1)).Should().Throw<ArgumentNullException>().WithParameterName("basis");
        FluentActions.Invoking(() => new ElectionThreshold(1, ThresholdBasis.Entitled, -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("denominator");
        new ElectionThreshold(0, ThresholdBasis.Entitled, 0).Entitled.Should().Be(0);
    }

    [Fact]
    public void Threshold_Equality_ComparesEveryField()
    {
        var a = new ElectionThreshold(40, ThresholdBasis.Entitled, 40);
        var same = new ElectionThreshold(40, ThresholdBasis.Entitled, 40);

        a.Equals(same).Should().BeTrue();
        a.Equals((object)same).Should().BeTrue();
        a.GetHashCode().Should().Be(same.GetHashCode());
        a.Equals(new ElectionThreshold(41, ThresholdBasis.Entitled, 40)).Should().BeFalse();
        a.Equals(new ElectionThreshold(40, ThresholdBasis.Present, 40)).Should().BeFalse();
        a.Equals(new ElectionThreshold(40, ThresholdBasis.Entitled, 39)).Should().BeFalse();
        a.Equals((ElectionThreshold?)null).Should().BeFalse();
        a!.Equals((object?)null).Should().BeFalse();
        a!.Equals("> 40/2: ≥ 21").Should().BeFalse();
        a.GetHashCode().Should().NotBe(new ElectionThreshold(40, ThresholdBasis.Present, 40).GetHashCode());
        a.GetHashCode().Should().NotBe(new ElectionThreshold(40, ThresholdBasis.Entitled, 39).GetHashCode());
    }

    // ---- VotingRights ----

    [Fact]
    public void VotingRights_Entitled_BranchCountsItsMembers_HigherBodiesTheirSubtree()
    {
        var tree = TermTestData.Tree();

        // 8 full members and m-10 (on Party probation only from 2025-06-01); m-9 is probationary.
        VotingRights.Entitled(tree, "b", Date).Should().Be(9);
        VotingRights.Entitled(tree, "gb", Date).Should().Be(9);
        VotingRights.Entitled(tree, "oc", Date).Should().Be(9);
        VotingRights.Entitled(tree, "oc", new LocalDate(2025, 6, 1)).Should().Be(8);
    }

    [Fact]
    public void VotingRights_EntitledOnCommittee_CountsSeatsHeldOnTheDate()
    {
        var tree = TermTestData.Tree();

        VotingRights.EntitledOnCommittee(tree, "b", Date.PlusDays(-1)).Should().Be(0);
        VotingRights.EntitledOnCommittee(tree, "b", Date).Should().Be(3);
        VotingRights.EntitledOnCommittee(tree, "gb", Date).Should().Be(1);
    }

    [Fact]
    public void VotingRights_EntitledOnCommittee_LeavesOutSeatHoldersWithoutVotingRights()
    {
        var b = new OrganizationTreeBuilder();
        b.Add(new Organization("oc", OrganizationKind.OrganCommittee, "机关党委", establishedOn: new LocalDate(2000, 1, 1)));
        b.Add(new Organization("b", OrganizationKind.Branch, "党支部", "oc"));
        b.Add(new Member("m-1", "党员1", MembershipStatus.Full, "b", admittedOn: new LocalDate(2000, 1, 1), fullSince: new LocalDate(2001, 1, 1)));
        b.Add(new Member("m-2", "党员2", MembershipStatus.Full, "b", admittedOn: new LocalDate(2000, 1, 1), fullSince: new LocalDate(2001, 1, 1),
            restrictions: new[] { new RightsRestriction(RestrictionKind.PartyProbation, new LocalDate(2024, 1, 1), new LocalDate(2026, 1, 1)) }));
        b.Add(new Post("b", "m-1", PostKind.Secretary, new LocalDate(2023, 1, 1)));
        b.Add(new Post("b", "m-2", PostKind.CommitteeMember, new LocalDate(2023, 1, 1)));
        var tree = b.Build();

        VotingRights.EntitledOnCommittee(tree, "b", new LocalDate(2023, 12, 31)).Should().Be(2);
        VotingRights.EntitledOnCommittee(tree, "b", Date).Should().Be(1, "m-2 is on Party probation");
        VotingRights.Entitled(tree, "b", Date).Should().Be(1);
    }

    [Fact]
    public void Tally_OnTheDayThe2020RegulationsTookEffect_CitesThem()
    {
        var changeover = new LocalDate(2020, 7, 13);
        var input = new ElectionInput(changeover, 1, new[] { new CandidateVotes("a", 21), new CandidateVotes("b", 1) }, 35, 35, 35, 40);

        ElectionTally.Tally(input).Regulation.Should().Be(PartyOrg.Domain.Regulations.Regulation.ElectionRegulations);
        ElectionTally.Tally(new ElectionInput(changeover.PlusDays(-1), 1, new[] { new CandidateVotes("a", 21), new CandidateVotes("b", 1) }, 35, 35, 35, 40))
            .Regulation.Should().Be(PartyOrg.Domain.Regulations.Regulation.ElectionInterimRegulations1990);
    }

    [Fact]
    public void VotingRights_Guards()
    {
        var tree = TermTestData.Tree();

        FluentActions.Invoking(() => VotingRights.Entitled(null!, "b", Date)).Should().Throw<ArgumentNullException>().WithParameterName("tree");
        FluentActions.Invoking(() => VotingRights.EntitledOnCommittee(null!, "b", Date)).Should().Throw<ArgumentNullException>().WithParameterName("tree");
        FluentActions.Invoking(() => VotingRights.Entitled(tree, null!, Date)).Should().Throw<ArgumentNullException>().WithParameterName("organizationId");
        FluentActions.Invoking(() => VotingRights.EntitledOnCommittee(tree, null!, Date)).Should().Throw<ArgumentNullException>().WithParameterName("organizationId");
        FluentActions.Invoking(() => VotingRights.Entitled(tree, "nowhere", Date)).Should().Throw<KeyNotFoundException>();
        FluentActions.Invoking(() => VotingRights.Entitled(tree, "lg", Date)).Should().Throw<ArgumentException>().WithParameterName("organizationId")
            .WithMessage("\"lg\" is a leading-group: it holds no elections.*");
        FluentActions.Invoking(() => VotingRights.EntitledOnCommittee(tree, "tb", Date)).Should().Throw<ArgumentException>().WithParameterName("organizationId")
            .WithMessage("\"tb\" is a temporary branch: it holds no elections.*");
        FluentActions.Invoking(() => VotingRights.Entitled(tree, "g", Date)).Should().Throw<ArgumentException>().WithParameterName("organizationId")
            .WithMessage("\"g\" is a party-group: it holds no elections.*");
    }

    // ---- Vocabularies ----

    [Theory]
    [InlineData("general", 1, "换届选举", "general election")]
    [InlineData("by-election", 2, "补选", "by-election")]
    public void ElectionKind_Spellings(string name, int value, string chinese, string english) =>
        Check(ElectionKind.FromName(name), ElectionKind.FromValue(value), name, value, chinese, english, ElectionKind.List.Count, 2);

    [Theory]
    [InlineData("competitive", 1, "差额选举", "competitive")]
    [InlineData("uncontested", 2, "等额选举", "uncontested")]
    public void ElectionMethod_Spellings(string name, int value, string chinese, string english) =>
        Check(ElectionMethod.FromName(name), ElectionMethod.FromValue(value), name, value, chinese, english, ElectionMethod.List.Count, 2);

    [Theory]
    [InlineData("committee-member", 1, "委员", "committee members")]
    [InlineData("secretary", 2, "书记、副书记", "secretary and deputies")]
    [InlineData("delegate", 3, "代表", "congress delegates")]
    public void ElectionOffice_Spellings(string name, int value, string chinese, string english) =>
        Check(ElectionOffice.FromName(name), ElectionOffice.FromValue(value), name, value, chinese, english, ElectionOffice.List.Count, 3);

    [Theory]
    [InlineData("general-meeting", 1, "党员大会", "general membership meeting")]
    [InlineData("delegate-congress", 2, "党员代表大会", "delegate congress")]
    [InlineData("committee-meeting", 3, "委员会会议", "committee meeting")]
    public void ElectionAssembly_Spellings(string name, int value, string chinese, string english) =>
        Check(ElectionAssembly.FromName(name), ElectionAssembly.FromValue(value), name, value, chinese, english, ElectionAssembly.List.Count, 3);

    [Theory]
    [InlineData("entitled", 1, "应到会有选举权人数", "entitled voters")]
    [InlineData("present", 2, "实到会有选举权人数", "voters present")]
    public void ThresholdBasis_Spellings(string name, int value, string chinese, string english) =>
        Check(ThresholdBasis.FromName(name), ThresholdBasis.FromValue(value), name, value, chinese, english, ThresholdBasis.List.Count, 2);

    private static void Check<T>(BilingualEnum<T> byName, BilingualEnum<T> byValue, string name, int value, string chinese, string english, int count, int expectedCount)
        where T : Ardalis.SmartEnum.SmartEnum<T, int>
    {
        byName.Should().BeSameAs(byValue);
        byName.Name.Should().Be(name);
        byName.Value.Should().Be(value);
        byName.ChineseName.Should().Be(chinese);
        byName.EnglishName.Should().Be(english);
        count.Should().Be(expectedCount);
    }

    // ---- ElectionNumbers (beyond DatedParameterTests) ----

    [Fact]
    public void Numbers_Constructor_KeepsEveryValue()
    {
        var n = new ElectionNumbers(2, 3, 25, 400, 50, 150, 250, ThresholdBasis.Present);

        n.QuorumNumerator.Should().Be(2);
        n.QuorumDenominator.Should().Be(3);
        n.ExtraCandidatePercent.Should().Be(25);
        n.CongressMinimumMembers.Should().Be(400);
        n.DelegatesUsualMinimum.Should().Be(50);
        n.DelegatesUsualMaximum.Should().Be(150);
        n.DelegatesMaximum.Should().Be(250);
        n.ThresholdBasis.Should().Be(ThresholdBasis.Present);
        n.ToString().Should().Be("quorum > 2/3, +25 %, congress ≥ 400, delegates 50–150 (≤ 250), half of present");
        FluentActions.Invoking(() => new ElectionNumbers(2, 3, 25, 400, 50, 150, 250, null!)).Should().Throw<ArgumentNullException>().WithParameterName("thresholdBasis");
    }

    [Fact]
    public void Numbers_National_AndInterim()
    {
        ElectionNumbers.National.Should().Match<ElectionNumbers>(n => n.QuorumNumerator == 4 && n.QuorumDenominator == 5 && n.ExtraCandidatePercent == 20
            && n.CongressMinimumMembers == 500 && n.DelegatesUsualMinimum == 100 && n.DelegatesUsualMaximum == 200 && n.DelegatesMaximum == 300
            && n.ThresholdBasis == ThresholdBasis.Entitled);
        ElectionNumbers.Interim1990.Should().Match<ElectionNumbers>(n => n.QuorumNumerator == 4 && n.QuorumDenominator == 5 && n.ExtraCandidatePercent == 20
            && n.CongressMinimumMembers == 500 && n.DelegatesUsualMinimum == 100 && n.DelegatesUsualMaximum == 200 && n.DelegatesMaximum == 300
            && n.ThresholdBasis == ThresholdBasis.Present);
        ElectionNumbers.MaxCount.Should().Be(10_000_000);
    }

    [Theory]
    [InlineData(0, 1, true)]
    [InlineData(99, 100, true)]
    [InlineData(0, 101, false)]
    [InlineData(0, 0, false)]
    public void Numbers_QuorumDenominator_Range(int numerator, int denominator, bool accepted) =>
        Accepts(() => ElectionNumbers.National.WithQuorum(numerator, denominator), accepted, "quorumDenominator", $"quorumDenominator must be between 1 and 100.*");

    [Theory]
    [InlineData(0, 5, true)]
    [InlineData(4, 5, true)]
    [InlineData(5, 5, false)]
    [InlineData(-1, 5, false)]
    public void Numbers_QuorumNumerator_Range(int numerator, int denominator, bool accepted) =>
        Accepts(() => ElectionNumbers.National.WithQuorum(numerator, denominator), accepted, "quorumNumerator", $"quorumNumerator must be between 0 and {denominator - 1}.*");

    [Theory]
    [InlineData(0, true)]
    [InlineData(100, true)]
    [InlineData(-1, false)]
    [InlineData(101, false)]
    public void Numbers_ExtraCandidatePercent_Range(int percent, bool accepted) =>
        Accepts(() => ElectionNumbers.National.WithExtraCandidatePercent(percent), accepted, "extraCandidatePercent", "extraCandidatePercent must be between 0 and 100.*");

    [Theory]
    [InlineData(1, true)]
    [InlineData(10_000_000, true)]
    [InlineData(0, false)]
    [InlineData(10_000_001, false)]
    public void Numbers_CongressMinimumMembers_Range(int members, bool accepted) =>
        Accepts(() => ElectionNumbers.National.WithCongressMinimumMembers(members), accepted, "congressMinimumMembers", "congressMinimumMembers must be between 1 and 10000000.*");

    [Theory]
    [InlineData(1, 1, 1, true, null)]
    [InlineData(1, 1, 10_000_000, true, null)]
    [InlineData(1, 10_000_000, 10_000_000, true, null)]
    [InlineData(1, 1, 0, false, "delegatesMaximum")]
    [InlineData(1, 1, 10_000_001, false, "delegatesMaximum")]
    [InlineData(1, 0, 10, false, "delegatesUsualMaximum")]
    [InlineData(1, 11, 10, false, "delegatesUsualMaximum")]
    [InlineData(0, 5, 10, false, "delegatesUsualMinimum")]
    [InlineData(6, 5, 10, false, "delegatesUsualMinimum")]
    [InlineData(5, 5, 5, true, null)]
    public void Numbers_Delegates_Range(int usualMinimum, int usualMaximum, int maximum, bool accepted, string? parameter)
    {
        var act = () => ElectionNumbers.National.WithDelegates(usualMinimum, usualMaximum, maximum);

        if (accepted)
        {
            var n = act();
            n.DelegatesUsualMinimum.Should().Be(usualMinimum);
            n.DelegatesUsualMaximum.Should().Be(usualMaximum);
            n.DelegatesMaximum.Should().Be(maximum);
        }
        else
        {
            act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter!).WithMessage($"{parameter} must be between 1 and *");
        }
    }

    private static void Accepts(Func<ElectionNumbers> act, bool accepted, string parameter, string message)
    {
        if (accepted)
        {
            act().Should().NotBeNull();
        }
        else
        {
            act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter).WithMessage(message);
        }
    }

    [Fact]
    public void Numbers_WithCopies_ChangeOnlyTheirOwnValues()
    {
        var n = new ElectionNumbers(2, 3, 25, 400, 50, 150, 250, ThresholdBasis.Present);

        n.WithQuorum(3, 4).Should().Be(new ElectionNumbers(3, 4, 25, 400, 50, 150, 250, ThresholdBasis.Present));
        n.WithExtraCandidatePercent(10).Should().Be(new ElectionNumbers(2, 3, 10, 400, 50, 150, 250, ThresholdBasis.Present));
        n.WithCongressMinimumMembers(900).Should().Be(new ElectionNumbers(2, 3, 25, 900, 50, 150, 250, ThresholdBasis.Present));
        n.WithDelegates(60, 160, 260).Should().Be(new ElectionNumbers(2, 3, 25, 400, 60, 160, 260, ThresholdBasis.Present));
    }

    [Fact]
    public void Numbers_Equality_ComparesEveryField()
    {
        var a = new ElectionNumbers(2, 3, 25, 400, 50, 150, 250, ThresholdBasis.Present);
        var others = new[]
        {
            new ElectionNumbers(1, 3, 25, 400, 50, 150, 250, ThresholdBasis.Present),
            new ElectionNumbers(2, 4, 25, 400, 50, 150, 250, ThresholdBasis.Present),
            new ElectionNumbers(2, 3, 26, 400, 50, 150, 250, ThresholdBasis.Present),
            new ElectionNumbers(2, 3, 25, 401, 50, 150, 250, ThresholdBasis.Present),
            new ElectionNumbers(2, 3, 25, 400, 51, 150, 250, ThresholdBasis.Present),
            new ElectionNumbers(2, 3, 25, 400, 50, 151, 250, ThresholdBasis.Present),
            new ElectionNumbers(2, 3, 25, 400, 50, 150, 251, ThresholdBasis.Present),
            new ElectionNumbers(2, 3, 25, 400, 50, 150, 250, ThresholdBasis.Entitled),
        };
        var same = new ElectionNumbers(2, 3, 25, 400, 50, 150, 250, ThresholdBasis.Present);

        a.Equals(same).Should().BeTrue();
        a.GetHashCode().Should().Be(same.GetHashCode());
        a!.Equals((object?)null).Should().BeFalse();
        a!.Equals("x").Should().BeFalse();
        foreach (var o in others)
        {
            a.Equals(o).Should().BeFalse(o.ToString());
            a.Equals((object)o).Should().BeFalse(o.ToString());
            a.GetHashCode().Should().NotBe(o.GetHashCode(), o.ToString());
        }
    }

    [Theory]
    [InlineData(4, 5, 40, "32")]
    [InlineData(4, 5, 41, "32.8")]
    [InlineData(2, 3, 40, "26.67")]
    [InlineData(1, 3, 1, "0.33")]
    [InlineData(0, 5, 40, "0")]
    [InlineData(4, 5, 10_000_000, "8000000")]
    public void Numbers_QuorumOf_IsExact(int numerator, int denominator, int entitled, string expected) =>
        ElectionNumbers.National.WithQuorum(numerator, denominator).QuorumOf(entitled).Should().Be(expected);

    [Theory]
    [InlineData(4, 5, "五分之四", "4/5")]
    [InlineData(2, 3, "三分之二", "2/3")]
    [InlineData(0, 9, "九分之零", "0/9")]
    [InlineData(1, 10, "十分之一", "1/10")]
    [InlineData(3, 12, "十二分之三", "3/12")]
    [InlineData(1, 20, "二十分之一", "1/20")]
    [InlineData(1, 21, "二十一分之一", "1/21")]
    [InlineData(50, 99, "九十九分之五十", "50/99")]
    [InlineData(1, 100, "100分之一", "1/100")]
    public void Numbers_QuorumFraction_InWords(int numerator, int denominator, string chinese, string english)
    {
        var text = ElectionNumbers.National.WithQuorum(numerator, denominator).QuorumFraction();

        text.Chinese.Should().Be(chinese);
        text.English.Should().Be(english);
    }

    [Fact]
    public void Numbers_Arithmetic_DoesNotOverflow()
    {
        ElectionNumbers.National.IsQuorate(int.MaxValue, int.MaxValue).Should().BeTrue();
        ElectionNumbers.National.IsQuorate(int.MaxValue - 1, int.MaxValue).Should().BeTrue();
        ElectionNumbers.National.IsQuorate(4, 5).Should().BeFalse();
        ElectionNumbers.National.IsQuorate(5, 6).Should().BeTrue();
        ElectionNumbers.National.CompetitiveCandidates(200_000_000).Should().Be(240_000_000);
        ElectionNumbers.National.CompetitiveCandidates(1).Should().Be(2);
        ElectionNumbers.National.CompetitiveCandidates(5).Should().Be(6);
        ElectionNumbers.National.CompetitiveCandidates(6).Should().Be(8);
    }
}
