using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Leadership;
using PartyOrg.Domain.Organizations;
using Xunit;
using static PartyOrg.Domain.Tests.Meetings.MeetingFixture;

namespace PartyOrg.Domain.Tests.Compliance;

/// <summary>
/// The day-exact edges of EDU-32-56-HOURS (a seat held on the first or last day of the year, an exemption ending on its
/// first day) and of the yearly reports (a report dated on the audit date, an organization set up or dissolved on
/// 31 December), on the meeting fixture (oc, lg, b1, b2; m1–m11; 2025 closed).
/// </summary>
public sealed class EducationRuleMutationTests
{
    private const string Edu = "EDU-32-56-HOURS";
    private const string Organ = "ORGAN-REPORTING";
    private static readonly LocalDate AsOf = new(2026, 1, 10);
    private static readonly DateInterval Year2025 = new(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));

    /// <summary>Every fixture member has the hours their seat needs (the leaders 56, the others 32), m12 has 32.</summary>
    private static IEnumerable<TrainingRecord> EnoughHours()
    {
        for (var i = 1; i <= 12; i++)
        {
            var leader = i is 1 or 2 or 3 or 9 or 10;
            yield return new TrainingRecord("m" + i, 2025, leader ? 56 : 32);
        }
    }

    private static OrganizationTree WithMember12(Post? post = null, LifeExemption? exemption = null) =>
        Tree(extra: b =>
        {
            b.Add(new Member("m12", "党员12", MembershipStatus.Full, "b2", null, new LocalDate(1999, 1, 1), new LocalDate(2000, 1, 1), lifeExemption: exemption));
            return post is null ? b : b.Add(post);
        });

    private static Finding[] Training(OrganizationTree tree, IEnumerable<TrainingRecord> rows) =>
        new ComplianceChecker(ComplianceProfile.StateOrgans)
            .Check(new ComplianceInput(tree, AsOf).WithWindow(Year2025).WithTrainings(new TrainingLog(rows)))
            .Findings.Where(f => f.RuleId == Edu).ToArray();

    private static Finding[] Reports(OrganizationTree tree, IEnumerable<LeadershipReport> reports, LocalDate asOf) =>
        new ComplianceChecker(ComplianceProfile.StateOrgans)
            .Check(new ComplianceInput(tree, asOf).WithWindow(Year2025).WithReports(new LeadershipReportLog(reports)))
            .Findings.Where(f => f.RuleId == Organ).ToArray();

    private static LeadershipReport Review(string org, LocalDate date) => new(LeadershipReportKind.SecretaryReview, org, date.Year, date);

    private static List<LeadershipReport> AllReports2025() => new()
    {
        Review("oc", new LocalDate(2025, 12, 16)), Review("b1", new LocalDate(2025, 12, 16)), Review("b2", new LocalDate(2025, 11, 30)),
        new(LeadershipReportKind.PartyBuildingBriefing, "lg", 2025, new LocalDate(2025, 12, 22)),
    };

    [Fact]
    public void Training_ASeatTakenOnTheLastDayOfTheYear_Needs56()
    {
        var f = Training(WithMember12(new Post("b2", "m12", PostKind.CommitteeMember, new LocalDate(2025, 12, 31))), EnoughHours())
            .Should().ContainSingle().Subject;

        f.SubjectId.Should().Be("m12");
        f.Expected.Should().Be("≥ 56");
        f.Actual.Should().Be("32");
        f.Period.Should().Be(ReportingPeriod.Year(2025));
    }

    [Fact]
    public void Training_ASeatTakenTheNextYear_DoesNotCount()
    {
        Training(WithMember12(new Post("b2", "m12", PostKind.CommitteeMember, new LocalDate(2026, 1, 1))), EnoughHours()).Should().BeEmpty();
    }

    [Theory]
    [InlineData(2, true)] // held on 1 January: a leader for the year
    [InlineData(1, false)] // ended on 1 January: never held in the year
    public void Training_ASeatEndingAtTheStartOfTheYear(int untilDay, bool leader)
    {
        var post = new Post("b2", "m12", PostKind.CommitteeMember, new LocalDate(2024, 6, 1), new LocalDate(2025, 1, untilDay));

        var findings = Training(WithMember12(post), EnoughHours());

        if (leader)
        {
            findings.Should().ContainSingle().Which.Expected.Should().Be("≥ 56");
        }
        else
        {
            findings.Should().BeEmpty();
        }
    }

    [Theory]
    [InlineData(1, false)] // exempt on 1 January: not judged for the year
    [InlineData(0, true)] // the exemption ended on 31 December of the year before
    public void Training_AnExemptionEndingAtTheStartOfTheYear(int untilDay, bool judged)
    {
        var until = new LocalDate(2025, 1, 1).PlusDays(untilDay - 1);
        var exemption = new LifeExemption(LifeExemptionReason.ElderlyFrail, new LocalDate(2020, 1, 1), until);
        var rows = EnoughHours().Where(r => r.MemberId != "m12");

        var findings = Training(WithMember12(exemption: exemption), rows);

        if (judged)
        {
            var f = findings.Should().ContainSingle().Subject;
            f.SubjectId.Should().Be("m12");
            f.Actual.Should().Be("0");
            f.Expected.Should().Be("≥ 32");
        }
        else
        {
            findings.Should().BeEmpty();
        }
    }

    [Fact]
    public void Reporting_AReviewDatedOnTheAuditDate_Counts()
    {
        var reports = AllReports2025().Where(r => r.OrganizationId != "b2").ToList();
        reports.Add(Review("b2", new LocalDate(2025, 12, 31)));

        Reports(Tree(), reports, new LocalDate(2025, 12, 31)).Should().BeEmpty();
        Reports(Tree(), reports.Where(r => r.OrganizationId != "b2"), new LocalDate(2025, 12, 31))
            .Should().ContainSingle().Which.SubjectId.Should().Be("b2");
    }

    [Fact]
    public void Reporting_ABranchSetUpOn31December_OwesTheReviewOfThatYear()
    {
        var tree = Tree(extra: b => b.Add(new Organization("b3", OrganizationKind.Branch, "第三支部", "oc", establishedOn: new LocalDate(2025, 12, 31))));

        var f = Reports(tree, AllReports2025(), AsOf).Should().ContainSingle().Subject;

        f.SubjectId.Should().Be("b3");
        f.Period.Should().Be(ReportingPeriod.Year(2025));
        f.Severity.Should().Be(Severity.Error);
    }

    [Theory]
    [InlineData(31, false)] // dissolved on 31 December: gone at the end of the year
    [InlineData(32, true)] // dissolved on 1 January: still there on 31 December
    public void Reporting_ABranchDissolvedAroundTheEndOfTheYear(int day, bool owes)
    {
        var dissolved = new LocalDate(2025, 12, 1).PlusDays(day - 1);
        var tree = Tree(extra: b => b.Add(new Organization("b3", OrganizationKind.Branch, "第三支部", "oc",
            establishedOn: new LocalDate(2020, 1, 1), dissolvedOn: dissolved)));

        var findings = Reports(tree, AllReports2025(), AsOf);

        if (owes)
        {
            findings.Should().ContainSingle().Which.SubjectId.Should().Be("b3");
        }
        else
        {
            findings.Should().BeEmpty();
        }
    }
}
