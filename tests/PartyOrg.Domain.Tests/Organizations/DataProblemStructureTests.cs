using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Dues;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Terms;
using PartyOrg.Domain.Tests.Json;
using PartyOrg.Domain.Tests.TestSupport;
using Xunit;

namespace PartyOrg.Domain.Tests.Organizations;

/// <summary>
/// The structured side of a <see cref="DataProblem"/>: the id it names as missing (kind and id) and the other element
/// its message points at, set by the validators so that a caller never has to read them back out of the text.
/// </summary>
public sealed class DataProblemStructureTests
{
    private static readonly LocalDate Day = new(2024, 1, 1);

    private static OrganizationTreeBuilder Base() => new OrganizationTreeBuilder()
        .Add(new Organization("oc", OrganizationKind.OrganCommittee, "机关党委"))
        .Add(new Organization("b-1", OrganizationKind.Branch, "一支部", "oc"))
        .Add(new Organization("b-2", OrganizationKind.Branch, "二支部", "oc"))
        .Add(new Member("m-1", "甲", MembershipStatus.Full, "b-1"))
        .Add(new Member("m-2", "乙", MembershipStatus.Full, "b-1"));

    private static OrganizationTree Tree() => Base().Build();

    [Fact]
    public void TreeBuilder_UnknownParent_NamesTheMissingOrganization()
    {
        var p = Base().Add(new Organization("b-9", OrganizationKind.Branch, "九支部", "nowhere")).Validate().Should().ContainSingle().Subject;
        p.Message.Should().Be("organization \"b-9\": no organization \"nowhere\" (parent)");
        p.MissingReference.Should().Be(new DataReference(ReferenceKind.Organization, "nowhere"));
        p.MissingReference!.Kind.Should().Be(ReferenceKind.Organization);
        p.MissingReference.Id.Should().Be("nowhere");
        p.Related.Should().BeNull();
    }

    [Fact]
    public void TreeBuilder_UnknownRegistrationAndGroup_NameTheMissingOrganizations()
    {
        var problems = Base().Add(new Member("m-3", "丙", MembershipStatus.Full, "b-x", "g-x")).Validate();
        problems.Select(p => p.MissingReference).Should().Equal(DataReference.Organization("b-x"), DataReference.Organization("g-x"));
    }

    [Fact]
    public void TreeBuilder_PostByUnknownMember_NamesTheMissingMember()
    {
        var p = Base().Add(new Post("b-1", "m-x", PostKind.Secretary, Day)).Validate().Should().ContainSingle().Subject;
        p.Message.Should().Be("post in \"b-1\": no member \"m-x\"");
        p.MissingReference.Should().Be(DataReference.Member("m-x"));
        p.MissingReference!.Kind.Collection.Should().Be("members");
    }

    [Fact]
    public void TreeBuilder_ProblemThatIsNoMissingReference_HasNone()
    {
        // The parent exists but is of the wrong kind: nothing is missing.
        var p = Base().Add(new Organization("b-9", OrganizationKind.Branch, "九支部", "b-1")).Validate().Should().ContainSingle().Subject;
        p.Message.Should().Contain("\"b-1\"");
        p.MissingReference.Should().BeNull();
    }

    [Fact]
    public void TreeBuilder_DuplicateMember_PointsAtTheFirstByLocation()
    {
        var p = Base().Add(new Member("m-1", "甲", MembershipStatus.Full, "b-1")).Validate().Should().ContainSingle().Subject;
        p.Path.Should().Be("$.members[2].id");
        p.Message.Should().Be("duplicate member id \"m-1\" (first at $.members[0]); ids must be unique");
        p.Related.Should().Be(new DataLocation("members", 0));
        p.MissingReference.Should().BeNull();
        p.MessageWith(at => "$." + at.Collection + "[" + (at.Index + 7) + "]").Should().Be("duplicate member id \"m-1\" (first at $.members[7]); ids must be unique");
    }

    [Fact]
    public void TreeBuilder_MemberInTwoBranches_AndDuplicateOrganization_PointAtTheFirst()
    {
        var twice = Base().Add(new Member("m-2", "乙", MembershipStatus.Full, "b-2")).Validate().Should().ContainSingle().Subject;
        twice.Message.Should().Be("member \"m-2\" is registered in two branches (\"b-1\" at $.members[1] and \"b-2\"); a member belongs to exactly one regular branch");
        twice.Related.Should().Be(new DataLocation("members", 1));
        twice.MessageWith(_ => "X").Should().Be("member \"m-2\" is registered in two branches (\"b-1\" at X and \"b-2\"); a member belongs to exactly one regular branch");

        var org = Base().Add(new Organization("b-2", OrganizationKind.Branch, "又一支部", "oc")).Validate().Should().ContainSingle().Subject;
        org.Message.Should().Be("duplicate organization id \"b-2\" (first at $.organizations[2]); ids must be unique");
        org.Related.Should().Be(new DataLocation("organizations", 2));
    }

