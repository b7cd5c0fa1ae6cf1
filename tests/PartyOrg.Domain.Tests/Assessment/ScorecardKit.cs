using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartyOrg.Domain.Assessment;
using PartyOrg.Domain.AssessmentData;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Tests.Assessment;

/// <summary>Small scorecards and findings for the evaluator tests.</summary>
internal static class ScorecardKit
{
    internal static readonly LocalDate AsOf = new(2026, 12, 31);

    internal static LocalizedText T(string s) => new(s, s);

    internal static ScorecardItem Item(string id, decimal max, ItemScoring scoring, EvidenceSource evidence, decimal? per = null, decimal? cap = null, int required = 1) => new()
    {
        Id = id, Name = T(id), Max = max, Scoring = scoring, PerOccurrence = per, Cap = cap, Required = required, Evidence = evidence,
    };

    internal static EvidenceSource Findings(params string[] families) => new() { Kind = EvidenceKind.Findings, Families = families };

    internal static EvidenceSource Entered() => new() { Kind = EvidenceKind.Entered };

    internal static readonly ScorecardGrade[] FourGrades =
    {
        new() { Id = "good", Name = T("好") }, new() { Id = "fairly-good", Name = T("较好") }, new() { Id = "average", Name = T("一般") }, new() { Id = "poor", Name = T("较差") },
    };

    internal static readonly GradeBand[] NationalBands =
    {
        new() { Grade = "good", Min = 90 }, new() { Grade = "fairly-good", Min = 80, Below = 90 },
        new() { Grade = "average", Min = 60, Below = 80 }, new() { Grade = "poor", Min = 0, Below = 60 },
    };

    /// <summary>A 100-point card: meetings 40 (deduct 2 per MTG finding, cap 40), satisfaction 30 (ratio), plan 30 (held), award info.</summary>
    internal static Scorecard Card(Func<Scorecard, Scorecard>? change = null)
    {
        var card = new Scorecard
        {
            Id = "test-card", Version = "1", Title = T("测试"), Scope = ScorecardScope.Local, IssuingUnit = "测试单位", Source = "测试",
            InForceFrom = new LocalDate(2020, 1, 1), Total = 100m, Grades = FourGrades, Bands = NationalBands,
            Indicators = new[]
            {
                new ScorecardIndicator
                {
                    Id = "rules", Name = T("制度"), Max = 40,
                    Items = new[] { Item("meetings", 40, ItemScoring.Deduct, Findings("MTG"), per: 2, cap: 40) },
                },
                new ScorecardIndicator
                {
                    Id = "people", Name = T("评价"), Max = 60,
                    Items = new[]
                    {
                        Item("satisfaction", 30, ItemScoring.Ratio, Entered()),
                        Item("plan", 30, ItemScoring.Held, Entered()),
                        Item("award", 0, ItemScoring.Info, Entered()),
                    },
                },
            },
            Caps = new[] { new GradeRule { Id = "sat-90", Item = "satisfaction", Below = 0.9m, Grade = "average" } },
        };
        return change is null ? card : change(card);
    }

    internal static OrganizationTree Tree() => new OrganizationTreeBuilder()
        .Add(new Organization("oc", OrganizationKind.OrganCommittee, "机关党委"))
        .Add(new Organization("b1", OrganizationKind.Branch, "第一支部", "oc"))
        .Add(new Organization("b2", OrganizationKind.Branch, "第二支部", "oc"))
        .Add(new Organization("b3", OrganizationKind.Branch, "第三支部", "oc"))
        .Build();

    internal static Finding Finding(string ruleId, string org, int month, Severity severity = Severity.Error) =>
        new(ruleId, severity, org, org, ReportingPeriod.Month(2026, month), "1", "0", new[] { new Citation(Regulation.BranchWorkRegulations, 15) }, T("测试发现 " + ruleId));

    internal static AssessmentEntryLog Entries(params (string Org, string Item, decimal Value)[] values) =>
        new(values.Select(v => new AssessmentEntry(v.Org, 2026, v.Item, v.Value)));

    internal static OrganizationAssessment Assess(Scorecard card, IEnumerable<Finding> findings, AssessmentEntryLog entries, string org = "b1") =>
        ScorecardEvaluator.Assess(card, new ComplianceInput(Tree(), AsOf), findings, org, 2026, entries);
}
