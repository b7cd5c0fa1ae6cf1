using System;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// 消息变体 — a named second message of a rule (a deadline approaching rather than missed, an early alert, a soft bound
/// of the same sentence), declared on the <see cref="RuleDescriptor"/> as data: its format and the highest severity it
/// may have (a variant is never more severe than the profile's severity for the rule). An immutable value.
/// </summary>
public sealed class MessageVariant
{
    /// <summary>Creates a variant.</summary>
    /// <param name="name">The variant's name, unique within its rule (kebab-case, e.g. <c>due-soon</c>).</param>
    /// <param name="format">The message format, with the same placeholders as the rule's message.</param>
    /// <param name="atMost">The highest severity of its findings, or null for the profile's severity.</param>
    /// <exception cref="ArgumentException">The name is not kebab-case.</exception>
    public MessageVariant(string name, LocalizedText format, Severity? atMost = null)
    {
        Name = Internal.Guard.Key(name, nameof(name));
        Format = format ?? throw new ArgumentNullException(nameof(format));
        AtMost = atMost;
    }

    /// <summary>The variant's name.</summary>
    public string Name { get; }

    /// <summary>The message format.</summary>
    public LocalizedText Format { get; }

    /// <summary>The highest severity of its findings, or null.</summary>
    public Severity? AtMost { get; }

    /// <summary>The name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
