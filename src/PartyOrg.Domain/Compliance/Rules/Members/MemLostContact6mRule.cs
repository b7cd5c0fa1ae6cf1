using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.DevelopmentRuleSupport;

namespace PartyOrg.Domain.Compliance;

/// <summary>MEM-LOST-CONTACT-6M: a member out of contact for 6 months or more has Party standing suspended.</summary>
internal sealed class MemLostContact6mRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "MEM-LOST-CONTACT-6M",
        category: RuleCategory.Membership,
        title: new LocalizedText("失去联系6个月以上的党员予以停止党籍", "Out of contact 6 months or more: suspend Party standing"),
        messageFormat: MemberMessage,
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.MemberEducationRegulations, 24) },
        confidence: SourceConfidence.VerifiedFullText,
        parameters: new ParameterKey[] { DevelopmentParameters.LostContactMonths },
        remarks: new LocalizedText(
            "「对失去联系6个月以上的党员…予以停止党籍」：since + 6个月（参数 membership.lost-contact-months）≤ 检查日（「以上」含本数），未恢复联系（contactRestoredOn）且未停止党籍（suspendedOn）的，报告。",
            "\"对失去联系6个月以上的党员…予以停止党籍\": since + 6 months (parameter membership.lost-contact-months) ≤ the as-of date (\"以上\" includes six), contact not restored and standing not suspended: a finding on the member."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        var lost = context.Input.Relations?.LostContacts;
        if (lost is null)
        {
            return;
        }

        foreach (var l in lost)
        {
            var six = l.Since.PlusMonths(context.Parameter(DevelopmentParameters.LostContactMonths, l.Since));
            var restored = l.ContactRestoredOn is { } r && r <= six;
            if (six > context.AsOf || restored || l.SuspendedOn is not null || l.RemovedOn is not null)
            {
                continue;
            }

            var m = FindMember(context, l.MemberId);
            if (m is null)
            {
                continue;
            }

            context.Report(Definition, l.MemberId, m.BranchId, Calendars.ReportingPeriod.Custom(l.Since, context.AsOf), Text(D(six) + "起停止党籍", "Party standing suspended from " + D(six)),
                Text(D(l.Since) + "起失去联系，未停止党籍", "out of contact since " + D(l.Since) + ", not suspended"));
        }
    }
}
