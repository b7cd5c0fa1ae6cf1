using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Meetings;
using Xunit;
using static PartyOrg.Domain.Tests.Meetings.MeetingFixture;

namespace PartyOrg.Domain.Tests.Meetings;

public sealed class MeetingAuditTests
{
    [Fact]
    public void Run_States_MetMissedOpenDueSoon()
    {
        var tree = Tree();
        var records = RecordsFor(tree, Obligations2026(tree)).Where(r => r.Date < new LocalDate(2026, 10, 1) && !(r.OrganizationId == "b1" && r.Date.Month == 2)).ToList();
        var audit = MeetingAudit.Run(tree, MeetingLog.Create(tree, records), Requirements(), Year2026, new LocalDate(2026, 12, 26));
        audit.Obligations.Should().OnlyContain(s => s.Obligation.Period.Start <= audit.AsOf);
        var b1 = audit.Obligations.Where(s => s.Obligation.OrganizationId == "b1").ToArray();
        b1.Single(s => s.Obligation.Kind == MeetingKind.ThemedPartyDay && s.Obligation.Period.ToString() == "2026-02").State.Should().Be(ObligationState.Missed);
        b1.Single(s => s.Obligation.Kind == MeetingKind.ThemedPartyDay && s.Obligation.Period.ToString() == "2026-03").State.Should().Be(ObligationState.Met);
        b1.Single(s => s.Obligation.Kind == MeetingKind.ThemedPartyDay && s.Obligation.Period.ToString() == "2026-12").State.Should().Be(ObligationState.DueSoon);
        MeetingAudit.Run(tree, MeetingLog.Create(tree, records), Requirements(), Year2026, new LocalDate(2026, 12, 1))
            .Obligations.Single(s => s.Obligation.OrganizationId == "b1" && s.Obligation.Kind == MeetingKind.GeneralMeeting && s.Obligation.Period.ToString() == "2026-Q4")
            .State.Should().Be(ObligationState.Open);
    }

    [Fact]
    public void Summarize_SharePerKindAndQuarter_OwnAndSubtree()
    {
        var tree = Tree();
        var records = RecordsFor(tree, Obligations2026(tree)).Where(r => !(r.OrganizationId == "b1" && r.Counts(MeetingKind.CommitteeMeeting) && r.Date.Month <= 2)).ToList();
        var audit = ComplianceProfile.StateOrgans.AuditMeetings(tree, MeetingLog.Create(tree, records), Year2026, new LocalDate(2026, 11, 22));
        var q1 = audit.Summarize("b1", includeSubtree: false).Single(s => s.Kind == MeetingKind.CommitteeMeeting && s.Quarter.ToString() == "2026-Q1");
        q1.Owed.Should().Be(3);
        q1.Met.Should().Be(1);
        q1.Share.Should().BeApproximately(1.0 / 3, 1e-9);
        var q4 = audit.Summarize("b1", includeSubtree: false).Single(s => s.Kind == MeetingKind.CommitteeMeeting && s.Quarter.ToString() == "2026-Q4");
        q4.Owed.Should().Be(1, "only October is closed on 22 November");
        q4.Met.Should().Be(1);
        q4.Open.Should().Be(1, "November's record (30 November) is after \"as of\" and December has not started");
        var subtree = audit.Summarize("oc").Where(s => s.Kind == MeetingKind.ThemedPartyDay && s.Quarter.ToString() == "2026-Q2").Single();
        subtree.Owed.Should().Be(6, "two branches × three months");
        subtree.Met.Should().Be(6);
        audit.Summarize().Should().Contain(s => s.OrganizationId == null && s.Kind == MeetingKind.GroupMeeting);
        audit.Summarize("b1", false).Select(s => s.Quarter).Should().BeInAscendingOrder();
        var yearly = audit.Summarize("oc", false).Single(s => s.Kind == MeetingKind.OrganAssembly);
        yearly.Quarter.ToString().Should().Be("2026-Q4");
        yearly.Owed.Should().Be(0);
        yearly.Share.Should().BeNull();
    }
}
