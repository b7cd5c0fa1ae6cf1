using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using PartyOrg.Domain.Assessment;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Json.Reading;

/// <summary>Reads a scorecard definition (JSON → <see cref="Scorecard"/>), every problem with its JSON path.</summary>
internal sealed class ScorecardReader
{
    private static readonly string[] RootFields =
    {
        "$schema", "id", "version", "title", "scope", "issuingUnit", "source", "period", "inForce", "mode", "baseline", "total", "appliesTo", "assessedBy",
        "grades", "indicators", "assessors", "bands", "caps", "vetoes", "directGrades", "quotas",
    };

    private static readonly string[] TextFields = { "zh-CN", "en" };
    private static readonly string[] InForceFields = { "from", "until" };
    private static readonly string[] GradeFields = { "id", "name" };
    private static readonly string[] IndicatorFields = { "id", "name", "max", "items" };
    private static readonly string[] ItemFields = { "id", "name", "max", "scoring", "perOccurrence", "cap", "required", "evidence", "basis" };
    private static readonly string[] EvidenceFields = { "kind", "rules", "families", "minSeverity", "name", "kinds" };
    private static readonly string[] AssessorFields = { "id", "name", "weight" };
    private static readonly string[] BandFields = { "grade", "min", "below" };
    private static readonly string[] RuleFields = { "id", "name", "item", "below", "atLeast", "grade" };
    private static readonly string[] QuotaFields = { "grade", "maxShare", "minShare" };
    private static readonly IReadOnlyList<string> Scopes = ScorecardScope.List.OrderBy(s => s.Value).Select(s => s.Name).ToArray();
    private static readonly IReadOnlyList<string> Modes = ScoringMode.List.OrderBy(s => s.Value).Select(s => s.Name).ToArray();
    private static readonly IReadOnlyList<string> Scorings = ItemScoring.List.OrderBy(s => s.Value).Select(s => s.Name).ToArray();
    private static readonly IReadOnlyList<string> EvidenceKinds = EvidenceKind.List.OrderBy(s => s.Value).Select(s => s.Name).ToArray();

    private readonly ProblemList problems;

    private ScorecardReader(ProblemList problems) => this.problems = problems;

    /// <summary>The scorecard, or null with the problems added (shape problems first, then the consistency checks).</summary>
    internal static Scorecard? Read(JsonElement root, ProblemList problems)
    {
        var reader = new ScorecardReader(problems);
        var before = problems.Count;
        var card = reader.Card(root);
        if (card is null || problems.Count > before)
        {
            return null;
        }

        foreach (var p in card.Validate())
        {
            problems.Add(p.Path, p.Message);
        }

        return problems.Count > before ? null : card;
    }

    private Scorecard? Card(JsonElement e)
    {
        if (ObjectReader.Open(e, JsonPaths.Root, problems, RootFields) is not { } r)
        {
            return null;
        }

        var inForce = r.Value("inForce", true) is { } f && ObjectReader.Open(f, r.At("inForce"), problems, InForceFields) is { } fr
            ? (From: fr.Date("from", true), Until: fr.Date("until", false), Reader: fr)
            : (From: null, Until: null, Reader: null);
        inForce.Reader?.Finish();
        var card = new Scorecard
        {
            Id = r.Id("id", true) ?? string.Empty,
            Version = r.String("version", true) ?? string.Empty,
            Title = Text(r, "title", true),
            Scope = r.Enum("scope", true, Scopes) is { } scope ? ScorecardScope.FromName(scope) : ScorecardScope.Local,
            IssuingUnit = r.String("issuingUnit", true) ?? string.Empty,
            Source = r.String("source", true) ?? string.Empty,
            Period = r.Enum("period", false, new[] { "annual" }) ?? "annual",
            InForceFrom = inForce.From ?? default,
            InForceUntil = inForce.Until,
            Mode = r.Enum("mode", false, Modes) is { } mode ? ScoringMode.FromName(mode) : ScoringMode.Points,
            Baseline = Dec(r, "baseline", false) ?? 100m,
            Total = Dec(r, "total", false) ?? 100m,
            AppliesTo = Kinds(r, "appliesTo") ?? new[] { OrganizationKind.Branch },
            AssessedBy = Kinds(r, "assessedBy") ?? new[] { OrganizationKind.OrganCommittee, OrganizationKind.BasicCommittee, OrganizationKind.WorkingCommittee },
            Grades = List(r, "grades", true, Grade),
            Indicators = List(r, "indicators", true, Indicator),
            Assessors = List(r, "assessors", false, Assessor),
            Bands = List(r, "bands", true, Band),
            Caps = List(r, "caps", false, Rule),
            Vetoes = List(r, "vetoes", false, Rule),
            DirectGrades = List(r, "directGrades", false, Rule),
            Quotas = List(r, "quotas", false, Quota),
        };
        r.Finish();
        return card;
    }

    private ScorecardGrade? Grade(JsonElement e, string path) => Open(e, path, GradeFields, r => new ScorecardGrade
    {
        Id = r.Id("id", true) ?? string.Empty,
        Name = Text(r, "name", true),
    });

