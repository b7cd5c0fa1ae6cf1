using System.IO;
using System.Linq;
using FluentAssertions;
using PartyOrg.Cli.Demo;
using PartyOrg.Cli.Output;
using PartyOrg.Cli.Sample;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Terms;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

public sealed class TermsAndElectionDemoTests
{
    [Fact]
    public void Sample_Terms_CoverTheDemoStatuses()
    {
        var input = SampleOrgan.BuildInput();
        var calendar = TermCalendar.Build(input.Tree, input.Terms!, ComplianceProfile.StateOrgans.Get(TermParameters.Policy), SampleOrgan.AsOf);

        calendar.StatusOf("b-1").Should().Be(TermStatus.DueSoon);
        calendar.StatusOf("b-6").Should().Be(TermStatus.Overdue);
        calendar.StatusOf("gb-1").Should().Be(TermStatus.Postponed);
        calendar.StatusOf("oc-drc").Should().Be(TermStatus.Due);
        calendar.StatusOf("tb-1").Should().Be(TermStatus.NoTerm);
        calendar.Unrecorded.Should().BeEmpty();
        TermCalendarEntry.For(input.Tree.GetOrganization("b-6"), input.Terms!.TermsOf("b-6")[0], TermPolicy.Default, SampleOrgan.AsOf).Years.Should().Be(2);
    }

    [Fact]
    public void Sample_Election_IsCompliant()
    {
        var report = new ComplianceChecker(ComplianceProfile.StateOrgans).Check(SampleOrgan.BuildInput());

        report.Findings.Should().NotContain(f => f.SubjectId == "e-1");
    }

    [Theory]
    [InlineData(OutputLanguage.Both)]
    [InlineData(OutputLanguage.English)]
    public void Sections_WriteTheCalendarAndTheTally(OutputLanguage language)
    {
        var terms = DemoCommand_Section<TermsSection>();
        var election = DemoCommand_Section<ElectionSection>();
        terms.Order.Should().Be(50);
        election.Order.Should().Be(60);

        var w1 = new StringWriter();
        terms.Write(w1, language);
        w1.ToString().Should().Contain("b-6").And.Contain("overdue").And.Contain("2016-03-04");

        var w2 = new StringWriter();
        election.Write(w2, language);
        w2.ToString().Should().Contain("ELEC-QUORUM-4-5").And.Contain("ELEC-WIN-THRESHOLD").And.Contain("m-009");
    }

    private static T DemoCommand_Section<T>()
        where T : IDemoSection => PartyOrg.Cli.Commands.DemoCommand.Sections.OfType<T>().Single();
}
