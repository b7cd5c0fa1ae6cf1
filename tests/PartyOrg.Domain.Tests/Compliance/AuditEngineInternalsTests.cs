using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CsCheck;
using FluentAssertions;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using PartyOrg.Domain.Tests.TestSupport;
using Xunit;

namespace PartyOrg.Domain.Tests.Compliance;

/// <summary>
/// The audit engine's internal structures for large runs: the report's sort by packed subject keys, the store of values
/// shared by the threads of a parallel check, the order in which a parallel check starts its rules, and the member
/// lookup with a hint.
/// </summary>
public sealed class AuditEngineInternalsTests
{
    private static readonly string[] Subjects =
    {
        "b-0001", "b-0001-01", "b-0001-01-g2", "b-0001-02", "m-000123", "m-000124", "a", "B", "~", "b", "b-",
        "abcdefghijklmnopqrstuvwx", "abcdefghijklmnopqrstuvwxy", "abcdefghijklmnopqrstuvwxz", "abcdefghijklmnopqrstuvw",
        "abcdefgh", "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnopq",
        "b-é", "b-z", "b-\u007f", "b-\u0080", "支部-1", "支部-2", "b\u0000", "b\u0001", "b\u0000x",
    };

    [Fact]
    public void SortFindings_IsTheStableOrderOfCompareTo()
    {
        var random = new Random(17);
        var rules = new[] { "ORG-A", "MTG-B", "LIFE-C" };
        var findings = new Finding[3000];
        for (var i = 0; i < findings.Length; i++)
        {
            // Few values per field, so that many findings compare equal and only their given order tells them apart.
            var period = random.Next(3) == 0 ? (ReportingPeriod?)null : ReportingPeriod.Month(2026, 1 + random.Next(3));
            findings[i] = new Finding(rules[random.Next(rules.Length)], Severity.Warning, Subjects[random.Next(Subjects.Length)], null, period,
                random.Next(2).ToString(System.Globalization.CultureInfo.InvariantCulture), "0", Array.Empty<Citation>(),
                new LocalizedText("第" + i + "项", "no. " + i));
        }

        var expected = findings.OrderBy(f => f, Comparer<Finding>.Create((a, b) => a.CompareTo(b))).ToArray(); // OrderBy is stable
        var sorted = (Finding[])findings.Clone();

        ComplianceReport.SortFindings(sorted);

        sorted.Should().Equal(expected, (a, b) => ReferenceEquals(a, b));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4095)] // below the threshold: one thread
    [InlineData(4096)] // the threshold: two halves of 2,048
    [InlineData(4097)] // halves of unequal length
    [InlineData(12001)]
    public void SortOnTwoThreads_IsTheStableOrderOfCompareTo(int count)
    {
        var findings = ManyTies(new Random(count), count);
        var expected = findings.OrderBy(f => f, Comparer<Finding>.Create((a, b) => a.CompareTo(b))).ToArray(); // OrderBy is stable

        var sorted = ComplianceChecker.SortOnTwoThreads((Finding[])findings.Clone());

        sorted.Should().Equal(expected, (a, b) => ReferenceEquals(a, b));
    }

    [Fact]
    public void SortOnTwoThreads_AgreesWithTheSingleThreadedSort_OnGeneratedFindings()
    {
        Gen.Select(Gen.Int, Gen.Int[4000, 20000]).Sample((seed, count) =>
        {
            var findings = ManyTies(new Random(seed), count);
            var single = (Finding[])findings.Clone();
            ComplianceReport.SortFindings(single);

            var two = ComplianceChecker.SortOnTwoThreads((Finding[])findings.Clone());

            return two.Length == single.Length && two.Zip(single, ReferenceEquals).All(same => same);
        }, iter: 20);
    }

    [Fact]
    public void Merge_TakesTheLeftFindingFirstWhereTwoCompareEqual()
    {
        var left = new[] { Finding("a"), Finding("b"), Finding("c") };
        var right = new[] { Finding("b"), Finding("c"), Finding("d") };

        var merged = ComplianceChecker.Merge(left, right, new Finding[6]);

        merged.Should().Equal(new[] { left[0], left[1], right[0], left[2], right[1], right[2] }, (a, b) => ReferenceEquals(a, b));
    }

    [Fact]
    public void ReportedMessage_NamesTheSubjectWhenRendered_AnOrganizationOrMemberByName_ElseById()
    {
        var tree = TreeKit.Organ().Branch("b1", "oc", 2).Build();
        var context = new ComplianceContext(ComplianceProfile.StateOrgans, new ComplianceInput(tree, TreeKit.AsOf));
        var rule = OrgBranchMinMembersRule.Definition;
        var branch = tree.Organizations.Single(o => o.Id == "b1");
        var member = tree.Members[0];

        foreach (var id in new[] { "b1", member.Id, "nobody" })
        {
            context.Report(rule, id, "b1", null, "≥ 3", "2", 3);
        }

        var names = context.Findings.Select(f => f.Message.English).ToArray();
        names[0].Should().Contain(branch.Name).And.NotContain("\"b1\"");
        names[1].Should().Contain(member.Name);
        names[2].Should().Contain("nobody");
        context.Findings.Select(f => f.Message).Should().Equal(context.Findings.Select(f => f.RenderMessage()));
    }

    [Theory]
    [InlineData(0, "≥ 0")]
    [InlineData(1, "≥ 1")]
    [InlineData(63, "≥ 63")] // the last value kept
    [InlineData(64, "≥ 64")] // made each time
    [InlineData(-1, "≥ -1")]
    [InlineData(1000, "≥ 1000")]
    public void MeetingRequirementRule_CountText_IsThePrefixAndTheInvariantDigits_KeptForSmallValues(int value, string expected)
    {
        string[]? texts = null;

        var first = MeetingRequirementRule.Text(ref texts, value, "≥ ");
        var second = MeetingRequirementRule.Text(ref texts, value, "≥ ");

        first.Should().Be(expected);
        second.Should().Be(expected);
        ReferenceEquals(first, second).Should().Be(value is >= 0 and < 64, "values 0 to 63 are kept");
    }

    /// <summary>Findings with few values per field, so that many compare equal and only their given order tells them apart.</summary>
    private static Finding[] ManyTies(Random random, int count)
    {
        var rules = new[] { "ORG-A", "MTG-B", "LIFE-C" };
        var findings = new Finding[count];
        for (var i = 0; i < findings.Length; i++)
        {
            var period = random.Next(3) == 0 ? (ReportingPeriod?)null : ReportingPeriod.Month(2026, 1 + random.Next(3));
            findings[i] = new Finding(rules[random.Next(rules.Length)], (Severity)random.Next(3), Subjects[random.Next(Subjects.Length)], null, period,
                random.Next(2).ToString(System.Globalization.CultureInfo.InvariantCulture), "0", Array.Empty<Citation>(),
                new LocalizedText("第" + i + "项", "no. " + i));
        }

        return findings;
    }

    [Theory]
    [InlineData("abcdefghijklmnopqrstuvwx", "abcdefghijklmnopqrstuvwxy")] // the same first eight characters: told apart in full
    [InlineData("abcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrstuvwy")]
    [InlineData("b-z", "b-é")] // U+00E9 is after every ASCII character
    [InlineData("b-\u007f", "b-\u0080")]
    [InlineData("b", "b\u0000")] // a prefix first, even before NUL
    [InlineData("b\u0000", "b\u0001")]
    [InlineData("B", "a")]
    [InlineData("abcdefgh", "abcdefghi")] // the boundary of the packed prefix
    [InlineData("abcdefg", "abcdefgh")]
    [InlineData("abcdefz", "abcdefé")]
    [InlineData("abcdefgé", "abcdefgéa")]
    public void SortFindings_OrdersSubjectsOrdinally(string first, string second)
    {
        string.CompareOrdinal(first, second).Should().BeNegative("the case states the ordinal order");
        var a = Finding(first);
        var b = Finding(second);
        var sorted = new[] { b, a };

        ComplianceReport.SortFindings(sorted);

        sorted.Should().Equal(new[] { a, b }, (x, y) => ReferenceEquals(x, y));
    }

    [Fact]
    public void SubjectPrefix_NeverContradictsTheOrdinalOrder()
    {
        var ids = Subjects.Concat(new[]
        {
            "abcdefé", "abcdefz", "abcdefgé", "abcdefgéa", "\u00ff", "\uffff", "é", "z", "abcdefghijklmnoé", "abcdefghijklmnoz", "abcdefghéz",
            "abcdefghijklmnopé", "abcdefghijklmno", "abcdéfghijklmnopq",
        }).ToArray();
        static (ulong, ulong) Key(string id) => (ComplianceReport.SubjectPrefix(id, 0), ComplianceReport.SubjectPrefix(id, 1));
        var strictlyOrdered = 0;
        foreach (var a in ids)
        {
            foreach (var b in ids)
            {
                if (string.CompareOrdinal(a, b) < 0)
                {
                    Key(a).CompareTo(Key(b)).Should().BeLessThanOrEqualTo(0, $"\"{a}\" is before \"{b}\"");
                    strictlyOrdered += Key(a).CompareTo(Key(b)) < 0 ? 1 : 0;
                }
            }
        }

        strictlyOrdered.Should().BeGreaterThan(ids.Length * 4, "most ids differ in their first sixteen characters");
        Key("ab").Should().Be((0x6162000000000000UL, 0UL));
        Key("abcdefghij").Should().Be((0x6162636465666768UL, 0x696A000000000000UL));
        Key("abcdefghéz").Should().Be((0x6162636465666768UL, 0xFF00000000000000UL));
        Key("abcéfghijk").Should().Be((0x616263FF00000000UL, 0UL));
    }

    [Fact]
    public void SharedValues_MakesAValueOnceForAllTheContextsOfARun()
    {
        var input = new ComplianceInput(TreeKit.Organ().Build(), TreeKit.AsOf);
        var store = new SharedValues();
        var contexts = Enumerable.Range(0, 8).Select(_ => new ComplianceContext(ComplianceProfile.StateOrgans, input, store)).ToArray();
        var made = 0;
        var results = new object[contexts.Length];
        using var start = new Barrier(contexts.Length);
        var threads = contexts.Select((context, i) => new Thread(() =>
        {
            start.SignalAndWait();
            results[i] = context.GetShared("value", _ =>
            {
                Interlocked.Increment(ref made);
                Thread.Sleep(20); // widen the window in which the other threads ask
                return new object();
            });
        })).ToArray();

        foreach (var t in threads)
        {
            t.Start();
        }

        foreach (var t in threads)
        {
            t.Join();
        }

        made.Should().Be(1);
        results.Should().OnlyContain(r => ReferenceEquals(r, results[0]));
        new ComplianceContext(ComplianceProfile.StateOrgans, input).GetShared("value", _ => new object())
            .Should().NotBeSameAs(results[0], "another run has its own values");
    }

    [Fact]
    public void SharedValues_AFailedFactoryLeavesTheValueUnmade()
    {
        var input = new ComplianceInput(TreeKit.Organ().Build(), TreeKit.AsOf);
        var context = new ComplianceContext(ComplianceProfile.StateOrgans, input, new SharedValues());

        context.Invoking(c => c.GetShared<object>("value", _ => throw new InvalidOperationException("boom")))
            .Should().Throw<InvalidOperationException>().WithMessage("boom");
        var value = context.GetShared("value", _ => "made");

        value.Should().Be("made");
        context.GetShared("value", _ => "again").Should().Be("made");
    }

    [Fact]
    public void StartOrder_StartsTheCostliestRulesFirst_OtherwiseInRuleOrder()
    {
        var rules = ComplianceProfile.StateOrgans.EnabledRules.ToList();

        var order = ComplianceChecker.StartOrder(rules);

        order.Should().BeEquivalentTo(Enumerable.Range(0, rules.Count), "every rule is started once");
        static int Cost(IComplianceRule r) => r is Rule rule ? rule.Cost : 0;
        rules[order[0]].Descriptor.Id.Should().Be("LIFE-SELF-LAPSE-6M");
        for (var k = 1; k < order.Length; k++)
        {
            var (previous, current) = (rules[order[k - 1]], rules[order[k]]);
            Cost(previous).Should().BeGreaterThanOrEqualTo(Cost(current));
            if (Cost(previous) == Cost(current))
            {
                order[k - 1].Should().BeLessThan(order[k], "rules of equal cost start in rule order");
            }
        }

        order.Select(i => Cost(rules[i])).Should().Contain(0, "most rules are cheap");
    }

    [Fact]
    public void MemberIndexOf_WithAnyHint_FindsWhatTheLookupFinds()
    {
        var tree = TreeKit.Organ().Branch("b1", "oc", 3).Branch("b2", "oc", 2).Build();
        var ids = tree.Members.Select(m => m.Id).Concat(new[] { "nobody", "b1" }).ToArray();

        for (var hint = -2; hint <= tree.Members.Count + 1; hint++)
        {
            foreach (var id in ids)
            {
                tree.MemberIndexOf(id, hint).Should().Be(tree.MemberIndexOf(id), $"id {id}, hint {hint}");
            }
        }

        tree.MemberIndexOf("b1-m2", 0).Should().Be(1, "the member after the hint");
        tree.MemberIndexOf("nobody", 0).Should().Be(-1);
    }

    [Fact]
    public void IsoDate_IsNodaTimesText()
    {
        var dates = new List<NodaTime.LocalDate>
        {
            new(1, 1, 1), new(9, 9, 9), new(999, 12, 31), new(1000, 1, 1), new(2026, 2, 28), new(2024, 2, 29), new(9999, 12, 31),
            new(0, 6, 15), new(-44, 3, 15), new NodaTime.LocalDate(2026, 5, 1, NodaTime.CalendarSystem.Julian),
        };
        for (var d = new NodaTime.LocalDate(2025, 12, 25); d <= new NodaTime.LocalDate(2027, 1, 5); d = d.PlusDays(1))
        {
            dates.Add(d);
        }

        foreach (var date in dates)
        {
            Internal.IsoDate.Format(date).Should().Be(date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static Finding Finding(string subject) =>
        new("ORG-A", Severity.Warning, subject, null, null, "1", "0", Array.Empty<Citation>(), new LocalizedText("x", "x"));
}
