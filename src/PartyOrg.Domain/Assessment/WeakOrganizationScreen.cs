using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PartyOrg.Domain.AssessmentData;
using PartyOrg.Domain.Compliance;

namespace PartyOrg.Domain.Assessment;

/// <summary>The thresholds of the 软弱涣散 screen (local practice; the defaults follow a prefecture's "3项17条").</summary>
public sealed class WeakScreenSettings
{
    /// <summary>A secretary vacant for more than this many month-ends of the year is a signal (3: "书记出缺超过3个月").</summary>
    public int SecretaryVacantMonths { get; init; } = 3;

    /// <summary>At least this many MTG-* and LIFE-* error findings in the year is a signal ("支部工作条例规定的会议不开"; library default 4).</summary>
    public int LifeFindings { get; init; } = 4;

    /// <summary>The scorecard item holding the satisfaction rate.</summary>
    public string SatisfactionItem { get; init; } = "satisfaction";

    /// <summary>A satisfaction rate below this is a signal (0.6: "群众满意率低于60%").</summary>
    public decimal SatisfactionBelow { get; init; } = 0.6m;

    /// <summary>The default settings.</summary>
    public static WeakScreenSettings Default { get; } = new();
}

/// <summary>One reason to propose an organisation as weak and lax, with its evidence.</summary>
public sealed class WeakSignal
{
    internal WeakSignal(string name, WeaknessType? type, LocalizedText evidence, IReadOnlyList<string> references)
    {
        Name = name;
        Type = type;
        Evidence = evidence;
        References = references;
    }

    /// <summary><c>secretary-vacant</c>, <c>organizational-life-not-held</c>, <c>term-overdue</c>, <c>no-development-2y</c>, <c>low-satisfaction</c> or <c>bottom-grade</c>.</summary>
    public string Name { get; }

    /// <summary>The national type it points to, or null for a local signal.</summary>
    public WeaknessType? Type { get; }

    /// <summary>What was found.</summary>
    public LocalizedText Evidence { get; }

    /// <summary>The findings (rule id and period) or values behind it.</summary>
    public IReadOnlyList<string> References { get; }
}

/// <summary>A proposed weak and lax organisation (候选), to be confirmed by the superior.</summary>
public sealed class WeakCandidate
{
    internal WeakCandidate(string organizationId, string name, IReadOnlyList<WeakSignal> signals)
    {
        OrganizationId = organizationId;
        Name = name;
        Signals = signals;
    }

    /// <summary>The organisation.</summary>
    public string OrganizationId { get; }

    /// <summary>Its name.</summary>
    public string Name { get; }

    /// <summary>The signals.</summary>
    public IReadOnlyList<WeakSignal> Signals { get; }

    /// <summary>The national types the signals point to, by number.</summary>
    public IEnumerable<WeaknessType> Types => Signals.Where(s => s.Type is not null).Select(s => s.Type!).Distinct().OrderBy(t => t.Value);
}

/// <summary>The result of the screen: candidates and the signals that could not be computed.</summary>
public sealed class WeakScreenResult
{
    internal WeakScreenResult(IReadOnlyList<WeakCandidate> candidates, IReadOnlyList<string> unavailable)
    {
        Candidates = candidates;
        Unavailable = unavailable;
    }

    /// <summary>The candidates, in tree order.</summary>
    public IReadOnlyList<WeakCandidate> Candidates { get; }

    /// <summary>The signals without a provider (e.g. <c>no-development-2y</c> until the development pipeline supplies it).</summary>
    public IReadOnlyList<string> Unavailable { get; }
}

/// <summary>
/// 软弱涣散排查 — proposes weak and lax candidates among the graded organisations from the computable signals: secretary vacant
/// too long, organisational life not held, 换届 overdue, no development for 2 years (when a provider is plugged in), a low
/// satisfaction rate and the bottom grade. It proposes; the superior identifies (then a <see cref="RectificationRecord"/> follows).
/// </summary>
public static class WeakOrganizationScreen
{
    /// <summary>The name of the "no member developed for 2 years" evidence (from the development pipeline).</summary>
    public const string NoDevelopmentSignal = "no-development-2y";

