using PartyOrg.Domain.Development;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.DevelopmentRuleSupport;

namespace PartyOrg.Domain.Compliance;

/// <summary>MEM-PARTY-AGE: Party standing counts from the end of probation, whatever the dates of the conversion meeting and approval.</summary>
internal sealed class MemPartyAgeRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "MEM-PARTY-AGE",
        category: RuleCategory.Membership,
        title: new LocalizedText("党龄从预备期满转为正式党员之日算起", "Party standing counts from the end of probation"),
        messageFormat: MemberMessage,
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.Constitution, 7) },
        confidence: SourceConfidence.VerifiedFullText,
        parameters: new ParameterKey[] { DevelopmentParameters.Intervals },
        remarks: new LocalizedText(
            "「党员的党龄，从预备期满转为正式党员之日算起」：经发展记录转正（已批准）的党员，fullSince 须等于预备期满之日（支部大会 + 1年 + 延长月数），与转正会议和审批的日期无关；党龄不含预备期。",
            "\"党员的党龄，从预备期满转为正式党员之日算起\": a member converted through a record (approved) has fullSince equal to the end of probation (meeting + 1 year + extension months), whatever the dates of the conversion meeting and approval; 党龄 never includes the probation year."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        foreach (var a in Applicants(context))
        {
            if (a.MemberId is null || a.Conversion?.ApprovedOn is null || a.Admission is null)
            {
                continue;
            }

            var id = a.MemberId;
            var probationEnd = DevelopmentDates.ProbationEnd(a, Intervals(context, a.Admission.Meeting));
            if (probationEnd is null)
            {
                continue;
            }

            var end = probationEnd.Value;
            var m = FindMember(context, id);
            if (m is null)
            {
                continue;
            }

            if (m.FullSince != end)
            {
                context.Report(Definition, id, m.BranchId, null, Text("党龄自" + D(end) + "起算", "full since " + D(end)),
                    m.FullSince is null ? Text("未记录转正日期", "no fullSince recorded") : Text("记录为" + D(m.FullSince.Value) + "起", "recorded full since " + D(m.FullSince.Value)));
            }
        }
    }
}
