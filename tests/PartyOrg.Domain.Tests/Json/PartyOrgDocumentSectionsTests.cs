using System.Linq;
using System.Text.Json;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Json;
using Xunit;

namespace PartyOrg.Domain.Tests.Json;

public sealed class PartyOrgDocumentSectionsTests
{
    private const string Tree = "\"organizations\":[{\"id\":\"oc\",\"kind\":\"organ-committee\",\"name\":\"机关党委\"},{\"id\":\"b-1\",\"kind\":\"branch\",\"name\":\"一支部\",\"parent\":\"oc\"},{\"id\":\"g-1\",\"kind\":\"party-group\",\"name\":\"小组\",\"parent\":\"b-1\"}],"
        + "\"members\":[{\"id\":\"m-1\",\"name\":\"张三\",\"branch\":\"b-1\",\"status\":\"full\"},{\"id\":\"m-2\",\"name\":\"李四\",\"branch\":\"b-1\",\"status\":\"full\"},{\"id\":\"m-3\",\"name\":\"王五\",\"branch\":\"b-1\",\"status\":\"full\"}]";

    private static string[] Problems(string sections) => PartyOrgDocument.Parse("{" + Tree + "," + sections + "}").Problems.Select(p => p.ToString()).ToArray();

    [Fact]
    public void Load_Sections_AreBuiltAndAddedToTheInput()
    {
        var doc = PartyOrgDocument.Parse("{" + Tree + ","
            + "\"terms\":[{\"organization\":\"b-1\",\"start\":\"2024-03-01\",\"years\":3}],"
            + "\"meetings\":[{\"id\":\"mt-1\",\"organization\":\"b-1\",\"kinds\":[\"general-meeting\",\"party-lecture\"],\"date\":\"2026-01-15\",\"attendees\":[\"m-1\",\"m-2\"],\"lecturer\":\"m-1\",\"absences\":[{\"member\":\"m-3\",\"reason\":\"illness\"}],\"votes\":[{\"item\":\"接收预备党员\",\"for\":2}]}],"
            + "\"elections\":[{\"id\":\"e-1\",\"organization\":\"b-1\",\"date\":\"2024-03-01\",\"kind\":\"general\",\"seats\":1,\"attended\":3,\"ballotsIssued\":3,\"ballotsReturned\":3,\"candidates\":[{\"member\":\"m-1\",\"for\":3},{\"member\":\"m-2\",\"for\":0}]}]}").GetDocumentOrThrow();
        doc.Terms!.Terms.Single().Years.Should().Be(3);
        doc.Meetings!.Records.Single().Absences.Single().Reason.Name.Should().Be("illness");
        doc.Elections!.Records.Single().Input.Entitled.Should().BeNull();
        var input = doc.ToComplianceInput(new LocalDate(2026, 11, 22));
        input.Meetings.Should().BeSameAs(doc.Meetings);
        input.Terms.Should().BeSameAs(doc.Terms);
        input.Elections.Should().BeSameAs(doc.Elections);
    }

    [Fact]
    public void Load_NoSections_LeavesThemNull()
    {
        var doc = PartyOrgDocument.Parse("{" + Tree + "}").GetDocumentOrThrow();
        (doc.Meetings, doc.Terms, doc.Elections).Should().Be((null, null, null));
    }

    [Theory]
    [InlineData("\"terms\":[{\"organization\":\"g-1\",\"start\":\"2024-03-01\"}]", "$.terms[0].organization: \"g-1\" is")]
    [InlineData("\"terms\":[{\"organization\":\"b-9\",\"start\":\"2024-03-01\"}]", "$.terms[0].organization: no organization \"b-9\"")]
    [InlineData("\"terms\":[{\"organization\":\"b-1\",\"start\":\"2024-03-01\",\"adjustment\":{\"kind\":\"delay\",\"until\":\"2027-09-01\"}}]", "$.terms[0].adjustment.kind: unknown value \"delay\"; expected one of: postpone, advance")]
    [InlineData("\"terms\":[{\"organization\":\"b-1\",\"start\":\"2024-03-01\",\"adjustment\":{\"kind\":\"postpone\",\"until\":\"2027-09-01\",\"approvedBy\":\"x\"}}]", "$.terms[0].adjustment.approvedBy: no organization \"x\"")]
    [InlineData("\"meetings\":[{\"id\":\"mt\",\"organization\":\"b-1\",\"kinds\":[],\"date\":\"2026-01-15\"}]", "$.meetings[0].kinds: expected at least one meeting kind")]
    [InlineData("\"meetings\":[{\"id\":\"mt\",\"organization\":\"b-1\",\"kinds\":[\"group-meeting\"],\"date\":\"2026-01-15\"}]", "$.meetings[0].kinds[0]: a branch (\"b-1\") cannot hold a group-meeting")]
    [InlineData("\"meetings\":[{\"id\":\"mt\",\"organization\":\"b-1\",\"kinds\":[\"general-meeting\"],\"date\":\"2026-01-15\",\"attendees\":[\"m-9\"]}]", "$.meetings[0].attendees[0]: no member \"m-9\"")]
    [InlineData("\"meetings\":[{\"id\":\"mt\",\"organization\":\"b-1\",\"kinds\":[\"general-meeting\"],\"date\":\"2026-01-15\",\"absences\":[{\"member\":\"m-1\",\"reason\":\"sick\"}]}]", "$.meetings[0].absences[0].reason: unknown value \"sick\"; expected one of: leave, illness, business-travel, other, no-reason")]
    [InlineData("\"meetings\":[{\"id\":\"mt\",\"organization\":\"b-1\",\"kinds\":[\"general-meeting\"],\"date\":\"2026-01-15\"},{\"id\":\"mt\",\"organization\":\"b-1\",\"kinds\":[\"general-meeting\"],\"date\":\"2026-02-15\"}]", "$.meetings[1].id: duplicate meeting id \"mt\"")]
    [InlineData("\"elections\":[{\"id\":\"e\",\"organization\":\"b-1\",\"date\":\"2024-03-01\",\"kind\":\"general\",\"seats\":1,\"attended\":3,\"ballotsIssued\":3,\"ballotsReturned\":3,\"candidates\":[{\"member\":\"m-7\",\"for\":3}]}]", "$.elections[0].candidates[0].member: no member \"m-7\"")]
    [InlineData("\"elections\":[{\"id\":\"e\",\"organization\":\"b-1\",\"date\":\"2024-03-01\",\"kind\":\"general\",\"seats\":1,\"attended\":3,\"ballotsIssued\":3,\"ballotsReturned\":3,\"candidates\":[],\"method\":\"lottery\"}]", "$.elections[0].method: unknown value \"lottery\"; expected one of: competitive, uncontested")]
    [InlineData("\"elections\":[{\"id\":\"e\",\"organization\":\"b-1\",\"date\":\"2024-03-01\",\"kind\":\"general\",\"seats\":1,\"attended\":3,\"ballotsIssued\":3,\"ballotsReturned\":3}]", "$.elections[0].candidates: required property is missing")]
    public void Load_SectionProblem_HasItsPath(string section, string expected) =>
        Problems(section).Should().Contain(p => p.StartsWith(expected, System.StringComparison.Ordinal));