    [Fact]
    public void TermSet_UnknownOrganizationAndApprover_NameTheMissingOrganizations()
    {
        var adjustment = new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2027, 6, 1), "oc-x", new LocalDate(2026, 1, 1));
        var problems = TermSet.Validate(Tree(), new[] { new Term("b-x", Day), new Term("b-1", Day, adjustment: adjustment) });
        problems.Select(p => (p.Path, p.Message, p.MissingReference)).Should().Equal(
            ("$.terms[0].organization", "no organization \"b-x\"", DataReference.Organization("b-x")),
            ("$.terms[1].adjustment.approvedBy", "no organization \"oc-x\"", DataReference.Organization("oc-x")));
    }

    [Fact]
    public void TermSet_KnownOrganization_HasNoProblem() =>
        TermSet.Validate(Tree(), new[] { new Term("b-1", Day) }).Should().BeEmpty();

    [Fact]
    public void MeetingLog_UnknownAttendeeAbsenteeAndLecturer_NameTheMissingMembers()
    {
        var record = new MeetingRecord("mt-1", "b-1", Day, new[] { MeetingKind.PartyLecture }, new[] { "m-1", "m-x" },
            new[] { new MeetingAbsence("m-y", AbsenceReason.List.First()) }, lecturerId: "m-z");
        var problems = MeetingLog.Validate(Tree(), new[] { record });
        problems.Select(p => (p.Path, p.Message, p.MissingReference)).Should().Equal(
            ("$.meetings[0].attendees[1]", "no member \"m-x\"", DataReference.Member("m-x")),
            ("$.meetings[0].absences[0].member", "no member \"m-y\"", DataReference.Member("m-y")),
            ("$.meetings[0].lecturer", "no member \"m-z\"", DataReference.Member("m-z")));
    }

    [Fact]
    public void MeetingLog_UnknownOrganization_NamesTheMissingOrganization()
    {
        var problems = MeetingLog.Validate(Tree(), new[] { new MeetingRecord("mt-1", "b-x", Day, new[] { MeetingKind.ThemedPartyDay }) });
        problems.Should().ContainSingle().Which.MissingReference.Should().Be(DataReference.Organization("b-x"));
    }

    [Fact]
    public void DuesLedger_UnknownMember_NamesIt_AndASecondRowPointsAtTheFirst()
    {
        var march = new YearMonth(2026, 3);
        var rows = new[] { new DuesLedgerRow("m-1", march, 6500m), new DuesLedgerRow("m-x", march, 6500m), new DuesLedgerRow("m-1", march, 6600m) };
        var problems = DuesLedger.Validate(Tree(), rows);
        problems.Should().HaveCount(2);
        problems[0].Message.Should().Be("no member \"m-x\"");
        problems[0].MissingReference.Should().Be(DataReference.Member("m-x"));
        problems[0].Related.Should().BeNull();
        problems[1].Message.Should().Be("a second row for member \"m-1\" and month 2026-03 (the first is $.dues[0]); the ledger has one row per member and month");
        problems[1].Related.Should().Be(new DataLocation("dues", 0));
        problems[1].MissingReference.Should().BeNull();
    }

    [Fact]
    public void RelatedConstructor_JoinsTheParts_AndMessageWithRendersThePath()
    {
        var p = new DataProblem("members", 3, "m-1", "id", "dup (first at ", new DataLocation("members", 0), ")");
        p.Message.Should().Be("dup (first at $.members[0])");
        p.MessageWith(at => at.Collection + "#" + at.Index).Should().Be("dup (first at members#0)");
        p.Equals(new DataProblem("members", 3, "m-1", "id", "dup (first at $.members[0])")).Should().BeTrue("the structure is not part of equality");
    }

    [Fact]
    public void MessageWith_WithoutRelated_IsTheMessage_AndNeverCallsTheRenderer()
    {
        var p = new DataProblem("members", 3, "m-1", "id", "text with $.members[0] written in it");
        p.MessageWith(_ => throw new InvalidOperationException("not called")).Should().Be("text with $.members[0] written in it");
        p.Related.Should().BeNull();
        p.MissingReference.Should().BeNull();
    }

    [Fact]
    public void Guards_NullPartsAndNegativeIndex_AreRejected_ZeroIsAccepted()
    {
        var at = new DataLocation("members", 0);
        at.Path.Should().Be("$.members[0]");
        ((Action)(() => new DataLocation("members", -1))).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("index");
        ((Action)(() => new DataLocation(" ", 0))).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("collection");
        ((Action)(() => new DataProblem("members", 0, "m", null, "a", null!, "b"))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("related");
        ((Action)(() => new DataProblem("members", 0, "m", null, null!, at, "b"))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("messageBefore");
        ((Action)(() => new DataProblem("members", 0, "m", null, "a", at, null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("messageAfter");
        ((Action)(() => new DataReference(null!, "x"))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("kind");
        ((Action)(() => new DataProblem("members", 0, "m", null, "a").MessageWith(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("pathOf");
    }

    [Fact]
    public void DataReference_ReadsAsKindAndQuotedId()
    {
        DataReference.Organization("b-9").ToString().Should().Be("organization \"b-9\"");
        DataReference.Member("m-1").ToString().Should().Be("member \"m-1\"");
        ReferenceKind.Organization.Collection.Should().Be("organizations");
        new DataReference(ReferenceKind.Member, null!).Id.Should().BeEmpty();
    }

    [Fact]
    public void EveryReferenceToNothingInTheDomain_CarriesItsStructure()
    {
        // A problem saying "no organization \"x\"" or "no member \"x\"" must say so in MissingReference too, or the
        // loader reports it although the element it names was refused already (an exception is a thrown error).
        var root = RepoFiles.PathOf("src", "PartyOrg.Domain");
        var lines = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select(l => (File: Path.GetFileName(f), Line: l.Trim())))
            .Where(x => !x.Line.StartsWith("///", StringComparison.Ordinal)
                && (x.Line.Contains("no organization \\\"", StringComparison.Ordinal) || x.Line.Contains("no member \\\"", StringComparison.Ordinal)))
            .ToArray();
        lines.Should().HaveCountGreaterThan(20, "the scan must see the validators' messages");
        lines.Where(x => !x.Line.Contains("DataReference.", StringComparison.Ordinal) && !x.Line.StartsWith("throw ", StringComparison.Ordinal))
            .Should().BeEmpty();
    }
}
