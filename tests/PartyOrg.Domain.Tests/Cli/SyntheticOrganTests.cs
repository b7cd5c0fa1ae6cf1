using System.IO;
using System.Linq;
using FluentAssertions;
using PartyOrg.Cli;
using PartyOrg.Cli.Generation;
using PartyOrg.Domain.Organizations;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

/// <summary>The synthetic data generator of the benchmarks and <c>partyorg generate</c>.</summary>
public class SyntheticOrganTests
{
    private static readonly SyntheticDocument City = SyntheticOrgan.Generate(SyntheticSize.City);

    [Fact]
    public void Generate_Small_BuildsWithoutDataProblems()
    {
        var document = SyntheticOrgan.Generate(SyntheticSize.Small);

        document.CreateBuilder().Validate().Should().BeEmpty();
        document.Organizations.Count(o => o.IsBranch).Should().Be(20);
        document.Members.Should().HaveCount(400);
    }

    [Fact]
    public void Generate_City_HasExactBranchAndMemberCountsAndValidTree()
    {
        City.CreateBuilder().Validate().Should().BeEmpty();
        City.Organizations.Count(o => o.IsBranch).Should().Be(2000);
        City.Organizations.Count(o => o.Kind == OrganizationKind.OrganCommittee).Should().Be(100);
        City.Organizations.Count(o => o.Kind == OrganizationKind.LeadingGroup).Should().Be(100);
        City.Organizations.Count(o => o.Kind == OrganizationKind.GeneralBranch).Should().BeGreaterThan(0);
        City.Organizations.Count(o => o.Kind == OrganizationKind.PartyGroup).Should().BeGreaterThan(1000);
        City.Members.Should().HaveCount(40000);
    }

    [Fact]
    public void Generate_City_HasRealisticShapes()
    {
        var sizes = City.Members.GroupBy(m => m.BranchId).ToDictionary(g => g.Key, g => g.Count());
        var regular = City.Organizations.Where(o => o.IsBranch && o.Form == BranchForm.Regular).Select(o => sizes[o.Id]).ToArray();
        regular.Min().Should().BeGreaterThanOrEqualTo(5);
        regular.Max().Should().BeLessThanOrEqualTo(60);

        var probationaryShare = City.Members.Count(m => !m.IsFull) / (double)City.Members.Count;
        probationaryShare.Should().BeInRange(0.03, 0.07);

        var secretaries = City.Posts.Where(p => p.Kind == PostKind.Secretary).Select(p => p.OrganizationId).ToHashSet();
        City.Organizations.Where(o => o.IsBranch).Should().OnlyContain(o => secretaries.Contains(o.Id));

        var tree = City.BuildTree();
        var needCommittee = tree.Organizations.Where(o => o.IsBranch && tree.MemberCount(o.Id).Full >= 7).ToArray();
        var withCommittee = needCommittee.Count(o => tree.PostsOf(o.Id).Any(p => p.Kind == PostKind.CommitteeMember));
        (withCommittee / (double)needCommittee.Length).Should().BeInRange(0.9, 0.995, "a few branches lack a committee on purpose");
    }

    [Fact]
    public void Generate_SameSeed_SameData()
    {
        var again = SyntheticOrgan.Generate(SyntheticSize.City);

        again.Organizations.Should().Equal(City.Organizations);
        again.Members.Select(m => (m.Id, m.Name, m.Status, m.BranchId, m.GroupId, m.AdmittedOn))
            .Should().Equal(City.Members.Select(m => (m.Id, m.Name, m.Status, m.BranchId, m.GroupId, m.AdmittedOn)));
        again.Posts.Should().Equal(City.Posts);
        again.MeetingCount.Should().Be(City.MeetingCount);
    }

    [Fact]
    public void Generate_OtherSeed_SameCountsOtherData()
    {
        var other = SyntheticOrgan.Generate(SyntheticSize.Small, seed: 7);
        var small = SyntheticOrgan.Generate(SyntheticSize.Small);

        other.Members.Should().HaveCount(small.Members.Count);
        other.Members.Select(m => m.Name).Should().NotEqual(small.Members.Select(m => m.Name));
    }

    [Fact]
    public void DeterministicRandom_SameSeed_SameSequence()
    {
        var a = new DeterministicRandom(42);
        var b = new DeterministicRandom(42);

        Enumerable.Range(0, 100).Select(_ => a.Next(1000)).Should().Equal(Enumerable.Range(0, 100).Select(_ => b.Next(1000)));
        new DeterministicRandom(42).NextUInt64().Should().Be(new DeterministicRandom(42).NextUInt64());
    }

    [Fact]
    public void SyntheticSize_Parse_UnknownName_Throws()
    {
        var act = () => SyntheticSize.Parse("country");

        act.Should().Throw<System.ArgumentException>().WithMessage("*country*small, city or province*");
    }

    [Fact]
    public void GenerateCommand_UnknownSize_ExitsWithBadInput()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = CliApp.Run(new[] { "generate", "--size", "country" }, new StringReader(string.Empty), stdout, stderr);

        code.Should().Be(CliApp.BadInput);
        stderr.ToString().Should().Contain("small, city, province");
    }
}
