using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using PartyOrg.Cli;
using PartyOrg.Cli.Generation;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Meetings;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

/// <summary>
/// The performance-minded internals (indexes built once, compact audit entries, loops instead of LINQ) give the same
/// results as the plain definitions, on synthetic data with every kind of record.
/// </summary>
public class ScaleTests
{
    private static readonly SyntheticDocument Small = SyntheticOrgan.Generate(SyntheticSize.Small);

    [Fact]
    public void Generate_Small_HasAYearOfMeetingsTermsAndElections()
    {
        var tree = Small.BuildTree();
        var input = Small.BuildInput(tree);

        Small.MeetingCount.Should().BeInRange(600, 1200);
        Small.AttendeeCount.Should().BeGreaterThan(Small.MeetingCount * 5L);
        input.Meetings!.Count.Should().Be(Small.MeetingCount);
        input.Terms!.Terms.Count.Should().BeGreaterThanOrEqualTo(Small.Organizations.Count(o => o.HasTerm));
        Small.Meetings.Select(m => m.Date.Year).Distinct().Should().Equal(SyntheticOrgan.Year);
    }

    [Fact]
    public void Audit_City_IsDeterministicAndFindsTheDeliberateGaps()
    {
        var city = SyntheticOrgan.Generate(SyntheticSize.City);
        var input = city.BuildInput(city.BuildTree());
        var checker = new ComplianceChecker(ComplianceProfile.StateOrgans);

        var first = checker.Check(input);
        var second = checker.Check(input);

        second.Findings.Should().Equal(first.Findings);
        first.Findings.Should().BeInAscendingOrder("the report sorts by subject first, then each subject's findings in full");
        first.ForRule("LIFE-SELF-LAPSE-6M").Should().NotBeEmpty("a few members drop out for 6–8 months");
        first.ForRule("MTG-GROUP-MONTHLY").Should().NotBeEmpty("about 4 % of group meetings are missed");
        first.ForRule("TERM-ON-TIME").Should().NotBeEmpty("about 6 % of terms are overdue");
    }

    [Fact]
    public void MeetingAudit_RulePath_KeepsOnlyReportableEntries_ButObligationsEqualTheFullAudit()
    {
        var tree = Small.BuildTree();
        var log = Small.BuildMeetingLog(tree);
        var requirements = ComplianceProfile.StateOrgans.EnabledMeetingRequirements();
        var window = new NodaTime.DateInterval(new NodaTime.LocalDate(SyntheticOrgan.Year, 1, 1), Small.AsOf);

        var full = MeetingAudit.Run(log.IndexFor(tree), requirements, window, Small.AsOf, 7, keepAll: true);
        var partial = MeetingAudit.Run(log.IndexFor(tree), requirements, window, Small.AsOf, 7, keepAll: false);

        partial.EntryCount.Should().BeLessThan(full.EntryCount);
        Enumerable.Range(0, partial.EntryCount).Should().OnlyContain(i => partial.MayReport(i));
        string Key(ObligationStatus s) => $"{s.Obligation} {s.State} {s.Count} {s.MetInPreferredWindow} {s.IsClosed}";
        partial.Obligations.Select(Key).Should().Equal(full.Obligations.Select(Key));
        full.Obligations.Select(Key).Should().Equal(MeetingAudit.Run(tree, log, requirements, window, Small.AsOf).Obligations.Select(Key));
    }

    [Fact]
    public void MeetingLog_IndexBuiltAtCreation_IsReusedForTheSameTreeAndMatchesAFreshOne()
    {
        var tree = Small.BuildTree();
        var log = Small.BuildMeetingLog(tree);
        var other = Small.BuildTree();

        log.IndexFor(tree).Should().BeSameAs(log.IndexFor(tree));
        var fresh = log.IndexFor(other);
        fresh.Should().NotBeSameAs(log.IndexFor(tree));
        fresh.ByOrg.Should().Equal(log.IndexFor(tree).ByOrg);
        fresh.Attendees.Should().Equal(log.IndexFor(tree).Attendees);
        var proper = log.IndexFor(tree).ProperAbsenceStart[Small.MeetingCount];
        fresh.ProperAbsences.Take(proper).Should().Equal(log.IndexFor(tree).ProperAbsences.Take(proper));
        fresh.ProperAbsenceStart.Should().Equal(log.IndexFor(tree).ProperAbsenceStart);
        fresh.ByLecturer.Should().Equal(log.IndexFor(tree).ByLecturer);
    }

    [Fact]
    public void MeetingIndex_Buckets_AreInDateOrder()
    {
        var tree = Small.BuildTree();
        var index = Small.BuildMeetingLog(tree).IndexFor(tree);

        for (var o = 0; o < tree.Organizations.Count; o++)
        {
            var dates = Enumerable.Range(index.OrgStart[o], index.OrgStart[o + 1] - index.OrgStart[o]).Select(k => index.Dates[index.ByOrg[k]]).ToArray();
            dates.Should().BeInAscendingOrder();
        }

        index.ByOrg.Should().HaveCount(Small.MeetingCount);
    }

    [Fact]
    public void Tree_PostsOfAndLeadershipOn_MatchTheirDefinitions()
    {
        var tree = Small.BuildTree();
        var day = Small.AsOf;

        foreach (var org in tree.Organizations)
        {
            tree.PostsOf(org.Id, day).Should().Equal(tree.PostsOf(org.Id).Where(p => p.IsHeldOn(day)));
            tree.LeadershipOn(org.Id, day).Should().Equal(tree.PostsOf(org.Id).Where(p => p.IsHeldOn(day) && p.Kind.IsLeadershipSeat).Select(p => p.MemberId).Distinct());
        }
    }

    [Fact]
    public void GenerateCommand_Small_WritesADocumentThatLoadsBack()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = CliApp.Run(new[] { "generate", "--size", "small", "--seed", "7" }, new StringReader(string.Empty), stdout, stderr);

        code.Should().Be(CliApp.Ok, stderr.ToString());
        var loaded = PartyOrgDocument.Load(Encoding.UTF8.GetBytes(stdout.ToString()));
        loaded.Problems.Should().BeEmpty();
        var expected = SyntheticOrgan.Generate(SyntheticSize.Small, 7);
        var input = loaded.Document!.ToComplianceInput(expected.AsOf);
        input.Tree.Members.Should().HaveCount(expected.Members.Count);
        input.Meetings!.Count.Should().Be(expected.MeetingCount);
        input.Terms!.Terms.Should().HaveCount(expected.Terms.Count);
        input.Elections!.Records.Should().HaveCount(expected.Elections.Count);
    }
}
