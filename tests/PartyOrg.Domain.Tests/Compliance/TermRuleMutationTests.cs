using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Elections;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Terms;
using PartyOrg.Domain.Tests.Terms;
using Xunit;

namespace PartyOrg.Domain.Tests.Compliance;

/// <summary>
/// Exact boundaries and values of the TERM-* rules not pinned by <see cref="TermRulesTests"/>: the expected and actual
/// values of each finding, the 2018 changeover of the adjustment limit, an advance beyond the limit, renewals inside and
/// outside the window and "as of", the approver that is the body itself or below it, and the election that counts for
/// the vacancy check. Message texts are not asserted.
/// </summary>
public sealed class TermRuleMutationTests
{
    private static readonly Term Oc = new("oc", new LocalDate(2023, 1, 10));
    private static readonly Term Gb = new("gb", new LocalDate(2025, 1, 10));

    private static Finding[] Check(string ruleId, LocalDate asOf, params Term[] terms) =>
        Check(ruleId, new ComplianceInput(TermTestData.Tree(), asOf), terms);

    private static Finding[] Check(string ruleId, ComplianceInput input, params Term[] terms)
    {
        var tree = input.Tree;
        return new ComplianceChecker(ComplianceProfile.StateOrgans).Check(input.WithTerms(TermSet.Create(tree, terms)))
            .Findings.Where(f => f.RuleId == ruleId).ToArray();
    }

    private static Finding[] OfB(string ruleId, LocalDate asOf, params Term[] terms) =>
        Check(ruleId, asOf, terms).Where(f => f.SubjectId == "b").ToArray();

    // ---- TERM-ON-TIME: status findings ----

    [Fact]
    public void OnTime_Overdue_ExpectedIsTheWindowEnd_ActualTheAsOfDateAndExpiry()
    {
        // b: 2021-03-01 + 3 years = 2024-03-01; on time up to 2024-04-01.
        var f = Check("TERM-ON-TIME", TermTestData.AsOf, Oc, Gb, new Term("b", new LocalDate(2021, 3, 1))).Single();
        f.Expected.Should().Be("≤ 2024-04-01");
        f.Actual.Should().Be("not held on 2026-11-22 (expiry 2024-03-01)");
        f.Period.Should().BeNull();
        f.OrganizationId.Should().Be("b");
    }

