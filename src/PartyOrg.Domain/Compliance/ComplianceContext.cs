using System;
using System.Collections.Generic;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// One run of the checker as a rule sees it: the input, the profile's parameters, the audit window and the
/// sink that collects findings. Created by <see cref="ComplianceChecker"/>; not thread-safe (a parallel check gives each
/// of its threads a context of its own, sharing only the values of <see cref="GetShared{T}"/>).
/// </summary>
public sealed class ComplianceContext
{
    private List<Finding> findings = new();
    private readonly SharedValues shared;

    internal ComplianceContext(ComplianceProfile profile, ComplianceInput input)
        : this(profile, input, new SharedValues())
    {
    }

    /// <summary>A context whose shared values are those of <paramref name="shared"/> (the threads of one parallel check share one store).</summary>
    internal ComplianceContext(ComplianceProfile profile, ComplianceInput input, SharedValues shared)
    {
        Profile = profile;
        Input = input;
        this.shared = shared;
    }

    /// <summary>The profile in use.</summary>
    public ComplianceProfile Profile { get; }

    /// <summary>The input being checked.</summary>
    public ComplianceInput Input { get; }

    /// <summary>The organization tree.</summary>
    public OrganizationTree Tree => Input.Tree;

    /// <summary>
    /// The "as of" date: a period whose last day is after it is still open and gives no error (at most a
    /// warning near its end).
    /// </summary>
    public LocalDate AsOf => Input.AsOf;

    /// <summary>The audit window (by default the calendar year containing <see cref="AsOf"/>, up to and including it).</summary>
    public DateInterval Window => Input.Window;

    /// <summary>Reads a parameter from the profile.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="key">The parameter.</param>
    /// <returns>The profile's value.</returns>
    public T Parameter<T>(ParameterKey<T> key)
        where T : notnull
        => Profile.Get(key);

    /// <summary>Reads the value of a parameter in force on <paramref name="date"/> (a term's start, an election's date).</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="key">The parameter.</param>
    /// <param name="date">The day that matters.</param>
    /// <returns>The profile's value in force that day.</returns>
    public T Parameter<T>(ParameterKey<T> key, NodaTime.LocalDate date)
        where T : notnull
        => Profile.Get(key, date);

    /// <summary>
    /// Gets a value shared by the rules of this run (an index of meetings by organization and period, say),
    /// creating it on first use. The value lives as long as the run; in a parallel check it is made once for all the
    /// threads (one waits while another makes it), so it must not be changed once made.
    /// </summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="key">A name unique to the value.</param>
    /// <param name="factory">Creates the value from the context.</param>
    /// <returns>The shared value.</returns>
    public T GetShared<T>(string key, Func<ComplianceContext, T> factory)
        where T : class
        => shared.Get(key, this, factory);

    /// <summary>Reports a finding of <paramref name="rule"/> with the profile's severity for it.</summary>
    /// <param name="rule">The rule's descriptor.</param>
    /// <param name="subjectId">The id of what the finding is about.</param>
    /// <param name="organizationId">The organization it counts against in roll-ups (a member's branch), or null.</param>
    /// <param name="period">The period concerned, or null.</param>
    /// <param name="expected">What the rule requires.</param>
    /// <param name="actual">What was found.</param>
    /// <param name="messageArgs">Values for the positional placeholders of the message format.</param>
    public void Report(
        RuleDescriptor rule,
        string subjectId,
        string? organizationId,
        ReportingPeriod? period,
        string expected,
        string actual,
        params object?[] messageArgs)
    {
        if (rule is null)
        {
            throw new ArgumentNullException(nameof(rule));
        }

        // The message is rendered when first read (the subject's name looked up then): an audit of a province reports
        // hundreds of thousands of findings.
        var message = new DeferredMessage(rule.MessageFormat, Tree, messageArgs, rule.Arguments);
        findings.Add(new Finding(Guard(rule.Id, nameof(rule)), Profile.SeverityOf(rule), Guard(subjectId, nameof(subjectId)), organizationId, period,
            expected ?? throw new ArgumentNullException(nameof(expected)), actual ?? throw new ArgumentNullException(nameof(actual)), rule.Citations, message));
    }

