using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.DevelopmentRuleSupport;

namespace PartyOrg.Domain.Compliance;

/// <summary>MEM-LOST-CONTACT-REMOVAL-2Y: still out of contact 2 years after suspension: removed as having lapsed.</summary>
internal sealed class MemLostContactRemoval2yRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "MEM-LOST-CONTACT-REMOVAL-2Y",
        category: RuleCategory.Membership,
        title: new LocalizedText("停止党籍2年后仍无法取得联系的按自行脱党除名", "Still out of contact 2 years after suspension: removal"),
        messageFormat: MemberMessage,
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.MemberEducationRegulations, 24) },
        confidence: SourceConfidence.VerifiedFullText,
        parameters: new ParameterKey[] { DevelopmentParameters.LostContactRemovalYears },
        remarks: new LocalizedText(
            "「停止党籍2年后确实无法取得联系的，按照自行脱党予以除名」：suspendedOn + 2年 ≤ 检查日，未恢复联系且未除名（removedOn）的，报告。",
            "\"停止党籍2年后确实无法取得联系的，按照自行脱党予以除名\": suspendedOn + 2 years ≤ the as-of date, contact not restored and not removed: a finding on the member."));

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
            if (l.SuspendedOn is null || l.RemovedOn is not null)
            {
                continue;
            }

            var m = FindMember(context, l.MemberId);
            if (m is null)
            {
                continue;
            }

            var suspended = l.SuspendedOn.Value;

            var two = suspended.PlusYears(context.Parameter(DevelopmentParameters.LostContactRemovalYears, suspended));
            if (two > context.AsOf || (l.ContactRestoredOn is { } r && r <= two))
            {
                continue;
            }

            context.Report(Definition, l.MemberId, m.BranchId, Calendars.ReportingPeriod.Custom(suspended, context.AsOf), Text(D(two) + "起按自行脱党除名", "removed from " + D(two)),
                Text(D(suspended) + "停止党籍，仍无法联系，未除名", "suspended on " + D(suspended) + ", still out of contact, not removed"));
        }
    }
}
