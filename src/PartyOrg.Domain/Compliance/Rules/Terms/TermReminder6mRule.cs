using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using PartyOrg.Domain.Terms;

namespace PartyOrg.Domain.Compliance;

/// <summary>TERM-REMINDER-6M: within 6 months of expiry, the higher organization reminds the body to prepare the election.</summary>
internal sealed class TermReminder6mRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "TERM-REMINDER-6M",
        category: RuleCategory.Term,
        title: new LocalizedText("换届提醒（届满前6个月）", "Term-change reminder (6 months before expiry)"),
        messageFormat: new LocalizedText("“{subject}”任期将于{expiry}届满：上级党组织“{higher}”应自{reminderFrom}起提醒做好换届准备，换届请示应于{requestDue}前报送。",
            "\"{subject}\"'s term expires on {expiry}: the higher organization \"{higher}\" should have reminded it from {reminderFrom}; the request is due by {requestDue}."),
        arguments: new[] { "expiry", "higher", "reminderFrom", "requestDue" },
        defaultSeverity: Severity.Info,
        citations: new[] { new Citation(Regulation.TermOpinion, 3), new Citation(Regulation.HandbookPractice) },
        confidence: SourceConfidence.VerifiedSecondary,
        parameters: new ParameterKey[] { TermParameters.Policy, TermParameters.Lengths },
        remarks: new LocalizedText(
            "提醒督促义务见《关于党的基层组织任期的意见》第三部分（“上级党组织……及时提醒督促按期换届”）；“届满前6个月”来自旗帜网问答（二手来源），原文没有月数。换届请示时限无中央统一规定，默认届满前1个月（可配置）。",
            "The duty to remind is Part 3 of the 2018 Opinion on terms (the higher organization \"及时提醒督促按期换届\"); the 6-month lead comes from a 旗帜网 Q&A (secondary source), the text itself gives no number. No central rule fixes the request lead time; the default is 1 month (configurable)."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        // Dates and their wordings recur across organizations (terms are renewed in waves): each text made once per date.
        var dates = new Dictionary<LocalDate, string>();
        var reminders = new Dictionary<LocalDate, LocalizedText>();
        var expiries = new Dictionary<LocalDate, LocalizedText>();
        string Date(LocalDate date)
        {
            if (!dates.TryGetValue(date, out var text))
            {
                text = TermRuleSupport.Date(date);
                dates.Add(date, text);
            }

            return text;
        }

        foreach (var e in TermRuleSupport.Entries(context))
        {
            if (e.Status != TermStatus.DueSoon)
            {
                continue;
            }

            var parent = context.Tree.Parent(e.OrganizationId);
            var parentName = parent?.Name ?? "—";
            if (!reminders.TryGetValue(e.ReminderDue, out var reminder))
            {
                reminder = new LocalizedText(Date(e.ReminderDue) + "起提醒", "reminder from " + Date(e.ReminderDue));
                reminders.Add(e.ReminderDue, reminder);
            }

            if (!expiries.TryGetValue(e.Expiry, out var expiry))
            {
                expiry = new LocalizedText(Date(e.Expiry) + "届满", "expiry " + Date(e.Expiry));
                expiries.Add(e.Expiry, expiry);
            }

            context.Report(Descriptor, e.OrganizationId, e.OrganizationId, null, reminder, expiry,
                Date(e.Expiry), parentName, Date(e.ReminderDue), Date(e.RequestDue));
        }
    }
}
