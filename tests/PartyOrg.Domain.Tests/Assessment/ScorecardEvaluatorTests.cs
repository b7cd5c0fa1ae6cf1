using System;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Assessment;
using PartyOrg.Domain.AssessmentData;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Organizations;
using Xunit;
using static PartyOrg.Domain.Tests.Assessment.ScorecardKit;

namespace PartyOrg.Domain.Tests.Assessment;

/// <summary>The scorecard evaluator: per-occurrence deductions and caps, held, ratio, bands, caps, vetoes, direct grades, weights.</summary>
public sealed class ScorecardEvaluatorTests
{
    private static readonly AssessmentEntryLog Full = Entries(("b1", "satisfaction", 0.95m), ("b1", "plan", 1m));

    [Fact]
    public void NoFindings_FullEntries_FullScore_TopGrade()
    {
        var sheet = Assess(Card(), Array.Empty<Finding>(), Full);
        sheet.Score.Should().Be(98.5m); // 40 + 30 × 0.95 + 30
        sheet.Grade.Should().Be("good");
        sheet.Adjustments.Should().BeEmpty();
    }

    [Fact]
    public void EachFinding_DeductsItsPoints_AndNamesTheFinding()
    {
        var findings = new[] { Finding("MTG-X", "b1", 3), Finding("MTG-Y", "b1", 4), Finding("LIFE-Z", "b1", 5), Finding("MTG-X", "b2", 3) };
        var sheet = Assess(Card(), findings, Full);
        var line = sheet.Lines.Single(l => l.Item.Id == "meetings");
        line.Value.Should().Be(2, "two MTG findings of b1; the LIFE one and b2's do not count");
        line.Points.Should().Be(36);
        line.Evidence.Select(e => e.Reference).Should().Equal("MTG-X 2026-03", "MTG-Y 2026-04");
        line.Explanation.English.Should().Be("40 − 2 × 2 = 36");
    }

    [Fact]
    public void Warnings_DoNotDeduct_UnlessTheEvidenceSaysSo()
    {
        var findings = new[] { Finding("MTG-X", "b1", 3, Severity.Warning) };
        Assess(Card(), findings, Full).Lines.Single(l => l.Item.Id == "meetings").Points.Should().Be(40);
        var warnings = Card(c => With(c, "meetings", i => Item("meetings", 40, ItemScoring.Deduct, new EvidenceSource { Kind = EvidenceKind.Findings, Families = new[] { "MTG" }, MinSeverity = "warning" }, per: 2, cap: 40)));
        Assess(warnings, findings, Full).Lines.Single(l => l.Item.Id == "meetings").Points.Should().Be(38);
    }

    [Theory]
    [InlineData(5, 30, false)] // 5 × 2 = 10 < 20
    [InlineData(10, 20, false)] // exactly the cap
    [InlineData(11, 20, true)] // capped: 22 > 20
    public void DeductionsStopAtTheItemCap(int findings, decimal points, bool capped)
    {
        var card = Card(c => With(c, "meetings", i => Item("meetings", 40, ItemScoring.Deduct, Findings("MTG"), per: 2, cap: 20)));
        var line = Assess(card, Enumerable.Range(1, findings).Select(m => Finding("MTG-X", "b1", ((m - 1) % 12) + 1)), Full).Lines.Single(l => l.Item.Id == "meetings");
        line.Points.Should().Be(points);
        line.Explanation.English.Contains("capped").Should().Be(capped);
    }

    [Fact]
    public void Held_NotHeldScoresZero_HeldScoresTheMaximum()
    {
        Assess(Card(), Array.Empty<Finding>(), Entries(("b1", "satisfaction", 0.95m), ("b1", "plan", 0m))).Lines.Single(l => l.Item.Id == "plan").Points.Should().Be(0);
        Assess(Card(), Array.Empty<Finding>(), Full).Lines.Single(l => l.Item.Id == "plan").Points.Should().Be(30);
    }

