using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using Xunit;
using static PartyOrg.Domain.Tests.Meetings.MeetingFixture;

namespace PartyOrg.Domain.Tests.Meetings;

/// <summary>LIFE-DEMOCRATIC-LIFE-MEETING (民主生活会 of the 党组) and LIFE-DUAL-ORG-LIFE (双重组织生活 of its members).</summary>
public sealed class LeadershipMeetingRuleTests
{
    private const string Dlm = "LIFE-DEMOCRATIC-LIFE-MEETING";
    private const string Dual = "LIFE-DUAL-ORG-LIFE";
    private static readonly LocalDate Posts = new(2020, 1, 1);

    // 党组 "lg": m11 secretary (branch b2), m1 deputy secretary (branch b1), m10 member (branch b2).
    private readonly OrganizationTree tree = Tree(extra: b => b
        .Add(new Post("lg", "m1", PostKind.DeputySecretary, Posts))
        .Add(new Post("lg", "m10", PostKind.CommitteeMember, Posts)));

    private List<MeetingRecord> FullYear() => RecordsFor(tree, Obligations2026(tree));

    private IReadOnlyList<Finding> Findings(OrganizationTree t, IEnumerable<MeetingRecord> records, string ruleId, LocalDate? asOf = null) =>
        Check(t, records, asOf ?? YearEnd).Findings.Where(f => f.RuleId == ruleId).ToArray();

    private IReadOnlyList<Finding> Findings(IEnumerable<MeetingRecord> records, string ruleId, LocalDate? asOf = null) =>
        Findings(tree, records, ruleId, asOf);

    private static List<MeetingRecord> Replace(IEnumerable<MeetingRecord> records, MeetingKind kind, string org, MeetingRecord? with)
    {
        var list = records.Where(r => !(r.OrganizationId == org && r.Counts(kind))).ToList();
        if (with is not null)
        {
            list.Add(with);
        }

        return list;
    }

    [Fact]
    public void DemocraticLifeMeeting_IsPlannedForEveryLeadingGroup()
    {
        var ob = Obligations2026(tree).Where(o => o.Kind == MeetingKind.DemocraticLifeMeeting).ToArray();
        ob.Should().ContainSingle().Which.OrganizationId.Should().Be("lg");
        MeetingRequirements.Default.Requirements.Should().Contain(MeetingRequirements.DemocraticLifeMeetingAnnual);
    }

    [Fact]
    public void DemocraticLifeMeeting_HeldWithEveryone_NoFinding() =>
        Check(tree, FullYear(), YearEnd).MeetingFindings().Should().BeEmpty();

    [Fact]
    public void DemocraticLifeMeeting_Missing_IsErrorOnTheLeadingGroup()
    {
        var f = Findings(Replace(FullYear(), MeetingKind.DemocraticLifeMeeting, "lg", null), Dlm).Single();
        f.Severity.Should().Be(Severity.Error);
        f.SubjectId.Should().Be("lg");
        f.OrganizationId.Should().Be("lg");
        f.Period.ToString().Should().Be("2026");
        f.Actual.Should().Be("0");
    }

