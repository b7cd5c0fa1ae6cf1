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

/// <summary>
/// LIFE-SELF-LAPSE-6M at the edges, through the library API (a <see cref="ComplianceInput"/> built directly): an audit
/// ending on the last representable day, a log reaching far into the past, and the bound of ten years before the window.
/// </summary>
public sealed class SelfLapseBoundaryTests
{
    private static IReadOnlyList<Finding> Lapse(OrganizationTree tree, IEnumerable<MeetingRecord> records, LocalDate asOf, DateInterval? window = null)
    {
        var input = new ComplianceInput(tree, asOf).WithMeetings(MeetingLog.Create(tree, records));
        if (window is not null)
        {
            input = input.WithWindow(window);
        }

        return new ComplianceChecker(ComplianceProfile.StateOrgans).Check(input).Findings.Where(f => f.RuleId == "LIFE-SELF-LAPSE-6M").ToArray();
    }

    private static IEnumerable<MeetingRecord> B2Monthly(LocalDate first, int months) =>
        Enumerable.Range(0, months).Select(i => first.PlusMonths(i))
            .Select(d => Meeting("b2-" + d.ToString("uuuu-MM", null), "b2", d, MeetingKind.ThemedPartyDay, new[] { "m9" }));

    private static string[] Describe(IEnumerable<Finding> findings) =>
        findings.Select(f => $"{f.SubjectId} {f.Severity} {f.Actual} {f.Period}").OrderBy(s => s, System.StringComparer.Ordinal).ToArray();

    [Fact]
    public void AsOfTheLastRepresentableDay_WindowEndingOnTheLastSupportedDay_ClosesItsLastMonth()
    {
        var tree = Tree();
        var records = B2Monthly(new LocalDate(2199, 1, 10), 12).ToList();
        var window = new DateInterval(new LocalDate(2199, 1, 1), new LocalDate(2199, 12, 31));

        var findings = Lapse(tree, records, LocalDate.MaxIsoValue, window);

        Describe(findings).Should().Equal(
            "m10 Error 12 2199-01-01/2199-12-31",
            "m11 Error 12 2199-01-01/2199-12-31");
    }

    [Fact]
    public void AsOfTheLastRepresentableDay_WithItsYearAsTheWindow_FindsNothingAndDoesNotThrow()
    {
        var tree = Tree();
        var records = B2Monthly(new LocalDate(2199, 1, 10), 12).ToList();

        // Window 9999-01-01..9999-12-31, the limit is the last representable day (no date arithmetic past it).
        Lapse(tree, records, LocalDate.MaxIsoValue).Should().BeEmpty("the window is 9999, long after the last meeting");
        Lapse(tree, records, LocalDate.MaxIsoValue, new DateInterval(new LocalDate(9990, 1, 1), LocalDate.MaxIsoValue)).Should().BeEmpty();
    }

    [Theory]
    [InlineData(30, 0)]
    [InlineData(31, 1)]
    public void AsOf_TheLastDayClosesTheMonth_TheDayBeforeDoesNot(int day, int extraMonth)
    {
        var tree = Tree();
        var records = B2Monthly(new LocalDate(2026, 3, 10), 10).ToList(); // March–December

        var months = 9 + extraMonth;
        Describe(Lapse(tree, records, new LocalDate(2026, 12, day))).Should().Equal(
            $"m10 Error {months} 2026-03-01/2026-{2 + months:00}-{(extraMonth == 1 ? 31 : 30)}",
            $"m11 Error {months} 2026-03-01/2026-{2 + months:00}-{(extraMonth == 1 ? 31 : 30)}");
    }

    [Fact]
    public void AMeetingFarInThePast_ChangesNothing()
    {
        // b2 exists since 1900 so that a meeting of 1900 is accepted; its members joined in 1999.
        var tree = Tree(b2Established: new LocalDate(1900, 1, 1));
        var records = B2Monthly(new LocalDate(2026, 3, 10), 6).ToList();
        var baseline = Describe(Lapse(tree, records, YearEnd));

        var withOld = records.Append(Meeting("old-b2", "b2", new LocalDate(1900, 1, 1), MeetingKind.ThemedPartyDay)).ToList();

        baseline.Should().Equal("m10 Error 6 2026-03-01/2026-08-31", "m11 Error 6 2026-03-01/2026-08-31");
        Describe(Lapse(tree, withOld, YearEnd)).Should().Equal(baseline);
    }

    [Fact]
    public void ARunBeforeTheWindow_IsCountedFromTenYearsBeforeTheWindowAtMost()
    {
        var tree = Tree();

        // Held every month from 2015-01 to 2026-03: 135 months missed by m10 and m11.
        var records = B2Monthly(new LocalDate(2015, 1, 10), 135).ToList();
        Describe(Lapse(tree, records, YearEnd)).Should().Equal(
            "m10 Error 123 2016-01-01/2026-03-31",
            "m11 Error 123 2016-01-01/2026-03-31");

        // A run that begins exactly ten years before the window is counted whole.
        var tenYears = B2Monthly(new LocalDate(2016, 1, 10), 123).ToList();
        Describe(Lapse(tree, tenYears, YearEnd)).Should().Equal(
            "m10 Error 123 2016-01-01/2026-03-31",
            "m11 Error 123 2016-01-01/2026-03-31");

        // A run that ended before the window is not reported.
        var before = B2Monthly(new LocalDate(2015, 1, 10), 12).ToList();
        Lapse(tree, before, YearEnd).Should().BeEmpty();
    }

    [Fact]
    public void AWindowOfThousandsOfYears_IsAuditedWithoutOverflow()
    {
        // 2199-01 … 9999-12 is 93,612 monthly periods: more than a 16-bit period index holds.
        var tree = Tree();
        var window = new DateInterval(new LocalDate(2199, 1, 1), LocalDate.MaxIsoValue);
        var input = new ComplianceInput(tree, LocalDate.MaxIsoValue).WithMeetings(MeetingLog.Create(tree, B2Monthly(new LocalDate(2199, 1, 10), 3))).WithWindow(window);

        var report = new ComplianceChecker(ComplianceProfile.StateOrgans).Check(input);

        report.Findings.Should().Contain(f => f.RuleId == "MTG-GROUP-MONTHLY" && f.Period!.Value.Start.Year == 9999);
    }
}