    [Fact]
    public void MissingEntry_ScoresZero_AndIsListed_CapNotJudged()
    {
        var sheet = Assess(Card(), Array.Empty<Finding>(), Entries(("b1", "plan", 1m)));
        sheet.Missing.Select(l => l.Item.Id).Should().Equal("satisfaction", "award");
        sheet.Lines.Single(l => l.Item.Id == "satisfaction").Status.Should().Be("missing");
        sheet.Score.Should().Be(70);
        sheet.Adjustments.Should().ContainSingle(a => a.Kind == "not-judged" && a.Rule.Id == "sat-90");
    }

    [Theory]
    [InlineData(0.89, "average", true)]
    [InlineData(0.90, "good", false)] // exact boundary: 90 % is not below 90 %
    public void SatisfactionBelow90_CannotBeGoodOrFairlyGood(decimal satisfaction, string grade, bool capped)
    {
        var sheet = Assess(Card(), Array.Empty<Finding>(), Entries(("b1", "satisfaction", satisfaction), ("b1", "plan", 1m)));
        sheet.BandGrade.Should().Be("good");
        sheet.Grade.Should().Be(grade);
        sheet.Adjustments.Any(a => a.Kind == "cap").Should().Be(capped);
    }

    [Fact]
    public void Cap_NeverRaisesAGrade()
    {
        var sheet = Assess(Card(), Enumerable.Range(1, 12).Select(m => Finding("MTG-X", "b1", m)), Entries(("b1", "satisfaction", 0.5m), ("b1", "plan", 0m)));
        sheet.Grade.Should().Be("poor");
        sheet.Adjustments.Should().NotContain(a => a.Kind == "cap");
    }

    [Theory]
    [InlineData(89.99, "fairly-good")]
    [InlineData(90, "good")]
    [InlineData(79.99, "average")]
    [InlineData(80, "fairly-good")]
    [InlineData(59.99, "poor")]
    [InlineData(60, "average")]
    public void Bands_LowerBoundInclusive(decimal points, string grade)
    {
        var card = Card(c => new Scorecard
        {
            Id = c.Id, Version = c.Version, Title = c.Title, IssuingUnit = c.IssuingUnit, Source = c.Source, InForceFrom = c.InForceFrom, Grades = c.Grades, Bands = c.Bands,
            Indicators = new[] { new ScorecardIndicator { Id = "all", Name = T("all"), Max = 100, Items = new[] { Item("score", 100, ItemScoring.Score, Entered()) } } },
        });
        Assess(card, Array.Empty<Finding>(), Entries(("b1", "score", points))).Grade.Should().Be(grade);
    }

    [Fact]
    public void DirectGrade_RaisesToTheTop_ThenCapsAndVetoesStillApply()
    {
        var card = Card(c => Copy(c, direct: new[] { new GradeRule { Id = "award", Item = "award", AtLeast = 1, Grade = "good" } },
            vetoes: new[] { new GradeRule { Id = "veto", Item = "award", AtLeast = 5, Grade = "poor" } }));
        var low = Entries(("b1", "satisfaction", 0.95m), ("b1", "plan", 0m), ("b1", "award", 1m));
        var sheet = Assess(card, Array.Empty<Finding>(), low);
        sheet.BandGrade.Should().Be("average");
        sheet.Grade.Should().Be("good");
        sheet.Adjustments.Single().Kind.Should().Be("direct");

        var capped = Assess(card, Array.Empty<Finding>(), Entries(("b1", "satisfaction", 0.85m), ("b1", "plan", 0m), ("b1", "award", 1m)));
        capped.Grade.Should().Be("average", "the satisfaction cap applies after the direct grade");

        var vetoed = Assess(card, Array.Empty<Finding>(), Entries(("b1", "satisfaction", 0.95m), ("b1", "plan", 1m), ("b1", "award", 5m)));
        vetoed.Grade.Should().Be("poor");
        vetoed.Adjustments.Select(a => a.Kind).Should().Equal(new[] { "veto" }, "the band is already the top grade, so the direct grade changes nothing");
    }

