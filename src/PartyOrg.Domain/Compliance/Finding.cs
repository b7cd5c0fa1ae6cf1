using System;
using System.Collections.Generic;
using System.Linq;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// 检查发现 — one occurrence of a rule not being met: which rule, how serious, about what (an organization,
/// member, meeting, term or election id), for which period, what was expected and what was found, the articles
/// it rests on and a message in zh-CN and en. An immutable value.
/// </summary>
/// <remarks>
/// Findings order by subject id, then rule id, then period (chronologically; findings without a period first),
/// then organization id, all with ordinal string comparison — the order of <see cref="ComplianceReport.Findings"/>.
/// </remarks>
public sealed class Finding : IEquatable<Finding>, IComparable<Finding>
{
    private readonly DeferredMessage deferred;
    private readonly LocalizedText? expectedText;
    private readonly LocalizedText? actualText;
    private LocalizedText? message;

    /// <summary>Creates a finding. Rules usually call <see cref="ComplianceContext.Report(RuleDescriptor, string, string?, ReportingPeriod?, string, string, object?[])"/> instead.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="severity">The effective severity.</param>
    /// <param name="subjectId">The id of what the finding is about.</param>
    /// <param name="organizationId">The organization the finding counts against in roll-ups (for a member, their branch), or null.</param>
    /// <param name="period">The period concerned, or null for a standing condition.</param>
    /// <param name="expected">What the rule requires, e.g. "≥ 3".</param>
    /// <param name="actual">What was found, e.g. "2".</param>
    /// <param name="citations">The articles enforced.</param>
    /// <param name="message">The rendered message.</param>
    /// <param name="expectedText">What the rule requires, worded in both languages (default: <paramref name="expected"/> in both).</param>
    /// <param name="actualText">What was found, worded in both languages (default: <paramref name="actual"/> in both).</param>
    public Finding(
        string ruleId,
        Severity severity,
        string subjectId,
        string? organizationId,
        ReportingPeriod? period,
        string expected,
        string actual,
        IEnumerable<Citation> citations,
        LocalizedText message,
        LocalizedText? expectedText = null,
        LocalizedText? actualText = null)
    {
        this.expectedText = expectedText;
        this.actualText = actualText;
        RuleId = Internal.Guard.NotBlank(ruleId, nameof(ruleId));
        Severity = severity;
        SubjectId = Internal.Guard.NotBlank(subjectId, nameof(subjectId));
        OrganizationId = organizationId;
        Period = period;
        Expected = expected ?? throw new ArgumentNullException(nameof(expected));
        Actual = actual ?? throw new ArgumentNullException(nameof(actual));
        Citations = CitationList.From(citations ?? throw new ArgumentNullException(nameof(citations)));
        this.message = message ?? throw new ArgumentNullException(nameof(message));
    }

    /// <summary>A finding whose message is rendered when first read (an audit may report hundreds of thousands).</summary>
    internal Finding(string ruleId, Severity severity, string subjectId, string? organizationId, ReportingPeriod? period,
        string expected, string actual, IReadOnlyList<Citation> citations, in DeferredMessage message,
        LocalizedText? expectedText = null, LocalizedText? actualText = null)
    {
        this.expectedText = expectedText;
        this.actualText = actualText;
        RuleId = ruleId;
        Severity = severity;
        SubjectId = subjectId;
        OrganizationId = organizationId;
        Period = period;
        Expected = expected;
        Actual = actual;
        Citations = citations as CitationList ?? CitationList.From(citations);
        deferred = message;
    }

    /// <summary>The rule id (catalogue key).</summary>
    public string RuleId { get; }

    /// <summary>The effective severity.</summary>
    public Severity Severity { get; }

    /// <summary>The id of what the finding is about.</summary>
    public string SubjectId { get; }

    /// <summary>The organization the finding counts against in roll-ups, or null.</summary>
    public string? OrganizationId { get; }

    /// <summary>The period concerned, or null for a standing condition.</summary>
    public ReportingPeriod? Period { get; }

    /// <summary>What the rule requires.</summary>
    public string Expected { get; }

    /// <summary>What was found.</summary>
    public string Actual { get; }

    /// <summary>What the rule requires, worded for a reader in zh-CN and en (<see cref="Expected"/> is the language-neutral or English form used in JSON).</summary>
    public LocalizedText ExpectedText => expectedText ?? new LocalizedText(Expected, Expected);

    /// <summary>What was found, worded for a reader in zh-CN and en (<see cref="Actual"/> is the form used in JSON).</summary>
    public LocalizedText ActualText => actualText ?? new LocalizedText(Actual, Actual);

    /// <summary>The articles enforced.</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>The message in zh-CN and en.</summary>
    public LocalizedText Message => message ??= deferred.Render(SubjectId, Period, Expected, Actual, expectedText, actualText);

    /// <summary>
    /// The message in zh-CN and en, rendered for one use and not kept (<see cref="Message"/> keeps what it renders):
    /// for a writer that reads each finding's message once, so that the texts of a large report do not outlive their
    /// output.
    /// </summary>
    /// <returns>The message; the one kept when <see cref="Message"/> was read before.</returns>
    public LocalizedText RenderMessage() => message ?? deferred.Render(SubjectId, Period, Expected, Actual, expectedText, actualText);

    /// <summary>A copy with another severity (used by profile overrides).</summary>
    /// <param name="severity">The new severity.</param>
    /// <returns>The new finding.</returns>
    public Finding WithSeverity(Severity severity) =>
        new(RuleId, severity, SubjectId, OrganizationId, Period, Expected, Actual, Citations, Message, expectedText, actualText);

    /// <inheritdoc />
    public int CompareTo(Finding? other)
    {
        if (other is null)
        {
            return 1;
        }

        var c = string.CompareOrdinal(SubjectId, other.SubjectId);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(RuleId, other.RuleId);
        if (c != 0)
        {
            return c;
        }

        c = (Period.HasValue, other.Period.HasValue) switch
        {
            (false, true) => -1,
            (true, false) => 1,
            (true, true) => Period!.Value.CompareTo(other.Period!.Value),
            _ => 0,
        };
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(OrganizationId, other.OrganizationId);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(Expected, other.Expected);
        return c != 0 ? c : string.CompareOrdinal(Actual, other.Actual);
    }

    /// <inheritdoc />
    public bool Equals(Finding? other) =>
        other is not null
        && RuleId == other.RuleId
        && Severity == other.Severity
        && SubjectId == other.SubjectId
        && OrganizationId == other.OrganizationId
        && Nullable.Equals(Period, other.Period)
        && Expected == other.Expected
        && Actual == other.Actual
        && Citations.SequenceEqual(other.Citations)
        && Message.Equals(other.Message);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Finding f && Equals(f);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            var h = StringComparer.Ordinal.GetHashCode(RuleId);
            h = (h * 397) ^ StringComparer.Ordinal.GetHashCode(SubjectId);
            h = (h * 397) ^ Period.GetHashCode();
            return (h * 397) ^ (int)Severity;
        }
    }

    /// <summary>"RULE-ID severity subject period: message (en)".</summary>
    /// <returns>A one-line summary.</returns>
    public override string ToString() =>
        $"{RuleId} {Severity.ToString().ToLowerInvariant()} {SubjectId}{(Period is { } p ? " " + p : string.Empty)}: {Message.English}";
}
