using System.IO;
using System.Linq;
using FluentAssertions;
using PartyOrg.Cli.Demo;
using PartyOrg.Cli.Output;
using PartyOrg.Cli.Sample;
using PartyOrg.Domain.Compliance;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

public sealed class MeetingsSectionTests
{
    [Fact]
    public void SampleOrgan_Meetings_GiveTheDeliberateFindings()
    {
        var report = new ComplianceChecker(ComplianceProfile.StateOrgans).Check(SampleOrgan.BuildInput());
        var found = report.Findings.Select(f => f.RuleId + " " + f.SubjectId).ToArray();
        found.Should().Contain(new[]
        {
            "MTG-COMMITTEE-MONTHLY b-1", "MTG-MEMBERS-MEETING-QUARTERLY b-4", "LIFE-SELF-LAPSE-6M m-030", "LIFE-SELF-LAPSE-6M m-100",
            "MTG-MEMBERS-MEETING-QUORUM-VOTE mt-201", "LIFE-THEME-DAY-FIXED-DAY b-6",
        });
        report.Findings.Should().NotContain(f => f.SubjectId == "m-050", "sick leave is a proper reason");
    }

    [Fact]
    public void MeetingsSection_Write_ShowsGridAndRollUp()
    {
        var section = new MeetingsSection();
        section.Order.Should().Be(40);
        using var writer = new StringWriter();
        section.Write(writer, OutputLanguage.English);
        var text = writer.ToString();
        text.Should().Contain("committee-meeting").And.Contain("✗").And.Contain("2026-Q2").And.Contain("oc-drc: 0 lecture(s) in 2026");
    }
}