    [Fact]
    public void WeightedSources_SelfFortySuperiorSixty()
    {
        var card = Card(c => Copy(c, assessors: new[] { new AssessorSource { Id = "self", Weight = 0.4m }, new AssessorSource { Id = "superior", Weight = 0.6m } }));
        var entries = new AssessmentEntryLog(new[]
        {
            new AssessmentEntry("b1", 2026, "satisfaction", 0.9m), new AssessmentEntry("b1", 2026, "plan", 1m, assessor: "self"),
            new AssessmentEntry("b1", 2026, "plan", 0m, assessor: "superior"),
        });
        var sheet = Assess(card, Array.Empty<Finding>(), entries);
        sheet.Sources.Select(s => (s.Assessor, s.Total)).Should().Equal(("self", 97m), ("superior", 67m));
        sheet.Score.Should().Be(79m); // 0.4 × 97 + 0.6 × 67
        sheet.Grade.Should().Be("average");
    }

    [Fact]
    public void BaselineMode_StartsAt100_MayExceedIt()
    {
        var card = new Scorecard
        {
            Id = "points-card", Version = "1", Title = T("积分"), IssuingUnit = "u", Source = "s", InForceFrom = new LocalDate(2020, 1, 1), Mode = ScoringMode.Baseline, Baseline = 100,
            Grades = FourGrades, Bands = NationalBands,
            Indicators = new[]
            {
                new ScorecardIndicator
                {
                    Id = "all", Name = T("all"), Max = 0,
                    Items = new[] { Item("meetings", 0, ItemScoring.Deduct, Findings("MTG"), per: 3), Item("volunteer", 0, ItemScoring.Add, Entered(), per: 1, cap: 10) },
                },
            },
        };
        card.Validate().Should().BeEmpty();
        Assess(card, Array.Empty<Finding>(), Entries(("b1", "volunteer", 15m))).Score.Should().Be(110m, "+1 × 15 capped at 10");
        Assess(card, new[] { Finding("MTG-X", "b1", 1), Finding("MTG-X", "b1", 2) }, Entries(("b1", "volunteer", 2m))).Score.Should().Be(96m);
    }

    [Fact]
    public void EnteredValueThatDoesNotFit_IsRefusedWithItsPath()
    {
        var act = () => Assess(Card(), Array.Empty<Finding>(), Entries(("b1", "satisfaction", 1.2m), ("b1", "plan", 1.5m)));
        act.Should().Throw<PartyOrgDataException>().Which.Problems.Select(p => p.Path).Should().Equal("$.assessments[0].value", "$.assessments[1].value");
    }

    [Fact]
    public void Evaluate_GradesEveryBranch_RollsUpAndChecksQuotas()
    {
        var card = Card(c => Copy(c, quotas: new[] { new GradeQuota { Grade = "good", MaxShare = 0.34m } }));
        var entries = Entries(("b1", "satisfaction", 1m), ("b1", "plan", 1m), ("b2", "satisfaction", 1m), ("b2", "plan", 1m), ("b3", "satisfaction", 0.95m), ("b3", "plan", 0m));
        var result = ScorecardEvaluator.Evaluate(card, ComplianceProfile.StateOrgans, new ComplianceInput(Tree(), AsOf), 2026, entries);
        result.Organizations.Select(o => o.OrganizationId).Should().Equal("b1", "b2", "b3");
        result.RollUps.Single(r => r.OrganizationId == "oc").Counts.Select(c => c.Value).Should().Equal(2, 0, 1, 0);

        // ⌈3 × 0.34⌉ = 2 may be good: exactly at the quota.
        result.QuotaFindings.Should().BeEmpty();
        var tight = ScorecardEvaluator.Evaluate(Card(c => Copy(c, quotas: new[] { new GradeQuota { Grade = "good", MaxShare = 0.33m } })), ComplianceProfile.StateOrgans, new ComplianceInput(Tree(), AsOf), 2026, entries);
        var finding = tight.QuotaFindings.Should().ContainSingle().Subject;
        finding.SubjectId.Should().Be("oc");
        finding.Severity.Should().Be(Severity.Warning);
        finding.Expected.Should().Be("at most 1 好 (33%)");
        finding.Actual.Should().Be("2 好");
    }

