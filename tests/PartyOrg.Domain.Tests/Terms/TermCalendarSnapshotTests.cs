using System.Text;
using NodaTime;
using PartyOrg.Domain.Terms;
using PartyOrg.Domain.Tests.TestSupport;
using Xunit;

namespace PartyOrg.Domain.Tests.Terms;

/// <summary>
/// Term calendar entries — length and its citation, expiry, milestones, election window, status — for every policy,
/// elected body and rule era, with and without recorded lengths and adjustments, against an approved file
/// (PARTYORG_ACCEPT_SNAPSHOTS=1 to re-approve after a deliberate change).
/// </summary>
public sealed class TermCalendarSnapshotTests
{
    private static readonly (string Name, TermPolicy Policy)[] Policies =
    {
        ("default", TermPolicy.Default), ("village-and-community", TermPolicy.VillageAndCommunity), ("university", TermPolicy.University),
    };

    private static readonly LocalDate[] Starts =
    {
        new(2010, 6, 1), new(2017, 10, 23), new(2017, 10, 24), new(2018, 7, 15), new(2018, 7, 16), new(2024, 3, 15),
    };

    [Fact]
    public void Entries_MatchTheApprovedSnapshot()
    {
        var tree = TermTestData.Tree();
        var sb = new StringBuilder();
        void Add(string title, TermPolicy policy, Term term, LocalDate asOf)
        {
            sb.Append("## ").Append(title).Append('\n');
            var calendar = TermCalendar.Build(tree, TermSet.Create(tree, new[] { term }), policy, asOf);
            foreach (var e in calendar.Entries)
            {
                Snapshot.Dump(sb, e, 0);
            }

            sb.Append('\n');
        }

        foreach (var (name, policy) in Policies)
        {
            foreach (var org in new[] { "oc", "gb", "b" })
            {
                foreach (var start in Starts)
                {
                    Add($"{name} {org} from {start:uuuu-MM-dd}", policy, new Term(org, start), TermTestData.AsOf);
                }
            }
        }

        var s = new LocalDate(2021, 11, 20);
        Add("recorded 3 years", TermPolicy.Default, new Term("oc", s, 3), TermTestData.AsOf);
        Add("recorded 6 years", TermPolicy.Default, new Term("oc", s, 6), TermTestData.AsOf);
        Add("postponed, approved", TermPolicy.Default, new Term("oc", s, 5, new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 6, 1), "wc", new LocalDate(2026, 9, 1))), TermTestData.AsOf);
        Add("postponed, not approved", TermPolicy.Default, new Term("oc", s, 5, new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 6, 1))), TermTestData.AsOf);
        Add("advanced, approved", TermPolicy.Default, new Term("b", new LocalDate(2024, 3, 15), null, new TermAdjustment(TermAdjustmentKind.Advance, new LocalDate(2026, 12, 1), "gb", new LocalDate(2026, 10, 1))), TermTestData.AsOf);
        Add("advanced, decided by the Party group", TermPolicy.Default, new Term("oc", s, 5, new TermAdjustment(TermAdjustmentKind.Advance, new LocalDate(2026, 12, 1), "wc", new LocalDate(2026, 10, 1), "lg", new LocalDate(2026, 9, 1))), TermTestData.AsOf);
        foreach (var asOf in new[] { new LocalDate(2026, 9, 14), new LocalDate(2026, 9, 15), new LocalDate(2027, 3, 15), new LocalDate(2027, 4, 15), new LocalDate(2027, 4, 16) })
        {
            Add($"status as of {asOf:uuuu-MM-dd}", TermPolicy.Default, new Term("b", new LocalDate(2024, 3, 15)), asOf);
        }

        Snapshot.Verify(sb.ToString(), "tests", "PartyOrg.Domain.Tests", "Terms", "TermCalendar.approved.txt");
    }

    [Fact]
    public void RangesAndDefaultLengths_MatchTheApprovedSnapshot()
    {
        var sb = new StringBuilder();
        foreach (var kind in PartyOrg.Domain.Organizations.OrganizationKind.List)
        {
            foreach (var start in Starts)
            {
                sb.Append("## ").Append(kind.Name).Append(' ').Append(start.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
                var range = ConstitutionalTermRange.For(kind, start);
                sb.Append("Range: ").Append(range is null ? "null" : range.ToString()).Append('\n');
                if (range is not null)
                {
                    Snapshot.Dump(sb, range, 1);
                    sb.Append("  Contains: ");
                    for (var y = 1; y <= 6; y++)
                    {
                        sb.Append(range.Contains(y) ? 'y' : 'n');
                    }

                    sb.Append('\n');
                }

                foreach (var (name, policy) in Policies)
                {
                    sb.Append("DefaultYears ").Append(name).Append(": ").Append(policy.DefaultYears(kind, start)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null").Append('\n');
                }
            }
        }

        Snapshot.Verify(sb.ToString(), "tests", "PartyOrg.Domain.Tests", "Terms", "TermRanges.approved.txt");
    }
}
