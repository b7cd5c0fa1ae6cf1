using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Elections;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using PartyOrg.Domain.Terms;
using PartyOrg.Domain.Tests.Terms;
using Xunit;

namespace PartyOrg.Domain.Tests.Compliance;

public sealed class TermRulesTests
{
    private static Finding[] Check(string ruleId, LocalDate asOf, params Term[] terms) => Check(ruleId, asOf, ComplianceProfile.StateOrgans, TermTestData.Tree(), terms);

    private static Finding[] Check(string ruleId, LocalDate asOf, ComplianceProfile profile, OrganizationTree tree, params Term[] terms)
    {
        var input = new ComplianceInput(tree, asOf).WithTerms(TermSet.Create(tree, terms));
        return new ComplianceChecker(profile).Check(input).Findings.Where(f => f.RuleId == ruleId).ToArray();
    }

    private static readonly Term[] AllRecorded =
    {
        new("oc", new LocalDate(2023, 1, 10)),
        new("gb", new LocalDate(2025, 1, 10)),
    };

    [Fact]
    public void Rules_NoTermsInInput_GiveNoTermFindings()
    {
        var report = new ComplianceChecker(ComplianceProfile.StateOrgans).Check(new ComplianceInput(TermTestData.Tree(), TermTestData.AsOf));

        report.Findings.Should().NotContain(f => f.RuleId.StartsWith("TERM-", System.StringComparison.Ordinal));
    }

    [Fact]
    public void OnTime_Overdue_IsAnError()
    {
        var findings = Check("TERM-ON-TIME", TermTestData.AsOf, AllRecorded.Append(new Term("b", new LocalDate(2021, 3, 1))).ToArray());

        var f = findings.Should().ContainSingle().Subject;
        f.Severity.Should().Be(Severity.Error);
        f.SubjectId.Should().Be("b");
        f.OrganizationId.Should().Be("b");
        f.Citations.Should().Contain(new Citation(Regulation.ElectionRegulations, 3));
    }

    [Fact]
    public void OnTime_WithinTheTolerance_IsNoFinding()
    {
        var terms = new[] { new Term("oc", new LocalDate(2021, 1, 10)), new Term("gb", new LocalDate(2022, 1, 10)), new Term("b", new LocalDate(2021, 3, 1)) };
        Check("TERM-ON-TIME", new LocalDate(2024, 4, 1), terms).Should().BeEmpty();
        Check("TERM-ON-TIME", new LocalDate(2024, 4, 2), terms).Should().ContainSingle().Which.SubjectId.Should().Be("b");
    }

    [Fact]
    public void OnTime_UnrecordedElectedBody_IsInfo()
    {
        var findings = Check("TERM-ON-TIME", TermTestData.AsOf, new Term("b", new LocalDate(2024, 3, 15)));

        findings.Select(f => (f.SubjectId, f.Severity)).Should().BeEquivalentTo(new[] { ("oc", Severity.Info), ("gb", Severity.Info) });
    }

