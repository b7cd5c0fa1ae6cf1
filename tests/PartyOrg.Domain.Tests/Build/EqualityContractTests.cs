using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Dues;
using PartyOrg.Domain.Elections;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Leadership;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using PartyOrg.Domain.Terms;
using PartyOrg.Domain.Tests.Terms;
using Xunit;

namespace PartyOrg.Domain.Tests.Build;

/// <summary>
/// Every public <see cref="IEquatable{T}"/> type of the packages: two equal values built separately are equal (typed and
/// untyped Equals, hash code, == when declared), a value differing in one field is not, and null is never equal. A new
/// IEquatable type without a sample here fails <see cref="EveryPublicEquatableType_HasASample"/>.
/// </summary>
public sealed class EqualityContractTests
{
    private static readonly LocalDate D = new(2024, 3, 15);

    /// <summary>Per type: a factory of a value, and a factory of a value that differs in one field.</summary>
    private static readonly Dictionary<Type, (Func<object> Make, Func<object> Other)> Samples = new()
    {
        [typeof(CandidateVotes)] = (() => new CandidateVotes("m-1", 5, 1), () => new CandidateVotes("m-1", 5, 2)),
        [typeof(Citation)] = (() => new Citation(Regulation.Constitution, 31), () => new Citation(Regulation.Constitution, 30)),
        [typeof(DataLocation)] = (() => new DataLocation("members", 1), () => new DataLocation("members", 2)),
        [typeof(DataReference)] = (() => DataReference.Member("m-1"), () => DataReference.Organization("m-1")),
        [typeof(DataProblem)] = (() => new DataProblem("members", 1, "m-1", "branch", "x"), () => new DataProblem("members", 2, "m-1", "branch", "x")),
        [typeof(ElectionNumbers)] = (() => ElectionNumbers.National.WithQuorum(2, 3), () => ElectionNumbers.National.WithQuorum(3, 4)),
        [typeof(ElectionThreshold)] = (() => new ElectionThreshold(40, ThresholdBasis.Entitled, 40), () => new ElectionThreshold(40, ThresholdBasis.Present, 35)),
        [typeof(Finding)] = (() => MakeFinding("2"), () => MakeFinding("3")),
        [typeof(FixedDayPolicy)] = (() => FixedDayPolicy.DayOfMonth(5), () => FixedDayPolicy.DayOfMonth(6)),
        [typeof(JsonProblem)] = (() => new JsonProblem("$.members[0]", "x"), () => new JsonProblem("$.members[1]", "x")),
        [typeof(LeadershipReport)] = (() => new LeadershipReport(LeadershipReportKind.List.First(), "b", 2024, D), () => new LeadershipReport(LeadershipReportKind.List.First(), "b", 2025, D)),
        [typeof(LifeExemption)] = (() => new LifeExemption(LifeExemptionReason.List.First(), D), () => new LifeExemption(LifeExemptionReason.List.First(), D, D.PlusDays(30))),
        [typeof(LocalAuthority)] = (() => new LocalAuthority("京组通〔2017〕46号", D), () => new LocalAuthority("京组通〔2017〕46号", D.PlusDays(1))),
        [typeof(LocalizedText)] = (() => new LocalizedText("甲", "a"), () => new LocalizedText("甲", "b")),
        [typeof(MeetingAbsence)] = (() => new MeetingAbsence("m-1", AbsenceReason.List.First()), () => new MeetingAbsence("m-2", AbsenceReason.List.First())),
        [typeof(MeetingFrequency)] = (() => MeetingFrequency.Custom(new[] { new DateInterval(D, D.PlusDays(9)) }), () => MeetingFrequency.Custom(new[] { new DateInterval(D, D.PlusDays(10)) })),
        [typeof(MeetingObligation)] = (() => Obligations()[0], () => Obligations()[1]),
        [typeof(MeetingRecord)] = (() => new MeetingRecord("mt-1", "b", D, new[] { MeetingKind.List.OrderBy(k => k.Value).First() }, new[] { "m-1" }), () => new MeetingRecord("mt-1", "b", D, new[] { MeetingKind.List.OrderBy(k => k.Value).First() }, new[] { "m-2" })),
        [typeof(MeetingRequirement)] = (() => MeetingRequirements.CommitteeMonthly, () => MeetingRequirements.GroupMonthly),
        [typeof(MeetingRequirementSet)] = (() => new MeetingRequirementSet(new[] { MeetingRequirements.CommitteeMonthly }), () => new MeetingRequirementSet(new[] { MeetingRequirements.GroupMonthly })),
        [typeof(MeetingVote)] = (() => new MeetingVote("item", 5, 1), () => new MeetingVote("item", 5, 2)),
        [typeof(Member)] = (() => new Member("m-1", "甲", MembershipStatus.Full, "b"), () => new Member("m-1", "甲", MembershipStatus.Probationary, "b")),
        [typeof(Organization)] = (() => new Organization("b", OrganizationKind.Branch, "一支部", "gb"), () => new Organization("b", OrganizationKind.Branch, "二支部", "gb")),
        [typeof(OrganizationScope)] = (() => new OrganizationScope(new[] { OrganizationKind.Branch }), () => new OrganizationScope(new[] { OrganizationKind.Branch }, onlyWithCommittee: true)),
        [typeof(Post)] = (() => new Post("b", "m-1", PostKind.List.First(), D), () => new Post("b", "m-1", PostKind.List.First(), D.PlusDays(1))),
        [typeof(RightsRestriction)] = (() => new RightsRestriction(RestrictionKind.List.First(), D), () => new RightsRestriction(RestrictionKind.List.First(), D, D.PlusDays(1))),
        [typeof(RuleDescriptor)] = (() => RuleCatalog.Descriptors.First(), () => RuleCatalog.Descriptors.Skip(1).First()),
        [typeof(SchedulingWindow)] = (() => new SchedulingWindow(1, 3), () => new SchedulingWindow(1, 4)),
        [typeof(Term)] = (() => new Term("b", D, 3), () => new Term("b", D, 5)),
        [typeof(TermAdjustment)] = (() => new TermAdjustment(TermAdjustmentKind.List.First(), D), () => new TermAdjustment(TermAdjustmentKind.List.First(), D.PlusDays(1))),
        [typeof(TermLengths)] = (() => new TermLengths(5, 3, 3), () => new TermLengths(5, 3, 2)),
        [typeof(TermPolicy)] = (() => TermPolicy.Default.WithCurrent(new TermLengths(5, 3, 3)), () => TermPolicy.Default.WithCurrent(new TermLengths(5, 5, 5))),
        [typeof(TrainingRecord)] = (() => new TrainingRecord("m-1", 2024, 32m), () => new TrainingRecord("m-1", 2024, 32.5m)),
        [typeof(DuesAmount)] = (() => new DuesAmount(10.5m, 0.005m), () => new DuesAmount(10.5m, null)),
        [typeof(MemberCounts)] = (() => new MemberCounts(3, 1), () => new MemberCounts(3, 2)),
        [typeof(MemberThreshold)] = (() => MemberThreshold.AtLeast(3), () => MemberThreshold.MoreThan(3)),
        [typeof(ReportingPeriod)] = (() => ReportingPeriod.Month(2024, 3), () => ReportingPeriod.Month(2024, 4)),
    };

