using System.Linq;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.DevelopmentRuleSupport;

namespace PartyOrg.Domain.Compliance;

/// <summary>MEM-TRANSFER-REQUIRED: a member away 6 months or more at a relatively fixed place transfers the organisational relationship.</summary>
internal sealed class MemTransferRequiredRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "MEM-TRANSFER-REQUIRED",
        category: RuleCategory.Membership,
        title: new LocalizedText("外出6个月以上且地点相对固定的应当转移组织关系", "Away 6 months or more at a fixed place: transfer the relationship"),
        messageFormat: MemberMessage,
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.MemberEducationRegulations, 25) },
        confidence: SourceConfidence.VerifiedFullText,
        parameters: new ParameterKey[] { DevelopmentParameters.TransferRequiredMonths },
        remarks: new LocalizedText(
            "「外出学习、工作、生活6个月以上并且地点相对固定的，应当转移组织关系」：fixedPlace 为 true，left + 6个月 ≤ returned（未返回的为检查日），且自 left 起没有已转出（sentOn）的 transfers 记录的，报告在该党员上。需要 outflows 一节；没有 transfers 一节时视为未转出。",
            "\"外出学习、工作、生活6个月以上并且地点相对固定的，应当转移组织关系\": fixedPlace true, left + 6 months ≤ returned (or the as-of date while away), and no transfer sent since left: a finding on the member. Needs the outflows section; without a transfers section no transfer was sent."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        var outflows = context.Input.Relations?.Outflows;
        if (outflows is null)
        {
            return;
        }

        var transfers = context.Input.Relations?.Transfers;
        foreach (var o in outflows)
        {
            var until = o.Returned ?? context.AsOf;
            var six = o.Left.PlusMonths(context.Parameter(DevelopmentParameters.TransferRequiredMonths, o.Left));
            if (!o.FixedPlace || six > until)
            {
                continue;
            }

            var m = FindMember(context, o.MemberId);
            if (m is null)
            {
                continue;
            }

            if (transfers is not null && transfers.Any(t => t.MemberId == o.MemberId && t.SentOn is { } sent && sent >= o.Left))
            {
                continue;
            }

            context.Report(Definition, o.MemberId, m.BranchId, Calendars.ReportingPeriod.Custom(o.Left, until), Text(D(six) + "前转移组织关系", "the relationship transferred by " + D(six)),
                Text(D(o.Left) + "起在" + (o.Place ?? "外地") + "，未转移组织关系", "away at " + (o.Place ?? "another place") + " since " + D(o.Left) + " without a transfer"));
        }
    }
}
