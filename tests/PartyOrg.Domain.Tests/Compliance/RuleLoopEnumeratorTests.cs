using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Tests.Meetings;
using PartyOrg.Domain.Tests.TestSupport;
using Xunit;

namespace PartyOrg.Domain.Tests.Compliance;

/// <summary>
/// The loops the rules start with, enumerated as values (<see cref="StructureIndex.Existing"/>,
/// <see cref="MeetingFindings.HeldBy"/>): the same organizations and records, in the same order, as the plain filters they
/// stand for, on generated trees and meeting logs.
/// </summary>
public sealed class RuleLoopEnumeratorTests
{
    private static readonly MeetingKind[] Kinds = { MeetingKind.GeneralMeeting, MeetingKind.CommitteeMeeting, MeetingKind.GroupMeeting, MeetingKind.PartyLecture };

    [Fact]
    public void Existing_IsThePlainFilterOfTheExistingOrganizations()
    {
        Gen.Select(Gen.Int[0, 100_000].Array[0, 40], Gen.Int[0, 3]).Sample((choices, which) =>
        {
            var tree = RandomTrees.FromChoices(choices);
            var context = new ComplianceContext(ComplianceProfile.StateOrgans, new ComplianceInput(tree, TreeKit.AsOf));
            Func<Organization, bool> applies = which switch
            {
                0 => _ => true,
                1 => o => o.IsBranch,
                2 => o => o.Kind == OrganizationKind.PartyGroup,
                _ => _ => false,
            };
            var index = StructureIndex.Of(context);
            var expected = tree.Organizations.Select((o, i) => (o, i)).Where(p => index.Exists[p.i] && applies(p.o)).ToList();

            var actual = new List<(Organization, int)>();
            foreach (var (org, at) in index.Existing(applies))
            {
                actual.Add((org, at));
            }

            return actual.SequenceEqual(expected);
        }, iter: 200);
    }

    [Fact]
    public void Existing_ADissolvedOrganizationIsLeftOut()
    {
        var tree = new OrganizationTreeBuilder()
            .Add(new Organization("oc", OrganizationKind.OrganCommittee, "机关党委"))
            .Add(new Organization("b1", OrganizationKind.Branch, "一支部", "oc"))
            .Add(new Organization("b2", OrganizationKind.Branch, "二支部", "oc", dissolvedOn: TreeKit.AsOf.PlusDays(-1)))
            .Build();
        var context = new ComplianceContext(ComplianceProfile.StateOrgans, new ComplianceInput(tree, TreeKit.AsOf));

        var ids = new List<string>();
        foreach (var (org, _) in StructureIndex.Of(context).Existing(o => o.IsBranch))
        {
            ids.Add(org.Id);
        }

        ids.Should().Equal("b1");
    }

    [Fact]
    public void HeldBy_IsThePlainFilterOfTheOrganizationsRecords()
    {
        Gen.Int.Sample(seed =>
        {
            var random = new Random(seed);
            var tree = MeetingFixture.Tree();
            var orgs = tree.Organizations.Select(o => o.Id).ToArray();
            var records = Enumerable.Range(0, random.Next(60)).Select(i => MeetingFixture.Meeting(
                "r" + i, orgs[random.Next(orgs.Length)], new LocalDate(2025, 10, 1).PlusDays(random.Next(500)), Kinds[random.Next(Kinds.Length)])).ToList();
            var log = MeetingLog.Create(tree, records.Where(r => Kinds.Any(k => k == r.Kinds[0] && k.CanBeHeldBy(tree.Organizations.Single(o => o.Id == r.OrganizationId).Kind))));
            var asOf = new LocalDate(2026, 1, 1).PlusDays(random.Next(365));
            var context = new ComplianceContext(ComplianceProfile.StateOrgans, new ComplianceInput(tree, asOf).WithMeetings(log));
            var index = log.IndexFor(tree);
            var kinds = random.Next(1, 1 << 16);
            for (var o = 0; o < tree.Organizations.Count; o++)
            {
                var expected = new List<int>();
                for (var k = index.OrgStart[o]; k < index.OrgStart[o + 1]; k++)
                {
                    var r = index.ByOrg[k];
                    if ((index.Mask[r] & kinds) != 0 && context.Window.Contains(index.Dates[r]) && index.Dates[r] <= asOf)
                    {
                        expected.Add(r);
                    }
                }

                var actual = new List<int>();
                foreach (var r in index.HeldBy(context, o, kinds))
                {
                    actual.Add(r);
                }

                if (!actual.SequenceEqual(expected))
                {
                    return false;
                }
            }

            return true;
        }, iter: 100);
    }
}