    public static TheoryData<string> Types()
    {
        var data = new TheoryData<string>();
        foreach (var t in Samples.Keys.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(t.FullName!);
        }

        return data;
    }

    [Fact]
    public void EveryPublicEquatableType_HasASample()
    {
        var assemblies = new[] { typeof(Organization).Assembly, typeof(PartyOrgDocument).Assembly };
        var equatable = assemblies.SelectMany(a => a.GetExportedTypes())
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>) && i.GetGenericArguments()[0] == t))
            .Where(t => !IsSmartEnum(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToArray();
        equatable.Should().NotBeEmpty();
        equatable.Where(t => !Samples.ContainsKey(t)).Select(t => t.FullName).Should().BeEmpty("every IEquatable type needs an equality sample here");
        Samples.Keys.Where(t => !equatable.Contains(t)).Select(t => t.FullName).Should().BeEmpty("a sample for a type that is no longer IEquatable is stale");
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Equality_HoldsItsContract(string typeName)
    {
        var (make, other) = Samples.Single(s => s.Key.FullName == typeName).Value;
        var type = Samples.Single(s => s.Key.FullName == typeName).Key;
        var a = make();
        var b = make();
        var c = other();
        a.GetType().Should().Be(type);
        c.GetType().Should().Be(type);

        var typedEquals = typeof(IEquatable<>).MakeGenericType(type).GetMethod("Equals")!;
        ((bool)typedEquals.Invoke(a, new[] { b })!).Should().BeTrue("two values built alike are equal");
        ((bool)typedEquals.Invoke(a, new[] { c })!).Should().BeFalse("values differing in one field are not equal");
        a.Equals(b).Should().BeTrue();
        a.Equals(c).Should().BeFalse();
        a.Equals(a).Should().BeTrue();
        object? none = null;
        object stranger = "not the type";
        a.Equals(none).Should().BeFalse();
        a.Equals(stranger).Should().BeFalse();
        a.GetHashCode().Should().Be(b.GetHashCode(), "equal values have equal hash codes");
        if (!type.IsValueType)
        {
            ((bool)typedEquals.Invoke(a, new object?[] { null })!).Should().BeFalse();
        }

        var eq = type.GetMethod("op_Equality", BindingFlags.Public | BindingFlags.Static);
        var ne = type.GetMethod("op_Inequality", BindingFlags.Public | BindingFlags.Static);
        if (eq is not null)
        {
            ((bool)eq.Invoke(null, new[] { a, b })!).Should().BeTrue();
            ((bool)eq.Invoke(null, new[] { a, c })!).Should().BeFalse();
            ne.Should().NotBeNull("== and != come in pairs");
            ((bool)ne!.Invoke(null, new[] { a, b })!).Should().BeFalse();
            ((bool)ne.Invoke(null, new[] { a, c })!).Should().BeTrue();
        }
    }

    private static bool IsSmartEnum(Type t)
    {
        for (var b = t.BaseType; b is not null; b = b.BaseType)
        {
            if (b.IsGenericType && b.GetGenericTypeDefinition().FullName!.StartsWith("Ardalis.SmartEnum.SmartEnum", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static Finding MakeFinding(string actual) =>
        new("ORG-BRANCH-MIN-MEMBERS", Severity.Error, "b", "b", ReportingPeriod.Year(2024), "≥ 3", actual,
            new[] { new Citation(Regulation.Constitution, 30) }, new LocalizedText("甲", "a"));

    private static IReadOnlyList<MeetingObligation> Obligations() =>
        new MeetingPlanner(new MeetingRequirementSet(new[]
            {
                new MeetingRequirement("TEST-BRANCH-MONTHLY", MeetingKind.List.OrderBy(k => k.Value).First(), new OrganizationScope(new[] { OrganizationKind.Branch }), MeetingFrequency.Monthly),
            }))
            .Plan(TermTestData.Tree(), new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 2, 29)));
}
