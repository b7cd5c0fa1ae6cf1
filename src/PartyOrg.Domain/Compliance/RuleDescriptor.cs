using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// 规则说明 — what a compliance rule is: its stable id (the key in the rule catalogue, e.g.
/// <c>ORG-BRANCH-MIN-MEMBERS</c>), bilingual title and message format, default severity, the articles it
/// enforces, the parameters it reads and the period in which it is in force. Modelled on Roslyn's
/// <c>DiagnosticDescriptor</c>; a <see cref="Finding"/> is one occurrence.
/// </summary>
/// <remarks>
/// <para>
/// Message formats may use the placeholders <c>{subject}</c>, <c>{expected}</c>, <c>{actual}</c>, <c>{period}</c>,
/// named arguments declared in <see cref="Arguments"/> (<c>{minimum}</c>, <c>{fullMembers}</c>: the values a rule
/// passes, in that order) and positional arguments <c>{0}</c>, <c>{1}</c>, …. A named placeholder that is not declared
/// is refused when the descriptor is created. Named <see cref="Variants"/> carry a rule's other messages.
/// </para>
/// <para>An immutable value; equality is by <see cref="Id"/>.</para>
/// </remarks>
public sealed class RuleDescriptor : IEquatable<RuleDescriptor>
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">The stable rule id, upper-case words joined by hyphens (e.g. <c>MTG-COMMITTEE-MONTHLY</c>).</param>
    /// <param name="category">The area of the rule.</param>
    /// <param name="title">The short title.</param>
    /// <param name="messageFormat">The message of a finding, with placeholders.</param>
    /// <param name="defaultSeverity">The severity unless a profile overrides it.</param>
    /// <param name="citations">The articles enforced; at least one.</param>
    /// <param name="confidence">How well the rule's content is confirmed (MEMORY rules say so in their docs).</param>
    /// <param name="parameters">The profile parameters the rule reads.</param>
    /// <param name="isLocal">True for a local rule (a province's or unit's practice), not a central regulation.</param>
    /// <param name="inForceFrom">The first day the rule applies, or null for "since its regulation".</param>
    /// <param name="inForceUntil">The first day the rule no longer applies, or null.</param>
    /// <param name="remarks">A note for the docs (e.g. why a bound is strict, what is unconfirmed), or null.</param>
    /// <param name="arguments">The names of the message arguments, in the order the rule passes them, or null.</param>
    /// <param name="variants">The rule's other messages (an approaching deadline, an alert), or null.</param>
    /// <exception cref="ArgumentException">The id is malformed, there is no citation, or the in-force dates are reversed.</exception>
    public RuleDescriptor(
        string id,
        RuleCategory category,
        LocalizedText title,
        LocalizedText messageFormat,
        Severity defaultSeverity,
        IEnumerable<Citation> citations,
        SourceConfidence confidence = SourceConfidence.VerifiedExcerpt,
        IEnumerable<ParameterKey>? parameters = null,
        bool isLocal = false,
        LocalDate? inForceFrom = null,
        LocalDate? inForceUntil = null,
        LocalizedText? remarks = null,
        IEnumerable<string>? arguments = null,
        IEnumerable<MessageVariant>? variants = null)
    {
        Id = CheckId(id);
        Category = category;
        Title = title ?? throw new ArgumentNullException(nameof(title));
        MessageFormat = messageFormat ?? throw new ArgumentNullException(nameof(messageFormat));
        DefaultSeverity = defaultSeverity;
        Citations = CitationList.From(citations ?? throw new ArgumentNullException(nameof(citations)));
        if (Citations.Count == 0)
        {
            throw new ArgumentException($"Rule {id} needs at least one citation.", nameof(citations));
        }

        Confidence = confidence;
        Parameters = (parameters ?? Array.Empty<ParameterKey>()).ToArray();
        IsLocal = isLocal;
        if (inForceFrom is { } f && inForceUntil is { } u && u <= f)
        {
            throw new ArgumentException($"Rule {id}: inForceUntil {u:uuuu-MM-dd} must be after inForceFrom {f:uuuu-MM-dd}.", nameof(inForceUntil));
        }

        InForceFrom = inForceFrom;
        InForceUntil = inForceUntil;
        Remarks = remarks;
        Arguments = (arguments ?? Array.Empty<string>()).ToArray();
        var byName = new Dictionary<string, MessageVariant>(StringComparer.Ordinal);
        foreach (var v in variants ?? Array.Empty<MessageVariant>())
        {
            if (v is null || byName.ContainsKey(v.Name))
            {
                throw new ArgumentException($"Rule {id}: a message variant is null or declared twice.", nameof(variants));
            }

            byName.Add(v.Name, v);
        }

        Variants = byName;
        CheckPlaceholders(id, MessageFormat, Arguments);
        foreach (var v in byName.Values)
        {
            CheckPlaceholders(id, v.Format, Arguments);
        }
    }

    /// <summary>The names of the message arguments, in the order the rule passes them.</summary>
    public IReadOnlyList<string> Arguments { get; }

    /// <summary>The rule's other messages by name.</summary>
    public IReadOnlyDictionary<string, MessageVariant> Variants { get; }

    /// <summary>The stable rule id: its key in the rule catalogue.</summary>
    public string Id { get; }

    /// <summary>The area of the rule.</summary>
    public RuleCategory Category { get; }

    /// <summary>The short title in zh-CN and en.</summary>
    public LocalizedText Title { get; }

    /// <summary>The message format in zh-CN and en.</summary>
    public LocalizedText MessageFormat { get; }

    /// <summary>The severity unless a profile overrides it.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>The articles the rule enforces.</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>How well the content is confirmed; <see cref="SourceConfidence.Memory"/> means the source is unconfirmed.</summary>
    public SourceConfidence Confidence { get; }

    /// <summary>The profile parameters the rule reads.</summary>
    public IReadOnlyList<ParameterKey> Parameters { get; }

    /// <summary>True for a local rule (地方规定 or unit practice) rather than a central regulation.</summary>
    public bool IsLocal { get; }

    /// <summary>The first day the rule applies, or null.</summary>
    public LocalDate? InForceFrom { get; }

    /// <summary>The first day the rule no longer applies, or null.</summary>
    public LocalDate? InForceUntil { get; }

    /// <summary>A note for the docs, or null.</summary>
    public LocalizedText? Remarks { get; }

    /// <summary>The anchor of the rule in docs/rules.md, e.g. <c>rules.md#org-branch-min-members</c>.</summary>
    public string HelpLink => "rules.md#" + Id.ToLowerInvariant();

    /// <summary>Whether the rule applies at any time inside <paramref name="window"/>.</summary>
    /// <param name="window">A date range.</param>
    /// <returns>True when the in-force period overlaps the window.</returns>
    public bool IsInForceDuring(DateInterval window)
    {
        if (window is null)
        {
            throw new ArgumentNullException(nameof(window));
        }

        return (InForceFrom is null || InForceFrom.Value <= window.End) && (InForceUntil is null || InForceUntil.Value > window.Start);
    }

    /// <summary>Whether the rule applies on <paramref name="date"/>.</summary>
    /// <param name="date">A date.</param>
    /// <returns>True when in force that day.</returns>
    public bool IsInForceOn(LocalDate date) => (InForceFrom is null || InForceFrom.Value <= date) && (InForceUntil is null || InForceUntil.Value > date);

    /// <inheritdoc />
    public bool Equals(RuleDescriptor? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RuleDescriptor d && Equals(d);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>The id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;

    private static void CheckPlaceholders(string id, LocalizedText format, IReadOnlyList<string> arguments)
    {
        foreach (var text in new[] { format.Chinese, format.English })
        {
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, @"\{([A-Za-z][A-Za-z0-9]*)\}"))
            {
                var name = m.Groups[1].Value;
                if (name is not ("subject" or "expected" or "actual" or "period") && !arguments.Contains(name))
                {
                    throw new ArgumentException($"Rule {id}: the message placeholder {{{name}}} is not a declared argument ({string.Join(", ", arguments)}).", nameof(arguments));
                }
            }
        }
    }

    private static string CheckId(string id)
    {
        Internal.Guard.NotBlank(id, nameof(id));
        foreach (var c in id)
        {
            if (!(c is >= 'A' and <= 'Z' or >= '0' and <= '9' or '-'))
            {
                throw new ArgumentException($"Rule id \"{id}\" must be upper-case letters, digits and hyphens (e.g. ORG-BRANCH-MIN-MEMBERS).", nameof(id));
            }
        }

        if (id.StartsWith("-", StringComparison.Ordinal) || id.EndsWith("-", StringComparison.Ordinal) || id.Contains("--"))
        {
            throw new ArgumentException($"Rule id \"{id}\" has an empty word.", nameof(id));
        }

        return id;
    }
}
