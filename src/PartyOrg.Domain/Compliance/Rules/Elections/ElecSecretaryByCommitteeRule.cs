using System.Collections.Generic;
using System.Globalization;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Elections;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// ELEC-SECRETARY-BY-COMMITTEE: the secretary and deputies are elected (by the committee, or by the 党员大会 of a
/// branch without a committee) and approved by the higher organization; those in office match those elected.
/// </summary>
internal sealed class ElecSecretaryByCommitteeRule : Rule
{
    internal static readonly RuleDescriptor Definition = ElectionRuleSupport.Descriptor(
        id: "ELEC-SECRETARY-BY-COMMITTEE", zhTitle: "书记、副书记由委员会选举并报上级批准", enTitle: "Secretary and deputies elected by the committee and approved above", severity: Severity.Error,
        citations: new[] { new Citation(Regulation.BranchWorkRegulations, 21), new Citation(Regulation.Constitution, 31), new Citation(Regulation.OrganRegulations, 8) },
        confidence: SourceConfidence.VerifiedExcerpt,
        zhRemarks: "选出的书记、副书记应当报上级党组织批准（未记录批准为错误）；在任书记、副书记与最近一次换届选举结果不一致为警告（可能系上级指派，TERM-HIGHER-CAN-APPOINT）。委员会选举书记时，应到会人数为委员会委员，同样须超过半数（来源：实践模板，条款待核）。未记录选举结果时不检查。",
        enRemarks: "The secretary and deputies elected must be approved by the higher organization (an error when no approval is recorded); a secretary or deputy in office who differs from the last general election's result is a warning (the higher organization may have appointed them, TERM-HIGHER-CAN-APPOINT). When the committee elects the secretary, its members are the entitled voters and the same more-than-half rule applies (source: practice templates; article unconfirmed). Nothing is checked when the results are not recorded.",
        readsNumbers: false);

    private static readonly RuleDescriptor SoftDefinition = ElectionRuleSupport.Soft(Definition);

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        var tallies = ElectionRuleSupport.Tallies(context);
        var log = context.Input.Elections;
        if (tallies is null || log is null)
        {
            return;
        }

        foreach (var t in tallies)
        {
            if (t.Outcome is null)
            {
                continue;
            }

            foreach (var reason in t.Reasons)
            {
                if (reason.RuleId == Definition.Id && !reason.Passed)
                {
                    ElectionRuleSupport.Report(context, Descriptor, t.Record, reason.Expected, reason.Actual, reason.Citations, reason.Chinese, reason.English);
                }
            }
        }

        var tree = context.Tree;
        foreach (var org in tree.Organizations)
        {
            if (!org.HasTerm || !org.ExistsOn(context.AsOf) || log.LastGeneralElection(org.Id, context.AsOf) is not { SecretaryElected: { } elected } record)
            {
                continue;
            }

            if (record.SecretaryApprovedBy is null || (record.SecretaryApprovedOn is { } on && on > context.AsOf))
            {
                ElectionRuleSupport.Report(context, Descriptor, record, "approved by a higher organization", "not approved", Descriptor.Citations,
                    "选出的书记、副书记未记录上级党组织的批准。", "No approval of the elected secretary and deputies by the higher organization is recorded.",
                    new LocalizedText("经上级党组织批准", "approved by a higher organization"), new LocalizedText("未经批准", "not approved"));
            }

            string? secretaryInOffice = null;
            var deputiesInOffice = new List<string>();
            foreach (var p in tree.PostsOf(org.Id, context.AsOf))
            {
                if (p.Kind == PostKind.Secretary)
                {
                    secretaryInOffice ??= p.MemberId;
                }
                else if (p.Kind == PostKind.DeputySecretary)
                {
                    deputiesInOffice.Add(p.MemberId);
                }
            }

            if (secretaryInOffice is not null && secretaryInOffice != elected)
            {
                ElectionRuleSupport.Report(context, SoftDefinition, record, elected, secretaryInOffice, Descriptor.Citations,
                    $"在任书记“{context.DisplayName(secretaryInOffice)}”不是{record.Date:uuuu-MM-dd}选举产生的书记“{context.DisplayName(elected)}”（如系上级指派，应有指派记录）。",
                    $"The secretary in office \"{secretaryInOffice}\" is not the one elected on {record.Date:uuuu-MM-dd} (\"{elected}\"); an appointment by the higher organization should be on record.");
            }

            foreach (var d in deputiesInOffice)
            {
                var found = false;
                foreach (var e in record.DeputySecretariesElected)
                {
                    if (e == d)
                    {
                        found = true;
                        break;
                    }
                }

                if (!found)
                {
                    ElectionRuleSupport.Report(context, SoftDefinition, record, string.Join(", ", record.DeputySecretariesElected), d, Descriptor.Citations,
                        $"在任副书记“{context.DisplayName(d)}”不在{record.Date:uuuu-MM-dd}选举产生的副书记之列。",
                        $"The deputy secretary in office \"{d}\" was not elected deputy on {record.Date:uuuu-MM-dd}.");
                }
            }
        }
    }
}
