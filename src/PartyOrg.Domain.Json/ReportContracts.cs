using NodaTime;
using System;
using System.Collections.Generic;
using System.Linq;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json.Contracts;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Json;

/// <summary>Maps reports, findings, citations and rule catalogues to their output contracts.</summary>
public static partial class ReportContracts
{
    /// <summary>The output of <c>check</c> for a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="asOfSource">Where the "as of" date came from (<c>option</c>, <c>document</c>, <c>clock</c>), or null.</param>
    /// <returns>The contract.</returns>
    public static CheckReportContract FromReport(ComplianceReport report, string? asOfSource = null)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        return FromReport(report, asOfSource, report.Findings.Select(new FindingMapper().Map).ToArray());
    }

    /// <summary>
    /// The output of <c>check</c> for a report, for writing a large report: the findings' contracts are made one at a
    /// time as the list is read (each read makes a new one, which is garbage once written), so serializing it never
    /// holds every finding's contract. The JSON written is the same, byte for byte, as that of
    /// <see cref="FromReport(ComplianceReport, string?)"/>.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="asOfSource">Where the "as of" date came from (<c>option</c>, <c>document</c>, <c>clock</c>), or null.</param>
    /// <returns>The contract.</returns>
    public static CheckReportContract FromReportDeferred(ComplianceReport report, string? asOfSource = null)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        return FromReport(report, asOfSource, new MappedList<Finding, FindingContract>(report.Findings, new FindingMapper().Map));
    }

    /// <summary>The report's contract without its findings (what <see cref="CheckReportWriter"/> writes around them).</summary>
    internal static CheckReportContract Envelope(ComplianceReport report, string? asOfSource) => FromReport(report, asOfSource, new FindingContract[0]);

    private static CheckReportContract FromReport(ComplianceReport report, string? asOfSource, IReadOnlyList<FindingContract> findings) => new()
    {
        AsOf = report.AsOf,
        AsOfSource = asOfSource,
        Profile = report.ProfileName,
        Window = new WindowContract { From = report.Window.Start, To = report.Window.End },
        Findings = findings,
        Summary = new SummaryContract { Organizations = report.OrganizationCount, Errors = report.Errors, Warnings = report.Warnings, Infos = report.Infos },
    };

    /// <summary>A read-only list whose elements are mapped from another's as they are read.</summary>
    private sealed class MappedList<TSource, TResult> : IReadOnlyList<TResult>
    {
        private readonly IReadOnlyList<TSource> source;
        private readonly Func<TSource, TResult> map;

        internal MappedList(IReadOnlyList<TSource> source, Func<TSource, TResult> map)
        {
            this.source = source;
            this.map = map;
        }

        public int Count => source.Count;

        public TResult this[int index] => map(source[index]);

        public IEnumerator<TResult> GetEnumerator()
        {
            for (var i = 0; i < source.Count; i++)
            {
                yield return map(source[i]);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>The contract of one finding.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The contract.</returns>
    public static FindingContract FromFinding(Finding finding)
    {
        if (finding is null)
        {
            throw new ArgumentNullException(nameof(finding));
        }

        return FromFinding(finding, finding.Period?.ToString(), finding.Citations.Select(FromCitation).ToArray());
    }

    private static FindingContract FromFinding(Finding finding, string? period, IReadOnlyList<CitationContract> citations) => new()
    {
        RuleId = finding.RuleId,
        Severity = finding.Severity.ToContractName(),
        Subject = finding.SubjectId,
        Organization = finding.OrganizationId,
        Period = period,
        Expected = finding.Expected,
        Actual = finding.Actual,
        Citations = citations,
        Message = FromText(finding.RenderMessage()),
    };

    /// <summary>
    /// Maps the findings of one report, making the contracts of each distinct list of citations once: a rule's
    /// findings share its citations, and rendering a citation (both languages, the article in Chinese numerals) for
    /// every finding cost more than the rest of the finding. Contracts are immutable, so the findings' contracts share
    /// the citations' ones, whose JSON is then made once (<see cref="FindingContractConverter.SharedCitations"/>);
    /// likewise each period's text (a report's findings fall in a few periods). Safe to call from several threads.
    /// </summary>
    private sealed class FindingMapper
    {
        private readonly Dictionary<CitationsKey, FindingContractConverter.SharedCitations> citations = new();
        private readonly Dictionary<ReportingPeriod, string> periods = new();

        internal FindingContract Map(Finding finding)
        {
            FindingContractConverter.SharedCitations? contracts;
            string? period = null;
            var key = new CitationsKey(finding.Citations);
            lock (citations)
            {
                citations.TryGetValue(key, out contracts);
                if (finding.Period is { } p && !periods.TryGetValue(p, out period))
                {
                    period = p.ToString();
                    periods[p] = period;
                }
            }

            if (contracts is null)
            {
                contracts = new FindingContractConverter.SharedCitations(finding.Citations.Select(FromCitation).ToArray());
                lock (citations)
                {
                    citations[key] = contracts;
                }
            }

            return FromFinding(finding, period, contracts);
        }
    }

    /// <summary>A list of citations compared by value (the same list, or equal citations in the same order).</summary>
    internal readonly struct CitationsKey : IEquatable<CitationsKey>
    {
        private readonly IReadOnlyList<Citation> list;

        internal CitationsKey(IReadOnlyList<Citation> list) => this.list = list;

        public bool Equals(CitationsKey other)
        {
            if (ReferenceEquals(list, other.list))
            {
                return true;
            }

            if (list.Count != other.list.Count)
            {
                return false;
            }

            for (var i = 0; i < list.Count; i++)
            {
                if (!list[i].Equals(other.list[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is CitationsKey k && Equals(k);

        public override int GetHashCode()
        {
            unchecked
            {
                var h = list.Count;
                for (var i = 0; i < list.Count; i++)
                {
                    h = (h * 397) ^ list[i].GetHashCode();
                }

                return h;
            }
        }
    }

    /// <summary>The contract of a citation.</summary>
    /// <param name="citation">The citation.</param>
    /// <returns>The contract.</returns>
    public static CitationContract FromCitation(Citation citation)
    {
        if (citation is null)
        {
            throw new ArgumentNullException(nameof(citation));
        }

        return new CitationContract
        {
            Regulation = citation.Regulation.Name,
            Article = citation.ChineseArticle.Length == 0 ? null : citation.ChineseArticle,
            ArticleNumber = citation.Article,
            Paragraph = citation.Paragraph,
            Item = citation.Item,
            ArticleConfirmed = citation.ArticleConfirmed,
            Text = new TextContract { Chinese = citation.ToChinese(), English = citation.ToEnglish() },
        };
    }

    /// <summary>The contract of a bilingual text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The contract.</returns>
    public static TextContract FromText(LocalizedText text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return new TextContract { Chinese = text.Chinese, English = text.English };
    }

    /// <summary>The rule catalogue of a profile (every rule, enabled or not, with this profile's severities and parameter values).</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The contract.</returns>
    public static RuleCatalogueContract FromProfile(ComplianceProfile profile)
    {
        if (profile is null)
        {
            throw new ArgumentNullException(nameof(profile));
        }

        var inProfile = profile.Rules.Select(r => r.Descriptor).ToList();
        var ids = new HashSet<string>(inProfile.Select(d => d.Id), StringComparer.Ordinal);
        var optIn = RuleCatalog.Descriptors.Where(d => !ids.Contains(d.Id));
        return new RuleCatalogueContract
        {
            Profile = profile.Name,
            Rules = inProfile.Select(d => FromRule(profile, d, true)).Concat(optIn.Select(d => FromRule(profile, d, false))).ToArray(),
        };
    }

    /// <summary>One rule with the profile's severity, whether it runs, and its parameters' values and provenance.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="d">The rule's descriptor.</param>
    /// <param name="inProfile">Whether the profile has the rule.</param>
    /// <returns>The contract.</returns>
    public static RuleContract FromRule(ComplianceProfile profile, RuleDescriptor d, bool inProfile) => FromRule(profile, d, inProfile, null);

    /// <summary>One rule with the profile's severity, whether it runs, and its parameters' values in force on <paramref name="asOf"/> with their provenance.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="d">The rule's descriptor.</param>
    /// <param name="inProfile">Whether the profile has the rule.</param>
    /// <param name="asOf">The day whose values are shown, or null for the current (latest) versions.</param>
    /// <returns>The contract.</returns>
    public static RuleContract FromRule(ComplianceProfile profile, RuleDescriptor d, bool inProfile, LocalDate? asOf)
    {
        if (profile is null)
        {
            throw new ArgumentNullException(nameof(profile));
        }

        if (d is null)
        {
            throw new ArgumentNullException(nameof(d));
        }

        return new RuleContract
        {
            Id = d.Id,
            Category = Kebab(d.Category.ToString()),
            Severity = profile.SeverityOf(d).ToContractName(),
            Enabled = inProfile && profile.IsEnabled(d.Id),
            InProfile = inProfile,
            SourceFile = RuleCatalog.SourceFileOf(d.Id),
            Message = FromText(d.MessageFormat),
            Confidence = Kebab(d.Confidence.ToString()),
            IsLocal = d.IsLocal,
            InForceFrom = d.InForceFrom,
            InForceUntil = d.InForceUntil,
            Title = FromText(d.Title),
            Citations = d.Citations.Select(FromCitation).ToArray(),
            Parameters = d.Parameters.Select(k => FromParameter(profile, k, asOf)).ToArray(),
            Remarks = d.Remarks is null ? null : FromText(d.Remarks),
        };
    }

    private static ParameterContract FromParameter(ComplianceProfile profile, ParameterKey key, LocalDate? asOf)
    {
        if (!profile.Has(key))
        {
            return new ParameterContract { Name = key.Name, Description = FromText(key.Description) };
        }

        var versions = profile.VersionsOf(key);
        var version = versions[versions.Count - 1];
        if (asOf is { } day)
        {
            version = versions.LastOrDefault(v => v.InForceFrom is not { } f || f <= day) ?? versions[0];
        }

        var source = version.Source;
        return new ParameterContract
        {
            Name = key.Name,
            Value = version.FormattedValue,
            Description = FromText(key.Description),
            Basis = Kebab(source.Basis.ToString()),
            Citations = source.Citations.Select(FromCitation).ToArray(),
            Authority = source.Authority?.ToString(),
            Overrides = source.OverriddenValue,
            InForceFrom = version.InForceFrom,
            InForceUntil = version.InForceUntil,
            Versions = versions.Count < 2 ? null : versions.Select(v => new ParameterVersionContract
            {
                Value = v.FormattedValue,
                InForceFrom = v.InForceFrom,
                InForceUntil = v.InForceUntil,
                Basis = Kebab(v.Source.Basis.ToString()),
                Citations = v.Source.Citations.Select(FromCitation).ToArray(),
                Authority = v.Source.Authority?.ToString(),
            }).ToArray(),
        };
    }

    /// <summary>"VerifiedFullText" → "verified-full-text".</summary>
    private static string Kebab(string pascal)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    sb.Append('-');
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
