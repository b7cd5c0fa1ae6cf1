using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Leadership;
using Xunit;

namespace PartyOrg.Domain.Tests.Json;

/// <summary>The <c>reports</c> and <c>trainings</c> sections (revision 2): loading, problems at their paths, the rules through a document, writing back.</summary>
public sealed class LeadershipSectionsTests
{
    private const string Tree = "\"organizations\":[{\"id\":\"wc\",\"kind\":\"working-committee\",\"name\":\"工委\"},{\"id\":\"oc\",\"kind\":\"organ-committee\",\"name\":\"机关党委\",\"parent\":\"wc\"},"
        + "{\"id\":\"lg\",\"kind\":\"leading-group\",\"name\":\"党组\",\"leads\":\"oc\"},{\"id\":\"b-1\",\"kind\":\"branch\",\"name\":\"一支部\",\"parent\":\"oc\"}],"
        + "\"members\":[{\"id\":\"m-1\",\"name\":\"张三\",\"branch\":\"b-1\",\"status\":\"full\",\"admitted\":\"2000-01-01\"},{\"id\":\"m-2\",\"name\":\"李四\",\"branch\":\"b-1\",\"status\":\"full\",\"admitted\":\"2000-01-01\"},{\"id\":\"m-3\",\"name\":\"王五\",\"branch\":\"b-1\",\"status\":\"full\",\"admitted\":\"2000-01-01\"}],"
        + "\"posts\":[{\"organization\":\"b-1\",\"member\":\"m-1\",\"post\":\"secretary\",\"since\":\"2020-01-01\"},{\"organization\":\"lg\",\"member\":\"m-2\",\"post\":\"secretary\",\"since\":\"2020-01-01\"}]";

    private const string Reports = "\"reports\":[{\"kind\":\"secretary-review\",\"organization\":\"b-1\",\"year\":2025,\"date\":\"2025-12-16\",\"by\":\"m-1\",\"grade\":\"fairly-good\"},"
        + "{\"kind\":\"secretary-review\",\"organization\":\"oc\",\"year\":2025,\"date\":\"2025-12-16\"},"
        + "{\"kind\":\"party-building-briefing\",\"organization\":\"lg\",\"year\":2025,\"date\":\"2025-12-22\"},"
        + "{\"kind\":\"comprehensive-report\",\"organization\":\"lg\",\"year\":2025,\"date\":\"2025-12-28\",\"to\":\"wc\"}]";

    private static LoadResult Load(string sections) => PartyOrgDocument.Parse("{" + Tree + (sections.Length == 0 ? string.Empty : "," + sections) + "}");

    private static string[] Problems(string sections) => Load(sections).Problems.Select(p => p.ToString()).ToArray();

