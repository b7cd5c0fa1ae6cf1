using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using PartyOrg.Domain.AssessmentData;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Assessment;

/// <summary>
/// 评分 — grades organisations with a <see cref="Scorecard"/>: runs the compliance profile over the year, scores every item of
/// every organisation the scorecard applies to from the findings, records, computed and entered values, totals the assessor
/// sources with their weights, picks the band, then applies direct grades, caps and vetoes (in that order), counts the grades
/// per organisation and checks the quotas. Pure and deterministic.
/// </summary>
public static class ScorecardEvaluator
{
    /// <summary>Grades every organisation the scorecard applies to that exists at the end of the year (or on the as-of date).</summary>
    /// <param name="scorecard">A valid scorecard.</param>
    /// <param name="profile">The compliance profile whose findings are the evidence.</param>
    /// <param name="input">The input; its as-of date judges the periods, its window is replaced by the year.</param>
    /// <param name="year">The year graded.</param>
    /// <param name="entries">The entered values, or null for the input's <see cref="ComplianceInput.Assessments"/>.</param>
    /// <param name="options">Computed-evidence providers, or null for the defaults.</param>
    /// <returns>The sheets, roll-ups and quota findings.</returns>
    /// <exception cref="PartyOrgDataException">The scorecard is inconsistent, or an entered value does not fit its item.</exception>
    /// <exception cref="ArgumentException">The year starts after the as-of date or the scorecard is not in force in it.</exception>
    public static AssessmentResult Evaluate(Scorecard scorecard, ComplianceProfile profile, ComplianceInput input, int year,
        AssessmentEntryLog? entries = null, AssessmentOptions? options = null)
    {
        if (scorecard is null)
        {
            throw new ArgumentNullException(nameof(scorecard));
        }

        if (profile is null)
        {
            throw new ArgumentNullException(nameof(profile));
        }

        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        scorecard.EnsureValid();
        var start = new LocalDate(year, 1, 1);
        if (start > input.AsOf)
        {
            throw new ArgumentException($"The year {year} starts after the as-of date {LocalDatePattern.Iso.Format(input.AsOf)}: nothing to grade.", nameof(year));
        }

        if (!scorecard.IsInForceDuring(year))
        {
            throw new ArgumentException($"Scorecard \"{scorecard.Id}\" is not in force in {year} (in force from {LocalDatePattern.Iso.Format(scorecard.InForceFrom)}{(scorecard.InForceUntil is { } u ? " until " + LocalDatePattern.Iso.Format(u) : string.Empty)}).", nameof(year));
        }

        entries ??= input.Assessments ?? AssessmentEntryLog.Empty;
        var end = new LocalDate(year, 12, 31);
        var dayOfGrading = end < input.AsOf ? end : input.AsOf;
        var windowed = input.WithWindow(new DateInterval(start, dayOfGrading));
        var report = new ComplianceChecker(profile).Check(windowed);
        var scorer = new Scorer(scorecard, windowed, report.Findings, year, entries, options ?? AssessmentOptions.Default);
        var graded = input.Tree.InPreorder
            .Where(o => scorecard.AppliesTo.Contains(o.Kind) && o.ExistsOn(dayOfGrading))
            .Select(o => scorer.Assess(o.Id))
            .ToArray();
        scorer.ThrowOnEntryProblems();

        var rollUps = RollUps(scorecard, input.Tree, graded);
        var quota = QuotaFindings(scorecard, profile, windowed, graded, year);
        return new AssessmentResult(scorecard, year, input.AsOf, graded, rollUps, quota, scorer.UnusedEntries(), report, windowed);
    }