    [Fact]
    public void DemocraticLifeMeeting_OpenYear_NoError() =>
        Findings(Replace(FullYear(), MeetingKind.DemocraticLifeMeeting, "lg", null), Dlm, new LocalDate(2026, 11, 30))
            .Where(f => f.Severity == Severity.Error).Should().BeEmpty();

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, false)] // exactly 2/3 of 3: 3 × 2 ≥ 2 × 3
    [InlineData(3, false)]
    public void DemocraticLifeMeeting_TwoThirdsOfThreeMembers(int present, bool finding)
    {
        var dlm = Meeting("dlm", "lg", new LocalDate(2026, 12, 20), MeetingKind.DemocraticLifeMeeting, new[] { "m11", "m1", "m10" }.Take(present));
        var f = Findings(Replace(FullYear(), MeetingKind.DemocraticLifeMeeting, "lg", dlm), Dlm);
        f.Should().HaveCount(finding ? 1 : 0);
        if (finding)
        {
            f[0].SubjectId.Should().Be("lg");
            f[0].Expected.Should().Be("≥ 2");
            f[0].Actual.Should().Be(present.ToString(System.Globalization.CultureInfo.InvariantCulture));
            f[0].Severity.Should().Be(Severity.Error);
            f[0].Message.Chinese.Should().Contain("2/3");
        }
    }

    [Theory]
    [InlineData(2, true)]  // 3 × 2 = 6 < 8
    [InlineData(3, false)] // 3 × 3 = 9 ≥ 8
    public void DemocraticLifeMeeting_TwoThirdsOfFourMembers(int present, bool finding)
    {
        var four = Tree(extra: b => b
            .Add(new Post("lg", "m1", PostKind.DeputySecretary, Posts))
            .Add(new Post("lg", "m10", PostKind.CommitteeMember, Posts))
            .Add(new Post("lg", "m5", PostKind.CommitteeMember, Posts)));
        var records = RecordsFor(four, Obligations2026(four));
        var dlm = Meeting("dlm", "lg", new LocalDate(2026, 12, 20), MeetingKind.DemocraticLifeMeeting, new[] { "m11", "m1", "m10", "m5" }.Take(present));
        var f = Findings(four, Replace(records, MeetingKind.DemocraticLifeMeeting, "lg", dlm), Dlm);
        f.Should().HaveCount(finding ? 1 : 0);
        if (finding)
        {
            f[0].Expected.Should().Be("≥ 3");
        }
    }

    [Fact]
    public void DemocraticLifeMeeting_MemberWhoLeftBeforeTheDay_NotExpected()
    {
        var t = Tree(extra: b => b
            .Add(new Post("lg", "m1", PostKind.DeputySecretary, Posts))
            .Add(new Post("lg", "m10", PostKind.CommitteeMember, Posts, new LocalDate(2026, 6, 1))));
        var dlm = Meeting("dlm", "lg", new LocalDate(2026, 12, 20), MeetingKind.DemocraticLifeMeeting, new[] { "m11", "m1" });
        Findings(t, Replace(RecordsFor(t, Obligations2026(t)), MeetingKind.DemocraticLifeMeeting, "lg", dlm), Dlm).Should().BeEmpty();
    }

    [Fact]
    public void DemocraticLifeMeeting_AttendanceShare_IsAParameter()
    {
        var profile = ComplianceProfile.StateOrgans.WithParameter(MeetingParameters.DemocraticLifeAttendanceThirds, 3);
        var dlm = Meeting("dlm", "lg", new LocalDate(2026, 12, 20), MeetingKind.DemocraticLifeMeeting, new[] { "m11", "m1" });
        var records = Replace(FullYear(), MeetingKind.DemocraticLifeMeeting, "lg", dlm);
        Check(tree, records, YearEnd, profile).Findings.Where(f => f.RuleId == Dlm).Should().ContainSingle().Which.Expected.Should().Be("≥ 3");
        ComplianceProfile.StateOrgans.Get(MeetingParameters.DemocraticLifeAttendanceThirds).Should().Be(2);
    }

    [Fact]
    public void DualOrgLife_LeaderAttendedNoneOfBranchMeetings_FindingOnMember()
    {
        var records = FullYear().Select(r => r.OrganizationId == "b1" && r.Counts(MeetingKind.OrganizationalLifeMeeting)
            ? r.WithAttendance(r.Attendees.Where(a => a != "m1"), new[] { new MeetingAbsence("m1", AbsenceReason.NoReason) }) : r).ToList();
        var f = Findings(records, Dual).Single();
        f.SubjectId.Should().Be("m1");
        f.OrganizationId.Should().Be("b1");
        f.Period.ToString().Should().Be("2026");
        f.Severity.Should().Be(Severity.Error);
        f.Actual.Should().Be("0");
        f.Message.Chinese.Should().Contain("第一支部");
    }

    [Fact]
    public void DualOrgLife_ProperAbsence_NoFinding()
    {
        var records = FullYear().Select(r => r.OrganizationId == "b1" && r.Counts(MeetingKind.OrganizationalLifeMeeting)
            ? r.WithAttendance(r.Attendees.Where(a => a != "m1"), new[] { new MeetingAbsence("m1", AbsenceReason.BusinessTravel) }) : r).ToList();
        Findings(records, Dual).Should().BeEmpty();
    }

    [Fact]
    public void DualOrgLife_AttendedOneOfTwo_NoFinding()
    {
        var records = FullYear();
        records.Add(Meeting("olm2", "b1", new LocalDate(2026, 6, 10), MeetingKind.OrganizationalLifeMeeting, new[] { "m2", "m3" }));
        Findings(records, Dual).Should().BeEmpty();
        records.RemoveAll(r => r.OrganizationId == "b1" && r.Counts(MeetingKind.OrganizationalLifeMeeting) && r.Id != "olm2");
        Findings(records, Dual).Should().ContainSingle().Which.Message.English.Should().Contain("1 organizational life meeting");
    }

    [Fact]
    public void DualOrgLife_BranchHeldNone_IsTheBranchsFinding()
    {
        var records = FullYear().Where(r => !(r.OrganizationId == "b1" && r.Counts(MeetingKind.OrganizationalLifeMeeting))).ToList();
        var report = Check(tree, records, YearEnd);
        report.Findings.Where(f => f.RuleId == Dual).Should().BeEmpty();
        report.Findings.Should().Contain(f => f.RuleId == "LIFE-ORG-LIFE-MEETING-ANNUAL" && f.SubjectId == "b1");
    }

    [Fact]
    public void DualOrgLife_OpenYear_NotJudged()
    {
        var records = FullYear().Where(r => r.Date <= new LocalDate(2026, 11, 30)).Select(r => r.OrganizationId == "b1" && r.Counts(MeetingKind.OrganizationalLifeMeeting)
            ? r.WithAttendance(r.Attendees.Where(a => a != "m1"), null) : r).ToList();
        records.Add(Meeting("olm-early", "b1", new LocalDate(2026, 10, 10), MeetingKind.OrganizationalLifeMeeting, new[] { "m2" }));
        Findings(records, Dual, new LocalDate(2026, 12, 30)).Should().BeEmpty();
        Findings(records, Dual, YearEnd).Should().ContainSingle().Which.SubjectId.Should().Be("m1");
    }

    [Fact]
    public void DualOrgLife_ExemptOrNotALeader_NotJudged()
    {
        var exempt = Tree(extra: b => b
            .Add(new Post("lg", "m1", PostKind.DeputySecretary, Posts, new LocalDate(2025, 12, 31))));
        var records = RecordsFor(exempt, Obligations2026(exempt)).Select(r => r.OrganizationId == "b1" && r.Counts(MeetingKind.OrganizationalLifeMeeting)
            ? r.WithAttendance(r.Attendees.Where(a => a != "m1"), null) : r).ToList();
        Findings(exempt, records, Dual).Should().BeEmpty("m1 left the 党组 before 2026");

        var m1 = tree.GetMember("m1").WithLifeExemption(new LifeExemption(LifeExemptionReason.SeriouslyIll, new LocalDate(2026, 3, 1)));
        var t2 = new OrganizationTreeBuilder()
            .AddRange(tree.Organizations).AddRange(tree.Members.Select(m => m.Id == "m1" ? m1 : m)).AddRange(tree.Posts).Build();
        var records2 = FullYear().Select(r => r.OrganizationId == "b1" && r.Counts(MeetingKind.OrganizationalLifeMeeting)
            ? r.WithAttendance(r.Attendees.Where(a => a != "m1"), null) : r).ToList();
        Findings(t2, records2, Dual).Should().BeEmpty();
        Findings(records2, Dual).Should().ContainSingle();
    }
}
