using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PartyOrg.Domain.Leadership;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Assessment;

/// <summary>The consistency checks of a <see cref="Scorecard"/>; each problem carries the JSON path of the field.</summary>
internal static class ScorecardValidator
{
    internal static readonly string[] Severities = { "error", "warning", "info" };
    internal static readonly string[] RecordNames = { "meetings", "reports" };

    internal static IReadOnlyList<DataProblem> Validate(Scorecard s)
    {
        var p = new List<DataProblem>();
        var id = string.IsNullOrWhiteSpace(s.Id) ? "scorecard" : s.Id;
        void Add(string collection, int index, string? field, string message) => p.Add(new DataProblem(collection, index, id, field, message));
        void Root(string field, string message) => Add(field, -1, null, message);

        if (string.IsNullOrWhiteSpace(s.Id))
        {
            Root("id", "required: the scorecard's id");
        }

        if (s.Title is null)
        {
            Root("title", "required: the title in zh-CN and en");
        }

        for (var i = 0; i < s.Grades.Count; i++)
        {
            if (s.Grades[i].Name is null)
            {
                Add("grades", i, "name", "required: the grade's name in zh-CN and en");
            }
        }

        if (string.IsNullOrWhiteSpace(s.Version))
        {
            Root("version", "required: the scorecard's version");
        }

        if (string.IsNullOrWhiteSpace(s.IssuingUnit))
        {
            Root("issuingUnit", "required: the unit that issued the scorecard");
        }

        if (string.IsNullOrWhiteSpace(s.Source))
        {
            Root("source", "required: the document or text the scorecard comes from");
        }

        if (s.Period != "annual")
        {
            Root("period", $"only \"annual\" is supported, found \"{s.Period}\"");
        }

        if (s.InForceUntil is { } until && until < s.InForceFrom)
        {
            Root("inForce.until", $"ends ({until:yyyy-MM-dd}) before it starts ({s.InForceFrom:yyyy-MM-dd})");
        }

        if (s.AppliesTo.Count == 0)
        {
            Root("appliesTo", "expected at least one organisation kind to grade");
        }

        Unique(s.Grades.Select(g => g.Id), "grades", "id", Add);
        if (s.Grades.Count < 2)
        {
            Root("grades", $"expected at least 2 grades, found {s.Grades.Count}");
        }

        var items = new Dictionary<string, ScorecardItem>(StringComparer.Ordinal);
        if (s.Indicators.Count == 0)
        {
            Root("indicators", "expected at least one indicator");
        }

        Unique(s.Indicators.Select(i => i.Id), "indicators", "id", Add);
        var sum = 0m;
        for (var i = 0; i < s.Indicators.Count; i++)
        {
            var indicator = s.Indicators[i];
            var path = "indicators[" + N(i) + "].items";
            if (indicator.Items.Count == 0)
            {
                Add("indicators", i, "items", "expected at least one item");
            }

            if (indicator.Name is null)
            {
                Add("indicators", i, "name", "required: the indicator's name in zh-CN and en");
            }

            var itemSum = 0m;
            for (var j = 0; j < indicator.Items.Count; j++)
            {
                var item = indicator.Items[j];
                if (string.IsNullOrWhiteSpace(item.Id))
                {
                    Add(path, j, "id", "required: the item's id");
                }
                else if (items.ContainsKey(item.Id))
                {
                    Add(path, j, "id", $"item id \"{item.Id}\" is used more than once in the scorecard");
                }
                else
                {
                    items[item.Id] = item;
                }

                if (item.Name is null)
                {
                    Add(path, j, "name", "required: the item's name in zh-CN and en");
                }

                Item(s, item, path, j, Add);
                itemSum += item.Max;
            }

            if (s.Mode == ScoringMode.Points && itemSum != indicator.Max)
            {
                Add("indicators", i, "max", $"the items' maxima add up to {N(itemSum)}, not to the indicator's maximum {N(indicator.Max)}");
            }

            sum += indicator.Max;
        }

        if (s.Mode == ScoringMode.Points && sum != s.Total)
        {
            Root("total", $"the indicators' maxima add up to {N(sum)}, not to the total {N(s.Total)}");
        }

        if (s.Mode == ScoringMode.Baseline && s.Baseline < 0)
        {
            Root("baseline", $"expected a baseline ≥ 0, found {N(s.Baseline)}");
        }

        Unique(s.Assessors.Select(a => a.Id), "assessors", "id", Add);
        for (var i = 0; i < s.Assessors.Count; i++)
        {
            if (s.Assessors[i].Weight <= 0 || s.Assessors[i].Weight > 1)
            {
                Add("assessors", i, "weight", $"expected a weight above 0 and at most 1 (a fraction: 0.4 is 40 %), found {N(s.Assessors[i].Weight)}");
            }
        }

        if (s.Assessors.Count > 0 && s.Assessors.Sum(a => a.Weight) != 1m)
        {
            Root("assessors", $"the weights add up to {N(s.Assessors.Sum(a => a.Weight) * 100m)} %, expected 100 %");
        }

        Bands(s, Add, Root);
        for (var i = 0; i < s.Caps.Count; i++)
        {
            Rule(s, s.Caps[i], "caps", i, items, true, Add);
        }

        for (var i = 0; i < s.Vetoes.Count; i++)
        {
            Rule(s, s.Vetoes[i], "vetoes", i, items, true, Add);
        }

        for (var i = 0; i < s.DirectGrades.Count; i++)
        {
            Rule(s, s.DirectGrades[i], "directGrades", i, items, false, Add);
        }

        for (var i = 0; i < s.Quotas.Count; i++)
        {
            var q = s.Quotas[i];
            if (s.FindGrade(q.Grade) is null)
            {
                Add("quotas", i, "grade", $"no grade \"{q.Grade}\"; expected one of: {string.Join(", ", s.Grades.Select(g => g.Id))}");
            }

            if (q.MaxShare is null && q.MinShare is null)
            {
                Add("quotas", i, null, "expected maxShare or minShare");
            }

            foreach (var (share, field) in new[] { (q.MaxShare, "maxShare"), (q.MinShare, "minShare") })
            {
                if (share is { } v && (v <= 0 || v > 1))
                {
                    Add("quotas", i, field, $"expected a share above 0 and at most 1 (0.1 is 10 %), found {N(v)}");
                }
            }
        }

        return p;
    }

