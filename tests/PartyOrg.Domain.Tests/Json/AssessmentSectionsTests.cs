using System.Linq;
using FluentAssertions;
using PartyOrg.Domain.AssessmentData;
using PartyOrg.Domain.Json;
using Xunit;

namespace PartyOrg.Domain.Tests.Json;

/// <summary>The <c>assessments</c> and <c>rectifications</c> sections: loaded, written back, and every problem at its path.</summary>
public sealed class AssessmentSectionsTests
{
    private const string Tree = "\"asOf\":\"2026-01-31\",\"organizations\":[{\"id\":\"oc\",\"kind\":\"organ-committee\",\"name\":\"机关党委\"},{\"id\":\"b-1\",\"kind\":\"branch\",\"name\":\"一支部\",\"parent\":\"oc\"}]";

    private static LoadResult Load(string sections, bool keepContract = true) =>
        PartyOrgDocument.Parse("{" + Tree + "," + sections + "}", new PartyOrgLoadOptions { KeepContract = keepContract });

    /// <summary>The problems, the same whether the contracts are kept or not (then a plain value is made at once as the domain's entry).</summary>
    private static string[] Problems(string sections)
    {
        var kept = Load(sections).Problems.Select(p => p.ToString()).ToArray();
        Load(sections, keepContract: false).Problems.Select(p => p.ToString()).Should().Equal(kept);
        return kept;
    }

    [Fact]
    public void WithoutTheContracts_TheSameEntries()
    {
        const string Values = "\"assessments\":[{\"organization\":\"b-1\",\"year\":2025,\"item\":\"satisfaction\",\"value\":0.93,\"note\":\"测评\"},"
            + "{\"organization\":\"b-1\",\"year\":2025,\"item\":\"performance\",\"value\":14,\"assessor\":\"self\",\"scorecard\":\"local-weighted-classification\"}]";
        static object[] Entries(LoadResult r) => r.GetDocumentOrThrow().Assessments!.Entries
            .Select(e => (object)(e.OrganizationId, e.Year, e.Item, e.Value, e.Assessor, e.Scorecard, e.Note)).ToArray();

        Entries(Load(Values, keepContract: false)).Should().Equal(Entries(Load(Values)));
    }

    [Fact]
    public void Absent_IsNull_Present_IsLoaded_AndRoundTrips()
    {
        PartyOrgDocument.Parse("{" + Tree + "}").GetDocumentOrThrow().Assessments.Should().BeNull();
        var doc = Load("\"assessments\":[{\"organization\":\"b-1\",\"year\":2025,\"item\":\"satisfaction\",\"value\":0.93,\"note\":\"测评\"},{\"organization\":\"b-1\",\"year\":2025,\"item\":\"performance\",\"value\":14,\"assessor\":\"self\",\"scorecard\":\"local-weighted-classification\"}],"
            + "\"rectifications\":[{\"id\":\"r-1\",\"organization\":\"b-1\",\"types\":[\"no-organizational-life\"],\"identifiedOn\":\"2025-10-10\",\"deadline\":\"2026-04-30\",\"progress\":[\"2025-12\"]}]").GetDocumentOrThrow();
        doc.Assessments!.Entries.Select(e => (e.Item, e.Value, e.Assessor)).Should().Equal(("satisfaction", 0.93m, (string?)null), ("performance", 14m, "self"));
        var r = doc.Rectifications!.Records.Single();
        r.Types.Should().Equal(WeaknessType.NoOrganizationalLife);
        r.Progress.Single().Month.Should().Be(12);
        var input = doc.ToComplianceInput(doc.AsOf!.Value);
        input.Rectifications.Should().BeSameAs(doc.Rectifications);
        var again = PartyOrgDocument.Parse(PartyOrgDocumentWriter.Write(input)).GetDocumentOrThrow();
        again.Assessments!.Entries.Should().HaveCount(2);
        again.Rectifications!.Records.Single().Deadline.Should().Be(r.Deadline);
    }

    [Fact]
    public void EveryProblem_AtItsPath()
    {
        Problems("\"assessments\":[{\"organization\":\"b-9\",\"year\":2025,\"item\":\"x\",\"value\":1},{\"organization\":\"b-1\",\"year\":2025,\"item\":\"x\",\"value\":\"1\"},"
                 + "{\"organization\":\"b-1\",\"year\":2025,\"item\":\"y\",\"value\":1},{\"organization\":\"b-1\",\"year\":2025,\"item\":\"y\",\"value\":2}],"
                 + "\"rectifications\":[{\"id\":\"r\",\"organization\":\"b-1\",\"types\":[\"lazy\"],\"identifiedOn\":\"2025-10-10\",\"deadline\":\"2025-10-01\",\"progress\":[\"2025-13\"]}]")
            .Should().BeEquivalentTo(
                "$.assessments[0].organization: no organization \"b-9\"",
                "$.assessments[1].value: expected a number (a count, a rate from 0 to 1, or points), found the string \"1\"",
                "$.assessments[3].item: a second value for item \"y\" of \"b-1\" in 2025 (same assessor and scorecard)",
                "$.rectifications[0].types[0]: unknown value \"lazy\"; expected one of: incomplete-leadership, incompetent-secretary, disunited-leadership, no-organizational-life, election-misconduct, clan-or-criminal-interference, disordered-affairs, public-order-problems, no-premises, poor-service",
                "$.rectifications[0].progress[0]: expected a month yyyy-MM, e.g. \"2026-03\", found the string \"2025-13\"");
    }

    [Fact]
    public void RepeatedValuesAndUnknownOrganizations_InTheDocumentsOrder()
    {
        // The repeated keys are found by the log's check after the unknown organizations: reported in the elements' order all
        // the same, a third value of a key as well as the second, and a value repeated by another assessor or scorecard not.
        Problems("\"assessments\":[{\"organization\":\"b-1\",\"year\":2025,\"item\":\"y\",\"value\":1},{\"organization\":\"b-1\",\"year\":2025,\"item\":\"y\",\"value\":2},"
                 + "{\"organization\":\"b-9\",\"year\":2025,\"item\":\"y\",\"value\":1},{\"organization\":\"b-1\",\"year\":2025,\"item\":\"y\",\"value\":3,\"assessor\":\"self\"},"
                 + "{\"organization\":\"b-1\",\"year\":2025,\"item\":\"y\",\"value\":4},{\"organization\":\"b-8\",\"year\":2025,\"item\":\"z\",\"value\":1}]")
            .Should().Equal(
                "$.assessments[1].item: a second value for item \"y\" of \"b-1\" in 2025 (same assessor and scorecard)",
                "$.assessments[2].organization: no organization \"b-9\"",
                "$.assessments[4].item: a second value for item \"y\" of \"b-1\" in 2025 (same assessor and scorecard)",
                "$.assessments[5].organization: no organization \"b-8\"");
    }

    [Fact]
    public void RectificationDatesBeforeIdentification_AreProblems()
    {
        Problems("\"rectifications\":[{\"id\":\"r\",\"organization\":\"b-1\",\"types\":[\"poor-service\"],\"identifiedOn\":\"2025-10-10\",\"deadline\":\"2025-10-01\",\"reInspectedOn\":\"2025-12-01\"}]")
            .Should().BeEquivalentTo(
                "$.rectifications[0].deadline: 2025-10-01 is before the identification on 2025-10-10",
                "$.rectifications[0].reInspectedOn: re-inspected but never verified: 回头看 follows 销号 (verifiedOn)");
    }
}
