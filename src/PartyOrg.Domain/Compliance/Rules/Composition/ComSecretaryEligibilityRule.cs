using System;
using System.Collections.Generic;
using System.Globalization;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.StructureIndex;

namespace PartyOrg.Domain.Compliance;

/// <summary>COM-SECRETARY-ELIGIBILITY: a branch secretary has, as a rule, at least 1 year of Party standing.</summary>
internal sealed class ComSecretaryEligibilityRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "COM-SECRETARY-ELIGIBILITY",
        category: RuleCategory.Composition,
        title: new LocalizedText("党支部书记一般应当具有1年以上党龄", "A branch secretary has, as a rule, at least 1 year of Party standing"),
        messageFormat: new LocalizedText(
            "党支部“{branch}”书记{subject}的党龄为{years}年，不足{minimumYears}年：党支部书记一般应当具有{minimumYears}年以上党龄。",
            "{subject}, secretary of branch \"{branch}\", has {years} years of Party standing, less than {minimumYears}: a branch secretary has, as a rule, at least {minimumYears} years."),
        arguments: new[] { "minimumYears", "branch", "years" },
        defaultSeverity: Severity.Warning,
        citations: new[] { new Citation(Regulation.BranchWorkRegulations, 23) },
        confidence: SourceConfidence.VerifiedExcerpt,
        parameters: new ParameterKey[] { StructuralParameters.SecretaryMinPartyStandingYears },
        remarks: new LocalizedText(
            "党龄自转为正式党员之日起算（fullSince）；预备党员党龄为0；正式党员缺少fullSince时无法判断，不报。",
            "Party standing counts from full membership (fullSince); a probationary member has 0; a full member without fullSince is not decidable and not reported."));

    public override RuleDescriptor Descriptor => Definition;

    /// <inheritdoc/>
    internal override int Cost => 4; // every secretary

    public override void Evaluate(ComplianceContext context)
    {
        var min = context.Parameter(StructuralParameters.SecretaryMinPartyStandingYears);
        var tree = context.Tree;
        foreach (var (org, i) in Of(context).Existing(o => o.IsBranch))
        {
            foreach (var pi in tree.PostIndicesOf(i))
            {
                var post = tree.Posts[pi];
                if (post.Kind != PostKind.Secretary || !post.IsHeldOn(context.AsOf))
                {
                    continue;
                }

                var member = tree.Members[tree.PostMemberIndex(pi)];
                int? years = member.StatusOn(context.AsOf) == MembershipStatus.Full ? member.PartyStandingYears(context.AsOf) : 0;
                if (years is { } y && y < min)
                {
                    context.Report(Descriptor, member.Id, org.Id, null, new LocalizedText("党龄≥ " + Text(min) + "年", "≥ " + Text(min) + " years"),
                        new LocalizedText(Text(y) + "年", Text(y) + " years"), min, org.Name, y);
                }
            }
        }
    }
}
