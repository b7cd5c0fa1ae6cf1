using System;
using System.Linq;
using CsCheck;
using FluentAssertions;
using PartyOrg.Domain.Assessment;
using PartyOrg.Domain.AssessmentData;
using PartyOrg.Domain.Compliance;
using Xunit;
using static PartyOrg.Domain.Tests.Assessment.ScorecardKit;

namespace PartyOrg.Domain.Tests.Assessment;

/// <summary>Properties of the evaluator for any scorecard parameters, findings and entered values.</summary>
public sealed class ScorecardPropertyTests
{
    private static readonly string[] Families = { "MTG", "LIFE", "TERM", "DUES" };

    /// <summary>A random card: three deduct items on findings (per, cap), a ratio and a held item, an info item; a cap, a veto on findings, a veto and a direct grade.</summary>
    private static readonly Gen<Scorecard> Cards =
        Gen.Select(Gen.Int[1, 5].Array[3], Gen.Int[1, 20].Array[3], Gen.Int[50, 100], Gen.Int[0, 3].Array[4], Gen.Int[1, 6], Gen.Int[1, 3], (per, cap, satBelow, grades, vetoAt, awardAt) =>
        {
            var items = Enumerable.Range(0, 3).Select(i => Item("f" + i, 20, ItemScoring.Deduct, Findings(Families[i], Families[i + 1]), per: per[i], cap: cap[i])).ToArray();
            return new Scorecard
            {
                Id = "random", Version = "1", Title = T("随机"), IssuingUnit = "u", Source = "s", InForceFrom = new NodaTime.LocalDate(2020, 1, 1), Total = 100,
                Grades = FourGrades, Bands = NationalBands,
                Indicators = new[]
                {
                    new ScorecardIndicator { Id = "a", Name = T("a"), Max = 60, Items = items },
                    new ScorecardIndicator
                    {
                        Id = "b", Name = T("b"), Max = 40,
                        Items = new[] { Item("sat", 20, ItemScoring.Ratio, Entered()), Item("plan", 20, ItemScoring.Held, Entered(), required: 2), Item("award", 0, ItemScoring.Info, Entered()) },
                    },
                },
                Caps = new[] { new GradeRule { Id = "cap", Item = "sat", Below = satBelow / 100m, Grade = FourGrades[grades[0]].Id } },
                Vetoes = new[]
                {
                    new GradeRule { Id = "veto-findings", Item = "f0", AtLeast = vetoAt, Grade = FourGrades[grades[1]].Id },
                    new GradeRule { Id = "veto-award", Item = "award", AtLeast = awardAt + 1, Grade = FourGrades[grades[2]].Id },
                },
                DirectGrades = new[] { new GradeRule { Id = "direct", Item = "award", AtLeast = awardAt, Grade = FourGrades[grades[3]].Id } },
            };
        });

    private static readonly Gen<Finding[]> FindingSets =
        Gen.Select(Gen.Int[0, 4], Gen.Int[1, 12], Gen.Int[1, 3], Gen.Bool, (f, m, o, warn) => Finding(f < 4 ? Families[f] + "-RULE" : "ORG-OTHER", "b" + o, m, warn ? Severity.Warning : Severity.Error)).Array[0, 30];

    private static readonly Gen<AssessmentEntryLog> EntrySets =
        Gen.Select(Gen.Int[0, 100], Gen.Int[0, 3], Gen.Int[0, 5], Gen.Bool, (sat, plan, award, missing) => missing
            ? Entries(("b1", "plan", plan))
            : Entries(("b1", "sat", sat / 100m), ("b1", "plan", plan), ("b1", "award", award)));

    [Fact]
    public void RandomCards_AreValid()
    {
        Cards.Sample(c => c.Validate().Should().BeEmpty());
    }

    [Fact]
    public void RemovingAViolation_NeverLowersTheScoreOrTheGrade()
    {
        Gen.Select(Cards, FindingSets, EntrySets, Gen.Int[0, 29]).Sample((card, findings, entries, k) =>
        {
            if (findings.Length == 0)
            {
                return;
            }

            var before = Assess(card, findings, entries);
            var after = Assess(card, findings.Where((_, i) => i != k % findings.Length), entries);
            after.Score.Should().BeGreaterThanOrEqualTo(before.Score);
            card.RankOf(after.Grade).Should().BeLessThanOrEqualTo(card.RankOf(before.Grade));
        });
    }

    [Fact]
    public void CapsAndVetoes_HoldForAnyInput_AndTheScoreStaysInRange()
    {
        Gen.Select(Cards, FindingSets, EntrySets).Sample((card, findings, entries) =>
        {
            var sheet = Assess(card, findings, entries);
            sheet.Score.Should().BeInRange(0m, card.Total);
            var rank = card.RankOf(sheet.Grade);
            foreach (var rule in card.Caps.Concat(card.Vetoes))
            {
                var value = sheet.Lines.First(l => l.Item.Id == rule.Item).Value;
                if (value is { } v && rule.Holds(v))
                {
                    rank.Should().BeGreaterThanOrEqualTo(card.RankOf(rule.Grade), rule.Id + " holds, so the grade is at most " + rule.Grade);
                }
            }

            var veto = card.Vetoes.Where(r => sheet.Lines.First(l => l.Item.Id == r.Item).Value is { } v && r.Holds(v)).ToArray();
            if (veto.Length == 0 && card.Caps.All(r => !(sheet.Lines.First(l => l.Item.Id == r.Item).Value is { } v && r.Holds(v))))
            {
                // Without a cap or veto the grade is the band's or a direct grade's, never worse than the band.
                rank.Should().BeLessThanOrEqualTo(card.RankOf(sheet.BandGrade));
            }
        });
    }

    [Fact]
    public void SameInput_SameSheet()
    {
        Gen.Select(Cards, FindingSets, EntrySets).Sample((card, findings, entries) =>
        {
            var a = Assess(card, findings, entries);
            var b = Assess(card, findings.Reverse(), entries);
            b.Score.Should().Be(a.Score);
            b.Grade.Should().Be(a.Grade);
        }, iter: 200);
    }
}
