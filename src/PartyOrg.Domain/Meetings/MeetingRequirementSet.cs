using System;
using System.Collections.Generic;
using System.Linq;

namespace PartyOrg.Domain.Meetings;

/// <summary>
/// 会议要求集 — the recurring meeting obligations of a profile (one requirement per rule id), stored in a compliance
/// profile as a parameter so that the planner and the audit read the same data. An immutable collection.
/// </summary>
/// <remarks>
/// The built-in requirements are owned by their rules (<c>PartyOrg.Domain.Compliance.MeetingRequirements</c>); this
/// collection only holds them.
/// </remarks>
public sealed class MeetingRequirementSet : IEquatable<MeetingRequirementSet>
{
    private readonly MeetingRequirement[] requirements;

    /// <summary>Creates a set.</summary>
    /// <param name="requirements">The requirements, each with its own rule id.</param>
    /// <exception cref="ArgumentException">Two requirements share a rule id.</exception>
    public MeetingRequirementSet(IEnumerable<MeetingRequirement> requirements)
    {
        this.requirements = (requirements ?? throw new ArgumentNullException(nameof(requirements))).ToArray();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in this.requirements)
        {
            if (r is null)
            {
                throw new ArgumentException("A requirement is null.", nameof(requirements));
            }

            if (!ids.Add(r.RuleId))
            {
                throw new ArgumentException($"Two requirements have rule id {r.RuleId}; expected one per rule.", nameof(requirements));
            }
        }
    }

    /// <summary>The requirements, in order.</summary>
    public IReadOnlyList<MeetingRequirement> Requirements => Internal.ReadOnly.View(requirements, ref requirementsView);

    private IReadOnlyList<MeetingRequirement>? requirementsView;

    /// <summary>The number of requirements.</summary>
    public int Count => requirements.Length;

    /// <summary>The requirement of a rule, or null.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The requirement, or null.</returns>
    public MeetingRequirement? Find(string ruleId) => requirements.FirstOrDefault(r => r.RuleId == ruleId);

    /// <summary>A copy with <paramref name="requirement"/> added, or replacing the one with the same rule id.</summary>
    /// <param name="requirement">The requirement.</param>
    /// <returns>The new set.</returns>
    public MeetingRequirementSet With(MeetingRequirement requirement)
    {
        if (requirement is null)
        {
            throw new ArgumentNullException(nameof(requirement));
        }

        var list = requirements.ToList();
        var at = list.FindIndex(r => r.RuleId == requirement.RuleId);
        if (at >= 0)
        {
            list[at] = requirement;
        }
        else
        {
            list.Add(requirement);
        }

        return new MeetingRequirementSet(list);
    }

    /// <summary>A copy without the requirement of a rule.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The new set.</returns>
    public MeetingRequirementSet Without(string ruleId) => new(requirements.Where(r => r.RuleId != ruleId));

    /// <summary>A copy keeping only the requirements matching <paramref name="keep"/> (e.g. the rules a profile enables).</summary>
    /// <param name="keep">The filter on rule ids.</param>
    /// <returns>The new set.</returns>
    public MeetingRequirementSet Where(Func<MeetingRequirement, bool> keep) =>
        new(requirements.Where(keep ?? throw new ArgumentNullException(nameof(keep))));

    /// <inheritdoc />
    public bool Equals(MeetingRequirementSet? other) => other is not null && requirements.SequenceEqual(other.requirements);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MeetingRequirementSet s && Equals(s);

    /// <inheritdoc />
    public override int GetHashCode() => requirements.Length;

    /// <summary>The rule ids.</summary>
    /// <returns>A summary.</returns>
    public override string ToString() => string.Join(", ", requirements.Select(r => r.RuleId));
}
