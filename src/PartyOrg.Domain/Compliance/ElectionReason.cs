using System;
using System.Collections.Generic;
using System.Linq;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// 计票依据 — one rule applied to a vote: its id (a rule-catalogue key), whether it passed, the expected and actual
/// values, the articles (of the version in force on the election date) and a bilingual explanation.
/// <see cref="IsSoft"/> marks a "一般" (as a rule) requirement or a consequence that calls for another round rather
/// than voiding the vote: a checker reports it as a warning. An immutable value.
/// </summary>
public sealed class ElectionReason
{
    /// <summary>Creates a reason.</summary>
    /// <param name="ruleId">The rule id, e.g. <c>ELEC-QUORUM-4-5</c>.</param>
    /// <param name="passed">Whether the rule is met.</param>
    /// <param name="expected">What the rule requires, e.g. "&gt; 32".</param>
    /// <param name="actual">What the counts show, e.g. "35".</param>
    /// <param name="citations">The articles applied.</param>
    /// <param name="chinese">The explanation in Chinese.</param>
    /// <param name="english">The explanation in English.</param>
    /// <param name="isSoft">True for a soft requirement (warning), false for a hard one (error).</param>
    public ElectionReason(string ruleId, bool passed, string expected, string actual, IEnumerable<Citation> citations, string chinese, string english, bool isSoft = false)
    {
        RuleId = Internal.Guard.NotBlank(ruleId, nameof(ruleId));
        Passed = passed;
        Expected = expected ?? throw new ArgumentNullException(nameof(expected));
        Actual = actual ?? throw new ArgumentNullException(nameof(actual));
        Citations = (citations ?? throw new ArgumentNullException(nameof(citations))).ToArray();
        Chinese = Internal.Guard.NotBlank(chinese, nameof(chinese));
        English = Internal.Guard.NotBlank(english, nameof(english));
        IsSoft = isSoft;
    }

    /// <summary>The rule id.</summary>
    public string RuleId { get; }

    /// <summary>Whether the rule is met.</summary>
    public bool Passed { get; }

    /// <summary>What the rule requires.</summary>
    public string Expected { get; }

    /// <summary>What the counts show.</summary>
    public string Actual { get; }

    /// <summary>The articles applied (of the version in force on the election date).</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>The explanation in Chinese.</summary>
    public string Chinese { get; }

    /// <summary>The explanation in English.</summary>
    public string English { get; }

    /// <summary>True for a soft requirement or a "hold another round" consequence (warning); false for a hard one.</summary>
    public bool IsSoft { get; }

    /// <summary>"RULE-ID passed|failed: expected …, actual …".</summary>
    /// <returns>A summary.</returns>
    public override string ToString() => $"{RuleId} {(Passed ? "passed" : "failed")}: expected {Expected}, actual {Actual}";
}
