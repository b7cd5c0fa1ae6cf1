using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Tests.Meetings;

/// <summary>
/// A small organ for the meeting tests: organ committee "oc" (secretary m10), its 党组 "lg" (secretary m11), branch "b1"
/// with a committee of three (m1 secretary, m2 deputy, m3 member), 8 full members and Party group "g1" (m1–m4), and branch
/// "b2" with a secretary only (m9) and 3 full members.
/// </summary>
internal static class MeetingFixture
{
    internal static readonly LocalDate YearEnd = new(2026, 12, 31);

    internal static readonly DateInterval Year2026 = new(new LocalDate(2026, 1, 1), YearEnd);

    internal static readonly string[] MeetingRuleIds =
    {
        "MTG-MEMBERS-MEETING-QUARTERLY", "MTG-COMMITTEE-MONTHLY", "MTG-GROUP-MONTHLY", "LIFE-THEME-DAY-MONTHLY",
        "LIFE-ORG-LIFE-MEETING-ANNUAL", "LIFE-DEMOCRATIC-APPRAISAL-ANNUAL", "MTG-LECTURE-BY-SECRETARY",
        "MTG-PARTY-LECTURE-LOCAL-FREQUENCY", "MTG-ORGAN-ANNUAL-ASSEMBLY", "MTG-COMMITTEE-QUORUM",
        "MTG-MEMBERS-MEETING-QUORUM-VOTE", "LIFE-THEME-DAY-FIXED-DAY", "LIFE-SELF-LAPSE-6M", "MTG-LECTURE-BRANCH-SECRETARY",
        "LIFE-DEMOCRATIC-LIFE-MEETING", "LIFE-DUAL-ORG-LIFE",
    };

    internal static OrganizationTree Tree(LocalDate? b2Established = null, Func<OrganizationTreeBuilder, OrganizationTreeBuilder>? extra = null)
    {
        var since = new LocalDate(2000, 1, 1);
        var b = new OrganizationTreeBuilder()
            .Add(new Organization("oc", OrganizationKind.OrganCommittee, "机关党委", establishedOn: since))
            .Add(new Organization("lg", OrganizationKind.LeadingGroup, "党组", leadsId: "oc"))
            .Add(new Organization("b1", OrganizationKind.Branch, "第一支部", "oc", establishedOn: since))
            .Add(new Organization("g1", OrganizationKind.PartyGroup, "第一小组", "b1"))
            .Add(new Organization("b2", OrganizationKind.Branch, "第二支部", "oc", establishedOn: b2Established ?? since));
        for (var i = 1; i <= 11; i++)
        {
            var branch = i <= 8 ? "b1" : "b2";
            var group = i <= 4 ? "g1" : null;
            b.Add(new Member("m" + i, "党员" + i, MembershipStatus.Full, branch, group, new LocalDate(1999, 1, 1), new LocalDate(2000, 1, 1)));
        }

        var posts = new LocalDate(2020, 1, 1);
        b.Add(new Post("b1", "m1", PostKind.Secretary, posts))
         .Add(new Post("b1", "m2", PostKind.DeputySecretary, posts))
         .Add(new Post("b1", "m3", PostKind.CommitteeMember, posts))
         .Add(new Post("g1", "m4", PostKind.GroupLeader, posts))
         .Add(new Post("b2", "m9", PostKind.Secretary, posts))
         .Add(new Post("oc", "m10", PostKind.Secretary, posts))
         .Add(new Post("oc", "m2", PostKind.CommitteeMember, posts))
         .Add(new Post("lg", "m11", PostKind.Secretary, posts));
        return (extra?.Invoke(b) ?? b).Build();
    }

    internal static MeetingRequirementSet Requirements(ComplianceProfile? profile = null) =>
        (profile ?? ComplianceProfile.StateOrgans).EnabledMeetingRequirements();

    /// <summary>One record per obligation, on its due date, attended by every member of the organization.</summary>
    internal static List<MeetingRecord> RecordsFor(OrganizationTree tree, IEnumerable<MeetingObligation> obligations)
    {
        var list = new List<MeetingRecord>();
        foreach (var ob in obligations)
        {
            var org = tree.GetOrganization(ob.OrganizationId);
            var attendees = org.IsBranch || org.Kind == OrganizationKind.PartyGroup
                ? tree.MembersOf(org.Id).Select(m => m.Id).ToArray()
                : org.Kind == OrganizationKind.LeadingGroup
                    ? tree.PostsOf(org.Id, ob.DueDate).Where(p => p.Kind.IsLeadershipSeat).Select(p => p.MemberId).Distinct().ToArray()
                    : Array.Empty<string>();
            string? lecturer = null;
            if (ob.Requirement.Lecturer == LecturerRequirement.Secretary)
            {
                lecturer = tree.PostsOf(org.Id, ob.DueDate).First(p => p.Kind == PostKind.Secretary).MemberId;
            }

            list.Add(new MeetingRecord("r" + list.Count, ob.OrganizationId, ob.DueDate, new[] { ob.Kind }, attendees, lecturerId: lecturer));
        }

        return list;
    }

    /// <summary>The obligations of 2026 under the profile, with the 主题党日 on the first Friday.</summary>
    internal static IReadOnlyList<MeetingObligation> Obligations2026(OrganizationTree tree, ComplianceProfile? profile = null) =>
        new MeetingPlanner(Requirements(profile).With(MeetingRequirements.ThemeDayMonthly.WithFixedDay(FixedDayPolicy.FirstFriday)),
            WorkingDayCalendar.ChinaMainland2025And2026).Plan(tree, Year2026);

    internal static ComplianceReport Check(OrganizationTree tree, IEnumerable<MeetingRecord> records, LocalDate asOf, ComplianceProfile? profile = null)
    {
        var input = new ComplianceInput(tree, asOf).WithMeetings(MeetingLog.Create(tree, records));
        return new ComplianceChecker(profile ?? ComplianceProfile.StateOrgans).Check(input);
    }

    internal static IReadOnlyList<Finding> MeetingFindings(this ComplianceReport report) =>
        report.Findings.Where(f => Array.IndexOf(MeetingRuleIds, f.RuleId) >= 0).ToArray();

    internal static MeetingRecord Meeting(string id, string org, LocalDate date, MeetingKind kind, IEnumerable<string>? attendees = null,
        IEnumerable<MeetingAbsence>? absences = null, string? lecturer = null, IEnumerable<MeetingVote>? votes = null) =>
        new(id, org, date, new[] { kind }, attendees, absences, lecturer, null, votes);

    internal static string[] B1Members => Enumerable.Range(1, 8).Select(i => "m" + i).ToArray();
}