    [Fact]
    public void OnTime_AdjustmentWithoutApproval_IsAnError()
    {
        var term = new Term("b", new LocalDate(2024, 3, 15), adjustment: new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 6, 1)));

        var f = Check("TERM-ON-TIME", TermTestData.AsOf, AllRecorded.Append(term).ToArray()).Should().ContainSingle().Subject;
        f.Severity.Should().Be(Severity.Error);
        f.Actual.Should().Be("not approved");
    }

    [Fact]
    public void OnTime_ApprovedByAnOrganizationThatIsNotHigher_IsAnError()
    {
        var term = new Term("gb", new LocalDate(2024, 3, 15), adjustment: new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 6, 1), "b", new LocalDate(2026, 1, 1)));

        var findings = Check("TERM-ON-TIME", TermTestData.AsOf, new Term("oc", new LocalDate(2023, 1, 10)), new Term("b", new LocalDate(2025, 1, 1)), term);
        findings.Should().ContainSingle().Which.Actual.Should().Be("approved by b");
    }

    [Fact]
    public void OnTime_PostponementOfExactlyTwelveMonths_IsNoWarning()
    {
        // b's term expires 2027-03-15; postponed with approval to 2028-03-15 (exactly 1 year).
        var term = new Term("b", new LocalDate(2024, 3, 15), adjustment: new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2028, 3, 15), "gb", new LocalDate(2026, 11, 1)));

        Check("TERM-ON-TIME", TermTestData.AsOf, AllRecorded.Append(term).ToArray()).Should().BeEmpty();
    }

    [Fact]
    public void OnTime_PostponementOfTwelveMonthsAndOneDay_IsAWarning()
    {
        var term = new Term("b", new LocalDate(2024, 3, 15), adjustment: new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2028, 3, 16), "gb", new LocalDate(2026, 11, 1)));

        var f = Check("TERM-ON-TIME", TermTestData.AsOf, AllRecorded.Append(term).ToArray()).Should().ContainSingle().Subject;
        f.Severity.Should().Be(Severity.Warning);
        f.Actual.Should().Be("2028-03-16 (1 year 1 day)");
    }

    [Fact]
    public void OnTime_AdvanceOfMoreThanAYearBefore2018_WasNotLimited()
    {
        // The 1990 interim regulations limited only postponement (§M10); checked on an as-of date in 2018.
        var advanced = new Term("b", new LocalDate(2016, 3, 4), 3, new TermAdjustment(TermAdjustmentKind.Advance, new LocalDate(2017, 1, 4), "gb", new LocalDate(2016, 12, 1)));
        var tree = TermTestData.Tree();
        var input = new ComplianceInput(tree, new LocalDate(2017, 1, 1)).WithTerms(TermSet.Create(tree, new[] { advanced, new Term("oc", new LocalDate(2016, 1, 10)), new Term("gb", new LocalDate(2016, 1, 10)) }));
        var findings = new ComplianceChecker(ComplianceProfile.StateOrgans).Check(input).Findings.Where(f => f.RuleId == "TERM-ON-TIME" && f.SubjectId == "b");

        findings.Should().BeEmpty();
    }

    [Fact]
    public void OnTime_AdvanceOfMoreThanAYearAfter2018_IsAWarning()
    {
        var advanced = new Term("b", new LocalDate(2024, 3, 15), adjustment: new TermAdjustment(TermAdjustmentKind.Advance, new LocalDate(2026, 3, 1), "gb", new LocalDate(2025, 12, 1)));

        Check("TERM-ON-TIME", new LocalDate(2025, 12, 20), AllRecorded.Append(advanced).ToArray()).Should().ContainSingle().Which.Severity.Should().Be(Severity.Warning);
    }

    [Fact]
    public void ApprovalChain_OrganCommitteeAdjustmentWithoutPartyGroupDecision_IsAnError_UnderItsOwnId()
    {
        var oc = new Term("oc", new LocalDate(2021, 11, 20), adjustment: new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 3, 31), "wc", new LocalDate(2026, 10, 15)));

        Check("TERM-ON-TIME", TermTestData.AsOf, oc, new Term("gb", new LocalDate(2025, 1, 10)), new Term("b", new LocalDate(2025, 1, 10))).Should().BeEmpty();
        var f = Check("ORGAN-APPROVAL-CHAIN", TermTestData.AsOf, oc, new Term("gb", new LocalDate(2025, 1, 10)), new Term("b", new LocalDate(2025, 1, 10))).Should().ContainSingle().Subject;
        f.Severity.Should().Be(Severity.Error);
        f.Citations.Should().Contain(new Citation(Regulation.OrganRegulations, 37));
        f.Expected.Should().Be("decided by lg");
    }

    [Fact]
    public void OnTime_OrganCommitteeAdjustmentWithTheFullChain_IsNoFinding()
    {
        var oc = new Term("oc", new LocalDate(2021, 11, 20), adjustment: new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 3, 31), "wc", new LocalDate(2026, 10, 15), "lg", new LocalDate(2026, 9, 28)));

        Check("TERM-ON-TIME", TermTestData.AsOf, oc, new Term("gb", new LocalDate(2025, 1, 10)), new Term("b", new LocalDate(2025, 1, 10))).Should().BeEmpty();
        Check("ORGAN-APPROVAL-CHAIN", TermTestData.AsOf, oc, new Term("gb", new LocalDate(2025, 1, 10)), new Term("b", new LocalDate(2025, 1, 10))).Should().BeEmpty();
    }

    [Fact]
    public void OnTime_RenewedLateInTheAuditWindow_IsAnError()
    {
        var findings = Check("TERM-ON-TIME", TermTestData.AsOf, AllRecorded.Concat(new[] { new Term("b", new LocalDate(2022, 6, 1)), new Term("b", new LocalDate(2026, 3, 1)) }).ToArray());

        findings.Should().ContainSingle().Which.Actual.Should().Be("2026-03-01");
    }

    [Theory]
    [InlineData(2019, 6, true)]
    [InlineData(2019, 5, false)]
    [InlineData(2019, 3, false)]
    [InlineData(2019, 2, true)]
    [InlineData(2016, 2, false)]
    public void ConstitutionRange_RecordedLength(int year, int years, bool finding)
    {
        var tree = TermTestData.Tree();
        var asOf = new LocalDate(year, 6, 1);
        var findings = Check("TERM-CONSTITUTION-RANGE", asOf, ComplianceProfile.StateOrgans, tree, new Term("b", new LocalDate(year, 3, 1), years));

        findings.Should().HaveCount(finding ? 1 : 0);
        if (finding)
        {
            findings[0].Severity.Should().Be(Severity.Error);
        }
    }

    [Fact]
    public void ConstitutionRange_ConfiguredLengthOutsideTheRange_IsAnError()
    {
        var profile = ComplianceProfile.StateOrgans;
        profile = profile.WithParameter(TermParameters.Policy, profile.Get(TermParameters.Policy).WithCurrent(new TermLengths(5, 3, 6)));

        Check("TERM-CONSTITUTION-RANGE", TermTestData.AsOf, profile, TermTestData.Tree(), new Term("b", new LocalDate(2024, 3, 15)))
            .Should().ContainSingle().Which.Expected.Should().Be("3–5");
    }

    [Theory]
    [InlineData("2026-09-14", 0)]
    [InlineData("2026-09-15", 1)]
    [InlineData("2027-03-14", 1)]
    [InlineData("2027-03-15", 0)]
    public void Reminder_WithinSixMonthsOfExpiry_IsInfo(string asOf, int count)
    {
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(asOf).Value;
        var findings = Check("TERM-REMINDER-6M", date, AllRecorded.Append(new Term("b", new LocalDate(2024, 3, 15))).ToArray());

        findings.Should().HaveCount(count);
        findings.All(f => f.Severity == Severity.Info && f.Message.Chinese.Contains("党总支")).Should().BeTrue();
    }

    [Fact]
    public void Vacancy_NoSecretary_OneFinding_UnderComOneSecretary()
    {
        var tree = TermTestData.Tree(withSecretary: false);
        var input = new ComplianceInput(tree, TermTestData.AsOf).WithTerms(TermSet.Create(tree, new[] { new Term("b", new LocalDate(2024, 3, 15)) }));
        var report = new ComplianceChecker(ComplianceProfile.StateOrgans).Check(input);

        report.Findings.Where(f => f.SubjectId == "b" && (f.RuleId == "TERM-VACANCY" || f.RuleId == "COM-ONE-SECRETARY"))
            .Should().ContainSingle().Which.RuleId.Should().Be("COM-ONE-SECRETARY");
    }

    [Fact]
    public void Vacancy_NoSecretary_IsATermVacancyWarning_WhenComOneSecretaryIsDisabled()
    {
        var tree = TermTestData.Tree(withSecretary: false);
        var profile = ComplianceProfile.StateOrgans.Derive("no-one-secretary", new LocalizedText("测试", "test")).WithoutRule("COM-ONE-SECRETARY");
        var findings = Check("TERM-VACANCY", TermTestData.AsOf, profile, tree, new Term("b", new LocalDate(2024, 3, 15)));

        findings.Should().ContainSingle().Which.Severity.Should().Be(Severity.Warning);
    }

    [Fact]
    public void Vacancy_FewerMembersThanSeatsElected_IsAWarning()
    {
        var tree = TermTestData.Tree();
        var election = new ElectionRecord("e-1", "b", new ElectionInput(new LocalDate(2024, 3, 15), 5,
            Enumerable.Range(1, 6).Select(i => new CandidateVotes("m-" + i, 8)), 8, 8, 8));
        var input = new ComplianceInput(tree, TermTestData.AsOf)
            .WithTerms(TermSet.Create(tree, new[] { new Term("b", new LocalDate(2024, 3, 15)) }))
            .WithElections(ElectionLog.Create(tree, new[] { election }));

        var findings = new ComplianceChecker(ComplianceProfile.StateOrgans).Check(input).Findings.Where(f => f.RuleId == "TERM-VACANCY").ToArray();
        findings.Should().ContainSingle().Which.Actual.Should().Be("3");
    }

    [Fact]
    public void Vacancy_SecretaryAndFullCommittee_IsNoFinding()
    {
        Check("TERM-VACANCY", TermTestData.AsOf, AllRecorded.Append(new Term("b", new LocalDate(2024, 3, 15))).ToArray()).Should().BeEmpty();
    }

    [Fact]
    public void Profile_RuralSector_UsesFiveYearBranchTerms()
    {
        ComplianceProfile.Rural.Get(TermParameters.Policy).DefaultYears(OrganizationKind.Branch, TermTestData.AsOf).Should().Be(5);
        ComplianceProfile.StateOrgans.Get(TermParameters.Policy).Should().Be(TermPolicy.Default);
    }
}
