using System;
using System.Globalization;
using NodaTime;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using PartyOrg.Domain.Terms;

namespace PartyOrg.Domain.Compliance;

/// <summary>TERM-ON-TIME: elections on time; postponements and advances approved and, as a rule, within 1 year.</summary>
internal sealed class TermOnTimeRule : Rule
{
    private static readonly LocalizedText ApprovedByHigher = new("经上级党组织批准", "approved by a higher organization");

    internal static readonly RuleDescriptor Definition = new(
        id: "TERM-ON-TIME",
        category: RuleCategory.Term,
        title: new LocalizedText("任期届满按期换届", "Term elections are held on time"),
        messageFormat: new LocalizedText("“{subject}”：{problem}（应为：{expected}；实际：{actual}）。", "\"{subject}\": {problemEn} (expected {expected}; actual {actual})."),
        arguments: new[] { "problem", "problemEn" },
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.ElectionRegulations, 3), new Citation(Regulation.TermOpinion, 2) },
        confidence: SourceConfidence.VerifiedExcerpt,
        parameters: new ParameterKey[] { TermParameters.Policy, TermParameters.Lengths },
        remarks: new LocalizedText(
            "任期届满应当按期换届；延期或提前须报上级党组织批准（批准日期晚于检查日的视为尚未批准）。在届满日前后“按期容差”（默认1个月）内换届视为按期。延长或提前一般不超过1年（超过为警告）；2018年7月12日前只限制延期（1990年暂行条例）。未记录任期的选举产生的组织给出提示。",
            "A term election is held when the term expires; a postponement or advance needs the higher organization's approval (an approval dated after the as-of date does not count yet). An election within the on-time tolerance (default 1 month) of the due date is on time. A postponement or advance is as a rule at most 1 year (a warning beyond); before 2018-07-12 only postponement was limited (1990 interim regulations). Elected bodies with no recorded term get an info finding."),
        variants: new[]
        {
            new MessageVariant("beyond-limit", new LocalizedText("“{subject}”：{problem}超过一般期限（应为：{expected}；实际：{actual}）。", "\"{subject}\": the {problemEn} exceeds the usual limit (expected {expected}; actual {actual})."), Severity.Warning),
            new MessageVariant("no-term-recorded", new LocalizedText("“{subject}”由选举产生，但未记录任期，无法核对是否按期换届。", "\"{subject}\" is elected but no term is recorded: on-time elections cannot be checked."), Severity.Info),
        });

    public override RuleDescriptor Descriptor => Definition;

    /// <inheritdoc/>
    internal override int Cost => 22; // builds the term calendar for the term rules

    public override void Evaluate(ComplianceContext context)
    {
        if (TermRuleSupport.Calendar(context) is not { } calendar)
        {
            return;
        }

        var policy = TermParameters.PolicyOf(context.Profile);
        var tree = context.Tree;
        foreach (var e in calendar.Entries)
        {
            var id = e.OrganizationId;
            if (e.Status == TermStatus.Overdue)
            {
                context.Report(Descriptor, id, id, null,
                    new LocalizedText("不晚于" + TermRuleSupport.Date(e.ElectionWindow.End) + "换届", "≤ " + TermRuleSupport.Date(e.ElectionWindow.End)),
                    new LocalizedText("至" + TermRuleSupport.Date(context.AsOf) + "未换届（" + TermRuleSupport.Date(e.Expiry) + "届满）", "not held on " + TermRuleSupport.Date(context.AsOf) + " (expiry " + TermRuleSupport.Date(e.Expiry) + ")"),
                    $"任期已于{TermRuleSupport.Date(e.Expiry)}届满，逾期未换届且无批准的延期", $"the term expired on {TermRuleSupport.Date(e.Expiry)}; the election is overdue with no approved postponement");
            }
            else if (e.Status == TermStatus.OverdueAfterPostponement)
            {
                context.Report(Descriptor, id, id, null,
                    new LocalizedText("不晚于" + TermRuleSupport.Date(e.ElectionDue) + "换届", "≤ " + TermRuleSupport.Date(e.ElectionDue)),
                    new LocalizedText("至" + TermRuleSupport.Date(context.AsOf) + "未换届", "not held on " + TermRuleSupport.Date(context.AsOf)),
                    $"经批准延期至{TermRuleSupport.Date(e.ElectionDue)}，仍未换届", $"the election was postponed with approval to {TermRuleSupport.Date(e.ElectionDue)} and is still not held");
            }

            if (e.Adjustment is { } adj)
            {
                CheckAdjustment(context, tree, policy, e.Organization, e.Expiry, adj);
            }
        }

        foreach (var id in calendar.Unrecorded)
        {
            context.ReportVariant(Definition, "no-term-recorded", id, id, null, new LocalizedText("有任期记录", "a recorded term"), new LocalizedText("无", "none"));
        }

        CheckRenewals(context, tree, policy);
    }

    private void CheckAdjustment(ComplianceContext context, OrganizationTree tree, TermPolicy policy, Organization org, LocalDate expiry, TermAdjustment adj)
    {
        var id = org.Id;
        var kindZh = adj.Kind.ChineseName;
        var kindEn = adj.Kind.EnglishName;
        if (!adj.IsApprovedOn(context.AsOf))
        {
            var actual = adj.ApprovedBy is null
                ? new LocalizedText("未经批准", "not approved")
                : new LocalizedText("批准日期" + TermRuleSupport.Date(adj.ApprovedOn!.Value) + "晚于" + TermRuleSupport.Date(context.AsOf), "approval dated " + TermRuleSupport.Date(adj.ApprovedOn!.Value) + ", after " + TermRuleSupport.Date(context.AsOf));
            context.Report(Descriptor, id, id, null, ApprovedByHigher, actual,
                $"{kindZh}至{TermRuleSupport.Date(adj.Until)}未经上级党组织批准", $"the {kindEn} to {TermRuleSupport.Date(adj.Until)} is not approved by a higher organization");
        }
        else if (!TermRuleSupport.IsHigher(tree, id, adj.ApprovedBy!))
        {
            context.Report(Descriptor, id, id, null, ApprovedByHigher, new LocalizedText("由“" + adj.ApprovedBy + "”批准", "approved by " + adj.ApprovedBy),
                $"{kindZh}由“{context.DisplayName(adj.ApprovedBy!)}”批准，但其不是上级党组织", $"the {kindEn} was approved by \"{adj.ApprovedBy}\", which is not a higher organization");
        }

        // 1990 interim regulations limited only postponement; the 2018 Opinion and the 2020 regulations limit both.
        var limitApplies = adj.Kind == TermAdjustmentKind.Postpone || adj.Until >= Regulation.TermOpinion.InForceFrom;
        var beyond = adj.Until > expiry.Plus(policy.AdjustmentLimit) || adj.Until < expiry.Minus(policy.AdjustmentLimit);
        if (limitApplies && beyond)
        {
            var months = Period.Between(adj.Until < expiry ? adj.Until : expiry, adj.Until < expiry ? expiry : adj.Until, PeriodUnits.Years | PeriodUnits.Months | PeriodUnits.Days);
            context.ReportVariant(Definition, "beyond-limit", id, id, null,
                new LocalizedText("距届满日" + TermRuleSupport.Date(expiry) + "不超过" + TermRuleSupport.SpanZh(policy.AdjustmentLimit), "≤ " + TermRuleSupport.Span(policy.AdjustmentLimit) + " from expiry " + TermRuleSupport.Date(expiry)),
                new LocalizedText(TermRuleSupport.Date(adj.Until) + "（" + TermRuleSupport.SpanZh(months) + "）", TermRuleSupport.Date(adj.Until) + " (" + TermRuleSupport.Span(months) + ")"),
                kindZh, kindEn);
        }
    }

    private void CheckRenewals(ComplianceContext context, OrganizationTree tree, TermPolicy policy)
    {
        var terms = context.Input.Terms!;
        foreach (var orgId in terms.OrganizationIds)
        {
            if (!tree.TryGetOrganization(orgId, out var org) || !org!.HasTerm)
            {
                continue;
            }

            var list = terms.TermsOf(orgId);
            for (var i = 0; i + 1 < list.Count; i++)
            {
                var next = list[i + 1];
                if (!context.Window.Contains(next.Start) || next.Start > context.AsOf)
                {
                    continue;
                }

                var e = TermCalendarEntry.For(org, list[i], policy, next.Start);
                if (next.Start > e.ElectionWindow.End && !(e.AdjustmentApproved && list[i].Adjustment!.Kind == TermAdjustmentKind.Postpone && next.Start <= e.ElectionDue))
                {
                    context.Report(Descriptor, orgId, orgId, null, "≤ " + TermRuleSupport.Date(e.ElectionWindow.End), TermRuleSupport.Date(next.Start),
                        $"上届任期于{TermRuleSupport.Date(e.Expiry)}届满，{TermRuleSupport.Date(next.Start)}才换届", $"the previous term expired on {TermRuleSupport.Date(e.Expiry)}; the election was held late on {TermRuleSupport.Date(next.Start)}");
                }
                else if (next.Start < e.ElectionWindow.Start && !e.AdjustmentApproved)
                {
                    context.Report(Descriptor, orgId, orgId, null,
                        new LocalizedText("不早于" + TermRuleSupport.Date(e.ElectionWindow.Start) + "，或经批准提前", "≥ " + TermRuleSupport.Date(e.ElectionWindow.Start) + " or an approved advance"),
                        new LocalizedText(TermRuleSupport.Date(next.Start), TermRuleSupport.Date(next.Start)),
                        $"上届任期{TermRuleSupport.Date(e.Expiry)}届满，{TermRuleSupport.Date(next.Start)}提前换届未经批准", $"the previous term expired on {TermRuleSupport.Date(e.Expiry)}; the election on {TermRuleSupport.Date(next.Start)} was advanced without approval");
                }
            }
        }
    }
}
