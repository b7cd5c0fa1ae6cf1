using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Development;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Tests.Development;

/// <summary>A small organ (oc → b-1 with full members m-1..m-5) and a pipeline with every interval at its legal bound.</summary>
internal static class DevelopmentFixture
{
    internal static readonly IWorkingDayCalendar Weekdays = WorkingDayCalendar.WeekendsOnly;

    internal static OrganizationTree Tree(params Member[] extra)
    {
        var b = OrganizationTree.CreateBuilder()
            .Add(new Organization("wc", OrganizationKind.WorkingCommittee, "工委"))
            .Add(new Organization("oc", OrganizationKind.OrganCommittee, "机关党委", "wc"))
            .Add(new Organization("gb", OrganizationKind.GeneralBranch, "党总支", "oc"))
            .Add(new Organization("b-1", OrganizationKind.Branch, "第一党支部", "gb", BranchForm.Regular));
        for (var i = 1; i <= 5; i++)
        {
            b.Add(new Member("m-" + i, "党员" + i, MembershipStatus.Full, "b-1", admittedOn: new LocalDate(2000, 1, 1), fullSince: new LocalDate(2001, 1, 1)));
        }

        foreach (var m in extra)
        {
            b.Add(m);
        }

        return b.Build();
    }

    /// <summary>The keys of the dates a test may move.</summary>
    internal static readonly string[] Dates = { "applied", "talked", "activist", "candidate", "candidateNoticeTo", "meeting", "approval", "conversion", "conversionNoticeTo" };

    /// <summary>The dates of a pipeline where every checked interval sits at its legal bound, from a start date.</summary>
    internal static Dictionary<string, LocalDate> TightDates(LocalDate start)
    {
        var d = new Dictionary<string, LocalDate>
        {
            ["birth"] = start.PlusYears(-18),
            ["applied"] = start,
            ["talked"] = start,
            ["activist"] = start,
        };
        d["candidate"] = start.PlusYears(1);
        d["political"] = d["candidate"].PlusDays(1);
        d["preAudit"] = d["candidate"].PlusDays(2);
        var from = Weekdays.NextWorkingDay(d["candidate"].PlusDays(2));
        d["candidateNoticeFrom"] = from;
        d["candidateNoticeTo"] = Nth(from, 5);
        d["meeting"] = d["candidateNoticeTo"].PlusDays(1);
        d["approval"] = d["meeting"].PlusMonths(3);
        d["higherTalk"] = d["approval"];
        d["conversion"] = d["meeting"].PlusYears(1);
        var to = Weekdays.PreviousWorkingDay(d["conversion"].PlusDays(-1));
        d["conversionNoticeTo"] = to;
        d["conversionNoticeFrom"] = Back(to, 5);
        d["conversionApproval"] = d["conversion"].PlusMonths(1);
        return d;
    }

    internal static Applicant Pipeline(IReadOnlyDictionary<string, LocalDate> d, string id = "a-1") => new(
        id, "申请人", "b-1", d["birth"], d["applied"], d["talked"], d["activist"], new[] { "m-1", "m-2" },
        new[] { d["activist"].PlusMonths(4), d["activist"].PlusMonths(8) }, d["candidate"], new[] { "m-1", "m-2" },
        new DevelopmentCheck(d["political"], true), new CandidateTraining(3, null), new DevelopmentCheck(d["preAudit"], true), null,
        new[]
        {
            new PublicNotice(NoticeStage.Candidate, d["candidateNoticeFrom"], d["candidateNoticeTo"]),
            new PublicNotice(NoticeStage.Conversion, d["conversionNoticeFrom"], d["conversionNoticeTo"]),
        },
        new BranchVote(d["meeting"], 5, 3, 3), d["higherTalk"], new AdmissionApproval("oc", d["approval"]), null,
        new Probation(conversion: new Conversion(new BranchVote(d["conversion"], 5, 3, 3), d["conversionApproval"])));

    internal static IReadOnlyList<Finding> Check(OrganizationTree tree, LocalDate asOf, params Applicant[] applicants) =>
        Check(tree, asOf, null, applicants);

    internal static IReadOnlyList<Finding> Check(OrganizationTree tree, LocalDate asOf, MemberRelations? relations, params Applicant[] applicants) =>
        Check(ComplianceProfile.StateOrgans, tree, asOf, relations, applicants);

    internal static IReadOnlyList<Finding> Check(ComplianceProfile profile, OrganizationTree tree, LocalDate asOf, MemberRelations? relations, params Applicant[] applicants)
    {
        var input = new ComplianceInput(tree, asOf).WithWorkingDays(Weekdays);
        if (applicants.Length > 0)
        {
            input = input.WithDevelopment(DevelopmentLog.Create(tree, applicants));
        }

        if (relations is not null)
        {
            input = input.WithRelations(relations);
        }

        return new ComplianceChecker(profile).Check(input).Findings
            .Where(f => f.RuleId.StartsWith("DEV-", System.StringComparison.Ordinal) || f.RuleId.StartsWith("MEM-", System.StringComparison.Ordinal)).ToArray();
    }

    internal static string[] Ids(IEnumerable<Finding> findings) => findings.Select(f => f.RuleId).Distinct().OrderBy(x => x, System.StringComparer.Ordinal).ToArray();

    private static LocalDate Nth(LocalDate first, int n)
    {
        var d = first;
        for (var i = 1; i < n; i++)
        {
            d = Weekdays.NextWorkingDay(d.PlusDays(1));
        }

        return d;
    }

    private static LocalDate Back(LocalDate last, int n)
    {
        var d = last;
        for (var i = 1; i < n; i++)
        {
            d = Weekdays.PreviousWorkingDay(d.PlusDays(-1));
        }

        return d;
    }
}
