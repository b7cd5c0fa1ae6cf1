using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Elections;
using PartyOrg.Domain.Tests.TestSupport;
using Xunit;

namespace PartyOrg.Domain.Tests.Elections;

/// <summary>
/// The whole outcome of representative tallies — every reason's rule, verdict, expected and actual values, citations,
/// softness and both texts — against an approved file, so that a change of wording, citation or boundary shows up.
/// After a deliberate change run with PARTYORG_ACCEPT_SNAPSHOTS=1 and review the diff of ElectionTally.approved.txt.
/// </summary>
public sealed class ElectionTallySnapshotTests
{
    private static readonly LocalDate Date2024 = new(2024, 3, 15);
    private static readonly LocalDate Date2019 = new(2019, 3, 15);

    private static CandidateVotes[] Votes(params int[] forVotes) =>
        forVotes.Select((v, i) => new CandidateVotes("m-" + (i + 1), v)).ToArray();

    private static IEnumerable<(string Name, Func<ElectionOutcome> Tally)> Scenarios()
    {
        yield return ("general 2024, five seats", () => ElectionTally.Tally(new ElectionInput(Date2024, 5, Votes(30, 30, 30, 30, 30, 10), 35, 35, 35, 40)));
        yield return ("general 2019 (1990 rules)", () => ElectionTally.Tally(new ElectionInput(Date2019, 5, Votes(30, 30, 30, 30, 30, 10), 35, 35, 35, 40)));
        yield return ("no quorum", () => ElectionTally.Tally(new ElectionInput(Date2024, 5, Votes(30, 30, 30, 30, 30, 10), 32, 32, 32, 40)));
        yield return ("no quorum 2019", () => ElectionTally.Tally(new ElectionInput(Date2019, 5, Votes(30, 30, 30, 30, 30, 10), 32, 32, 32, 40)));
        yield return ("ballots returned above issued", () => ElectionTally.Tally(new ElectionInput(Date2024, 5, Votes(30, 30, 30, 30, 30, 10), 36, 35, 36, 40)));
        yield return ("ballots returned above voters", () => ElectionTally.Tally(new ElectionInput(Date2024, 1, Votes(30, 20), 35, 36, 35, 40, voters: 34)));
        yield return ("too few candidates", () => ElectionTally.Tally(new ElectionInput(Date2024, 5, Votes(30, 30, 30, 30, 30), 35, 35, 35, 40)));
        yield return ("too few candidates 2019", () => ElectionTally.Tally(new ElectionInput(Date2019, 5, Votes(30, 30, 30, 30, 30), 35, 35, 35, 40)));
        yield return ("by-election uncontested", () => ElectionTally.Tally(new ElectionInput(Date2024, 2, Votes(30, 30), 35, 35, 35, 40, kind: ElectionKind.ByElection)));
        yield return ("tie for the last seat", () => ElectionTally.Tally(new ElectionInput(Date2024, 2, Votes(30, 25, 25), 35, 35, 35, 40)));
        yield return ("shortfall", () => ElectionTally.Tally(new ElectionInput(Date2024, 3, Votes(30, 10, 5, 4), 35, 35, 35, 40)));
        yield return ("delegates, congress of 499 members, approved", () => ElectionTally.Tally(new ElectionInput(Date2024, 5, Votes(140, 140, 140, 140, 140, 10), 150, 150, 150, 150,
            office: ElectionOffice.Delegate, assembly: ElectionAssembly.DelegateCongress, membersRepresented: 499, congressApproved: true)));
        yield return ("congress not approved, 301 delegates", () => ElectionTally.Tally(new ElectionInput(Date2024, 5, Votes(300, 300, 300, 300, 300, 10), 301, 301, 301, 301,
            assembly: ElectionAssembly.DelegateCongress, membersRepresented: 5000)));
        yield return ("congress 2019, 99 delegates", () => ElectionTally.Tally(new ElectionInput(Date2019, 5, Votes(60, 60, 60, 60, 60, 10), 99, 99, 99, 99,
            assembly: ElectionAssembly.DelegateCongress, membersRepresented: 800, congressApproved: true)));
        yield return ("secretary by the committee", () => ElectionTally.Tally(new ElectionInput(Date2024, 1, new[] { new CandidateVotes("m-1", 4, 1) }, 5, 5, 5, 5, office: ElectionOffice.Secretary)));
        yield return ("preliminary", () => PreliminaryTally.Tally(new ElectionInput(Date2024, 6, Votes(30, 29, 28, 27, 26, 25, 20, 21), 35, 35, 35, 40)));
        yield return ("preliminary with a shortfall", () => PreliminaryTally.Tally(new ElectionInput(Date2024, 6, Votes(30, 29, 10, 9, 8, 7, 6, 5), 35, 35, 35, 40)));
        yield return ("preliminary 2019", () => PreliminaryTally.Tally(new ElectionInput(Date2019, 2, Votes(30, 29, 10), 35, 35, 35, 40)));
    }

    [Fact]
    public void Tallies_MatchTheApprovedSnapshot()
    {
        var sb = new StringBuilder();
        foreach (var (name, tally) in Scenarios())
        {
            sb.Append("## ").Append(name).Append('\n');
            var outcome = tally();
            Snapshot.Dump(sb, outcome, 0);
            var reasons = outcome.Explain();
            for (var i = 0; i < reasons.Count; i++)
            {
                sb.Append("Reasons[").Append(i).Append("]:\n");
                Snapshot.Dump(sb, reasons[i], 1);
            }
            sb.Append('\n');
        }

        Snapshot.Verify(sb.ToString(), "tests", "PartyOrg.Domain.Tests", "Elections", "ElectionTally.approved.txt");
    }

    [Fact]
    public void ExplainFailed_IsTheFailedPartOfTheExplanation()
    {
        var withFailures = 0;
        foreach (var (name, tally) in Scenarios())
        {
            var outcome = tally();
            var failed = outcome.Explain().Where(r => !r.Passed).ToList();

            var explained = outcome.ExplainFailed();

            explained.Should().BeEquivalentTo(failed, o => o.WithStrictOrdering(), name);
            withFailures += failed.Count > 0 ? 1 : 0;
        }

        withFailures.Should().BeGreaterThan(5, "most scenarios break a rule");
    }
}
