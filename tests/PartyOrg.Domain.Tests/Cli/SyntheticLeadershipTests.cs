using System.Linq;
using FluentAssertions;
using PartyOrg.Cli.Generation;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Leadership;
using PartyOrg.Domain.Organizations;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

/// <summary>The generated data carry 民主生活会, reviews and training records, and the audit judges them.</summary>
public sealed class SyntheticLeadershipTests
{
    private static readonly SyntheticDocument Small = SyntheticOrgan.Generate(SyntheticSize.Small);

    [Fact]
    public void Generated_CarriesReportsTrainingsAndDemocraticLifeMeetings()
    {
        var city = SyntheticOrgan.Generate(SyntheticSize.City);
        var tree = city.BuildTree();
        var input = city.BuildInput(tree);
        input.Trainings!.Records.Should().HaveCount(tree.Members.Count);
        input.Reports!.Reports.Should().Contain(r => r.Kind == LeadershipReportKind.SecretaryReview && r.Grade != null);
        input.Reports.Reports.Should().Contain(r => r.Kind == LeadershipReportKind.ComprehensiveReport);
        var leadingGroups = tree.Organizations.Where(o => o.Kind == OrganizationKind.LeadingGroup).Select(o => o.Id).ToHashSet();
        input.Meetings!.Records.Should().Contain(m => leadingGroups.Contains(m.OrganizationId) && m.Kinds.Contains(Domain.Meetings.MeetingKind.DemocraticLifeMeeting));

        var report = new ComplianceChecker(ComplianceProfile.StateOrgans).Check(input);
        report.Findings.Should().Contain(f => f.RuleId == "EDU-32-56-HOURS", "about 3 % of members are short of hours");
        report.Findings.Should().Contain(f => f.RuleId == "ORGAN-REPORTING", "about 2 % of reviews are missing");
    }

    [Fact]
    public void Generated_SameSeed_SameRecords_AndTheyRoundTripThroughJson()
    {
        var again = SyntheticOrgan.Generate(SyntheticSize.Small);
        again.Reports.Should().Equal(Small.Reports);
        again.Trainings.Should().Equal(Small.Trainings);
        var json = PartyOrgDocumentWriter.Write(Small.BuildInput(Small.BuildTree()));
        var doc = PartyOrgDocument.Parse(json).GetDocumentOrThrow();
        doc.Reports!.Reports.Should().Equal(Small.Reports);
        doc.Trainings!.Records.Should().Equal(Small.Trainings);
    }
}