    [Fact]
    public void OnTime_OverdueAfterAnApprovedPostponement_IsAnError_WithThePostponedDate()
    {
        // b: expiry 2025-03-15, postponed with approval to 2026-03-01 (within a year): overdue on 2026-11-22.
        var term = new Term("b", new LocalDate(2022, 3, 15), adjustment: new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2026, 3, 1), "gb", new LocalDate(2025, 1, 1)));
        var f = Check("TERM-ON-TIME", TermTestData.AsOf, Oc, Gb, term).Single();
        f.Severity.Should().Be(Severity.Error);
        f.SubjectId.Should().Be("b");
        f.Expected.Should().Be("≤ 2026-03-01");
        f.Actual.Should().Be("not held on 2026-11-22");
    }

    [Fact]
    public void OnTime_ApprovalDatedAfterAsOf_IsNotYetAnApproval()
    {
        var term = new Term("b", new LocalDate(2024, 3, 15), adjustment: new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 6, 1), "gb", new LocalDate(2026, 11, 23)));
        var f = Check("TERM-ON-TIME", TermTestData.AsOf, Oc, Gb, term).Single();
        f.Severity.Should().Be(Severity.Error);
        f.Expected.Should().Be("approved by a higher organization");
        f.Actual.Should().Be("approval dated 2026-11-23, after 2026-11-22");

        var onTheDay = new Term("b", new LocalDate(2024, 3, 15), adjustment: new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 6, 1), "gb", TermTestData.AsOf));
        Check("TERM-ON-TIME", TermTestData.AsOf, Oc, Gb, onTheDay).Should().BeEmpty();
    }

    [Theory]
    [InlineData("b", true)]   // the body itself
    [InlineData("g", true)]   // its own Party group, below it
    [InlineData("tb", true)]  // a temporary branch elsewhere
    [InlineData("gb", false)] // its parent
    [InlineData("oc", false)]
    [InlineData("wc", false)] // the root
    [InlineData("lg", false)] // the 党组 leading an ancestor
    public void OnTime_Approver_MustBeAHigherOrganization(string approver, bool finding)
    {
        var term = new Term("b", new LocalDate(2024, 3, 15), adjustment: new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 6, 1), approver, new LocalDate(2026, 1, 1)));
        var f = Check("TERM-ON-TIME", TermTestData.AsOf, Oc, Gb, term);
        f.Should().HaveCount(finding ? 1 : 0);
        if (finding)
        {
            f[0].Actual.Should().Be("approved by " + approver);
            f[0].Severity.Should().Be(Severity.Error);
        }
    }

    [Fact]
    public void IsHigher_LeadingGroupOfTheBodyItself_AndUnknownApprover()
    {
        var tree = TermTestData.Tree();
        TermRuleSupport.IsHigher(tree, "oc", "lg").Should().BeTrue("the 党组 leads the organ committee itself");
        TermRuleSupport.IsHigher(tree, "b", "lg").Should().BeTrue();
        TermRuleSupport.IsHigher(tree, "wc", "lg").Should().BeFalse("the working committee is above the led committee");
        TermRuleSupport.IsHigher(tree, "b", "nobody").Should().BeFalse();
        TermRuleSupport.IsHigher(tree, "b", "b").Should().BeFalse();
        TermRuleSupport.IsHigher(tree, "b", "gb").Should().BeTrue();
        TermRuleSupport.IsHigher(tree, "gb", "b").Should().BeFalse();
    }

    // ---- TERM-ON-TIME: the adjustment limit ----

    [Theory]
    [InlineData(15, false, null)] // exactly one year before expiry
    [InlineData(14, true, "2026-03-14 (1 year 1 day)")]
    public void OnTime_AdvanceOfMoreThanAYear_IsAWarning(int day, bool warning, string? actual)
    {
        // b: expiry 2027-03-15; advanced with approval.
        var term = new Term("b", new LocalDate(2024, 3, 15), adjustment: new TermAdjustment(TermAdjustmentKind.Advance, new LocalDate(2026, 3, day), "gb", new LocalDate(2025, 12, 1)));
        var f = OfB("TERM-ON-TIME", new LocalDate(2025, 12, 20), Oc, Gb, term);
        f.Should().HaveCount(warning ? 1 : 0);
        if (warning)
        {
            f[0].Severity.Should().Be(Severity.Warning);
            f[0].Actual.Should().Be(actual);
            f[0].Expected.Should().Be("≤ 1 year from expiry 2027-03-15");
        }
    }

    [Theory]
    [InlineData(11, false)] // before the 2018 Opinion: an advance was not limited
    [InlineData(12, true)]  // on the day it took effect
    public void OnTime_AdvanceBeyondTheLimit_IsLimitedFromTheDayThe2018OpinionTookEffect(int day, bool warning)
    {
        // b: 2016-08-01 + 3 years = 2019-08-01; one year before it is 2018-08-01.
        var term = new Term("b", new LocalDate(2016, 8, 1), 3, new TermAdjustment(TermAdjustmentKind.Advance, new LocalDate(2018, 7, day), "gb", new LocalDate(2018, 1, 1)));
        var asOf = new LocalDate(2018, 1, 2);
        var f = OfB("TERM-ON-TIME", asOf, new Term("oc", new LocalDate(2016, 1, 10)), new Term("gb", new LocalDate(2016, 1, 10)), term);
        f.Should().HaveCount(warning ? 1 : 0);
        if (warning)
        {
            f[0].Severity.Should().Be(Severity.Warning);
            f[0].Actual.Should().Be("2018-07-12 (1 year 20 days)");
        }
    }

    [Fact]
    public void OnTime_PostponementBeyondTheLimitBefore2018_WasAlreadyLimited()
    {
        // b: 2014-01-01 + 3 years = 2017-01-01, postponed to 2018-01-02 (1 year 1 day) under the 1990 interim regulations.
        var term = new Term("b", new LocalDate(2014, 1, 1), 3, new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2018, 1, 2), "gb", new LocalDate(2016, 12, 1)));
        var f = OfB("TERM-ON-TIME", new LocalDate(2017, 6, 1), new Term("oc", new LocalDate(2016, 1, 10)), new Term("gb", new LocalDate(2016, 1, 10)), term).Single();
        f.Severity.Should().Be(Severity.Warning);
        f.Actual.Should().Be("2018-01-02 (1 year 1 day)");
    }

    [Fact]
    public void Span_NamesEveryUnit_InBothLanguages()
    {
        TermRuleSupport.Span(Period.FromYears(1)).Should().Be("1 year");
        TermRuleSupport.Span(new PeriodBuilder { Years = 2, Months = 1, Weeks = 1, Days = 3 }.Build()).Should().Be("2 years 1 month 1 week 3 days");
        TermRuleSupport.Span(new PeriodBuilder { Months = 18, Days = 1 }.Build()).Should().Be("18 months 1 day");
        TermRuleSupport.Span(Period.Zero).Should().Be("0 days");
        TermRuleSupport.SpanZh(Period.FromYears(1)).Should().Be("1年");
        TermRuleSupport.SpanZh(new PeriodBuilder { Years = 1, Months = 6, Weeks = 2, Days = 3 }.Build()).Should().Be("1年6个月17天");
        TermRuleSupport.SpanZh(Period.FromMonths(2)).Should().Be("2个月");
        TermRuleSupport.SpanZh(Period.FromDays(5)).Should().Be("5天");
        TermRuleSupport.SpanZh(Period.Zero).Should().Be("0天");
        TermRuleSupport.Num(1234).Should().Be("1234");
        TermRuleSupport.Date(new LocalDate(2026, 1, 2)).Should().Be("2026-01-02");
    }

    // ---- TERM-ON-TIME: renewals recorded in the window ----

    private static readonly Term BFirst = new("b", new LocalDate(2021, 6, 1)); // expiry 2024-06-01, on time 2024-05-01..2024-07-01

    [Theory]
    [InlineData(2024, 7, 1, 0)]
    [InlineData(2024, 7, 2, 1)]
    public void OnTime_Renewal_LateFromTheDayAfterTheWindow(int y, int m, int d, int findings)
    {
        var next = new Term("b", new LocalDate(y, m, d));
        var input = new ComplianceInput(TermTestData.Tree(), new LocalDate(2024, 12, 31));
        var f = Check("TERM-ON-TIME", input, new Term("oc", new LocalDate(2023, 1, 10)), new Term("gb", new LocalDate(2023, 1, 10)), BFirst, next);
        f.Should().HaveCount(findings);
        if (findings == 1)
        {
            f[0].SubjectId.Should().Be("b");
            f[0].Severity.Should().Be(Severity.Error);
            f[0].Expected.Should().Be("≤ 2024-07-01");
            f[0].Actual.Should().Be("2024-07-02");
        }
    }

    [Theory]
    [InlineData(2024, 5, 1, 0)]
    [InlineData(2024, 4, 30, 1)]
    public void OnTime_Renewal_AdvancedWithoutApproval_FromTheDayBeforeTheWindow(int y, int m, int d, int findings)
    {
        var next = new Term("b", new LocalDate(y, m, d));
        var input = new ComplianceInput(TermTestData.Tree(), new LocalDate(2024, 12, 31));
        var f = Check("TERM-ON-TIME", input, new Term("oc", new LocalDate(2023, 1, 10)), new Term("gb", new LocalDate(2023, 1, 10)), BFirst, next);
        f.Should().HaveCount(findings);
        if (findings == 1)
        {
            f[0].Expected.Should().Be("≥ 2024-05-01 or an approved advance");
            f[0].Actual.Should().Be("2024-04-30");
        }
    }

    [Fact]
    public void OnTime_Renewal_AdvancedWithApproval_IsNoFinding_UnlessApprovedOnlyLater()
    {
        var input = new ComplianceInput(TermTestData.Tree(), new LocalDate(2024, 12, 31));
        var terms = new[] { new Term("oc", new LocalDate(2023, 1, 10)), new Term("gb", new LocalDate(2023, 1, 10)) };
        var approved = new Term("b", new LocalDate(2021, 6, 1), adjustment: new TermAdjustment(TermAdjustmentKind.Advance, new LocalDate(2024, 3, 1), "gb", new LocalDate(2024, 2, 1)));
        Check("TERM-ON-TIME", input, terms.Append(approved).Append(new Term("b", new LocalDate(2024, 3, 1))).ToArray()).Should().BeEmpty();

        var approvedAfter = new Term("b", new LocalDate(2021, 6, 1), adjustment: new TermAdjustment(TermAdjustmentKind.Advance, new LocalDate(2024, 3, 1), "gb", new LocalDate(2024, 3, 2)));
        Check("TERM-ON-TIME", input, terms.Append(approvedAfter).Append(new Term("b", new LocalDate(2024, 3, 1))).ToArray())
            .Should().ContainSingle().Which.Actual.Should().Be("2024-03-01");
    }

    [Fact]
    public void OnTime_Renewal_AfterAnApprovedPostponement_IsOnTimeUpToThePostponedDatePlusTolerance()
    {
        var input = new ComplianceInput(TermTestData.Tree(), new LocalDate(2024, 12, 31));
        var terms = new[] { new Term("oc", new LocalDate(2023, 1, 10)), new Term("gb", new LocalDate(2023, 1, 10)) };
        var postponed = new Term("b", new LocalDate(2021, 6, 1), adjustment: new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2024, 10, 1), "gb", new LocalDate(2024, 5, 1)));
        Check("TERM-ON-TIME", input, terms.Append(postponed).Append(new Term("b", new LocalDate(2024, 11, 1))).ToArray()).Should().BeEmpty();
        Check("TERM-ON-TIME", input, terms.Append(postponed).Append(new Term("b", new LocalDate(2024, 11, 2))).ToArray())
            .Should().ContainSingle().Which.Expected.Should().Be("≤ 2024-11-01");
    }

    [Fact]
    public void OnTime_Renewal_OutsideTheWindowOrAfterAsOf_IsNotChecked()
    {
        var terms = new[] { new Term("oc", new LocalDate(2023, 1, 10)), new Term("gb", new LocalDate(2023, 1, 10)), BFirst, new Term("b", new LocalDate(2024, 9, 1)) };
        var tree = TermTestData.Tree();
        Check("TERM-ON-TIME", new ComplianceInput(tree, new LocalDate(2025, 3, 1)), terms).Should().BeEmpty("the renewal is before the 2025 window");
        // On 31 August the first term is overdue (its own finding); the renewal of 1 September is not judged yet.
        Check("TERM-ON-TIME", new ComplianceInput(tree, new LocalDate(2024, 8, 31)).WithWindow(new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31))), terms)
            .Select(f => f.Actual).Should().Equal("not held on 2024-08-31 (expiry 2024-06-01)");
        Check("TERM-ON-TIME", new ComplianceInput(tree, new LocalDate(2024, 9, 1)), terms).Should().ContainSingle().Which.Actual.Should().Be("2024-09-01");
    }

    // ---- TERM-REMINDER-6M ----

    [Fact]
    public void Reminder_Values()
    {
        var f = OfB("TERM-REMINDER-6M", new LocalDate(2026, 10, 1), Oc, Gb, new Term("b", new LocalDate(2024, 3, 15))).Single();
        f.Expected.Should().Be("reminder from 2026-09-15");
        f.Actual.Should().Be("expiry 2027-03-15");
        f.OrganizationId.Should().Be("b");
        f.Period.Should().BeNull();
        f.Severity.Should().Be(Severity.Info);
    }

    // ---- TERM-CONSTITUTION-RANGE ----

    [Theory]
    [InlineData(2019, 6, "3–5")]
    [InlineData(2016, 4, "2–3")]
    public void ConstitutionRange_Values(int year, int years, string range)
    {
        var f = Check("TERM-CONSTITUTION-RANGE", new LocalDate(year, 6, 1), new Term("b", new LocalDate(year, 3, 1), years)).Single();
        f.SubjectId.Should().Be("b");
        f.Expected.Should().Be(range);
        f.Actual.Should().Be(years.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    // ---- TERM-VACANCY ----

    private static Finding[] Vacancy(LocalDate electionDate, int seats, int candidates = 6)
    {
        var tree = TermTestData.Tree();
        var election = new ElectionRecord("e-1", "b", new ElectionInput(electionDate, seats,
            Enumerable.Range(1, candidates).Select(i => new CandidateVotes("m-" + i, 8)), 8, 8, 8));
        var input = new ComplianceInput(tree, TermTestData.AsOf)
            .WithTerms(TermSet.Create(tree, new[] { Oc, Gb, new Term("b", new LocalDate(2024, 3, 15)) }))
            .WithElections(ElectionLog.Create(tree, new[] { election }));
        return new ComplianceChecker(ComplianceProfile.StateOrgans).Check(input).Findings.Where(f => f.RuleId == "TERM-VACANCY").ToArray();
    }

    [Fact]
    public void Vacancy_ElectionOnTheTermsFirstDay_Counts_TheDayBefore_DoesNot()
    {
        var f = Vacancy(new LocalDate(2024, 3, 15), 5).Single();
        f.Expected.Should().Be("≥ 5");
        f.Actual.Should().Be("3");
        f.SubjectId.Should().Be("b");
        f.Severity.Should().Be(Severity.Warning);
        Vacancy(new LocalDate(2024, 3, 14), 5).Should().BeEmpty("an election before the term began belongs to the previous term");
    }

    [Theory]
    [InlineData(3, 0)]
    [InlineData(4, 1)]
    public void Vacancy_SeatedEqualToTheSeatsElected_IsNoFinding(int seats, int findings) =>
        Vacancy(new LocalDate(2024, 3, 15), seats, seats + 1).Should().HaveCount(findings);

    [Fact]
    public void Vacancy_DeputyWithoutSecretary_IsAVacantSecretarySeat()
    {
        var since = new LocalDate(2024, 3, 15);
        var full = TermTestData.Tree();
        var tree = new OrganizationTreeBuilder().AddRange(full.Organizations).AddRange(full.Members)
            .AddRange(full.Posts.Where(p => !(p.OrganizationId == "b" && p.Kind == PostKind.Secretary))).Build();
        var profile = ComplianceProfile.StateOrgans.Derive("no-one-secretary", new LocalizedText("测试", "test")).WithoutRule("COM-ONE-SECRETARY");
        var input = new ComplianceInput(tree, TermTestData.AsOf).WithTerms(TermSet.Create(tree, new[] { Oc, Gb, new Term("b", since) }));
        var f = new ComplianceChecker(profile).Check(input).Findings.Where(x => x.RuleId == "TERM-VACANCY").ToArray();
        f.Should().ContainSingle().Which.Expected.Should().Be("1 secretary");
        f[0].Actual.Should().Be("0");
        f[0].SubjectId.Should().Be("b");
    }
}