    /// <summary>Grades one organisation from given findings (no compliance run, no quota check): what the property tests exercise.</summary>
    /// <param name="scorecard">A valid scorecard.</param>
    /// <param name="input">The input (tree, records, as-of date).</param>
    /// <param name="findings">The findings counted as evidence.</param>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="year">The year graded.</param>
    /// <param name="entries">The entered values, or null for the input's <see cref="ComplianceInput.Assessments"/>.</param>
    /// <param name="options">Computed-evidence providers, or null for the defaults.</param>
    /// <returns>The organisation's sheet.</returns>
    /// <exception cref="PartyOrgDataException">The scorecard is inconsistent, or an entered value does not fit its item.</exception>
    public static OrganizationAssessment Assess(Scorecard scorecard, ComplianceInput input, IEnumerable<Finding> findings, string organizationId, int year,
        AssessmentEntryLog? entries = null, AssessmentOptions? options = null)
    {
        if (scorecard is null)
        {
            throw new ArgumentNullException(nameof(scorecard));
        }

        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        scorecard.EnsureValid();
        var scorer = new Scorer(scorecard, input, (findings ?? throw new ArgumentNullException(nameof(findings))).ToArray(), year, entries ?? input.Assessments ?? AssessmentEntryLog.Empty, options ?? AssessmentOptions.Default);
        var sheet = scorer.Assess(organizationId);
        scorer.ThrowOnEntryProblems();
        return sheet;
    }

    /// <summary>The nearest ancestor of <paramref name="organizationId"/> whose kind grades (the scorecard's <c>assessedBy</c>), or null.</summary>
    internal static string? AssessingOrganization(Scorecard scorecard, OrganizationTree tree, string organizationId) =>
        tree.Ancestors(organizationId).FirstOrDefault(a => scorecard.AssessedBy.Contains(a.Kind))?.Id;

    private static IReadOnlyList<GradeRollUp> RollUps(Scorecard scorecard, OrganizationTree tree, IReadOnlyList<OrganizationAssessment> graded)
    {
        var byOrg = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var sheet in graded)
        {
            var rank = scorecard.RankOf(sheet.Grade);
            foreach (var a in tree.Ancestors(sheet.OrganizationId))
            {
                if (!byOrg.TryGetValue(a.Id, out var counts))
                {
                    byOrg[a.Id] = counts = new int[scorecard.Grades.Count];
                }

                counts[rank]++;
            }
        }

