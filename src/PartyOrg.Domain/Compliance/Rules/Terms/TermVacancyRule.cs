using System;
using System.Globalization;
using NodaTime;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using PartyOrg.Domain.Terms;

namespace PartyOrg.Domain.Compliance;

/// <summary>TERM-VACANCY: a vacant secretary seat, or fewer committee members than were elected, is filled promptly.</summary>
internal sealed class TermVacancyRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "TERM-VACANCY",
        category: RuleCategory.Term,
        title: new LocalizedText("班子成员空缺及时补选", "Vacancies are filled promptly"),
        messageFormat: new LocalizedText("“{subject}”{problem}（应为：{expected}；实际：{actual}），应当及时补选。", "\"{subject}\": {problemEn} (expected {expected}; actual {actual}); it should be filled promptly by a by-election."),
        arguments: new[] { "problem", "problemEn" },
        defaultSeverity: Severity.Warning,
        citations: new[] { new Citation(Regulation.BranchWorkRegulations, 21) },
        confidence: SourceConfidence.VerifiedExcerpt,
        remarks: new LocalizedText(
            "条文只要求“及时”补选，没有期限，故默认为警告。检查有在任任期的组织：在任委员少于最近一次换届选举的应选名额（需要选举记录）；检查日无书记在任（方案启用COM-ONE-SECRETARY时由该规则报告，本规则不重复报告）。确有必要时上级党组织可以指派书记、副书记。",
            "The text asks for a \"prompt\" by-election with no deadline, hence a warning by default. Checked for bodies with a term in office: fewer committee members than the seats of the last general election (needs the election records); no secretary on the as-of date (reported by COM-ONE-SECRETARY instead when the profile runs it, never twice). The higher organization may appoint a secretary or deputy where truly necessary."));

    public override RuleDescriptor Descriptor => Definition;

    /// <inheritdoc/>
    internal override int Cost => 8; // every elected body

    public override void Evaluate(ComplianceContext context)
    {
        var tree = context.Tree;
        var elections = context.Input.Elections;
        // One vacancy, one finding: where the profile runs the one-secretary rule, that rule reports the vacant seat (and
        // the posts need not be looked at here).
        var reportVacancy = !context.Profile.IsEnabled(ComOneSecretaryRule.Definition.Id);
        var posts = tree.PostArray;
        foreach (var e in TermRuleSupport.Entries(context))
        {
            var id = e.OrganizationId;
            if (reportVacancy && !HasSecretaryOn(tree, posts, tree.IndexOf(id), context.AsOf))
            {
                context.Report(Descriptor, id, id, null, new LocalizedText("1名书记", "1 secretary"), new LocalizedText("0名", "0"), "书记空缺", "the secretary's seat is vacant");
            }

            if (elections?.LastGeneralElection(id, context.AsOf) is { } last && last.Date >= e.Term.Start)
            {
                var seated = tree.LeadershipOn(id, context.AsOf).Count;
                if (seated < last.Input.Seats)
                {
                    context.Report(Descriptor, id, id, null, "≥ " + TermRuleSupport.Num(last.Input.Seats), TermRuleSupport.Num(seated),
                        $"在任委员{seated}名，少于{TermRuleSupport.Date(last.Date)}选举的应选名额{last.Input.Seats}名",
                        $"{seated} committee members in office, fewer than the {last.Input.Seats} seats elected on {TermRuleSupport.Date(last.Date)}");
                }
            }
        }
    }

    /// <summary>Whether a secretary post of the organization at <paramref name="index"/> is held on <paramref name="date"/>.</summary>
    private static bool HasSecretaryOn(OrganizationTree tree, Post[] posts, int index, NodaTime.LocalDate date)
    {
        foreach (var pi in tree.PostIndicesOf(index))
        {
            if (posts[pi].Kind == PostKind.Secretary && posts[pi].IsHeldOn(date))
            {
                return true;
            }
        }

        return false;
    }
}