    private static void Item(Scorecard s, ScorecardItem item, string path, int j, Action<string, int, string?, string> add)
    {
        var scoring = item.Scoring;
        if (scoring == ItemScoring.Info ? item.Max != 0 : item.Max <= 0 && s.Mode == ScoringMode.Points)
        {
            add(path, j, "max", scoring == ItemScoring.Info ? $"an info item scores no points: expected 0, found {N(item.Max)}" : $"expected a maximum above 0, found {N(item.Max)}");
        }

        if (s.Mode == ScoringMode.Baseline && scoring != ItemScoring.Add && scoring != ItemScoring.Deduct && scoring != ItemScoring.Info)
        {
            add(path, j, "scoring", $"a baseline scorecard adds or deducts: expected add, deduct or info, found {scoring.Name}");
        }

        if (scoring == ItemScoring.Add || scoring == ItemScoring.Deduct)
        {
            if (item.PerOccurrence is not { } per || per <= 0)
            {
                add(path, j, "perOccurrence", "expected the points per occurrence, a number above 0");
            }

            if (item.Cap is { } cap && (cap <= 0 || (s.Mode == ScoringMode.Points && cap > item.Max)))
            {
                add(path, j, "cap", $"expected a cap above 0{(s.Mode == ScoringMode.Points ? " and at most the item's maximum " + N(item.Max) : string.Empty)}, found {N(cap)}");
            }
        }

        if (scoring == ItemScoring.Held && item.Required < 1)
        {
            add(path, j, "required", $"expected at least 1, found {item.Required}");
        }

        if (item.Evidence is not { } e)
        {
            add(path, j, "evidence", "an item needs an evidence source: findings, records, computed or entered");
            return;
        }

        var ev = path + "[" + N(j) + "].evidence";
        if (e.Kind == EvidenceKind.Findings)
        {
            if (e.Rules.Count == 0 && e.Families.Count == 0)
            {
                add(ev, -1, "rules", "findings evidence names at least one rule id or family");
            }

            if (!Severities.Contains(e.MinSeverity))
            {
                add(ev, -1, "minSeverity", $"unknown value \"{e.MinSeverity}\"; expected one of: {string.Join(", ", Severities)}");
            }

            if (scoring != ItemScoring.Deduct && scoring != ItemScoring.Info)
            {
                add(path, j, "scoring", $"findings are violations: an item counting them deducts (or is info), found {scoring.Name}");
            }
        }
        else if (e.Kind == EvidenceKind.Records)
        {
            if (e.Name is null || !RecordNames.Contains(e.Name))
            {
                add(ev, -1, "name", $"expected one of: {string.Join(", ", RecordNames)}; found {(e.Name is null ? "nothing" : "\"" + e.Name + "\"")}");
            }
            else
            {
                var allowed = e.Name == "meetings" ? MeetingKind.List.Select(k => k.Name).ToArray() : LeadershipReportKind.List.Select(k => k.Name).ToArray();
                if (e.Kinds.Count == 0)
                {
                    add(ev, -1, "kinds", "expected at least one kind");
                }

                for (var k = 0; k < e.Kinds.Count; k++)
                {
                    if (!allowed.Contains(e.Kinds[k], StringComparer.Ordinal))
                    {
                        add(ev + ".kinds", k, null, $"unknown {e.Name} kind \"{e.Kinds[k]}\"; expected one of: {string.Join(", ", allowed.OrderBy(a => a, StringComparer.Ordinal))}");
                    }
                }
            }
        }
        else if (e.Kind == EvidenceKind.Computed && string.IsNullOrWhiteSpace(e.Name))
        {
            add(ev, -1, "name", "computed evidence names its provider, e.g. secretary-vacant-months");
        }
    }