    /// <summary>Screens the organisations of an assessment.</summary>
    /// <param name="result">The assessment.</param>
    /// <param name="settings">Thresholds, or null for the defaults.</param>
    /// <param name="options">Evidence providers, or null for the defaults.</param>
    /// <returns>The candidates.</returns>
    public static WeakScreenResult Propose(AssessmentResult result, WeakScreenSettings? settings = null, AssessmentOptions? options = null)
    {
        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        settings ??= WeakScreenSettings.Default;
        options ??= AssessmentOptions.Default;
        var ci = CultureInfo.InvariantCulture;
        var termRule = TermOnTimeRule.Definition.Id;
        var errors = result.Compliance.Findings.Where(f => f.Severity == Severity.Error)
            .GroupBy(f => f.OrganizationId ?? f.SubjectId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        options.Providers.TryGetValue(SecretaryVacantMonths.ProviderName, out var vacancy);
        options.Providers.TryGetValue(NoDevelopmentSignal, out var development);
        var worst = result.Scorecard.Grades[result.Scorecard.Grades.Count - 1];
        var candidates = new List<WeakCandidate>();
        foreach (var sheet in result.Organizations)
        {
            var signals = new List<WeakSignal>();
            if (vacancy?.Compute(result.Input, sheet.OrganizationId, result.Year) is { } v && v.Value > settings.SecretaryVacantMonths)
            {
                signals.Add(new WeakSignal("secretary-vacant", WeaknessType.IncompleteLeadership, v.Explanation, new[] { SecretaryVacantMonths.ProviderName + "=" + v.Value.ToString(ci) }));
            }

            var own = errors.TryGetValue(sheet.OrganizationId, out var list) ? list : Array.Empty<Finding>();
            var life = own.Where(f => f.RuleId.StartsWith("MTG-", StringComparison.Ordinal) || f.RuleId.StartsWith("LIFE-", StringComparison.Ordinal)).ToArray();
            if (life.Length >= settings.LifeFindings)
            {
                signals.Add(new WeakSignal("organizational-life-not-held", WeaknessType.NoOrganizationalLife,
                    new LocalizedText($"组织生活问题{life.Length}项（≥{settings.LifeFindings}）", $"{life.Length} organisational-life findings (≥ {settings.LifeFindings})"),
                    life.Select(Ref).ToArray()));
            }

            var term = own.Where(f => f.RuleId == termRule).ToArray();
            if (term.Length > 0)
            {
                signals.Add(new WeakSignal("term-overdue", WeaknessType.IncompleteLeadership,
                    new LocalizedText("未按期换届", "election overdue"), term.Select(Ref).ToArray()));
            }

            if (development?.Compute(result.Input, sheet.OrganizationId, result.Year) is { } d && d.Value >= 1)
            {
                signals.Add(new WeakSignal(NoDevelopmentSignal, null, d.Explanation, new[] { NoDevelopmentSignal + "=" + d.Value.ToString(ci) }));
            }

            var satisfaction = sheet.Lines.Where(l => l.Item.Id == settings.SatisfactionItem && l.Value is not null).Select(l => l.Value).FirstOrDefault();
            if (satisfaction is { } s && s < settings.SatisfactionBelow)
            {
                var pct = (s * 100m).ToString("0.##", ci) + "%";
                signals.Add(new WeakSignal("low-satisfaction", WeaknessType.PoorService,
                    new LocalizedText($"群众满意率{pct}，低于{(settings.SatisfactionBelow * 100m).ToString("0.##", ci)}%", $"satisfaction {pct}, below {(settings.SatisfactionBelow * 100m).ToString("0.##", ci)}%"),
                    new[] { settings.SatisfactionItem + "=" + s.ToString(ci) }));
            }

            if (sheet.Grade == worst.Id)
            {
                signals.Add(new WeakSignal("bottom-grade", null,
                    new LocalizedText($"评定为“{worst.Name!.Chinese}”（{sheet.Score.ToString("0.##", ci)}分）", $"graded {worst.Name!.English} ({sheet.Score.ToString("0.##", ci)} points)"),
                    new[] { result.Scorecard.Id + ":" + sheet.Grade }));
            }

            if (signals.Count > 0)
            {
                candidates.Add(new WeakCandidate(sheet.OrganizationId, sheet.Name, signals));
            }
        }

        var unavailable = development is null ? new[] { NoDevelopmentSignal } : Array.Empty<string>();
        return new WeakScreenResult(candidates, unavailable);
    }

    private static string Ref(Finding f) => f.RuleId + (f.Period is { } p ? " " + p : string.Empty);
}