    [Fact]
    public void Load_ConstructorProblemInAMeeting_IsMappedToItsField()
    {
        // A lecturer on a meeting that is not a Party lecture, and a vote with more votes than attendees, are the domain's checks.
        var problems = Problems("\"meetings\":[{\"id\":\"mt\",\"organization\":\"b-1\",\"kinds\":[\"general-meeting\"],\"date\":\"2026-01-15\",\"lecturer\":\"m-1\"}]");
        problems.Should().Contain(p => p.StartsWith("$.meetings[0].lecturer: ", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ReferenceToABrokenOrganization_IsNotReportedTwice()
    {
        var problems = PartyOrgDocument.Parse("{\"organizations\":[{\"id\":\"b-1\",\"kind\":\"brnch\",\"name\":\"x\"}],\"terms\":[{\"organization\":\"b-1\",\"start\":\"2024-03-01\"}],"
            + "\"meetings\":[{\"id\":\"mt\",\"organization\":\"b-1\",\"kinds\":[\"general-meeting\"],\"date\":\"2026-01-15\"}]}").Problems;
        problems.Should().ContainSingle().Which.Path.Should().Be("$.organizations[0].kind");
    }

    [Fact]
    public void Schema_EnumsMatchTheDomainVocabulary()
    {
        using var schema = JsonDocument.Parse(System.IO.File.ReadAllText(RepoFiles.PathOf("docs", "schema", "partyorg-input.schema.json")));
        var defs = schema.RootElement.GetProperty("$defs");
        string[] Enum(string def, string property, bool items = false)
        {
            var p = defs.GetProperty(def).GetProperty("properties").GetProperty(property);
            return (items ? p.GetProperty("items") : p).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToArray();
        }

        Enum("organization", "kind").Should().Equal(PartyOrg.Domain.Organizations.OrganizationKind.List.OrderBy(k => k.Value).Select(k => k.Name));
        Enum("organization", "form").Should().Equal(PartyOrg.Domain.Organizations.BranchForm.List.OrderBy(k => k.Value).Select(k => k.Name));
        Enum("member", "status").Should().Equal(PartyOrg.Domain.Organizations.MembershipStatus.List.OrderBy(k => k.Value).Select(k => k.Name));
        Enum("post", "post").Should().Equal(PartyOrg.Domain.Organizations.PostKind.List.OrderBy(k => k.Value).Select(k => k.Name));
        Enum("post", "duty").Should().Equal(PartyOrg.Domain.Organizations.CommitteeDuty.List.OrderBy(k => k.Value).Select(k => k.Name));
        Enum("meeting", "kinds", items: true).Should().Equal(PartyOrg.Domain.Meetings.MeetingKind.List.OrderBy(k => k.Value).Select(k => k.Name));
        Enum("absence", "reason").Should().Equal(PartyOrg.Domain.Meetings.AbsenceReason.List.OrderBy(k => k.Value).Select(k => k.Name));
        Enum("adjustment", "kind").Should().Equal(PartyOrg.Domain.Terms.TermAdjustmentKind.List.OrderBy(k => k.Value).Select(k => k.Name));
        Enum("election", "kind").Should().Equal(PartyOrg.Domain.Elections.ElectionKind.List.OrderBy(k => k.Value).Select(k => k.Name));
        Enum("election", "method").Should().Equal(PartyOrg.Domain.Elections.ElectionMethod.List.OrderBy(k => k.Value).Select(k => k.Name));
        Enum("election", "office").Should().Equal(PartyOrg.Domain.Elections.ElectionOffice.List.OrderBy(k => k.Value).Select(k => k.Name));
        Enum("election", "assembly").Should().Equal(PartyOrg.Domain.Elections.ElectionAssembly.List.OrderBy(k => k.Value).Select(k => k.Name));
        defs.GetProperty("restriction").GetProperty("properties").GetProperty("kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString())
            .Should().Equal(PartyOrg.Domain.Organizations.RestrictionKind.List.OrderBy(k => k.Value).Select(k => k.Name));
    }
}
