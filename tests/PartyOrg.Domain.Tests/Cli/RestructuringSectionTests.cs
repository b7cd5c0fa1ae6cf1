using System.IO;
using FluentAssertions;
using PartyOrg.Cli.Demo;
using PartyOrg.Cli.Output;
using PartyOrg.Cli.Sample;
using PartyOrg.Domain.Compliance;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

public sealed class RestructuringSectionTests
{
    [Fact]
    public void Write_English_ShowsTheFixedAndAppearedFindings()
    {
        var section = new RestructuringSection();
        var writer = new StringWriter();

        section.Write(writer, OutputLanguage.English);

        section.Order.Should().Be(30);
        var text = writer.ToString();
        text.Should().Contain("fixed").And.Contain("ORG-BRANCH-MIN-MEMBERS").And.Contain("b-3");
        text.Should().Contain("appeared").And.Contain("COM-DISCIPLINE-MEMBER");
    }

    [Fact]
    public void SampleOrgan_DeliberateProblems_AreFound()
    {
        var report = new ComplianceChecker(ComplianceProfile.StateOrgans).Check(SampleOrgan.BuildInput());

        report.ForSubject("b-3").Should().Contain(f => f.RuleId == "ORG-BRANCH-MIN-MEMBERS");
        report.ForSubject("b-4").Should().Contain(f => f.RuleId == "COM-BRANCH-COMMITTEE-THRESHOLD-7");
        report.ForSubject("b-6").Should().Contain(f => f.RuleId == "ORG-BRANCH-MAX-MEMBERS");
        report.ForRule("ORGAN-DUAL-LEADERSHIP").Should().BeEmpty();
    }
}
