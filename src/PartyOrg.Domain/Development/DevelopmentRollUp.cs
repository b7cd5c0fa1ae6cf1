using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Development;

/// <summary>The development figures of one branch.</summary>
public sealed class BranchDevelopment
{
    internal BranchDevelopment(string branchId, IReadOnlyDictionary<DevelopmentStage, int> byStage, int developedInYear, LocalDate? lastAdmission)
    {
        BranchId = branchId;
        ByStage = byStage;
        DevelopedInYear = developedInYear;
        LastAdmission = lastAdmission;
    }

    /// <summary>The branch.</summary>
    public string BranchId { get; }

    /// <summary>The people at each stage (every stage present, zero when none).</summary>
    public IReadOnlyDictionary<DevelopmentStage, int> ByStage { get; }

    /// <summary>Admission meetings held in the year asked for.</summary>
    public int DevelopedInYear { get; }

    /// <summary>The last admission of the branch (a record's admission meeting or a member's admission date), or null.</summary>
    public LocalDate? LastAdmission { get; }
}

/// <summary>
/// 发展党员统计 — roll-ups an organ needs: per branch the people at each stage and the members developed in a year,
/// and the branches that developed nobody for two years or more (a signal of the weak-organisation assessment).
/// </summary>
public static class DevelopmentRollUp
{
    /// <summary>The figures of every branch of the tree, sorted by branch id.</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="log">The development records.</param>
    /// <param name="asOf">The date of the stages.</param>
    /// <param name="year">The year of <see cref="BranchDevelopment.DevelopedInYear"/>.</param>
    /// <returns>One row per branch.</returns>
    public static IReadOnlyList<BranchDevelopment> ByBranch(OrganizationTree tree, DevelopmentLog log, LocalDate asOf, int year)
    {
        if (tree is null || log is null)
        {
            throw new ArgumentNullException(tree is null ? nameof(tree) : nameof(log));
        }

        var plans = DevelopmentPlanner.Plan(log, asOf).ToLookup(p => p.Applicant.BranchId, StringComparer.Ordinal);
        return tree.Organizations.Where(o => o.IsBranch).OrderBy(o => o.Id, StringComparer.Ordinal).Select(o =>
        {
            var mine = plans[o.Id].ToArray();
            var byStage = DevelopmentStage.List.OrderBy(s => s.Value).ToDictionary(s => s, s => mine.Count(p => p.Stage == s));
            var developed = mine.Count(p => p.Applicant.Admission is { } a && a.Meeting.Year == year && a.Meeting <= asOf);
            return new BranchDevelopment(o.Id, byStage, developed, LastAdmission(tree, log, o.Id, asOf));
        }).ToArray();
    }

    /// <summary>
    /// The branches with no admission in the <paramref name="years"/> years up to <paramref name="asOf"/> (2 by default)
    /// that existed for that whole time, sorted by id. An admission is a record's admission meeting or a member's
    /// <see cref="Member.AdmittedOn"/>.
    /// </summary>
    /// <param name="tree">The tree.</param>
    /// <param name="log">The development records, or null (members' admission dates only).</param>
    /// <param name="asOf">The date.</param>
    /// <param name="years">The years without development (at least 1).</param>
    /// <returns>The branches with their last admission (null when none is known).</returns>
    public static IReadOnlyList<BranchDevelopment> BranchesWithoutDevelopment(OrganizationTree tree, DevelopmentLog? log, LocalDate asOf, int years = 2)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        if (years < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(years), "At least one year.");
        }

        var since = asOf.PlusYears(-years);
        var empty = DevelopmentStage.List.ToDictionary(s => s, _ => 0);
        return tree.Organizations
            .Where(o => o.IsBranch && o.ExistsOn(asOf) && (o.EstablishedOn is null || o.EstablishedOn.Value <= since))
            .OrderBy(o => o.Id, StringComparer.Ordinal)
            .Select(o => (Branch: o, Last: LastAdmission(tree, log, o.Id, asOf)))
            .Where(x => x.Last is null || x.Last.Value <= since)
            .Select(x => new BranchDevelopment(x.Branch.Id, empty, 0, x.Last))
            .ToArray();
    }

    internal static LocalDate? LastAdmission(OrganizationTree tree, DevelopmentLog? log, string branchId, LocalDate asOf)
    {
        var fromMembers = tree.MembersOf(branchId).Where(m => m.AdmittedOn is { } d && d <= asOf).Select(m => m.AdmittedOn);
        var fromLog = (log?.Applicants ?? Array.Empty<Applicant>())
            .Where(a => a.BranchId == branchId && a.Admission is { } ad && ad.Meeting <= asOf).Select(a => (LocalDate?)a.Admission!.Meeting);
        return fromMembers.Concat(fromLog).DefaultIfEmpty(null).Max();
    }
}
