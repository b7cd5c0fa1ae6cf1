using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Assessment;

/// <summary>
/// A named source of computed evidence (<c>"evidence": { "kind": "computed", "name": … }</c>). An application or a later
/// version plugs one in through <see cref="AssessmentOptions.WithEvidence"/>; a name without a provider is
/// <em>unavailable</em>, and the item then takes the value entered for it, if any.
/// </summary>
public interface IComputedEvidence
{
    /// <summary>The name scorecards use, e.g. <c>secretary-vacant-months</c>.</summary>
    string Name { get; }

    /// <summary>The value for an organisation and year, or null when it cannot be computed from the input.</summary>
    /// <param name="input">The compliance input (tree, records, as-of date).</param>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="year">The year assessed.</param>
    /// <returns>The value with its explanation, or null.</returns>
    EvidenceValue? Compute(ComplianceInput input, string organizationId, int year);
}

/// <summary>A computed value and what it rests on.</summary>
public sealed class EvidenceValue
{
    /// <summary>Creates the value.</summary>
    /// <param name="value">The number.</param>
    /// <param name="explanation">What it rests on, in both languages.</param>
    public EvidenceValue(decimal value, LocalizedText explanation)
    {
        Value = value;
        Explanation = explanation ?? throw new ArgumentNullException(nameof(explanation));
    }

    /// <summary>The number.</summary>
    public decimal Value { get; }

    /// <summary>What it rests on.</summary>
    public LocalizedText Explanation { get; }
}

/// <summary>
/// <c>secretary-vacant-months</c>: the closed months of the year at whose end the organisation existed and no member held
/// its secretary post (书记缺职). Built in.
/// </summary>
public sealed class SecretaryVacantMonths : IComputedEvidence
{
    /// <summary>The provider's name.</summary>
    public const string ProviderName = "secretary-vacant-months";

    /// <inheritdoc />
    public string Name => ProviderName;

    /// <inheritdoc />
    public EvidenceValue? Compute(ComplianceInput input, string organizationId, int year)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        var org = input.Tree.GetOrganization(organizationId);
        var months = new List<int>();
        for (var m = 1; m <= 12; m++)
        {
            var end = new LocalDate(year, m, 1).PlusMonths(1).PlusDays(-1);
            if (end > input.AsOf || !org.ExistsOn(end))
            {
                continue;
            }

            if (!input.Tree.PostsOf(organizationId, end).Any(p => p.Kind == PostKind.Secretary))
            {
                months.Add(m);
            }
        }

        var list = string.Join(", ", months.Select(m => year.ToString(CultureInfo.InvariantCulture) + "-" + m.ToString("00", CultureInfo.InvariantCulture)));
        return new EvidenceValue(months.Count, months.Count == 0
            ? new LocalizedText("各月末均有书记", "a secretary at every month's end")
            : new LocalizedText("月末无书记：" + list, "no secretary at the end of " + list));
    }
}

/// <summary>
/// <c>no-development-2y</c>: 1 when a branch that existed for the whole two years up to the assessed day (the end of the
/// year, or the as-of date when earlier) admitted nobody in them — neither a development record's admission meeting nor a
/// member's admission date — else 0 (发展党员 roll-up, <see cref="Development.DevelopmentRollUp"/>). Not computable for
/// other kinds of organisation, nor for a branch younger than two years. Built in.
/// </summary>
public sealed class NoDevelopmentTwoYears : IComputedEvidence
{
    /// <summary>The provider's name.</summary>
    public const string ProviderName = "no-development-2y";

    /// <inheritdoc />
    public string Name => ProviderName;

    /// <inheritdoc />
    public EvidenceValue? Compute(ComplianceInput input, string organizationId, int year)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        var org = input.Tree.GetOrganization(organizationId);
        var yearEnd = new LocalDate(year, 12, 31);
        var day = input.AsOf < yearEnd ? input.AsOf : yearEnd;
        var since = day.PlusYears(-2);
        if (!org.IsBranch || !org.ExistsOn(day) || (org.EstablishedOn is { } established && established > since))
        {
            return null;
        }

        var last = Development.DevelopmentRollUp.LastAdmission(input.Tree, input.Development, organizationId, day);
        var ci = CultureInfo.InvariantCulture;
        var from = since.PlusDays(1).ToString("uuuu-MM-dd", ci);
        var to = day.ToString("uuuu-MM-dd", ci);
        if (last is { } d && d > since)
        {
            var text = d.ToString("uuuu-MM-dd", ci);
            return new EvidenceValue(0, new LocalizedText($"{from}至{to}有发展党员（最近一次接收：{text}）", $"members admitted from {from} to {to} (last on {text})"));
        }

        var lastText = last is { } l ? l.ToString("uuuu-MM-dd", ci) : null;
        return new EvidenceValue(1, new LocalizedText(
            $"{from}至{to}未发展党员" + (lastText is null ? "（无接收记录）" : $"（最近一次接收：{lastText}）"),
            $"no member admitted from {from} to {to}" + (lastText is null ? " (no admission known)" : $" (last on {lastText})")));
    }
}

/// <summary>Options of an assessment: the computed-evidence providers beyond the built-in ones.</summary>
public sealed class AssessmentOptions
{
    /// <summary>Names the library knows but cannot compute yet (none since the development pipeline supplies <c>no-development-2y</c>).</summary>
    public static readonly IReadOnlyList<string> KnownUnavailable = Array.Empty<string>();

    private readonly IReadOnlyDictionary<string, IComputedEvidence> providers;

    private AssessmentOptions(IReadOnlyDictionary<string, IComputedEvidence> providers) => this.providers = providers;

    /// <summary>The defaults: the built-in providers (<c>secretary-vacant-months</c>, <c>no-development-2y</c>).</summary>
    public static AssessmentOptions Default { get; } = new(new Dictionary<string, IComputedEvidence>(StringComparer.Ordinal)
    {
        [SecretaryVacantMonths.ProviderName] = new SecretaryVacantMonths(),
        [NoDevelopmentTwoYears.ProviderName] = new NoDevelopmentTwoYears(),
    });

    /// <summary>The providers by name.</summary>
    public IReadOnlyDictionary<string, IComputedEvidence> Providers => providers;

    /// <summary>A copy with a provider added or replaced.</summary>
    /// <param name="provider">The provider.</param>
    /// <returns>The new options.</returns>
    public AssessmentOptions WithEvidence(IComputedEvidence provider)
    {
        if (provider is null)
        {
            throw new ArgumentNullException(nameof(provider));
        }

        var copy = providers.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        copy[Internal.Guard.NotBlank(provider.Name, nameof(provider))] = provider;
        return new AssessmentOptions(copy);
    }
}