    /// <summary>
    /// Reports a finding of <paramref name="rule"/> whose expected and actual values need words: each is given in both
    /// languages; the finding's <see cref="Finding.Expected"/> and <see cref="Finding.Actual"/> (JSON) take the English.
    /// </summary>
    /// <param name="rule">The rule's descriptor.</param>
    /// <param name="subjectId">The id of what the finding is about.</param>
    /// <param name="organizationId">The organization it counts against in roll-ups (a member's branch), or null.</param>
    /// <param name="period">The period concerned, or null.</param>
    /// <param name="expected">What the rule requires, in zh-CN and en.</param>
    /// <param name="actual">What was found, in zh-CN and en.</param>
    /// <param name="messageArgs">Values for the positional placeholders of the message format.</param>
    public void Report(
        RuleDescriptor rule,
        string subjectId,
        string? organizationId,
        ReportingPeriod? period,
        LocalizedText expected,
        LocalizedText actual,
        params object?[] messageArgs)
    {
        if (rule is null)
        {
            throw new ArgumentNullException(nameof(rule));
        }

        if (expected is null)
        {
            throw new ArgumentNullException(nameof(expected));
        }

        if (actual is null)
        {
            throw new ArgumentNullException(nameof(actual));
        }

        var message = new DeferredMessage(rule.MessageFormat, Tree, messageArgs, rule.Arguments);
        findings.Add(new Finding(Guard(rule.Id, nameof(rule)), Profile.SeverityOf(rule), Guard(subjectId, nameof(subjectId)), organizationId, period,
            expected.English, actual.English, rule.Citations, message, expected, actual));
    }

    /// <summary>
    /// Reports a finding with one of the rule's named <see cref="RuleDescriptor.Variants"/>: its message, and the profile's
    /// severity for the rule lowered to the variant's <see cref="MessageVariant.AtMost"/> when it declares one.
    /// </summary>
    /// <param name="rule">The rule's descriptor.</param>
    /// <param name="variant">The variant's name.</param>
    /// <param name="subjectId">The id of what the finding is about.</param>
    /// <param name="organizationId">The organization it counts against in roll-ups, or null.</param>
    /// <param name="period">The period concerned, or null.</param>
    /// <param name="expected">What the rule requires, in zh-CN and en.</param>
    /// <param name="actual">What was found, in zh-CN and en.</param>
    /// <param name="messageArgs">Values for the message's arguments.</param>
    /// <exception cref="ArgumentException">The rule has no such variant.</exception>
    public void ReportVariant(
        RuleDescriptor rule,
        string variant,
        string subjectId,
        string? organizationId,
        ReportingPeriod? period,
        LocalizedText expected,
        LocalizedText actual,
        params object?[] messageArgs)
    {
        if (rule is null)
        {
            throw new ArgumentNullException(nameof(rule));
        }

        if (variant is null || !rule.Variants.TryGetValue(variant, out var v))
        {
            throw new ArgumentException($"Rule {rule.Id} has no message variant \"{variant}\".", nameof(variant));
        }

        if (expected is null)
        {
            throw new ArgumentNullException(nameof(expected));
        }

        if (actual is null)
        {
            throw new ArgumentNullException(nameof(actual));
        }

        var severity = Profile.SeverityOf(rule);
        if (v.AtMost is { } cap && severity > cap)
        {
            severity = cap;
        }

        var message = new DeferredMessage(v.Format, Tree, messageArgs, rule.Arguments);
        findings.Add(new Finding(rule.Id, severity, Guard(subjectId, nameof(subjectId)), organizationId, period,
            expected.English, actual.English, rule.Citations, message, expected, actual));
    }

    /// <summary>The name to show for an id: an organization's or member's name, else the id itself.</summary>
    /// <param name="id">An organization, member or other id.</param>
    /// <returns>The display name.</returns>
    public string DisplayName(string id) => DeferredMessage.DisplayName(Tree, id);

    internal List<Finding> Findings => findings;

    /// <summary>The findings reported so far, handed over; the context goes on with an empty list (a parallel check's worker, rule by rule).</summary>
    internal List<Finding> TakeFindings()
    {
        var taken = findings;
        findings = new List<Finding>();
        return taken;
    }

    private static string Guard(string value, string name) => Internal.Guard.NotBlank(value, name);
}