        return tree.InPreorder.Where(o => byOrg.ContainsKey(o.Id))
            .Select(o => new GradeRollUp(o.Id, byOrg[o.Id].Sum(),
                scorecard.Grades.Select((g, i) => new KeyValuePair<string, int>(g.Id, byOrg[o.Id][i])).ToArray()))
            .ToArray();
    }

    private static IReadOnlyList<Finding> QuotaFindings(Scorecard scorecard, ComplianceProfile profile, ComplianceInput input, IReadOnlyList<OrganizationAssessment> graded, int year)
    {
        if (scorecard.Quotas.Count == 0 || !profile.IsEnabled(AssessGradeQuotaRule.Definition.Id) || profile.FindRule(AssessGradeQuotaRule.Definition.Id) is not { } rule)
        {
            return Array.Empty<Finding>();
        }

        var groups = graded
            .Select(g => (Sheet: g, By: AssessingOrganization(scorecard, input.Tree, g.OrganizationId)))
            .Where(x => x.By is not null)
            .GroupBy(x => x.By!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var ranks = g.Select(x => scorecard.RankOf(x.Sheet.Grade)).ToArray();
                var lines = new List<GradeQuotaLine>();
                foreach (var q in scorecard.Quotas)
                {
                    var rank = scorecard.RankOf(q.Grade);
                    var name = scorecard.Grades[rank].Name!;
                    if (q.MaxShare is not null)
                    {
                        var label = rank == 0 ? name : new LocalizedText(name.Chinese + "及以上", name.English + " or better");
                        lines.Add(new GradeQuotaLine(label, ranks.Count(r => r <= rank), q.MaxShare, null));
                    }

                    if (q.MinShare is not null)
                    {
                        var label = rank == scorecard.Grades.Count - 1 ? name : new LocalizedText(name.Chinese + "及以下", name.English + " or worse");
                        lines.Add(new GradeQuotaLine(label, ranks.Count(r => r >= rank), null, q.MinShare));
                    }
                }

                return new GradeQuotaGroup(g.Key, ranks.Length, lines);
            })
            .ToArray();
        return ComplianceChecker.RunRule(profile, input.WithGradeTally(new GradeQuotaTally(scorecard.Id, year, groups)), rule);
    }

    /// <summary>Scores organisations one by one over shared indexes of the findings, records and entries.</summary>
    private sealed class Scorer
    {
        private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;
        private readonly Scorecard scorecard;
        private readonly ComplianceInput input;
        private readonly int year;
        private readonly AssessmentOptions options;
        private readonly Dictionary<string, List<Finding>> findingsByOrg = new(StringComparer.Ordinal);
        private readonly Dictionary<(string Org, string Item, string? Assessor), (AssessmentEntry Entry, int Index)> entered = new();
        private readonly HashSet<int> used = new();
        private readonly List<DataProblem> problems = new();
        private readonly AssessmentEntryLog entries;
        private readonly Dictionary<string, ScorecardItem> items;
        private readonly IReadOnlyList<AssessorSource?> sources;

        internal Scorer(Scorecard scorecard, ComplianceInput input, IReadOnlyList<Finding> findings, int year, AssessmentEntryLog entries, AssessmentOptions options)
        {
            this.scorecard = scorecard;
            this.input = input;
            this.year = year;
            this.options = options;
            this.entries = entries;
            items = scorecard.Indicators.SelectMany(i => i.Items).ToDictionary(i => i.Id, StringComparer.Ordinal);
            sources = scorecard.Assessors.Count == 0 ? new AssessorSource?[] { null } : scorecard.Assessors.Cast<AssessorSource?>().ToArray();
            foreach (var f in findings)
            {
                var org = f.OrganizationId ?? f.SubjectId;
                if (!findingsByOrg.TryGetValue(org, out var list))
                {
                    findingsByOrg[org] = list = new List<Finding>();
                }

                list.Add(f);
            }

            var assessorIds = new HashSet<string>(scorecard.Assessors.Select(a => a.Id), StringComparer.Ordinal);
            for (var i = 0; i < entries.Entries.Count; i++)
            {
                var e = entries.Entries[i];
                var mine = e.Scorecard is null || string.Equals(e.Scorecard, scorecard.Id, StringComparison.Ordinal);
                if (!mine || e.Year != year)
                {
                    continue;
                }

                var itemKnown = items.TryGetValue(e.Item, out var item);
                var assessorKnown = e.Assessor is null || assessorIds.Contains(e.Assessor);
                if (e.Scorecard is not null && !itemKnown)
                {
                    problems.Add(new DataProblem("assessments", i, e.OrganizationId, "item", $"no item \"{e.Item}\" in scorecard \"{scorecard.Id}\"; expected one of: {string.Join(", ", items.Keys.OrderBy(k => k, StringComparer.Ordinal))}"));
                    continue;
                }

                if (e.Scorecard is not null && !assessorKnown)
                {
                    problems.Add(new DataProblem("assessments", i, e.OrganizationId, "assessor", $"no assessor \"{e.Assessor}\" in scorecard \"{scorecard.Id}\"; expected one of: {string.Join(", ", assessorIds.OrderBy(k => k, StringComparer.Ordinal))}"));
                    continue;
                }

                if (!itemKnown || !assessorKnown)
                {
                    continue;
                }

                if (Fit(item!, e.Value) is { } wrong)
                {
                    problems.Add(new DataProblem("assessments", i, e.OrganizationId, "value", wrong));
                    continue;
                }

                var key = (e.OrganizationId, e.Item, e.Assessor);

                // A value for this very scorecard wins over one for any scorecard.
                if (!entered.TryGetValue(key, out var existing) || (existing.Entry.Scorecard is null && e.Scorecard is not null))
                {
                    entered[key] = (e, i);
                }
            }
        }

        internal void ThrowOnEntryProblems()
        {
            if (problems.Count > 0)
            {
                throw new PartyOrgDataException(problems);
            }
        }

        internal IReadOnlyList<int> UnusedEntries() => Enumerable.Range(0, entries.Entries.Count).Where(i => !used.Contains(i)).ToArray();

        internal OrganizationAssessment Assess(string organizationId)
        {
            var org = input.Tree.GetOrganization(organizationId);
            var lines = new List<ScoreLine>();
            var totals = new List<AssessorScore>();
            foreach (var source in sources)
            {
                var sum = scorecard.Mode == ScoringMode.Baseline ? scorecard.Baseline : 0m;
                foreach (var indicator in scorecard.Indicators)
                {
                    foreach (var item in indicator.Items)
                    {
                        var line = Line(org, indicator, item, source);
                        lines.Add(line);
                        sum += line.Points;
                    }
                }

                totals.Add(new AssessorScore(source?.Id, source?.Weight ?? 1m, sum));
            }

            var score = Math.Round(totals.Sum(t => t.Weight * t.Total), 2, MidpointRounding.AwayFromZero);
            var band = scorecard.Bands.FirstOrDefault(b => score >= b.Min) ?? scorecard.Bands[scorecard.Bands.Count - 1];
            var grade = band.Grade;
            var adjustments = new List<GradeAdjustment>();
            foreach (var rule in scorecard.DirectGrades)
            {
                grade = Apply("direct", rule, grade, lines, adjustments, (current, target) => Rank(target) < Rank(current));
            }

            foreach (var rule in scorecard.Caps)
            {
                grade = Apply("cap", rule, grade, lines, adjustments, (current, target) => Rank(current) < Rank(target));
            }

            foreach (var rule in scorecard.Vetoes)
            {
                grade = Apply("veto", rule, grade, lines, adjustments, (current, target) => Rank(current) < Rank(target));
            }

            return new OrganizationAssessment(org.Id, org.Name, score, totals, band.Grade, grade, adjustments, lines);
        }

        private int Rank(string grade) => scorecard.RankOf(grade);

        /// <summary>Applies a rule when its condition holds and <paramref name="changes"/> says it moves the grade.</summary>
        private static string Apply(string kind, GradeRule rule, string grade, List<ScoreLine> lines, List<GradeAdjustment> adjustments, Func<string, string, bool> changes)
        {
            var value = lines.Where(l => l.Item.Id == rule.Item).Select(l => l.Value).FirstOrDefault(v => v is not null);
            if (value is null)
            {
                adjustments.Add(new GradeAdjustment("not-judged", rule, grade, grade, null));
                return grade;
            }

            if (rule.Holds(value.Value) && changes(grade, rule.Grade))
            {
                adjustments.Add(new GradeAdjustment(kind, rule, grade, rule.Grade, value));
                return rule.Grade;
            }

            return grade;
        }

        private ScoreLine Line(Organization org, ScorecardIndicator indicator, ScorecardItem item, AssessorSource? source)
        {
            var evidence = new List<EvidenceItem>();
            decimal? value = null;
            var status = "scored";
            var e = item.Evidence!;
            if (e.Kind == EvidenceKind.Findings)
            {
                value = CountFindings(org.Id, e, evidence);
            }
            else if (e.Kind == EvidenceKind.Records)
            {
                value = CountRecords(org.Id, e, evidence);
            }
            else if (e.Kind == EvidenceKind.Computed && options.Providers.TryGetValue(e.Name!, out var provider) && provider.Compute(input, org.Id, year) is { } computed)
            {
                value = computed.Value;
                evidence.Add(new EvidenceItem("computed", e.Name!, computed.Explanation));
            }
            else if (Entered(org.Id, item.Id, source?.Id) is { } entry)
            {
                value = entry.Entry.Value;
                used.Add(entry.Index);
                var provenance = e.Kind == EvidenceKind.Computed ? $"（“{e.Name}”暂不可计算，采用填报值）" : string.Empty;
                var provenanceEn = e.Kind == EvidenceKind.Computed ? $" (\"{e.Name}\" cannot be computed yet; the entered value is used)" : string.Empty;
                evidence.Add(new EvidenceItem("entered", "$.assessments[" + entry.Index.ToString(Ci) + "]",
                    new LocalizedText("填报 " + N(entry.Entry.Value) + (entry.Entry.Note is { } n ? "：" + n : string.Empty) + provenance,
                        "entered " + N(entry.Entry.Value) + (entry.Entry.Note is { } m ? ": " + m : string.Empty) + provenanceEn)));
            }
            else
            {
                status = e.Kind == EvidenceKind.Computed ? "unavailable" : "missing";
            }

            var (points, explanation) = Points(item, value, status, e);
            return new ScoreLine(indicator, item, source?.Id, value, points, status, evidence, explanation);
        }

        private (decimal Points, LocalizedText Explanation) Points(ScorecardItem item, decimal? value, string status, EvidenceSource e)
        {
            var baseline = scorecard.Mode == ScoringMode.Baseline;
            if (value is not { } v)
            {
                var why = status == "unavailable"
                    ? new LocalizedText($"“{e.Name}”暂不可计算且未填报，计0分", $"\"{e.Name}\" cannot be computed yet and was not entered: 0 points")
                    : new LocalizedText("未填报，计0分", "not entered: 0 points");
                return (0m, why);
            }

            var per = item.PerOccurrence ?? 0m;
            if (item.Scoring == ItemScoring.Deduct)
            {
                var cap = item.Cap ?? (baseline ? decimal.MaxValue : item.Max);
                var moved = Math.Min(cap, per * v);
                var capped = per * v > cap ? $"（封顶{N(cap)}）" : string.Empty;
                var cappedEn = per * v > cap ? $" (capped at {N(cap)})" : string.Empty;
                return baseline
                    ? (-moved, new LocalizedText($"−{N(per)} × {N(v)} = −{N(moved)}{capped}", $"−{N(per)} × {N(v)} = −{N(moved)}{cappedEn}"))
                    : (item.Max - moved, new LocalizedText($"{N(item.Max)} − {N(per)} × {N(v)} = {N(item.Max - moved)}{capped}", $"{N(item.Max)} − {N(per)} × {N(v)} = {N(item.Max - moved)}{cappedEn}"));
            }

            if (item.Scoring == ItemScoring.Add)
            {
                var cap = item.Cap ?? (baseline ? decimal.MaxValue : item.Max);
                var moved = Math.Min(cap, per * v);
                var capped = per * v > cap ? $"（封顶{N(cap)}）" : string.Empty;
                var cappedEn = per * v > cap ? $" (capped at {N(cap)})" : string.Empty;
                return (moved, new LocalizedText($"+{N(per)} × {N(v)} = {N(moved)}{capped}", $"+{N(per)} × {N(v)} = {N(moved)}{cappedEn}"));
            }

            if (item.Scoring == ItemScoring.Held)
            {
                return v >= item.Required
                    ? (item.Max, new LocalizedText($"{N(v)}次 ≥ {item.Required}：得{N(item.Max)}分", $"{N(v)} ≥ {item.Required}: {N(item.Max)} points"))
                    : (0m, new LocalizedText($"{N(v)}次 < {item.Required}：未开展不得分", $"{N(v)} < {item.Required}: not held, 0 points"));
            }

            if (item.Scoring == ItemScoring.Score)
            {
                return (v, new LocalizedText($"评分 {N(v)}", $"scored {N(v)}"));
            }

            if (item.Scoring == ItemScoring.Ratio)
            {
                var p = Math.Round(item.Max * v, 2, MidpointRounding.AwayFromZero);
                return (p, new LocalizedText($"{N(item.Max)} × {N(v * 100m)}% = {N(p)}", $"{N(item.Max)} × {N(v * 100m)}% = {N(p)}"));
            }

            return (0m, new LocalizedText($"记录 {N(v)}（不计分）", $"recorded {N(v)} (no points)"));
        }

        private decimal CountFindings(string organizationId, EvidenceSource e, List<EvidenceItem> evidence)
        {
            if (!findingsByOrg.TryGetValue(organizationId, out var list))
            {
                return 0m;
            }

            var least = e.MinSeverity == "info" ? Severity.Info : e.MinSeverity == "warning" ? Severity.Warning : Severity.Error;
            var n = 0;
            foreach (var f in list)
            {
                if (f.Severity < least || !Matches(f.RuleId, e))
                {
                    continue;
                }

                n++;
                evidence.Add(new EvidenceItem("finding", f.RuleId + (f.Period is { } p ? " " + p : string.Empty) + (f.SubjectId != organizationId ? " " + f.SubjectId : string.Empty), f.Message));
            }

            return n;
        }

        private static bool Matches(string ruleId, EvidenceSource e) =>
            e.Rules.Contains(ruleId, StringComparer.Ordinal) || e.Families.Any(fam => ruleId.StartsWith(fam + "-", StringComparison.Ordinal));

        private decimal CountRecords(string organizationId, EvidenceSource e, List<EvidenceItem> evidence)
        {
            var n = 0;
            if (e.Name == "meetings" && input.Meetings is { } log)
            {
                foreach (var m in log.Records)
                {
                    if (m.OrganizationId == organizationId && m.Date.Year == year && m.Date <= input.AsOf && m.Kinds.Any(k => e.Kinds.Contains(k.Name, StringComparer.Ordinal)))
                    {
                        n++;
                        evidence.Add(new EvidenceItem("meeting", m.Id, new LocalizedText(
                            LocalDatePattern.Iso.Format(m.Date) + " " + string.Join("、", m.Kinds.Select(k => k.ChineseName)),
                            LocalDatePattern.Iso.Format(m.Date) + " " + string.Join(", ", m.Kinds.Select(k => k.Name)))));
                    }
                }
            }
            else if (e.Name == "reports" && input.Reports is { } reports)
            {
                foreach (var r in reports.Reports)
                {
                    if (r.OrganizationId == organizationId && r.Year == year && e.Kinds.Contains(r.Kind.Name, StringComparer.Ordinal))
                    {
                        n++;
                        evidence.Add(new EvidenceItem("report", r.Kind.Name + " " + LocalDatePattern.Iso.Format(r.Date), new LocalizedText(
                            LocalDatePattern.Iso.Format(r.Date) + " " + r.Kind.ChineseName, LocalDatePattern.Iso.Format(r.Date) + " " + r.Kind.EnglishName)));
                    }
                }
            }

            return n;
        }

        private (AssessmentEntry Entry, int Index)? Entered(string organizationId, string item, string? assessor)
        {
            if (assessor is not null && entered.TryGetValue((organizationId, item, assessor), out var own))
            {
                return own;
            }

            return entered.TryGetValue((organizationId, item, null), out var any) ? any : null;
        }

        /// <summary>Why an entered value does not fit its item, or null.</summary>
        private string? Fit(ScorecardItem item, decimal value)
        {
            if (item.Scoring == ItemScoring.Ratio && (value < 0 || value > 1))
            {
                return $"item \"{item.Id}\" is a rate: expected a number from 0 to 1 (0.93 is 93 %), found {N(value)}";
            }

            if (item.Scoring == ItemScoring.Score && (value < 0 || value > item.Max))
            {
                return $"item \"{item.Id}\" takes points from 0 to {N(item.Max)}, found {N(value)}";
            }

            if ((item.Scoring == ItemScoring.Add || item.Scoring == ItemScoring.Deduct || item.Scoring == ItemScoring.Held) && (value < 0 || decimal.Truncate(value) != value))
            {
                return $"item \"{item.Id}\" counts occurrences: expected a whole number ≥ 0, found {N(value)}";
            }

            if (item.Scoring == ItemScoring.Info && value < 0)
            {
                return $"item \"{item.Id}\": expected a number ≥ 0, found {N(value)}";
            }

            return null;
        }

        private static string N(decimal d) => d.ToString("0.##########", Ci);
    }
}
