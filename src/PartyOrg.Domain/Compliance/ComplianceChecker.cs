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

    /// <summary>
    /// Runs every enabled rule in force during the input's window on up to <paramref name="maxThreads"/> threads: the
    /// rules are shared out among the threads (the most expensive started first), each with its own run context for
    /// findings, while the values the rules share (<see cref="ComplianceContext.GetShared{T}"/>) are made once for all of
    /// them; the findings are put together in rule order — the report is the same, finding for finding and in the same
    /// order, as <see cref="Check(ComplianceInput)"/>'s.
    /// </summary>
    /// <param name="input">The input.</param>
    /// <param name="maxThreads">The most threads to use (1: run on the calling thread, as <see cref="Check(ComplianceInput)"/>).</param>
    /// <returns>The report, findings in deterministic order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxThreads"/> is less than 1.</exception>
    public ComplianceReport Check(ComplianceInput input, int maxThreads)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        if (maxThreads < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxThreads), maxThreads, "At least one thread is needed.");
        }

        var rules = new List<IComplianceRule>();
        foreach (var rule in Profile.EnabledRules)
        {
            if (rule.Descriptor.IsInForceDuring(input.Window))
            {
                rules.Add(rule);
            }
        }

        var workers = Math.Min(maxThreads, rules.Count);
        if (workers <= 1)
        {
            return Check(input);
        }

        // Each worker takes the next rule not yet taken, the most expensive first; the findings of rule i go to slot i, so
        // that the merged list is the single-threaded one whichever worker ran which rule. The workers share one store of
        // shared values (the meeting index and audit, the election tallies, the term calendar…): each is built once.
        var order = StartOrder(rules);
        var shared = new SharedValues();
        var perRule = new List<Finding>[rules.Count];
        var next = -1;
        var errors = new System.Exception?[workers];
        var threads = new System.Threading.Thread[workers];
        for (var w = 0; w < workers; w++)
        {
            var worker = w;
            threads[w] = new System.Threading.Thread(() =>
            {
                try
                {
                    var context = new ComplianceContext(Profile, input, shared);
                    int k;
                    while ((k = System.Threading.Interlocked.Increment(ref next)) < order.Length)
                    {
                        var i = order[k];
                        rules[i].Evaluate(context);
                        perRule[i] = context.TakeFindings();
                    }
                }
                catch (System.Exception e)
                {
                    errors[worker] = e;
                    System.Threading.Interlocked.Exchange(ref next, rules.Count);
                }
            }, 16 * 1024 * 1024) { IsBackground = true, Name = "partyorg-check-" + w.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            threads[w].Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        foreach (var error in errors)
        {
            if (error is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
            }
        }

        var total = 0;
        foreach (var list in perRule)
        {
            total += list.Count;
        }

        var findings = new Finding[total];
        var at = 0;
        foreach (var list in perRule)
        {
            list.CopyTo(findings, at);
            at += list.Count;
        }

        return new ComplianceReport(Profile.Name, input.Tree, input.AsOf, input.Window, SortOnTwoThreads(findings), sortedAlready: true);
    }

    /// <summary>
    /// The findings in report order, sorted on two threads: each half sorted as <see cref="ComplianceReport.SortFindings"/>
    /// does (one of them on a thread of its own), then the halves merged, the first half's finding first where two compare
    /// equal — the order of a stable sort of the whole, the same as the single-threaded report's.
    /// </summary>
    internal static Finding[] SortOnTwoThreads(Finding[] findings)
    {
        const int Threshold = 4096; // below it the second thread costs more than it saves
        if (findings.Length < Threshold)
        {
            ComplianceReport.SortFindings(findings);
            return findings;
        }

        var half = findings.Length / 2;
        var left = new Finding[half];
        var right = new Finding[findings.Length - half];
        Array.Copy(findings, 0, left, 0, left.Length);
        Array.Copy(findings, half, right, 0, right.Length);
        System.Exception? error = null;
        var thread = new System.Threading.Thread(() =>
        {
            try
            {
                ComplianceReport.SortFindings(left);
            }
            catch (System.Exception e)
            {
                error = e;
            }
        }, 16 * 1024 * 1024) { IsBackground = true, Name = "partyorg-sort" };
        thread.Start();
        ComplianceReport.SortFindings(right);
        thread.Join();
        if (error is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
        }

        return Merge(left, right, findings);
    }

    /// <summary>
    /// Merges two lists sorted by <see cref="Finding.CompareTo"/> into <paramref name="into"/> (of their total length);
    /// where two findings compare equal, the one of <paramref name="left"/> comes first.
    /// </summary>
    internal static Finding[] Merge(Finding[] left, Finding[] right, Finding[] into)
    {
        int i = 0, j = 0, k = 0;
        while (i < left.Length && j < right.Length)
        {
            into[k++] = right[j].CompareTo(left[i]) < 0 ? right[j++] : left[i++];
        }

        while (i < left.Length)
        {
            into[k++] = left[i++];
        }

        while (j < right.Length)
        {
            into[k++] = right[j++];
        }

        return into;
    }

    /// <summary>
    /// The order in which a parallel check starts the rules: by <see cref="Rule.Cost"/>, highest first, otherwise in rule
    /// order (a stable sort). Only the start order: the findings are put together in rule order.
    /// </summary>
    internal static int[] StartOrder(IReadOnlyList<IComplianceRule> rules)
    {
        var order = new int[rules.Count];
        var costs = new int[rules.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            costs[i] = rules[i] is Rule r ? r.Cost : 0;
        }

        Array.Sort(order, (a, b) => costs[a] != costs[b] ? costs[b].CompareTo(costs[a]) : a.CompareTo(b));
        return order;
    }

    /// <summary>Runs one rule of a profile on an input (the assessment engine's quota check); the findings in report order.</summary>
    internal static IReadOnlyList<Finding> RunRule(ComplianceProfile profile, ComplianceInput input, IComplianceRule rule)
    {
        var context = new ComplianceContext(profile, input);
        rule.Evaluate(context);
        return new ComplianceReport(profile.Name, input.Tree, input.AsOf, input.Window, context.Findings).Findings;
    }
}
