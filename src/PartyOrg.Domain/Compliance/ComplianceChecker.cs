using System;
using System.Collections.Generic;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// 合规检查 — runs a profile's enabled rules over an input and returns a <see cref="ComplianceReport"/>.
/// Pure: the same input and profile always give the same report; no clock is read.
/// </summary>
/// <example>
/// <code>
/// var report = new ComplianceChecker(ComplianceProfile.StateOrgans)
///     .Check(new ComplianceInput(tree, new LocalDate(2026, 11, 22)));
/// </code>
/// </example>
public sealed class ComplianceChecker
{
    /// <summary>Creates a checker for <paramref name="profile"/>.</summary>
    /// <param name="profile">The profile whose rules run.</param>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public ComplianceChecker(ComplianceProfile profile)
    {
        Profile = profile ?? throw new ArgumentNullException(nameof(profile));
    }

    /// <summary>The profile whose rules run.</summary>
    public ComplianceProfile Profile { get; }

    /// <summary>Runs every enabled rule in force during the input's window.</summary>
    /// <param name="input">The input.</param>
    /// <returns>The report, findings in deterministic order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public ComplianceReport Check(ComplianceInput input)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        var context = new ComplianceContext(Profile, input);
        foreach (var rule in Profile.EnabledRules)
        {
            if (rule.Descriptor.IsInForceDuring(input.Window))
            {
                rule.Evaluate(context);
            }
        }

        return new ComplianceReport(Profile.Name, input.Tree, input.AsOf, input.Window, context.Findings);
    }

    /// <summary>Runs one rule of a profile on an input (the assessment engine's quota check); the findings in report order.</summary>
    internal static IReadOnlyList<Finding> RunRule(ComplianceProfile profile, ComplianceInput input, IComplianceRule rule)
    {
        var context = new ComplianceContext(profile, input);
        rule.Evaluate(context);
        return new ComplianceReport(profile.Name, input.Tree, input.AsOf, input.Window, context.Findings).Findings;
    }
}
