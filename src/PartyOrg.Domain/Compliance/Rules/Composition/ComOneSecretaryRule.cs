using System;
using System.Collections.Generic;
using System.Globalization;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.StructureIndex;

namespace PartyOrg.Domain.Compliance;

/// <summary>COM-ONE-SECRETARY (library-added): an organization has exactly one secretary at a time.</summary>
internal sealed class ComOneSecretaryRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "COM-ONE-SECRETARY",
        category: RuleCategory.Composition,
        title: new LocalizedText("党组织同一时间有且只有1名书记", "An organization has exactly one secretary at a time"),
        messageFormat: new LocalizedText("“{subject}”{problem}", "\"{subject}\" {problemEn}"),
        arguments: new[] { "problem", "problemEn" },
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.BranchWorkRegulations, 20, articleConfirmed: false), new Citation(Regulation.Constitution, 49) },
        confidence: SourceConfidence.VerifiedExcerpt,
        remarks: new LocalizedText(
            "本库增设的规则号（条文“设书记1人”“设1名书记”“党组设书记”）。两种情形：任何时候两名书记任期重叠；检查日存在的基层组织或党组没有书记（空缺）。",
            "A rule id added by this library (the texts say \"设书记1人\", \"设1名书记\", \"党组设书记\"). Two cases: two secretary posts overlapping at any time; an existing basic-level organization or leading group without a secretary on the check date (vacancy)."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        var tree = context.Tree;
        var index = Of(context);
        var secretaries = new List<Post>();
        for (var i = 0; i < tree.Organizations.Count; i++)
        {
            var org = tree.Organizations[i];
            if (org.Kind == OrganizationKind.PartyGroup)
            {
                continue;
            }

            secretaries.Clear();
            foreach (var pi in tree.PostIndicesOf(i))
            {
                if (tree.Posts[pi].Kind == PostKind.Secretary)
                {
                    secretaries.Add(tree.Posts[pi]);
                }
            }

            secretaries.Sort((a, b) => a.Since.CompareTo(b.Since));
            Post? longest = null;
            foreach (var current in secretaries)
            {
                var previous = longest;
                if (previous is null || (previous.Until is { } u && current.Until is { } cu && cu > u) || (previous.Until is not null && current.Until is null))
                {
                    longest = current;
                }

                if (previous is not null && (previous.Until is null || current.Since < previous.Until.Value))
                {
                    var when = current.Since.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
                    context.Report(Descriptor, org.Id, org.Id, null, new LocalizedText("1名书记", "1 secretary"), new LocalizedText("自" + when + "起2名", "2 secretaries from " + when),
                        $"自{when}起同时有两名书记（{previous.MemberId}、{current.MemberId}）。",
                        $"has two secretaries from {when} ({previous.MemberId}, {current.MemberId}).");
                }
            }

            var needsOne = org.Kind.IsBasicLevel || org.Kind == OrganizationKind.LeadingGroup;
            if (needsOne && index.Exists[i] && index.Secretaries[i] == 0)
            {
                context.Report(Descriptor, org.Id, org.Id, null, new LocalizedText("1名书记", "1 secretary"), new LocalizedText("0名", "0 secretaries"),
                    "检查日没有书记（职务空缺），应当及时补选。", "has no secretary on the check date (vacancy); it should be filled promptly by a by-election.");
            }
        }
    }
}
