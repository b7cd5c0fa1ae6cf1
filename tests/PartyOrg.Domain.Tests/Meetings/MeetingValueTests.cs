using System;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using Xunit;

namespace PartyOrg.Domain.Tests.Meetings;

/// <summary>Direct tests of the meeting values: guards with their exact parameter, boundaries, equality, text and vocabularies.</summary>
public sealed class MeetingValueTests
{
    private static readonly LocalDate Day = new(2026, 3, 10);

    // ---- MeetingVote ----

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(10_000_000, 10_000_000, 10_000_000)]
    public void Vote_CountsFromZeroToTheMaximum_AreAccepted(int votesFor, int against, int abstain)
    {
        var v = new MeetingVote("接收张三为预备党员", votesFor, against, abstain);

        v.For.Should().Be(votesFor);
        v.Against.Should().Be(against);
        v.Abstain.Should().Be(abstain);
        v.Total.Should().Be(votesFor + against + abstain);
    }

    [Theory]
    [InlineData(-1, 0, 0, "for")]
    [InlineData(10_000_001, 0, 0, "for")]
    [InlineData(0, -1, 0, "against")]
    [InlineData(0, 10_000_001, 0, "against")]
    [InlineData(0, 0, -1, "abstain")]
    [InlineData(0, 0, 10_000_001, "abstain")]
    public void Vote_CountOutOfRange_IsRefusedNamingIt(int votesFor, int against, int abstain, string parameter)
    {
        var act = () => new MeetingVote("item", votesFor, against, abstain);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter).WithMessage("Expected a count from 0 to 10000000.*");
    }

    [Fact]
    public void Vote_ValuesDefaultsAndText()
    {
        var v = new MeetingVote("item", 7, 2, 1, false);

        v.Item.Should().Be("item");
        v.RecordedAsPassed.Should().BeFalse();
        v.Total.Should().Be(10);
        v.ToString().Should().Be("item: 7/2/1");
        var d = new MeetingVote("item", 7);
        d.Against.Should().Be(0);
        d.Abstain.Should().Be(0);
        d.RecordedAsPassed.Should().BeTrue();
        MeetingVote.MaxCount.Should().Be(10_000_000);
        FluentActions.Invoking(() => new MeetingVote(null!, 1)).Should().Throw<ArgumentNullException>().WithParameterName("item");
        FluentActions.Invoking(() => new MeetingVote(" ", 1)).Should().Throw<ArgumentException>().WithParameterName("item");
    }

    [Fact]
    public void Vote_Equality_ComparesEveryField()
    {
        var a = new MeetingVote("item", 7, 2, 1);
        var same = new MeetingVote("item", 7, 2, 1);

        a.Equals(same).Should().BeTrue();
        a.Equals((object)same).Should().BeTrue();
        a.GetHashCode().Should().Be(same.GetHashCode());
        foreach (var other in new[]
                 {
                     new MeetingVote("other", 7, 2, 1), new MeetingVote("item", 8, 2, 1), new MeetingVote("item", 7, 3, 1),
                     new MeetingVote("item", 7, 2, 2), new MeetingVote("item", 7, 2, 1, false),
                 })
        {
            a.Equals(other).Should().BeFalse(other.ToString());
            a.Equals((object)other).Should().BeFalse(other.ToString());
        }

        a.Equals((MeetingVote?)null).Should().BeFalse();
        a!.Equals((object?)null).Should().BeFalse();
        a!.GetHashCode().Should().NotBe(new MeetingVote("item", 8, 2, 1).GetHashCode());
        a.GetHashCode().Should().NotBe(new MeetingVote("item", 7, 3, 1).GetHashCode());
    }

    // ---- MeetingAbsence and AbsenceReason ----

    [Fact]
    public void Absence_ValuesGuardsAndEquality()
    {
        var a = new MeetingAbsence("m1", AbsenceReason.Other, "外出学习");

        a.MemberId.Should().Be("m1");
        a.Reason.Should().Be(AbsenceReason.Other);
        a.Note.Should().Be("外出学习");
        a.ToString().Should().Be("m1: other");
        new MeetingAbsence("m1", AbsenceReason.Leave, " ").Note.Should().BeNull();
        new MeetingAbsence("m1", AbsenceReason.Leave).Note.Should().BeNull();
        FluentActions.Invoking(() => new MeetingAbsence(" ", AbsenceReason.Leave)).Should().Throw<ArgumentException>().WithParameterName("memberId");
        FluentActions.Invoking(() => new MeetingAbsence("m1", null!)).Should().Throw<ArgumentNullException>().WithParameterName("reason");

        a.Equals(new MeetingAbsence("m1", AbsenceReason.Other, "外出学习")).Should().BeTrue();
        a.Equals((object)new MeetingAbsence("m1", AbsenceReason.Other, "外出学习")).Should().BeTrue();
        a.GetHashCode().Should().Be(new MeetingAbsence("m1", AbsenceReason.Other, "外出学习").GetHashCode());
        a.Equals(new MeetingAbsence("m2", AbsenceReason.Other, "外出学习")).Should().BeFalse();
        a.Equals(new MeetingAbsence("m1", AbsenceReason.Leave, "外出学习")).Should().BeFalse();
        a.Equals(new MeetingAbsence("m1", AbsenceReason.Other, "其他")).Should().BeFalse();
        a.Equals((MeetingAbsence?)null).Should().BeFalse();
        a!.Equals((object?)null).Should().BeFalse();
        a!.GetHashCode().Should().NotBe(new MeetingAbsence("m1", AbsenceReason.Leave, "外出学习").GetHashCode());
    }

    [Theory]
    [InlineData("leave", 1, "请假", "leave", true)]
    [InlineData("illness", 2, "病假", "illness", true)]
    [InlineData("business-travel", 3, "出差", "business travel", true)]
    [InlineData("other", 4, "其他正当理由", "other proper reason", true)]
    [InlineData("no-reason", 5, "无故缺席", "no reason", false)]
    public void AbsenceReason_Members(string name, int value, string chinese, string english, bool proper)
    {
        var r = AbsenceReason.FromName(name);

        r.Should().BeSameAs(AbsenceReason.FromValue(value));
        r.ChineseName.Should().Be(chinese);
        r.EnglishName.Should().Be(english);
        r.IsProper.Should().Be(proper);
        AbsenceReason.List.Should().HaveCount(5);
    }

    // ---- MeetingKind ----

    [Theory]
    [InlineData("general-meeting", 1, "党员大会", "general meeting of members", "organ-committee,basic-committee,general-branch,branch")]
    [InlineData("committee-meeting", 2, "支部委员会会议", "committee meeting", "organ-committee,basic-committee,general-branch,branch")]
    [InlineData("group-meeting", 3, "党小组会", "Party group meeting", "party-group")]
    [InlineData("party-lecture", 4, "党课", "Party lecture", "basic-committee,branch,general-branch,leading-group,organ-committee,party-group,working-committee")]
    [InlineData("themed-party-day", 5, "主题党日", "themed Party day", "organ-committee,basic-committee,general-branch,branch")]
    [InlineData("organizational-life-meeting", 6, "组织生活会", "organizational life meeting", "organ-committee,basic-committee,general-branch,branch,party-group")]
    [InlineData("democratic-appraisal", 7, "民主评议党员", "democratic appraisal of members", "organ-committee,basic-committee,general-branch,branch,party-group")]
    [InlineData("democratic-life-meeting", 8, "民主生活会", "democratic life meeting", "leading-group,organ-committee,basic-committee,working-committee")]
    [InlineData("organ-assembly", 9, "机关党员干部大会", "organ assembly of members and cadres", "organ-committee,basic-committee,general-branch,branch")]
    [InlineData("delegate-congress", 10, "党员代表大会", "congress of delegates", "organ-committee,basic-committee")]
    public void MeetingKind_Members(string name, int value, string chinese, string english, string heldBy)
    {
        var k = MeetingKind.FromName(name);

        k.Should().BeSameAs(MeetingKind.FromValue(value));
        k.ChineseName.Should().Be(chinese);
        k.EnglishName.Should().Be(english);
        string.Join(",", k.HeldBy.Select(o => o.Name)).Should().Be(heldBy);
        foreach (var o in OrganizationKind.List)
        {
            k.CanBeHeldBy(o).Should().Be(k.HeldBy.Contains(o), o.Name);
        }

        MeetingKind.List.Should().HaveCount(10);
    }

    [Fact]
    public void MeetingKind_CanBeHeldBy_Null_IsRefused() =>
        FluentActions.Invoking(() => MeetingKind.GeneralMeeting.CanBeHeldBy(null!)).Should().Throw<ArgumentNullException>().WithParameterName("kind");

    // ---- MeetingRecord ----

    [Fact]
    public void Record_KeepsEveryValue()
    {
        var absence = new MeetingAbsence("m3", AbsenceReason.Illness);
        var vote = new MeetingVote("item", 2);
        var r = new MeetingRecord("r1", "b1", Day, new[] { MeetingKind.ThemedPartyDay, MeetingKind.PartyLecture }, new[] { "m1", "m2" }, new[] { absence }, "m1", "党课", new[] { vote });

        r.Id.Should().Be("r1");
        r.OrganizationId.Should().Be("b1");
        r.Date.Should().Be(Day);
        r.Kinds.Should().Equal(MeetingKind.ThemedPartyDay, MeetingKind.PartyLecture);
        r.Attendees.Should().Equal("m1", "m2");
        r.Absences.Should().Equal(absence);
        r.LecturerId.Should().Be("m1");
        r.Topic.Should().Be("党课");
        r.Votes.Should().Equal(vote);
        r.Counts(MeetingKind.ThemedPartyDay).Should().BeTrue();
        r.Counts(MeetingKind.PartyLecture).Should().BeTrue();
        r.Counts(MeetingKind.GeneralMeeting).Should().BeFalse();
        r.ToString().Should().Be("r1: themed-party-day+party-lecture at b1 on 2026-03-10");
        FluentActions.Invoking(() => r.Counts(null!)).Should().Throw<ArgumentNullException>().WithParameterName("kind");
    }

    [Fact]
    public void Record_Defaults()
    {
        var r = new MeetingRecord("r1", "b1", Day, new[] { MeetingKind.GeneralMeeting }, topic: " ");

        r.Attendees.Should().BeEmpty();
        r.Absences.Should().BeEmpty();
        r.Votes.Should().BeEmpty();
        r.LecturerId.Should().BeNull();
        r.Topic.Should().BeNull();
    }

    [Theory]
    [InlineData(1899, 12, 31, false)]
    [InlineData(1900, 1, 1, true)]
    [InlineData(2199, 12, 31, true)]
    [InlineData(2200, 1, 1, false)]
    public void Record_Date_MustBeSupported(int year, int month, int day, bool accepted)
    {
        var act = () => new MeetingRecord("r1", "b1", new LocalDate(year, month, day), new[] { MeetingKind.GeneralMeeting });

        if (accepted)
        {
            act().Date.Should().Be(new LocalDate(year, month, day));
        }
        else
        {
            act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
        }
    }

    [Fact]
    public void Record_Guards()
    {
        var kinds = new[] { MeetingKind.GeneralMeeting };
        FluentActions.Invoking(() => new MeetingRecord(" ", "b1", Day, kinds)).Should().Throw<ArgumentException>().WithParameterName("id");
        FluentActions.Invoking(() => new MeetingRecord("r1", " ", Day, kinds)).Should().Throw<ArgumentException>().WithParameterName("organizationId");
        FluentActions.Invoking(() => new MeetingRecord("r1", "b1", Day, null!)).Should().Throw<ArgumentNullException>().WithParameterName("kinds");
        FluentActions.Invoking(() => new MeetingRecord("r1", "b1", Day, Array.Empty<MeetingKind>())).Should().Throw<ArgumentException>().WithParameterName("kinds")
            .WithMessage("Meeting \"r1\" needs at least one kind.*");
        const string nullMessage = "Meeting \"r1\" has a null kind, attendee, absence or vote.*";
        FluentActions.Invoking(() => new MeetingRecord("r1", "b1", Day, new[] { MeetingKind.GeneralMeeting, null! })).Should().Throw<ArgumentException>().WithParameterName("kinds").WithMessage(nullMessage);
        FluentActions.Invoking(() => new MeetingRecord("r1", "b1", Day, kinds, new[] { "m1", null! })).Should().Throw<ArgumentException>().WithMessage(nullMessage);
        FluentActions.Invoking(() => new MeetingRecord("r1", "b1", Day, kinds, absences: new MeetingAbsence[] { null! })).Should().Throw<ArgumentException>().WithMessage(nullMessage);
        FluentActions.Invoking(() => new MeetingRecord("r1", "b1", Day, kinds, votes: new MeetingVote[] { null! })).Should().Throw<ArgumentException>().WithMessage(nullMessage);
        FluentActions.Invoking(() => new MeetingRecord("r1", "b1", Day, kinds, lecturerId: " ")).Should().Throw<ArgumentException>().WithParameterName("lecturerId");
    }

    [Fact]
    public void Record_Copies_ChangeOnlyTheirOwnValues()
    {
        var absence = new MeetingAbsence("m3", AbsenceReason.Illness);
        var vote = new MeetingVote("item", 2);
        var r = new MeetingRecord("r1", "b1", Day, new[] { MeetingKind.GeneralMeeting }, new[] { "m1" }, new[] { absence }, "m1", "topic", new[] { vote });

        r.WithDate(Day.PlusDays(1)).Should().Be(new MeetingRecord("r1", "b1", Day.PlusDays(1), new[] { MeetingKind.GeneralMeeting }, new[] { "m1" }, new[] { absence }, "m1", "topic", new[] { vote }));
        r.WithAttendance(new[] { "m2" }).Should().Be(new MeetingRecord("r1", "b1", Day, new[] { MeetingKind.GeneralMeeting }, new[] { "m2" }, new[] { absence }, "m1", "topic", new[] { vote }));
        r.WithAttendance(new[] { "m2" }, Array.Empty<MeetingAbsence>()).Absences.Should().BeEmpty();
        r.WithVotes(Array.Empty<MeetingVote>()).Should().Be(new MeetingRecord("r1", "b1", Day, new[] { MeetingKind.GeneralMeeting }, new[] { "m1" }, new[] { absence }, "m1", "topic"));
        r.WithLecturer("m2").Should().Be(new MeetingRecord("r1", "b1", Day, new[] { MeetingKind.GeneralMeeting }, new[] { "m1" }, new[] { absence }, "m2", "topic", new[] { vote }));
        r.WithLecturer(null, "new").Should().Be(new MeetingRecord("r1", "b1", Day, new[] { MeetingKind.GeneralMeeting }, new[] { "m1" }, new[] { absence }, null, "new", new[] { vote }));
        FluentActions.Invoking(() => r.WithDate(new LocalDate(2200, 1, 1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
    }

    [Fact]
    public void Record_Equality_ComparesEveryField()
    {
        static MeetingRecord Make(string id = "r1", string org = "b1", int day = 10, MeetingKind? kind = null, string attendee = "m1", AbsenceReason? reason = null,
            string? lecturer = "m1", string? topic = "t", int votes = 2) =>
            new(id, org, new LocalDate(2026, 3, day), new[] { kind ?? MeetingKind.GeneralMeeting }, new[] { attendee },
                new[] { new MeetingAbsence("m3", reason ?? AbsenceReason.Illness) }, lecturer, topic, new[] { new MeetingVote("item", votes) });

        var a = Make();
        a.Equals(Make()).Should().BeTrue();
        a.Equals((object)Make()).Should().BeTrue();
        a.GetHashCode().Should().Be(Make().GetHashCode());
        foreach (var other in new[]
                 {
                     Make(id: "r2"), Make(org: "b2"), Make(day: 11), Make(kind: MeetingKind.PartyLecture), Make(attendee: "m2"),
                     Make(reason: AbsenceReason.Leave), Make(lecturer: "m2"), Make(topic: "u"), Make(votes: 3),
                 })
        {
            a.Equals(other).Should().BeFalse(other.ToString());
        }

        a.Equals((MeetingRecord?)null).Should().BeFalse();
        a!.Equals((object?)null).Should().BeFalse();
        a!.GetHashCode().Should().NotBe(Make(day: 11).GetHashCode());
    }

    // ---- SchedulingWindow ----

    [Theory]
    [InlineData(1, 1, true)]
    [InlineData(1, 12, true)]
    [InlineData(12, 12, true)]
    [InlineData(0, 5, false)]
    [InlineData(13, 13, false)]
    [InlineData(5, 4, false)]
    [InlineData(5, 13, false)]
    public void SchedulingWindow_Months(int first, int last, bool accepted)
    {
        var act = () => new SchedulingWindow(first, last);

        if (accepted)
        {
            act().Should().Match<SchedulingWindow>(w => w.FirstMonth == first && w.LastMonth == last);
        }
        else
        {
            act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("lastMonth").WithMessage($"Months {first}–{last}: expected 1 ≤ first ≤ last ≤ 12.*");
        }
    }

    [Fact]
    public void SchedulingWindow_Within_ClipsToThePeriod()
    {
        var q4 = SchedulingWindow.FourthQuarter;

        q4.Should().Be(new SchedulingWindow(10, 12));
        q4.ToString().Should().Be("months 10–12");
        q4.Within(ReportingPeriod.Year(2026)).Should().Equal(new DateInterval(new LocalDate(2026, 10, 1), new LocalDate(2026, 12, 31)));
        q4.Within(ReportingPeriod.Month(2026, 11)).Should().Equal(new DateInterval(new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 30)));
        q4.Within(ReportingPeriod.Month(2026, 9)).Should().BeNull();
        q4.Within(ReportingPeriod.Month(2026, 10)).Should().Equal(new DateInterval(new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 31)));
        new SchedulingWindow(2, 2).Within(ReportingPeriod.Year(2024))!.End.Should().Be(new LocalDate(2024, 2, 29));
        new SchedulingWindow(2, 2).Within(ReportingPeriod.Custom(new LocalDate(2026, 2, 10), new LocalDate(2026, 2, 20)))
            .Should().Equal(new DateInterval(new LocalDate(2026, 2, 10), new LocalDate(2026, 2, 20)));
        new SchedulingWindow(12, 12).Within(ReportingPeriod.Year(9999))!.End.Should().Be(LocalDate.MaxIsoValue);
    }

    [Fact]
    public void SchedulingWindow_Equality()
    {
        var a = new SchedulingWindow(3, 5);

        a.Equals(new SchedulingWindow(3, 5)).Should().BeTrue();
        a.Equals((object)new SchedulingWindow(3, 5)).Should().BeTrue();
        a.GetHashCode().Should().Be(new SchedulingWindow(3, 5).GetHashCode());
        a.Equals(new SchedulingWindow(4, 5)).Should().BeFalse();
        a.Equals(new SchedulingWindow(3, 6)).Should().BeFalse();
        a.Equals((SchedulingWindow?)null).Should().BeFalse();
        a!.Equals((object?)null).Should().BeFalse();
        a!.GetHashCode().Should().NotBe(new SchedulingWindow(3, 6).GetHashCode()).And.NotBe(new SchedulingWindow(4, 5).GetHashCode());
    }

    // ---- OrganizationScope ----

    [Fact]
    public void Scope_Guards()
    {
        FluentActions.Invoking(() => new OrganizationScope(null!)).Should().Throw<ArgumentNullException>().WithParameterName("kinds");
        FluentActions.Invoking(() => new OrganizationScope(Array.Empty<OrganizationKind>())).Should().Throw<ArgumentException>().WithParameterName("kinds")
            .WithMessage("A scope needs at least one organization kind, and none may be null.*");
        FluentActions.Invoking(() => new OrganizationScope(new[] { OrganizationKind.Branch, null! })).Should().Throw<ArgumentException>().WithParameterName("kinds");
        FluentActions.Invoking(() => new OrganizationScope(new[] { OrganizationKind.Branch }, new[] { BranchForm.Regular, null! })).Should().Throw<ArgumentException>()
            .WithParameterName("forms").WithMessage("A branch form is null.*");
        FluentActions.Invoking(() => OrganizationScope.Branches.Includes(null!)).Should().Throw<ArgumentNullException>().WithParameterName("organization");
    }

    [Fact]
    public void Scope_Includes_ByKindAndForm()
    {
        var regular = new Organization("b1", OrganizationKind.Branch, "支部", form: BranchForm.Regular);
        var temporary = new Organization("tb", OrganizationKind.Branch, "临时支部", form: BranchForm.Temporary);
        var committee = new Organization("oc", OrganizationKind.OrganCommittee, "机关党委");
        var regularOnly = new OrganizationScope(new[] { OrganizationKind.Branch, OrganizationKind.OrganCommittee }, new[] { BranchForm.Regular, BranchForm.Joint });

        OrganizationScope.Branches.Includes(regular).Should().BeTrue();
        OrganizationScope.Branches.Includes(temporary).Should().BeTrue();
        OrganizationScope.Branches.Includes(committee).Should().BeFalse();
        regularOnly.Includes(regular).Should().BeTrue();
        regularOnly.Includes(temporary).Should().BeFalse();
        regularOnly.Includes(committee).Should().BeTrue("forms only apply to organizations that have one");
    }

    [Fact]
    public void Scope_ValuesTextAndEquality()
    {
        var s = new OrganizationScope(new[] { OrganizationKind.Branch, OrganizationKind.Branch }, new[] { BranchForm.Regular, BranchForm.Joint, BranchForm.Regular }, true, true);

        s.Kinds.Should().Equal(OrganizationKind.Branch);
        s.Forms.Should().Equal(BranchForm.Regular, BranchForm.Joint);
        s.OnlyWithCommittee.Should().BeTrue();
        s.OnlyOrganTop.Should().BeTrue();
        s.ToString().Should().Be("branch (regular, joint), with committee, organ's top organization");
        OrganizationScope.Branches.ToString().Should().Be("branch");
        OrganizationScope.Branches.Forms.Should().BeEmpty();
        OrganizationScope.Branches.OnlyWithCommittee.Should().BeFalse();
        OrganizationScope.Branches.OnlyOrganTop.Should().BeFalse();

        var same = new OrganizationScope(new[] { OrganizationKind.Branch }, new[] { BranchForm.Regular, BranchForm.Joint }, true, true);
        s.Equals(same).Should().BeTrue();
        s.Equals((object)same).Should().BeTrue();
        s.GetHashCode().Should().Be(same.GetHashCode());
        foreach (var other in new[]
                 {
                     new OrganizationScope(new[] { OrganizationKind.GeneralBranch }, new[] { BranchForm.Regular, BranchForm.Joint }, true, true),
                     new OrganizationScope(new[] { OrganizationKind.Branch }, new[] { BranchForm.Regular }, true, true),
                     new OrganizationScope(new[] { OrganizationKind.Branch }, new[] { BranchForm.Regular, BranchForm.Joint }, false, true),
                     new OrganizationScope(new[] { OrganizationKind.Branch }, new[] { BranchForm.Regular, BranchForm.Joint }, true, false),
                 })
        {
            s.Equals(other).Should().BeFalse(other.ToString());
        }

        s.Equals((OrganizationScope?)null).Should().BeFalse();
        s!.Equals((object?)null).Should().BeFalse();
        s!.GetHashCode().Should().NotBe(new OrganizationScope(new[] { OrganizationKind.Branch }, new[] { BranchForm.Regular, BranchForm.Joint }, false, true).GetHashCode());
        s.GetHashCode().Should().NotBe(new OrganizationScope(new[] { OrganizationKind.Branch }, new[] { BranchForm.Regular, BranchForm.Joint }, true, false).GetHashCode());
    }
}
