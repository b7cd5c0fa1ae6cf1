using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.StructureIndex;

namespace PartyOrg.Domain.Compliance;

/// <summary>ORG-JOINT-BRANCH: a joint branch covers, as a rule, no more than 5 units, each with fewer than 3 full members.</summary>
internal sealed class OrgJointBranchRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "ORG-JOINT-BRANCH",
        category: RuleCategory.Organization,
        title: new LocalizedText("联合党支部覆盖单位一般不超过5个", "A joint branch covers, as a rule, no more than 5 units"),
        messageFormat: new LocalizedText(
            "联合党支部“{subject}”：{problem}",
            "Joint branch \"{subject}\": {problemEn}"),
        arguments: new[] { "problem", "problemEn" },
        defaultSeverity: Severity.Warning,
        citations: new[] { new Citation(Regulation.BranchWorkRegulations, 5) },
        confidence: SourceConfidence.VerifiedExcerpt,
        parameters: new ParameterKey[] { StructuralParameters.JointBranchMaxUnits, StructuralParameters.BranchMinFullMembers },
        remarks: new LocalizedText(
            "需要覆盖单位数（coveredUnits）。两种情形：覆盖单位超过5个；正式党员数不少于3×覆盖单位数——按抽屉原理至少有一个单位有3名以上正式党员，应单独成立党支部。没有各单位人数时无法判断更多。",
            "Needs coveredUnits. Two cases: more than 5 units; or full members ≥ 3 × covered units — then by pigeonhole at least one unit has 3 or more full members and should have a branch of its own. Without per-unit counts nothing more is decidable."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        var maxUnits = context.Parameter(StructuralParameters.JointBranchMaxUnits);
        var min = context.Parameter(StructuralParameters.BranchMinFullMembers);
        foreach (var (org, _) in Of(context).Existing(o => o.Form == BranchForm.Joint && o.CoveredUnits is not null))
        {
            var units = org.CoveredUnits!.Value;

            if (units > maxUnits)
            {
                context.Report(Descriptor, org.Id, org.Id, null, new LocalizedText("≤ " + Text(maxUnits) + "个单位", "≤ " + Text(maxUnits) + " units"),
                    new LocalizedText(Text(units) + "个单位", Text(units) + " units"),
                    $"覆盖{units}个单位，超过{maxUnits}个（一般不超过{maxUnits}个）。",
                    $"covers {units} units, more than {maxUnits} (as a rule at most {maxUnits}).");
            }

            var full = context.Tree.MemberCount(org.Id).Full;
            if (full >= min * units)
            {
                context.Report(Descriptor, org.Id, org.Id, null, new LocalizedText("每个单位正式党员< " + Text(min) + "名", "< " + Text(min) + " full per unit"),
                    new LocalizedText(Text(units) + "个单位共有正式党员" + Text(full) + "名", Text(full) + " full in " + Text(units) + " units"),
                    $"{units}个单位共有正式党员{full}人，至少有一个单位正式党员达到{min}人，应当单独成立党支部。",
                    $"{units} units have {full} full members, so at least one unit has {min} or more and should have a branch of its own.");
            }
        }
    }
}
