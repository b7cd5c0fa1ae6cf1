using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Development;

namespace PartyOrg.Domain.Compliance;

/// <summary>Shared helpers of the development (DEV-*) and member-status (MEM-*) rules.</summary>
internal static class DevelopmentRuleSupport
{
    /// <summary>The message of a finding on an applicant.</summary>
    internal static readonly LocalizedText Message = new(
        "入党申请人“{subject}”：{actual}（应为：{expected}）。",
        "Applicant \"{subject}\": {actual} (expected: {expected}).");

    /// <summary>The message of a finding on a member.</summary>
    internal static readonly LocalizedText MemberMessage = new(
        "党员“{subject}”：{actual}（应为：{expected}）。",
        "Member \"{subject}\": {actual} (expected: {expected}).");

    /// <summary>The records of the run (none without a development section).</summary>
    internal static IReadOnlyList<Applicant> Applicants(ComplianceContext context) =>
        context.Input.Development?.Applicants ?? Array.Empty<Applicant>();

    /// <summary>Reports a finding on the applicant (counted against their branch).</summary>
    internal static void Report(ComplianceContext context, RuleDescriptor rule, Applicant applicant, LocalizedText expected, LocalizedText actual, string? variant = null, params object?[] messageArgs)
    {
        if (variant is null)
        {
            context.Report(rule, applicant.Id, applicant.BranchId, null, expected, actual, messageArgs);
        }
        else
        {
            context.ReportVariant(rule, variant, applicant.Id, applicant.BranchId, null, expected, actual, messageArgs);
        }
    }

    /// <summary>The intervals of the member's path in force on <paramref name="date"/> (the step's own date).</summary>
    internal static DevelopmentIntervals Intervals(ComplianceContext context, LocalDate date) => context.Parameter(DevelopmentParameters.Intervals, date);

    /// <summary>A whole number in invariant digits.</summary>
    internal static string N(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Both languages of a text with a date in it.</summary>
    internal static LocalizedText Text(string chinese, string english) => new(chinese, english);

    /// <summary>A date as yyyy-MM-dd.</summary>
    internal static string D(LocalDate date) => DevelopmentLog.Format(date);

    /// <summary>The voting members who should attend: as recorded, else the branch's members with voting rights that day.</summary>
    internal static int Entitled(ComplianceContext context, string branchId, BranchVote vote)
    {
        if (vote.EntitledVoting is { } given)
        {
            return given;
        }

        var tree = context.Tree;
        if (!tree.TryGetIndex(branchId, out var branch))
        {
            return 0;
        }

        // The branch's members by their indexes (no list made per vote).
        var members = tree.MemberArray;
        var count = 0;
        foreach (var m in tree.MemberIndicesOf(branch))
        {
            count += members[m].HasVotingRightsOn(vote.Meeting) ? 1 : 0;
        }

        return count;
    }

    /// <summary>The working days: the caller's, else the library's calendar for mainland China (Monday–Friday outside the years it covers).</summary>
    internal static IWorkingDayCalendar Calendar(ComplianceContext context) => context.Input.WorkingDays ?? WorkingDayCalendar.ChinaMainland2025And2026;

    /// <summary>The member with the id, or null when the tree holds none.</summary>
    internal static Organizations.Member? FindMember(ComplianceContext context, string id) =>
        context.Tree.TryGetMember(id, out var m) ? m : null;

    /// <summary>The organization with the id, or null when the tree holds none.</summary>
    internal static Organizations.Organization? FindOrganization(ComplianceContext context, string id) =>
        context.Tree.TryGetOrganization(id, out var o) ? o : null;

    /// <summary>Whether the member is a full member on the day (no record of them = false).</summary>
    internal static bool IsFullOn(ComplianceContext context, string memberId, LocalDate date) =>
        context.Tree.TryGetMember(memberId, out var m) && m!.StatusOn(date) == Organizations.MembershipStatus.Full;
}
