using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Tests.TestSupport;
using Xunit;

namespace PartyOrg.Domain.Tests.Compliance;

/// <summary>
/// LIFE-SELF-LAPSE-6M's member pass, which finds the counting months 64 at a time from the bitmaps of the attendance pass,
/// against the month-by-month reading of the same bitmaps (the rule's pass before): the same runs, in the same order, on
/// generated trees, bitmaps, admissions, establishment dates and exemptions, with more than 64 months and exactly 64.
/// </summary>
public sealed class LifeSelfLapseMemberRunsTests
{
    [Fact]
    public void MemberRuns_AgreesWithTheMonthByMonthPass_OnGeneratedData()
    {
        Gen.Select(Gen.Int[0, 100_000].Array[4, 30], Gen.Int, Gen.Int[1, 140], Gen.Int[1, 7]).Sample((choices, seed, months, alert) =>
        {
            var random = new Random(seed);
            var tree = Dated(RandomTrees.FromChoices(choices), random);
            var (expected, actual) = BothPasses(tree, random, months, alert);
            return actual.SequenceEqual(expected);
        }, iter: 300);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)] // one full word
    [InlineData(65)] // a run may cross into the second word
    [InlineData(128)]
    [InlineData(130)]
    public void MemberRuns_AgreesWithTheMonthByMonthPass_AtWordBoundaries(int months)
    {
        for (var seed = 0; seed < 40; seed++)
        {
            var random = new Random(seed);
            var tree = Dated(RandomTrees.FromChoices(Enumerable.Range(0, 20).Select(_ => random.Next(1000)).ToArray()), random);
            var (expected, actual) = BothPasses(tree, random, months, alert: 1 + random.Next(6));
            actual.Should().Equal(expected, $"seed {seed}");
        }
    }

    [Fact]
    public void MemberRuns_ARunUpToTheLastMonthAndOneAcrossTheWordBoundaryAreFound()
    {
        var tree = new OrganizationTreeBuilder()
            .Add(new Organization("oc", OrganizationKind.OrganCommittee, "机关党委"))
            .Add(new Organization("b", OrganizationKind.Branch, "支部", "oc"))
            .Add(new Member("m1", "甲", MembershipStatus.Full, "b"))
            .Add(new Member("m2", "乙", MembershipStatus.Full, "b"))
            .Build();
        const int Months = 70;
        var held = new ulong[2 * 2];
        var attended = new ulong[2 * 2];
        for (var m = 0; m < Months; m++)
        {
            held[(1 * 2) + (m >> 6)] |= 1UL << (m & 63); // the branch held something every month
        }

        // m1 attended all but months 60..69 (a run to the last month, across the boundary); m2 attended all but 62..64.
        for (var m = 0; m < Months; m++)
        {
            if (m < 60)
            {
                attended[(0 * 2) + (m >> 6)] |= 1UL << (m & 63);
            }

            if (m < 62 || m > 64)
            {
                attended[(1 * 2) + (m >> 6)] |= 1UL << (m & 63);
            }
        }

        var runs = new List<LapseRun>();
        LifeSelfLapse6mRule.MemberRuns(tree, null, held, new ulong[2 * 2], attended, Months, 24000, 24000, 3, runs);

        runs.Select(r => (r.MemberId, r.From, r.To)).Should().Equal(("m1", 24060, 24069), ("m2", 24062, 24064));
    }

    [Theory]
    [InlineData(0, 0, 0, 0UL)]
    [InlineData(0, 0, 1, 1UL)]
    [InlineData(0, 0, 64, ulong.MaxValue)]
    [InlineData(0, 63, 64, 1UL << 63)]
    [InlineData(1, 0, 64, 0UL)]
    [InlineData(1, 0, 65, 1UL)]
    [InlineData(1, 70, 128, ulong.MaxValue << 6)]
    [InlineData(0, 3, 5, 0b11000UL)]
    [InlineData(0, 5, 3, 0UL)]
    public void MonthsOfWord_SelectsTheMonthsOfTheRange(int word, int from, int to, ulong expected) =>
        LifeSelfLapse6mRule.MonthsOfWord(word, from, to).Should().Be(expected);

    /// <summary>The tree with random admissions, establishment dates and exemptions around the months judged.</summary>
    private static OrganizationTree Dated(OrganizationTree tree, Random random)
    {
        var builder = new OrganizationTreeBuilder();
        foreach (var o in tree.Organizations)
        {
            var established = o.IsBranch && random.Next(3) == 0 ? new LocalDate(2019, 1, 1).PlusDays(random.Next(3000)) : (LocalDate?)null;
            builder.Add(new Organization(o.Id, o.Kind, o.Name, o.ParentId, o.Form, o.LeadsId, established, null, o.CoveredUnits, o.PlannedEndOn));
        }

        foreach (var m in tree.Members)
        {
            var admitted = random.Next(3) == 0 ? new LocalDate(2019, 1, 1).PlusDays(random.Next(3000)) : (LocalDate?)null;
            LifeExemption? exemption = null;
            if (random.Next(4) == 0)
            {
                var from = new LocalDate(2019, 1, 1).PlusDays(random.Next(3000));
                exemption = new LifeExemption(LifeExemptionReason.SeriouslyIll, from, random.Next(2) == 0 ? null : from.PlusDays(random.Next(400)));
            }

            builder.Add(new Member(m.Id, m.Name, m.Status, m.BranchId, m.GroupId, admitted, null, null, m.TemporaryBranchIds, exemption));
        }

        return builder.Build();
    }

    private static (List<LapseRun> Expected, List<LapseRun> Actual) BothPasses(OrganizationTree tree, Random random, int months, int alert)
    {
        var words = (months + 63) / 64;
        var baseKey = LifeSelfLapse6mRule.Key(new LocalDate(2019, 1, 1)) + random.Next(12);
        var firstJudged = baseKey + random.Next(months + 2);
        ulong[] Bits(int count, int density)
        {
            var bits = new ulong[count * words];
            for (var i = 0; i < count; i++)
            {
                for (var m = 0; m < months; m++)
                {
                    if (random.Next(10) < density)
                    {
                        bits[(i * words) + (m >> 6)] |= 1UL << (m & 63);
                    }
                }
            }

            return bits;
        }

        var held = Bits(tree.Organizations.Count, random.Next(11));
        var heldFor = Bits(tree.Members.Count, random.Next(3));
        var attended = Bits(tree.Members.Count, random.Next(11));
        var temporaryOf = LifeSelfLapse6mRule.TemporaryIndices(tree);
        var expected = new List<LapseRun>();
        MonthByMonth(tree, temporaryOf, held, heldFor, attended, months, baseKey, firstJudged, alert, expected);
        var actual = new List<LapseRun>();
        LifeSelfLapse6mRule.MemberRuns(tree, temporaryOf, held, heldFor, attended, months, baseKey, firstJudged, alert, actual);
        return (expected, actual);
    }

    /// <summary>The member pass as it was: each month of each member in turn.</summary>
    private static void MonthByMonth(OrganizationTree tree, int[]?[]? temporaryOf, ulong[] held, ulong[] heldFor, ulong[] attended,
        int months, int baseKey, int firstJudged, int alert, List<LapseRun> runs)
    {
        var words = (months + 63) / 64;
        var members = tree.Members;
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            var branch = tree.MemberBranchIndex(i);
            var group = tree.MemberGroupIndex(i);
            var temporary = temporaryOf?[i];
            var exemption = member.LifeExemption;
            var start = Math.Max(0, FirstFullMonth(member.AdmittedOn) - baseKey);
            start = Math.Max(start, FirstFullMonth(tree.Organizations[branch].EstablishedOn) - baseKey);
            var run = 0;
            for (var m = start; m <= months; m++)
            {
                var counts = false;
                if (m < months)
                {
                    var word = m >> 6;
                    var mask = 1UL << (m & 63);
                    var unitHeld = (held[(branch * words) + word] & mask) != 0
                        || (group >= 0 && (held[(group * words) + word] & mask) != 0)
                        || (heldFor[(i * words) + word] & mask) != 0
                        || (temporary is not null && temporary.Any(t => (held[(t * words) + word] & mask) != 0));
                    var month = ReportingPeriod.Month((baseKey + m) / 12, ((baseKey + m) % 12) + 1);
                    counts = unitHeld
                        && (attended[(i * words) + word] & mask) == 0
                        && (exemption is null || !exemption.Overlaps(month.Start, month.End));
                }

                if (counts)
                {
                    run++;
                    continue;
                }

                var last = m - 1;
                if (run >= alert && baseKey + last >= firstJudged)
                {
                    runs.Add(new LapseRun(member.Id, member.BranchId, baseKey + last - run + 1, baseKey + last, false));
                }

                run = 0;
            }
        }
    }

    private static int FirstFullMonth(LocalDate? since) =>
        since is { } d ? LifeSelfLapse6mRule.Key(d) + (d.Day == 1 ? 0 : 1) : int.MinValue / 2;
}