    private static Finding[] Findings(string sections, string ruleId)
    {
        var doc = Load(sections).GetDocumentOrThrow();
        var input = doc.ToComplianceInput(new LocalDate(2026, 1, 10)).WithWindow(new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)));
        return new ComplianceChecker(ComplianceProfile.StateOrgans).Check(input).Findings.Where(f => f.RuleId == ruleId).ToArray();
    }

    [Fact]
    public void Load_Sections_AreBuilt()
    {
        var doc = Load(Reports + ",\"trainings\":[{\"member\":\"m-1\",\"year\":2025,\"hours\":40},{\"member\":\"m-1\",\"year\":2025,\"hours\":18.5,\"note\":\"轮训\"}]").GetDocumentOrThrow();
        doc.Reports!.Reports.Should().HaveCount(4);
        doc.Reports.Reports[0].Grade.Should().Be(ReviewGrade.FairlyGood);
        doc.Reports.Reports[3].ToOrganizationId.Should().Be("wc");
        doc.Trainings!.HoursOf("m-1", 2025).Should().Be(58.5m);
        var input = doc.ToComplianceInput(new LocalDate(2026, 1, 10));
        input.Reports.Should().BeSameAs(doc.Reports);
        input.Trainings.Should().BeSameAs(doc.Trainings);
    }

    [Fact]
    public void Load_NoSections_RulesDoNotRun()
    {
        var doc = Load(string.Empty).GetDocumentOrThrow();
        (doc.Reports, doc.Trainings).Should().Be((null, null));
        Findings(string.Empty, "ORGAN-REPORTING").Should().BeEmpty();
        Findings(string.Empty, "EDU-32-56-HOURS").Should().BeEmpty();
    }

    [Fact]
    public void Check_ThroughTheDocument()
    {
        Findings(Reports, "ORGAN-REPORTING").Should().BeEmpty();
        Findings(Reports, "PG-ANNUAL-REPORT").Should().BeEmpty();
        Findings("\"reports\":[]", "ORGAN-REPORTING").Select(f => f.SubjectId).Should().BeEquivalentTo(new[] { "b-1", "oc", "lg" });
        Findings("\"reports\":[]", "PG-ANNUAL-REPORT").Should().ContainSingle().Which.SubjectId.Should().Be("lg");
        var edu = Findings("\"trainings\":[{\"member\":\"m-1\",\"year\":2025,\"hours\":55.5},{\"member\":\"m-2\",\"year\":2025,\"hours\":32},{\"member\":\"m-3\",\"year\":2025,\"hours\":31.5}]", "EDU-32-56-HOURS");
        edu.Select(f => (f.SubjectId, f.Expected, f.Actual)).Should().BeEquivalentTo(new[] { ("m-1", "≥ 56", "55.5"), ("m-3", "≥ 32", "31.5") });
    }

    [Theory]
    [InlineData("\"reports\":[{\"kind\":\"review\",\"organization\":\"b-1\",\"year\":2025,\"date\":\"2025-12-16\"}]", "$.reports[0].kind: unknown value \"review\"")]
    [InlineData("\"reports\":[{\"kind\":\"secretary-review\",\"organization\":\"b-9\",\"year\":2025,\"date\":\"2025-12-16\"}]", "$.reports[0].organization: no organization \"b-9\"")]
    [InlineData("\"reports\":[{\"kind\":\"secretary-review\",\"organization\":\"lg\",\"year\":2025,\"date\":\"2025-12-16\"}]", "$.reports[0].organization: \"lg\" is a leading-group")]
    [InlineData("\"reports\":[{\"kind\":\"comprehensive-report\",\"organization\":\"b-1\",\"year\":2025,\"date\":\"2025-12-16\"}]", "$.reports[0].organization: \"b-1\" is a branch")]
    [InlineData("\"reports\":[{\"kind\":\"secretary-review\",\"organization\":\"b-1\",\"year\":2025,\"date\":\"2025-12-16\",\"by\":\"m-9\"}]", "$.reports[0].by: no member \"m-9\"")]
    [InlineData("\"reports\":[{\"kind\":\"secretary-review\",\"organization\":\"b-1\",\"year\":2025,\"date\":\"2025-12-16\",\"grade\":\"excellent\"}]", "$.reports[0].grade: unknown value \"excellent\"")]
    [InlineData("\"reports\":[{\"kind\":\"secretary-review\",\"organization\":\"b-1\",\"date\":\"2025-12-16\"}]", "$.reports[0].year: required property is missing")]
    [InlineData("\"trainings\":[{\"member\":\"m-9\",\"year\":2025,\"hours\":32}]", "$.trainings[0].member: no member \"m-9\"")]
    [InlineData("\"trainings\":[{\"member\":\"m-1\",\"year\":2025,\"hours\":-1}]", "$.trainings[0].hours: expected a number of class hours")]
    [InlineData("\"trainings\":[{\"member\":\"m-1\",\"year\":2025,\"hours\":7.25}]", "$.trainings[0].hours: expected a number of class hours")]
    [InlineData("\"trainings\":[{\"member\":\"m-1\",\"year\":2025,\"hours\":\"32\"}]", "$.trainings[0].hours: expected a number of class hours")]
    [InlineData("\"trainings\":[{\"member\":\"m-1\",\"year\":3000,\"hours\":32}]", "$.trainings[0].year: expected a year between 1900 and 2199")]
    [InlineData("\"trainings\":[{\"member\":\"m-1\",\"year\":2025,\"hours\":32,\"kind\":\"x\"}]", "$.trainings[0].kind")]
    public void Load_Problem_HasItsPath(string section, string expected) =>
        Problems(section).Should().Contain(p => p.StartsWith(expected, System.StringComparison.Ordinal));

    [Fact]
    public void Load_AllProblemsAtOnce()
    {
        var problems = Problems("\"reports\":[{\"kind\":\"secretary-review\",\"organization\":\"b-9\",\"year\":2025,\"date\":\"2025-12-16\"}],\"trainings\":[{\"member\":\"m-9\",\"year\":2025,\"hours\":1}]");
        problems.Should().HaveCount(2);
    }

    [Fact]
    public void Writer_RoundTripsTheSections()
    {
        var doc = Load(Reports + ",\"trainings\":[{\"member\":\"m-1\",\"year\":2025,\"hours\":7.5,\"note\":\"n\"}]").GetDocumentOrThrow();
        var json = PartyOrgDocumentWriter.Write(doc.ToComplianceInput(new LocalDate(2026, 1, 10)));
        var again = PartyOrgDocument.Parse(json).GetDocumentOrThrow();
        again.Reports!.Reports.Should().Equal(doc.Reports!.Reports);
        again.Trainings!.Records.Should().Equal(doc.Trainings!.Records);
    }
}
