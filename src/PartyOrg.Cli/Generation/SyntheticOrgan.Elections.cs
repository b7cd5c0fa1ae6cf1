using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using PartyOrg.Domain.Elections;

namespace PartyOrg.Cli.Generation;

/// <summary>The elections of the synthetic organ.</summary>
public static partial class SyntheticOrgan
{
    /// <summary>
    /// A large election for the tally benchmark: <paramref name="entitled"/> voters entitled, about 95 % present and
    /// voting, <paramref name="candidates"/> candidates for seats with the 20 % competitive margin (30 candidates → 25 seats).
    /// </summary>
    /// <param name="entitled">应到会有选举权人数.</param>
    /// <param name="candidates">The number of candidates.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The tally input.</returns>
    public static ElectionInput LargeElection(int entitled = 2000, int candidates = 30, long seed = DefaultSeed)
    {
        var random = new DeterministicRandom(seed);
        var seats = Math.Max(1, (int)Math.Floor(candidates / 1.2));
        var attended = entitled - random.Between(0, entitled / 20);
        var list = new List<CandidateVotes>(candidates);
        for (var c = 0; c < candidates; c++)
        {
            var votesFor = c < seats ? random.Between(attended * 6 / 10, attended * 95 / 100) : random.Between(attended / 5, attended / 2);
            var against = random.Between(0, (attended - votesFor) / 2);
            list.Add(new CandidateVotes("m-" + Digits(c + 1, 7), votesFor, against, random.Between(0, attended - votesFor - against)));
        }

        return new ElectionInput(new LocalDate(Year, 6, 18), seats, list, attended, attended, attended, entitled);
    }

    /// <summary>
    /// Adds the general elections of the branches whose current term began in the year: the committee (or, without one,
    /// the secretary) elected at the 党员大会 competitively where there is a committee, a few quorum failures and
    /// late approvals.
    /// </summary>
    static partial void AddElections(SyntheticDocument document, DeterministicRandom random)
    {
        var records = new List<ElectionRecord>();
        var shapes = new Dictionary<string, BranchShape>(StringComparer.Ordinal);
        foreach (var b in document.Branches)
        {
            shapes[b.Id] = b;
        }

        foreach (var body in document.Bodies)
        {
            if (body.TermStart.Year != Year || !shapes.TryGetValue(body.OrganizationId, out var shape))
            {
                continue;
            }

            var entitled = 0;
            for (var i = 0; i < shape.MemberCount; i++)
            {
                entitled += document.Members[shape.FirstMember + i].IsFull ? 1 : 0;
            }

            var attended = random.Chance(0.03) ? entitled * 4 / 5 : entitled - random.Between(0, entitled / 10);
            var seats = body.Committee.Length;
            var candidateCount = seats == 1 ? 1 : seats + (int)Math.Ceiling(seats * 0.2);
            var candidates = new List<CandidateVotes>(candidateCount);
            var used = new HashSet<int>(body.Committee);
            for (var c = 0; c < candidateCount; c++)
            {
                int member;
                if (c < seats)
                {
                    member = body.Committee[c];
                }
                else
                {
                    do
                    {
                        member = shape.FirstMember + random.Next(shape.MemberCount);
                    }
                    while (!document.Members[member].IsFull || !used.Add(member));
                }

                var votesFor = c < seats ? random.Between(attended * 7 / 10, attended) : random.Between(0, attended * 45 / 100);
                candidates.Add(new CandidateVotes(document.Members[member].Id, votesFor, random.Between(0, attended - votesFor)));
            }

            var input = new ElectionInput(body.TermStart, seats, candidates, attended, attended, attended,
                entitled: random.Chance(0.5) ? entitled : null,
                office: seats == 1 ? ElectionOffice.Secretary : null, assembly: ElectionAssembly.GeneralMeeting); // a branch without a committee elects its secretary at the 党员大会
            var approvedOn = body.TermStart.PlusDays(random.Chance(0.95) ? random.Between(3, 20) : random.Between(40, 90));
            if (approvedOn > AsOf && random.Chance(0.9))
            {
                approvedOn = AsOf;
            }

            var deputies = seats == 5 ? new[] { document.Members[body.Committee[1]].Id } : null;
            records.Add(new ElectionRecord("el-" + Digits(records.Count + 1, 6), body.OrganizationId, input,
                document.Members[body.Committee[0]].Id, deputies, body.ParentId, approvedOn));
        }

        document.SetElections(records.ToArray());
    }
}
