using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.StructureIndex;

namespace PartyOrg.Domain.Compliance;

/// <summary>ORG-PROJECT-BRANCH-6M: a project of 6 months or more with at least 3 full participants sets up a branch.</summary>
internal sealed class OrgProjectBranch6mRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "ORG-PROJECT-BRANCH-6M",
        category: RuleCategory.Organization,
        title: new LocalizedText("为期6个月以上的项目符合条件的应当成立党支部", "A project of 6 months or more sets up a branch"),
        messageFormat: new LocalizedText(
            "临时党支部“{subject}”所在项目为期{actual}个月（{months}个月以上），有正式党员{fullMembers}人：按规定应当成立党支部，请确认是否需要转接组织关系、成立正式党支部。",
            "Temporary branch \"{subject}\": its project lasts {actual} months ({months} or more) with {fullMembers} full members; such a project sets up a branch — check whether the members' registration should move to a regular branch."),
        arguments: new[] { "months", "fullMembers" },
        defaultSeverity: Severity.Info,
        citations: new[] { new Citation(Regulation.BranchWorkRegulations, 5) },
        confidence: SourceConfidence.VerifiedExcerpt,
        parameters: new ParameterKey[] { StructuralParameters.ProjectBranchMinMonths, StructuralParameters.BranchMinFullMembers },
        remarks: new LocalizedText(
            "只能对有成立日期和计划结束日期的临时党支部判断（项目本身不在数据中）；期限含本数，只计正式党员。",
            "Decidable only for temporary branches with establishedOn and plannedEndOn (projects are not in the data); the length is inclusive; counts full members only."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        var months = context.Parameter(StructuralParameters.ProjectBranchMinMonths);
        var min = context.Parameter(StructuralParameters.BranchMinFullMembers);
        foreach (var (org, _) in Of(context).Existing(o => o.IsTemporaryBranch && o.EstablishedOn is not null && o.PlannedEndOn is not null))
        {
            var length = NodaTime.Period.Between(org.EstablishedOn!.Value, org.PlannedEndOn!.Value, NodaTime.PeriodUnits.Months).Months;
            var full = context.Tree.MemberCount(org.Id).Full;
            if (length >= months && full >= min)
            {
                context.Report(Descriptor, org.Id, org.Id, null,
                    new LocalizedText("为期≥ " + Text(months) + "个月，正式党员≥ " + Text(min) + "名", "≥ " + Text(months) + " months, ≥ " + Text(min) + " full"),
                    new LocalizedText(Text(length) + "个月", Text(length)), months, full);
            }
        }
    }
}