    private static void Bands(Scorecard s, Action<string, int, string?, string> add, Action<string, string> root)
    {
        if (s.Bands.Count == 0)
        {
            root("bands", "expected at least one grade band");
            return;
        }

        var lastRank = -1;
        for (var i = 0; i < s.Bands.Count; i++)
        {
            var b = s.Bands[i];
            var rank = s.RankOf(b.Grade);
            if (rank < 0)
            {
                add("bands", i, "grade", $"no grade \"{b.Grade}\"; expected one of: {string.Join(", ", s.Grades.Select(g => g.Id))}");
            }
            else if (rank <= lastRank)
            {
                add("bands", i, "grade", "bands run from the best grade to the worst, each grade once");
            }
            else
            {
                lastRank = rank;
            }

            if (i == 0 && b.Below is not null)
            {
                add("bands", i, "below", "the top band has no upper bound");
            }

            if (i > 0)
            {
                var above = s.Bands[i - 1].Min;
                if (b.Below is not { } below)
                {
                    add("bands", i, "below", $"required: the band stops below the band above it ({N(above)})");
                }
                else if (below != above)
                {
                    add("bands", i, "below", below < above
                        ? $"gap: scores from {N(below)} up to {N(above)} fall in no band"
                        : $"overlap: the band reaches {N(below)} but the band above starts at {N(above)}");
                }

                if (b.Min >= above)
                {
                    add("bands", i, "min", $"expected below the band above ({N(above)}), found {N(b.Min)}");
                }
            }
        }

        if (s.Bands[s.Bands.Count - 1].Min != 0)
        {
            add("bands", s.Bands.Count - 1, "min", $"the lowest band starts at 0 (it also takes any score below 0), found {N(s.Bands[s.Bands.Count - 1].Min)}");
        }
    }

    private static void Rule(Scorecard s, GradeRule r, string collection, int i, Dictionary<string, ScorecardItem> items, bool limits, Action<string, int, string?, string> add)
    {
        if (s.FindGrade(r.Grade) is null)
        {
            add(collection, i, "grade", $"no grade \"{r.Grade}\"; expected one of: {string.Join(", ", s.Grades.Select(g => g.Id))}");
        }

        if (r.Below is null && r.AtLeast is null)
        {
            add(collection, i, null, "expected a condition: below or atLeast");
        }

        if (!items.TryGetValue(r.Item, out var item))
        {
            add(collection, i, "item", $"no item \"{r.Item}\" in the scorecard");
            return;
        }

        if (item.Evidence?.Kind == EvidenceKind.Findings)
        {
            // Removing a violation must never lower a grade: a findings count may only trigger a cap or veto from a threshold up.
            if (!limits)
            {
                add(collection, i, "item", $"a direct grade cannot rest on findings (item \"{r.Item}\" counts violations)");
            }
            else if (r.Below is not null)
            {
                add(collection, i, "below", $"item \"{r.Item}\" counts violations: a cap or veto on it uses atLeast, not below");
            }
        }
    }

    private static void Unique(IEnumerable<string> ids, string collection, string field, Action<string, int, string?, string> add)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var id in ids)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                add(collection, i, field, "required: a non-empty id");
            }
            else if (!seen.Add(id))
            {
                add(collection, i, field, $"id \"{id}\" is used more than once");
            }

            i++;
        }
    }

    private static string N(decimal d) => d.ToString("0.##########", CultureInfo.InvariantCulture);

    private static string N(int d) => d.ToString(CultureInfo.InvariantCulture);
}
