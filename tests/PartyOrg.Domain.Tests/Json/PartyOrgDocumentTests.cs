using System;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Organizations;
using Xunit;

namespace PartyOrg.Domain.Tests.Json;

public sealed class PartyOrgDocumentTests
{
    private const string Orgs = "{\"id\":\"wc\",\"kind\":\"working-committee\",\"name\":\"工委\"},{\"id\":\"b-1\",\"kind\":\"branch\",\"name\":\"一支部\",\"parent\":\"wc\"}";

    private static string[] Problems(string json) => PartyOrgDocument.Parse(json).Problems.Select(p => p.ToString()).ToArray();

    [Fact]
    public void Parse_ValidDocument_BuildsTreeAndKeepsContract()
    {
        var result = PartyOrgDocument.Parse("{\"asOf\":\"2026-11-22\",\"profile\":\"university\",\"organizations\":[" + Orgs + "],"
            + "\"members\":[{\"id\":\"m-1\",\"name\":\"张三\",\"branch\":\"b-1\",\"status\":\"full\",\"restrictions\":[{\"kind\":\"suspension\",\"from\":\"2026-01-01\"}]}],"
            + "\"posts\":[{\"organization\":\"b-1\",\"member\":\"m-1\",\"post\":\"secretary\",\"since\":\"2024-03-01\"}]}");
        result.Problems.Should().BeEmpty();
        var doc = result.Document!;
        doc.AsOf.Should().Be(new LocalDate(2026, 11, 22));
        doc.Profile.Name.Should().Be("university");
        doc.Tree.Organizations.Should().HaveCount(2);
        doc.Tree.GetMember("m-1").Restrictions.Should().ContainSingle();
        doc.Tree.Posts.Single().Kind.Should().Be(PostKind.Secretary);
        var window = doc.ToComplianceInput(new LocalDate(2026, 6, 30)).Window;
        (window.Start, window.End).Should().Be((new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 30)));
    }

    [Fact]
    public void Parse_DanglingBranch_ReportsPathAndId() =>
        Problems("{\"organizations\":[" + Orgs + "],\"members\":[{\"id\":\"m-1\",\"name\":\"a\",\"branch\":\"b-1\",\"status\":\"full\"},{\"id\":\"m-2\",\"name\":\"b\",\"branch\":\"b-1\",\"status\":\"full\"},{\"id\":\"m-3\",\"name\":\"c\",\"branch\":\"b-1\",\"status\":\"full\"},{\"id\":\"m-4\",\"name\":\"d\",\"branch\":\"b-9\",\"status\":\"full\"}]}")
            .Should().Equal("$.members[3].branch: member \"m-4\": no organization \"b-9\"");

    [Theory]
    [InlineData("{\"organizations\":[{\"id\":\"b\",\"kind\":\"brnch\",\"name\":\"x\"}]}", "$.organizations[0].kind: unknown value \"brnch\"; expected one of: working-committee, leading-group, organ-committee, basic-committee, general-branch, branch, party-group")]
    [InlineData("{\"organizations\":[{\"id\":\"b\",\"kind\":\"branch\",\"name\":7}]}", "$.organizations[0].name: expected a string, found the number 7")]
    [InlineData("{\"organizations\":[{\"id\":\"b\",\"kind\":\"branch\"}]}", "$.organizations[0].name: required property is missing")]
    [InlineData("{\"organizations\":[{\"id\":\"b\",\"kind\":\"branch\",\"name\":null}]}", "$.organizations[0].name: required, found null")]
    [InlineData("{\"organizations\":[],\"asOf\":\"2026-02-30\"}", "$.asOf: \"2026-02-30\" is not a valid calendar date (no such day)")]
    [InlineData("{\"organizations\":[],\"asOf\":\"2026/02/03\"}", "$.asOf: \"2026/02/03\" is not a date; expected yyyy-MM-dd, e.g. \"2026-03-01\"")]
    [InlineData("{\"organizations\":{}}", "$.organizations: expected an array, found an object")]
    [InlineData("{\"organizations\":[],\"organizations\":[]}", "$.organizations: duplicate property \"organizations\"; each property may appear once")]
    [InlineData("{\"organizations\":[],\"profile\":\"x\"}", "$.profile: unknown profile \"x\"; expected one of: state-organs, state-owned-enterprises, rural, community, university, other")]
    [InlineData("{}", "$: the document is an empty object; expected at least \"organizations\": [ … ]")]
    [InlineData("[]", "$: expected an object, found an array")]
    [InlineData("", "$: the document is empty; expected a JSON object with at least \"organizations\": [ … ]")]
    [InlineData("{\"organizations\":[]", "$: not valid JSON at line 1, byte 20: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.")]
    [InlineData("{\"organizations\":[{\"id\":\"b \",\"kind\":\"branch\",\"name\":\"x\"}]}", "$.organizations[0].id: id \"b \" has leading or trailing white space")]
    [InlineData("{\"organizations\":[],\"elections\":[{\"id\":\"e\",\"organization\":\"b\",\"date\":\"2026-01-01\",\"kind\":\"general\",\"seats\":1,\"attended\":-1,\"ballotsIssued\":1,\"ballotsReturned\":1,\"candidates\":[]}]}", "$.elections[0].attended: expected a whole number ≥ 0, found -1")]
    public void Parse_Malformed_ReportsPath(string json, string expected) =>
        Problems(json).Should().Contain(expected);

    [Fact]
    public void Parse_UnknownProperty_IsAProblemButExtensionsAreAllowed()
    {
        Problems("{\"organizations\":[{\"id\":\"b\",\"kind\":\"branch\",\"name\":\"x\",\"Parent\":\"y\"}]}")
            .Should().ContainSingle().Which.Should().StartWith("$.organizations[0].Parent: unknown property \"Parent\" (did you mean \"parent\"?)");
        Problems("{\"x-source\":\"hr\",\"organizations\":[{\"id\":\"b\",\"kind\":\"branch\",\"name\":\"x\",\"x-code\":12}]}").Should().BeEmpty();
    }

    [Fact]
    public void Parse_ConstructorRule_IsMappedToTheField() =>
        Problems("{\"organizations\":[{\"id\":\"g\",\"kind\":\"general-branch\",\"name\":\"x\",\"form\":\"joint\"}]}")
            .Should().Equal("$.organizations[0].form: Organization \"g\" is a general-branch: only a branch has a form (regular, joint, temporary).");

    [Fact]
    public void Parse_EveryProblemIsReported_AndNoCascade()
    {
        var problems = Problems("{\"asOf\":\"2026-13-01\",\"organizations\":[" + Orgs + ",{\"id\":\"b-2\",\"kind\":\"brnch\",\"name\":\"x\"},{\"id\":\"b-1\",\"kind\":\"branch\",\"name\":\"dup\"}],"
            + "\"members\":[{\"id\":\"m-1\",\"name\":\"a\",\"branch\":\"b-2\",\"status\":\"full\"},{\"id\":\"m-2\",\"name\":\"b\",\"branch\":\"b-7\",\"status\":\"probationary\",\"fullSince\":\"2020-01-01\"}],"
            + "\"meetings\":[{\"id\":\"mt\",\"organization\":\"b-8\",\"kinds\":[\"nope\"],\"date\":\"2026-01-01\",\"attendees\":[\"m-9\"]}]}");
        problems.Should().BeEquivalentTo(
            "$.asOf: \"2026-13-01\" is not a valid calendar date (no such day)",
            "$.organizations[2].kind: unknown value \"brnch\"; expected one of: working-committee, leading-group, organ-committee, basic-committee, general-branch, branch, party-group",
            "$.meetings[0].kinds[0]: unknown value \"nope\"; expected one of: general-meeting, committee-meeting, group-meeting, party-lecture, themed-party-day, organizational-life-meeting, democratic-appraisal, democratic-life-meeting, organ-assembly, delegate-congress",
            "$.members[1].fullSince: Member \"m-2\" is probationary but has a full-membership date 2020-01-01.",
            "$.members[1].branch: no organization \"b-7\"",
            "$.organizations[3].id: duplicate organization id \"b-1\" (first at $.organizations[1]); ids must be unique",
            "$.meetings[0].organization: no organization \"b-8\"",
            "$.meetings[0].attendees[0]: no member \"m-9\"");
    }

    [Fact]
    public void Parse_DuplicateAmongBuiltElements_PathsPointIntoTheDocument()
    {
        var problems = Problems("{\"organizations\":[{\"id\":\"x\",\"kind\":\"brnch\",\"name\":\"x\"}," + Orgs + ",{\"id\":\"b-1\",\"kind\":\"branch\",\"name\":\"dup\"}]}");
        problems.Should().Contain("$.organizations[3].id: duplicate organization id \"b-1\" (first at $.organizations[2]); ids must be unique");
    }

    [Fact]
    public void Load_NonUtf8_IsAProblem()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"organizations\":[{\"id\":\"b\",\"kind\":\"branch\",\"name\":\"").Concat(new byte[] { 0xD6, 0xD0, 0xFF }).Concat(Encoding.UTF8.GetBytes("\"}]}")).ToArray();
        var result = PartyOrgDocument.Load(bytes);
        result.Success.Should().BeFalse();
        result.Problems.Should().ContainSingle().Which.ToString().Should().StartWith("$: the document is not valid UTF-8").And.Contain("line 1");
    }

    [Fact]
    public void Load_Utf8Bom_IsAccepted() =>
        PartyOrgDocument.Load(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{\"organizations\":[]}")).ToArray()).Success.Should().BeTrue();

    [Fact]
    public void Load_Utf16_IsAProblem() =>
        PartyOrgDocument.Load(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{\"organizations\":[]}")).ToArray())
            .Problems.Single().Message.Should().Contain("UTF-16");

    [Fact]
    public void Load_DeepNesting_IsAProblemNotAnException()
    {
        var json = "{\"organizations\":[],\"x-deep\":" + new string('[', 10_000) + new string(']', 10_000) + "}";
        var result = PartyOrgDocument.Parse(json);
        result.Problems.Single().ToString().Should().StartWith("$: not valid JSON at line 1").And.Contain("nesting limit is 64");
    }

    [Fact]
    public void Load_TooLarge_StopsReadingAtTheLimit()
    {
        var options = new PartyOrgLoadOptions { MaxBytes = 100 };
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("{\"organizations\":[],\"x-pad\":\"" + new string('a', 200) + "\"}"));
        var result = PartyOrgDocument.Load(stream, options);
        result.Problems.Single().Message.Should().StartWith("the document is larger than the limit of 100 bytes");
    }

    [Fact]
    public void Load_TooLarge_NotSeekable_StopsReadingAtTheLimit()
    {
        var options = new PartyOrgLoadOptions { MaxBytes = 100 };
        using var stream = new BufferedStream(new NonSeekable(Encoding.UTF8.GetBytes("{\"organizations\":[],\"x-pad\":\"" + new string('a', 200) + "\"}")));
        var result = PartyOrgDocument.Load(stream, options);
        result.Problems.Single().Message.Should().StartWith("the document is larger than the limit of 100 bytes");
    }

    [Fact]
    public void Load_ExactlyAtTheByteLimit_IsRead()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"organizations\":[{\"id\":\"b\",\"kind\":\"branch\",\"name\":\"b\"}]}");
        using var stream = new NonSeekable(bytes);
        PartyOrgDocument.Load(stream, new PartyOrgLoadOptions { MaxBytes = bytes.Length }).Success.Should().BeTrue();
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(1, false)]
    public void Load_ArrayLengthLimit_CountsSectionElements(int limit, bool success)
    {
        var json = "{\"organizations\":[{\"id\":\"b\",\"kind\":\"branch\",\"name\":\"b\"},{\"id\":\"c\",\"kind\":\"branch\",\"name\":\"c\"}]}";
        var result = PartyOrgDocument.Parse(json, new PartyOrgLoadOptions { MaxArrayLength = limit });
        result.Success.Should().Be(success);
        if (!success)
        {
            result.Problems.Single().ToString().Should().Be("$.organizations: more than 1 elements; at most 1 are accepted in one array (PartyOrgLoadOptions.MaxArrayLength); split the document");
        }
    }

    [Fact]
    public void Load_ArrayLengthLimit_CountsNestedArrays()
    {
        var json = "{\"organizations\":[{\"id\":\"b\",\"kind\":\"branch\",\"name\":\"b\"}],\"meetings\":[{\"id\":\"m\",\"organization\":\"b\",\"kinds\":[\"general-meeting\"],\"date\":\"2026-01-05\",\"attendees\":[\"a\",\"b\",\"c\"]}]}";
        var result = PartyOrgDocument.Parse(json, new PartyOrgLoadOptions { MaxArrayLength = 2 });
        result.Problems.Select(p => p.ToString()).Should().Contain("$.meetings[0].attendees: more than 2 elements; at most 2 are accepted in one array (PartyOrgLoadOptions.MaxArrayLength); split the document");
    }

    [Fact]
    public void Load_SectionsInAnyOrder_GiveTheSameProblemsInTheSameOrder()
    {
        const string Organizations = "\"organizations\":[{\"id\":\"b\",\"kind\":\"branchx\",\"name\":\"b\"}]";
        const string Members = "\"members\":[{\"id\":\"m\",\"name\":\"m\",\"branch\":\"b\",\"status\":\"fullx\"}]";
        const string AsOf = "\"asOf\":\"2026-02-30\"";
        var forward = PartyOrgDocument.Parse("{" + AsOf + "," + Organizations + "," + Members + "}").Problems.Select(p => p.ToString()).ToArray();
        var backward = PartyOrgDocument.Parse("{" + Members + "," + Organizations + ",\"x-y\":1," + AsOf + "}").Problems.Select(p => p.ToString()).ToArray();
        forward.Should().HaveCount(3);
        backward.Should().Equal(forward);
    }

    [Fact]
    public void GetDocumentOrThrow_ListsEveryProblem()
    {
        var act = () => PartyOrgDocument.Parse("{\"organizations\":[{\"id\":\"b\",\"kind\":\"x\",\"name\":\"x\",\"form\":\"y\"}]}").GetDocumentOrThrow();
        act.Should().Throw<InvalidDocumentException>().Which.Problems.Should().HaveCount(2);
    }

    [Fact]
    public void Profile_OwnProfileName_IsAcceptedWhenListed_ButNotGuessed()
    {
        var options = new PartyOrgLoadOptions { ProfileNames = new[] { "anhui-organs" } };
        var doc = PartyOrgDocument.Parse("{\"profile\":\"anhui-organs\",\"organizations\":[]}", options).GetDocumentOrThrow();
        doc.ProfileName.Should().Be("anhui-organs");
        var act = () => doc.Profile;
        act.Should().Throw<System.InvalidOperationException>().WithMessage("*anhui-organs*");
        PartyOrgDocument.Parse("{\"organizations\":[]}").GetDocumentOrThrow().Profile.Name.Should().Be("state-organs");
    }

    /// <summary>A stream that cannot seek (like standard input).</summary>
    private sealed class NonSeekable : MemoryStream
    {
        public NonSeekable(byte[] bytes)
            : base(bytes)
        {
        }

        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
