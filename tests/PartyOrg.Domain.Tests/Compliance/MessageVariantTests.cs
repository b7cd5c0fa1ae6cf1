using System;
using System.Linq;
using FluentAssertions;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Regulations;
using PartyOrg.Domain.Tests.TestSupport;
using Xunit;

namespace PartyOrg.Domain.Tests.Compliance;

/// <summary>Named placeholders and named message variants on a descriptor, reported through the public API.</summary>
public sealed class MessageVariantTests
{
    private static RuleDescriptor Descriptor(LocalizedText message, params MessageVariant[] variants) => new(
        "APP-BRANCH-SIZE", RuleCategory.Organization, new LocalizedText("应用规则", "An application's rule"), message, Severity.Error,
        new[] { new Citation(Regulation.BranchWorkRegulations, 4) }, arguments: new[] { "fullMembers", "minimum" }, variants: variants);

    private sealed class AppRule : IComplianceRule
    {
        public RuleDescriptor Descriptor { get; } = MessageVariantTests.Descriptor(
            new LocalizedText("党支部“{subject}”正式党员{fullMembers}人，少于{minimum}人。", "Branch \"{subject}\" has {fullMembers} full members, fewer than {minimum}."),
            new MessageVariant("close", new LocalizedText("党支部“{subject}”正式党员{fullMembers}人，接近{minimum}人。", "Branch \"{subject}\" has {fullMembers}, close to {minimum}."), Severity.Info));

        public void Evaluate(ComplianceContext context)
        {
            foreach (var org in context.Tree.Organizations.Where(o => o.IsBranch))
            {
                var full = context.Tree.MemberCount(org.Id).Full;
                if (full < 5)
                {
                    context.Report(Descriptor, org.Id, org.Id, null, "≥ 5", full.ToString(System.Globalization.CultureInfo.InvariantCulture), full, 5);
                }
                else if (full == 5)
                {
                    context.ReportVariant(Descriptor, "close", org.Id, org.Id, null, new LocalizedText("≥ 5", "≥ 5"), new LocalizedText("5", "5"), full, 5);
                }
            }
        }
    }

    [Fact]
    public void NamedPlaceholders_AndVariants_RenderAndCapSeverity()
    {
        var profile = ComplianceProfile.StateOrgans.WithRule(new AppRule());
        var kit = TreeKit.Organ().Branch("b-4", "oc", 4).Branch("b-5", "oc", 5);
        var findings = kit.Check(profile).ForRule("APP-BRANCH-SIZE").ToArray();
        findings.Select(f => f.SubjectId).Should().Equal("b-4", "b-5");
        findings[0].Severity.Should().Be(Severity.Error);
        findings[0].Message.Chinese.Should().Contain("正式党员4人，少于5人");
        findings[0].Message.English.Should().Contain("has 4 full members, fewer than 5");
        findings[1].Severity.Should().Be(Severity.Info, "the variant is at most info");
        findings[1].Message.English.Should().Contain("close to 5");
    }

    [Fact]
    public void APlaceholderWithoutItsArgument_IsRefused()
    {
        var act = () => Descriptor(new LocalizedText("{fullMembers} {maximum}", "{fullMembers} {maximum}"));
        act.Should().Throw<ArgumentException>().WithMessage("*{maximum}*");
    }

    [Fact]
    public void AnUnknownVariant_IsRefused()
    {
        var profile = ComplianceProfile.StateOrgans;
        var d = Descriptor(new LocalizedText("{fullMembers}", "{fullMembers}"));
        var context = new ComplianceChecker(profile.WithRule(new ThrowingVariantRule(d)));
        var act = () => context.Check(new ComplianceInput(TreeKit.Organ().Branch("b", "oc", 3).Build(), new NodaTime.LocalDate(2026, 11, 22)));
        act.Should().Throw<ArgumentException>().WithMessage("*no message variant \"nope\"*");
    }

    private sealed class ThrowingVariantRule : IComplianceRule
    {
        public ThrowingVariantRule(RuleDescriptor descriptor) => Descriptor = descriptor;

        public RuleDescriptor Descriptor { get; }

        public void Evaluate(ComplianceContext context) =>
            context.ReportVariant(Descriptor, "nope", "b", "b", null, new LocalizedText("1", "1"), new LocalizedText("2", "2"));
    }
}
