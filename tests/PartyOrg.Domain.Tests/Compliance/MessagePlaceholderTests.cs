using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Tests.TestSupport;
using Xunit;

namespace PartyOrg.Domain.Tests.Compliance;

/// <summary>Message formats name their placeholders, use every argument they declare, and state parameter values from the profile.</summary>
public sealed class MessagePlaceholderTests
{
    private static readonly Regex Positional = new(@"\{[0-9]+\}", RegexOptions.CultureInvariant);
    private static readonly LocalAuthority Authority = new("京组通〔2017〕46号", new LocalDate(2017, 6, 1));

    private static IEnumerable<(string Id, string Name, LocalizedText Format)> Formats(RuleDescriptor d) =>
        new[] { (d.Id, "message", d.MessageFormat) }.Concat(d.Variants.Values.Select(v => (d.Id, v.Name, v.Format)));

    [Fact]
    public void NoBuiltInRuleFormat_HasAPositionalPlaceholder()
    {
        var offenders = RuleCatalog.Rules.Select(r => r.Descriptor)
            .SelectMany(Formats)
            .Where(f => Positional.IsMatch(f.Format.Chinese) || Positional.IsMatch(f.Format.English))
            .Select(f => f.Id + " " + f.Name)
            .ToArray();
        offenders.Should().BeEmpty();
    }

    [Fact]
    public void EveryDeclaredArgument_IsUsedByAtLeastOneFormat()
    {
        var unused = new List<string>();
        foreach (var d in RuleCatalog.Rules.Select(r => r.Descriptor))
        {
            var texts = Formats(d).SelectMany(f => new[] { f.Format.Chinese, f.Format.English }).ToArray();
            unused.AddRange(d.Arguments.Where(a => !texts.Any(t => t.Contains("{" + a + "}"))).Select(a => d.Id + " {" + a + "}"));
        }

        unused.Should().BeEmpty();
    }

    [Fact]
    public void ThePositionalCheck_CatchesAPositionalFormat() =>
        Positional.IsMatch("党支部“{subject}”{0}").Should().BeTrue();

    [Fact]
    public void BranchCommitteeMaximum_DefaultProfile_MessageReadsSeven()
    {
        var kit = TreeKit.Organ().Branch("b", "oc", 20);
        kit.Leadership("b", kit.In("b").Take(8), deputies: 1);
        var f = kit.Check().ForRule("COM-BRANCH-COMMITTEE-SIZE").Single();
        f.Message.Chinese.Should().EndWith("的支部委员会有8人，多于7人（一般不超过7人）。");
        f.Message.English.Should().EndWith("has a committee of 8, more than 7 (as a rule no more than 7).");
    }

    [Fact]
    public void RenderMessage_GivesTheMessage_WithoutKeepingIt_UntilTheMessageIsKept()
    {
        var kit = TreeKit.Organ().Branch("b", "oc", 20);
        kit.Leadership("b", kit.In("b").Take(8), deputies: 1);
        var f = kit.Check().ForRule("COM-BRANCH-COMMITTEE-SIZE").Single();

        var once = f.RenderMessage();
        var again = f.RenderMessage();
        again.Should().NotBeSameAs(once, "a message rendered for one use is not kept");
        again.Should().Be(once);

        var kept = f.Message;
        kept.Should().Be(once);
        kept.English.Should().EndWith("has a committee of 8, more than 7 (as a rule no more than 7).");
        f.RenderMessage().Should().BeSameAs(kept, "once kept, the kept message is given");
    }

    [Fact]
    public void RaisingTheBranchCommitteeMaximum_ChangesTheMessage()
    {
        var profile = ComplianceProfile.StateOrgans.Overlay("large", new LocalizedText("大支委会", "large committees"), Authority)
            .Override(StructuralParameters.BranchCommitteeMaxSeats, 9)
            .Build();
        var kit = TreeKit.Organ().Branch("b", "oc", 20);
        kit.Leadership("b", kit.In("b").Take(10), deputies: 1);
        var f = kit.Check(profile).ForRule("COM-BRANCH-COMMITTEE-SIZE").Single();
        f.Message.Chinese.Should().EndWith("的支部委员会有10人，多于9人（一般不超过9人）。").And.NotContain("7");
        f.Message.English.Should().EndWith("has a committee of 10, more than 9 (as a rule no more than 9).").And.NotContain("7");
    }

    [Fact]
    public void RaisingTheBranchCommitteeMinimum_ChangesTheMessage()
    {
        var profile = ComplianceProfile.StateOrgans.Overlay("larger-minimum", new LocalizedText("支委会至少4人", "committees of 4"), Authority)
            .Override(StructuralParameters.BranchCommitteeMinSeats, 4)
            .Build();
        var kit = TreeKit.Organ().Branch("b", "oc", 20);
        kit.Leadership("b", kit.In("b").Take(3), deputies: 1);
        var f = kit.Check(profile).ForRule("COM-BRANCH-COMMITTEE-SIZE").Single();
        f.Message.Chinese.Should().EndWith("的支部委员会只有3人，少于4人（党支部委员会由4至5人组成）。");
        f.Message.English.Should().EndWith("has a committee of 3, fewer than 4 (a branch committee has 4 to 5 members).");
    }
}