    private ScorecardIndicator? Indicator(JsonElement e, string path) => Open(e, path, IndicatorFields, r => new ScorecardIndicator
    {
        Id = r.Id("id", true) ?? string.Empty,
        Name = Text(r, "name", true),
        Max = Dec(r, "max", true) ?? 0m,
        Items = List(r, "items", true, Item),
    });

    private ScorecardItem? Item(JsonElement e, string path) => Open(e, path, ItemFields, r => new ScorecardItem
    {
        Id = r.Id("id", true) ?? string.Empty,
        Name = Text(r, "name", true),
        Max = Dec(r, "max", true) ?? 0m,
        Scoring = r.Enum("scoring", true, Scorings) is { } s ? ItemScoring.FromName(s) : ItemScoring.Info,
        PerOccurrence = Dec(r, "perOccurrence", false),
        Cap = Dec(r, "cap", false),
        Required = r.Int("required", false, 1) ?? 1,
        Evidence = r.Value("evidence", false) is { } ev ? Evidence(ev, r.At("evidence")) : null,
        Basis = r.String("basis", false),
    });

    private EvidenceSource? Evidence(JsonElement e, string path) => Open(e, path, EvidenceFields, r => new EvidenceSource
    {
        Kind = r.Enum("kind", true, EvidenceKinds) is { } k ? EvidenceKind.FromName(k) : EvidenceKind.Entered,
        Rules = Strings(r, "rules"),
        Families = Strings(r, "families"),
        MinSeverity = r.Enum("minSeverity", false, new[] { "error", "warning", "info" }) ?? "error",
        Name = r.String("name", false),
        Kinds = Strings(r, "kinds"),
    });

    private AssessorSource? Assessor(JsonElement e, string path) => Open(e, path, AssessorFields, r => new AssessorSource
    {
        Id = r.Id("id", true) ?? string.Empty,
        Name = Text(r, "name", false),
        Weight = Dec(r, "weight", true) ?? 0m,
    });

    private GradeBand? Band(JsonElement e, string path) => Open(e, path, BandFields, r => new GradeBand
    {
        Grade = r.Id("grade", true) ?? string.Empty,
        Min = Dec(r, "min", true) ?? 0m,
        Below = Dec(r, "below", false),
    });

    private GradeRule? Rule(JsonElement e, string path) => Open(e, path, RuleFields, r => new GradeRule
    {
        Id = r.Id("id", true) ?? string.Empty,
        Name = Text(r, "name", false),
        Item = r.Id("item", true) ?? string.Empty,
        Below = Dec(r, "below", false),
        AtLeast = Dec(r, "atLeast", false),
        Grade = r.Id("grade", true) ?? string.Empty,
    });

    private GradeQuota? Quota(JsonElement e, string path) => Open(e, path, QuotaFields, r => new GradeQuota
    {
        Grade = r.Id("grade", true) ?? string.Empty,
        MaxShare = Dec(r, "maxShare", false),
        MinShare = Dec(r, "minShare", false),
    });

    private T? Open<T>(JsonElement e, string path, IReadOnlyList<string> fields, System.Func<ObjectReader, T> build)
        where T : class
    {
        if (ObjectReader.Open(e, path, problems, fields) is not { } r)
        {
            return null;
        }

        var value = build(r);
        r.Finish();
        return value;
    }

    private IReadOnlyList<T> List<T>(ObjectReader r, string name, bool required, System.Func<JsonElement, string, T?> item)
        where T : class
        => r.Array(name, required, item)?.Where(x => x is not null).Select(x => x!).ToArray() ?? System.Array.Empty<T>();

    private IReadOnlyList<string> Strings(ObjectReader r, string name) =>
        r.Ids(name, false)?.Where(x => x is not null).Select(x => x!).ToArray() ?? System.Array.Empty<string>();

    private IReadOnlyList<OrganizationKind>? Kinds(ObjectReader r, string name)
    {
        if (r.Value(name, false) is not { } v)
        {
            return null;
        }

        var kinds = ObjectReader.ReadArray(v, r.At(name), problems, (e, p) => ObjectReader.CheckEnum(e, p, Vocabulary.OrganizationKinds, problems));
        return kinds?.Where(k => k is not null).Select(k => OrganizationKind.FromName(k!)).ToArray();
    }

    private LocalizedText? Text(ObjectReader r, string name, bool required)
    {
        if (r.Value(name, required) is not { } v)
        {
            return null;
        }

        return Open(v, r.At(name), TextFields, t => new LocalizedText(t.String("zh-CN", true) ?? string.Empty, t.String("en", true) ?? string.Empty));
    }

    /// <summary>A JSON number read exactly as a decimal (never through a binary float).</summary>
    private decimal? Dec(ObjectReader r, string name, bool required)
    {
        if (r.Value(name, required) is not { } v)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDecimal(out var d))
        {
            problems.Add(r.At(name), "expected a number, found " + JsonPaths.Describe(v));
            return null;
        }

        if (d < -1000000m || d > 1000000m)
        {
            problems.Add(r.At(name), "expected a number between -1000000 and 1000000, found " + d.ToString(CultureInfo.InvariantCulture));
            return null;
        }

        return d;
    }
}