    [Fact]
    public void QuotaFloor_FewerThanTheShareAtTheBottom_IsAFinding()
    {
        var entries = Entries(("b1", "satisfaction", 1m), ("b1", "plan", 1m), ("b2", "satisfaction", 1m), ("b2", "plan", 1m), ("b3", "satisfaction", 1m), ("b3", "plan", 1m));
        var floor = ScorecardEvaluator.Evaluate(Card(c => Copy(c, quotas: new[] { new GradeQuota { Grade = "average", MinShare = 0.34m } })), ComplianceProfile.StateOrgans, new ComplianceInput(Tree(), AsOf), 2026, entries);
        floor.QuotaFindings.Should().ContainSingle().Which.Expected.Should().Be("at least 1 一般 or worse (34%)");
        var below = ScorecardEvaluator.Evaluate(Card(c => Copy(c, quotas: new[] { new GradeQuota { Grade = "average", MinShare = 0.33m } })), ComplianceProfile.StateOrgans, new ComplianceInput(Tree(), AsOf), 2026, entries);
        below.QuotaFindings.Should().BeEmpty("⌊3 × 0.33⌋ = 0");
    }

    [Fact]
    public void NotInForce_OrYearAfterAsOf_IsRefused()
    {
        var input = new ComplianceInput(Tree(), AsOf);
        var act = () => ScorecardEvaluator.Evaluate(Card(c => Copy(c, from: new LocalDate(2027, 1, 1))), ComplianceProfile.StateOrgans, input, 2026);
        act.Should().Throw<ArgumentException>().WithMessage("*not in force in 2026*");
        var late = () => ScorecardEvaluator.Evaluate(Card(), ComplianceProfile.StateOrgans, input, 2027);
        late.Should().Throw<ArgumentException>().WithMessage("*2027 starts after the as-of date 2026-12-31*");
    }

    [Fact]
    public void ComputedSecretaryVacancy_CountsMonthEndsWithoutASecretary()
    {
        var tree = new OrganizationTreeBuilder()
            .Add(new Organization("oc", OrganizationKind.OrganCommittee, "机关党委"))
            .Add(new Organization("b1", OrganizationKind.Branch, "第一支部", "oc"))
            .Add(new Member("m1", "甲", MembershipStatus.Full, "b1", null, new LocalDate(2000, 1, 1), new LocalDate(2001, 1, 1)))
            .Add(new Post("b1", "m1", PostKind.Secretary, new LocalDate(2020, 1, 1), new LocalDate(2026, 9, 15)))
            .Build();
        var value = new SecretaryVacantMonths().Compute(new ComplianceInput(tree, new LocalDate(2026, 11, 30)), "b1", 2026)!;
        value.Value.Should().Be(3, "September, October and November end without a secretary; December is not over");
    }

    internal static Scorecard With(Scorecard c, string itemId, Func<ScorecardItem, ScorecardItem> change) => new()
    {
        Id = c.Id, Version = c.Version, Title = c.Title, IssuingUnit = c.IssuingUnit, Source = c.Source, InForceFrom = c.InForceFrom, Grades = c.Grades, Bands = c.Bands,
        Caps = c.Caps, Vetoes = c.Vetoes, DirectGrades = c.DirectGrades, Quotas = c.Quotas, Assessors = c.Assessors, Total = c.Total, Mode = c.Mode,
        Indicators = c.Indicators.Select(i => new ScorecardIndicator { Id = i.Id, Name = i.Name, Max = i.Max, Items = i.Items.Select(x => x.Id == itemId ? change(x) : x).ToArray() }).ToArray(),
    };

    internal static Scorecard Copy(Scorecard c, GradeRule[]? direct = null, GradeRule[]? vetoes = null, AssessorSource[]? assessors = null, GradeQuota[]? quotas = null, LocalDate? from = null) => new()
    {
        Id = c.Id, Version = c.Version, Title = c.Title, IssuingUnit = c.IssuingUnit, Source = c.Source, InForceFrom = from ?? c.InForceFrom, Grades = c.Grades, Bands = c.Bands,
        Caps = c.Caps, Vetoes = vetoes ?? c.Vetoes, DirectGrades = direct ?? c.DirectGrades, Quotas = quotas ?? c.Quotas, Assessors = assessors ?? c.Assessors,
        Total = c.Total, Mode = c.Mode, Indicators = c.Indicators,
    };
}
