using System.IO;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Development;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Tests.Json;
using Xunit;
using static PartyOrg.Domain.Tests.Development.DevelopmentFixture;

namespace PartyOrg.Domain.Tests.Development;

public sealed class RelationsAndLoadTests
{
    private static readonly LocalDate Left = new(2026, 3, 31);

    [Theory]
    [InlineData("2026-09-29", true, false)] // 31 March + 6 months = 30 September
    [InlineData("2026-09-30", true, true)]
    [InlineData("2026-09-30", false, false)] // not a fixed place
    public void TransferRequired_SixMonthsAtAFixedPlace(string asOf, bool fixedPlace, bool finding)
    {
        var relations = MemberRelations.Create(Tree(), null, new[] { new MemberOutflow("m-3", Left, null, "深圳", fixedPlace) }, null);
        Ids(Check(Tree(), LocalDate.FromDateTime(System.DateTime.Parse(asOf)), relations)).Contains("MEM-TRANSFER-REQUIRED").Should().Be(finding);
    }

    [Fact]
    public void TransferRequired_NotWhenATransferWasSent()
    {
        var relations = MemberRelations.Create(Tree(), new[] { new MemberTransfer("m-3", TransferReason.Outflow, Left, "b-1", "外地", sentOn: Left.PlusDays(3)) },
            new[] { new MemberOutflow("m-3", Left, null, "深圳", true) }, null);
        Check(Tree(), new LocalDate(2026, 11, 1), relations).Should().BeEmpty();
    }

    [Fact]
    public void Refusal_WithoutReason_IsOnTheRefusingOrganization()
    {
        var day = new LocalDate(2026, 4, 20);
        var without = MemberRelations.Create(Tree(), new[] { new MemberTransfer("m-3", TransferReason.UnitChange, day, "b-1", "外单位", refusedOn: day, refusedBy: "b-1") }, null, null);
        var with = MemberRelations.Create(Tree(), new[] { new MemberTransfer("m-3", TransferReason.UnitChange, day, "b-1", "外单位", refusedOn: day, refusedBy: "b-1", refusalReason: "正在接受审查") }, null, null);
        Check(Tree(), day, without).Select(f => (f.RuleId, f.SubjectId)).Should().Equal(("MEM-TRANSFER-REFUSAL", "b-1"));
        Check(Tree(), day, with).Should().BeEmpty();
    }

    [Theory]
    [InlineData("2026-07-09", null, null)]
    [InlineData("2026-07-10", null, "MEM-LOST-CONTACT-6M")]
    [InlineData("2028-07-31", "2026-08-01", null)]
    [InlineData("2028-08-01", "2026-08-01", "MEM-LOST-CONTACT-REMOVAL-2Y")]
    public void LostContact_6MonthsThenSuspension_2YearsThenRemoval(string asOf, string? suspended, string? rule)
    {
        var lost = new LostContact("m-4", new LocalDate(2026, 1, 10), suspended is null ? null : LocalDate.FromDateTime(System.DateTime.Parse(suspended)));
        var relations = MemberRelations.Create(Tree(), null, null, new[] { lost });
        var ids = Ids(Check(Tree(), LocalDate.FromDateTime(System.DateTime.Parse(asOf)), relations));
        ids.Should().Equal(rule is null ? new string[0] : new[] { rule });
    }

    [Fact]
    public void Example_Loads_AndGivesTheDeliberateFindings()
    {
        var result = PartyOrgDocument.Parse(File.ReadAllText(RepoFiles.PathOf("docs", "examples", "development.json")));
        result.Problems.Should().BeEmpty();
        var doc = result.Document!;
        doc.Development!.Applicants.Select(a => a.Id).Should().Equal("a-1", "a-2", "a-3", "a-4");
        var report = new PartyOrg.Domain.Compliance.ComplianceChecker(doc.Profile).Check(doc.ToComplianceInput(doc.AsOf!.Value));
        var dev = report.Findings.Where(f => f.RuleId.StartsWith("DEV-", System.StringComparison.Ordinal) || f.RuleId.StartsWith("MEM-", System.StringComparison.Ordinal))
            .Select(f => f.SubjectId + " " + f.RuleId).ToArray();
        dev.Should().BeEquivalentTo(
            "a-3 DEV-TALK-WITHIN-1M", "a-3 DEV-SPONSORS-2", "a-3 DEV-TRAINING-3D-24H", "a-3 DEV-APPROVAL-3M", "a-4 DEV-TALK-WITHIN-1M",
            "m-5 MEM-TRANSFER-REQUIRED", "b-2 MEM-TRANSFER-REFUSAL", "m-4 MEM-LOST-CONTACT-REMOVAL-2Y");
        var plans = DevelopmentPlanner.Plan(doc.Development, doc.AsOf.Value);
        plans.Select(p => p.Stage.Name).Should().Equal("full", "activist", "awaiting-approval", "applicant");
        plans[0].FullSince.Should().Be(new LocalDate(2025, 6, 28));
        plans[1].Next.Step.Should().Be(DevelopmentStep.ListAsCandidate);
        plans[1].Next.Earliest.Should().Be(new LocalDate(2026, 11, 10));
        plans[3].Next.Step.Should().Be(DevelopmentStep.Talk);
        plans[3].Next.Due.Should().Be(new LocalDate(2026, 11, 9));
        DevelopmentRollUp.BranchesWithoutDevelopment(doc.Tree, doc.Development, doc.AsOf.Value).Select(b => b.BranchId).Should().Equal("b-1");
        DevelopmentRollUp.BranchesWithoutDevelopment(doc.Tree, doc.Development, new LocalDate(2027, 6, 25)).Select(b => b.BranchId).Should().Equal("b-1");
        DevelopmentRollUp.BranchesWithoutDevelopment(doc.Tree, doc.Development, new LocalDate(2027, 6, 26)).Select(b => b.BranchId).Should().Equal("b-1", "b-2");
    }

    [Fact]
    public void ImpossibleData_IsRefusedWithThePath()
    {
        var text = File.ReadAllText(RepoFiles.PathOf("docs", "examples", "development.json"))
            .Replace("\"sponsors\": [\"m-4\"]", "\"sponsors\": [\"m-4\", \"m-77\"]")
            .Replace("\"conversion\": { \"meeting\": \"2025-06-30\"", "\"conversion\": { \"meeting\": \"2024-06-27\"")
            .Replace("\"for\": 3 } }", "\"for\": 4 } }")
            .Replace("\"since\": \"2022-01-10\", \"suspendedOn\": \"2022-08-01\"", "\"since\": \"2022-01-10\", \"suspendedOn\": \"2021-08-01\"");
        var problems = PartyOrgDocument.Parse(text).Problems.Select(p => p.ToString()).ToArray();
        problems.Should().Contain(p => p.StartsWith("$.development[2].sponsors[1]: no member \"m-77\"", System.StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("$.development[0].probation.conversion.meeting: 2024-06-27 is before the admission meeting", System.StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("$.development[2].admission.for: 4 votes for", System.StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("$.lostContact[0].suspendedOn:", System.StringComparison.Ordinal));
    }
}
