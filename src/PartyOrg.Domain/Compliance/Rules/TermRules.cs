using System;
using System.Globalization;
using NodaTime;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using PartyOrg.Domain.Terms;

namespace PartyOrg.Domain.Compliance.Rules;

/// <summary>Shared helpers of the TERM-* rules: the run's 换届 calendar, built once.</summary>
internal static class TermRuleSupport
{
    internal static TermCalendar? Calendar(ComplianceContext context)
    {
        var terms = context.Input.Terms;
        if (terms is null)
        {
            return null;
        }

        return context.GetShared("terms.calendar", c => TermCalendar.Build(c.Tree, terms, c.Parameter(TermParameters.Policy), c.AsOf));
    }

    internal static string Date(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A date period as "1 year", "18 months 30 days".</summary>
    internal static string Span(Period period)
    {
        var parts = new System.Collections.Generic.List<string>();
        void Add(long n, string unit)
        {
            if (n != 0)
            {
                parts.Add(n.ToString(CultureInfo.InvariantCulture) + " " + unit + (n == 1 ? string.Empty : "s"));
            }
        }

        Add(period.Years, "year");
        Add(period.Months, "month");
        Add(period.Weeks, "week");
        Add(period.Days, "day");
        return parts.Count == 0 ? "0 days" : string.Join(" ", parts);
    }

    /// <summary>A period in Chinese: "1年6个月30天".</summary>
    internal static string SpanZh(Period period)
    {
        var sb = new System.Text.StringBuilder();
        if (period.Years != 0)
        {
            sb.Append(period.Years.ToString(CultureInfo.InvariantCulture)).Append('年');
        }

        if (period.Months != 0)
        {
            sb.Append(period.Months.ToString(CultureInfo.InvariantCulture)).Append("个月");
        }

        var days = (period.Weeks * 7) + period.Days;
        if (days != 0)
        {
            sb.Append(days.ToString(CultureInfo.InvariantCulture)).Append('天');
        }

        return sb.Length == 0 ? "0天" : sb.ToString();
    }

    /// <summary>Whether <paramref name="approverId"/> is a higher organization of the body: an ancestor, or the 党组 leading an ancestor (or the body itself) as organ committee.</summary>
    internal static bool IsHigher(OrganizationTree tree, string bodyId, string approverId)
    {
        if (!tree.TryGetOrganization(approverId, out var approver) || approverId == bodyId)
        {
            return false;
        }

        if (tree.IsInSubtree(approverId, bodyId))
        {
            return true;
        }

        return approver!.LeadsId is { } led && tree.TryGetOrganization(led, out _) && tree.IsInSubtree(led, bodyId);
    }
}

/// <summary>TERM-ON-TIME: elections on time; postponements and advances approved and, as a rule, within 1 year.</summary>
internal sealed class TermOnTimeRule : Rule
{
    private static readonly LocalizedText ApprovedByHigher = new("经上级党组织批准", "approved by a higher organization");

    internal static readonly RuleDescriptor Definition = new(
        "TERM-ON-TIME",
        RuleCategory.Term,
        new LocalizedText("任期届满按期换届", "Term elections are held on time"),
        new LocalizedText("“{subject}”：{0}（应为：{expected}；实际：{actual}）。", "\"{subject}\": {1} (expected {expected}; actual {actual})."),
        Severity.Error,
        new[] { new Citation(Regulation.ElectionRegulations, 3), new Citation(Regulation.TermOpinion, 2) },
        SourceConfidence.VerifiedExcerpt,
        new ParameterKey[] { TermParameters.Policy },
        remarks: new LocalizedText(
            "任期届满应当按期换届；延期或提前须报上级党组织批准（批准日期晚于检查日的视为尚未批准）。在届满日前后“按期容差”（默认1个月）内换届视为按期。延长或提前一般不超过1年（超过为警告）；2018年7月12日前只限制延期（1990年暂行条例）。未记录任期的选举产生的组织给出提示。",
            "A term election is held when the term expires; a postponement or advance needs the higher organization's approval (an approval dated after the as-of date does not count yet). An election within the on-time tolerance (default 1 month) of the due date is on time. A postponement or advance is as a rule at most 1 year (a warning beyond); before 2018-07-12 only postponement was limited (1990 interim regulations). Elected bodies with no recorded term get an info finding."));

    internal static readonly RuleDescriptor LimitDefinition = new(
        Definition.Id, RuleCategory.Term, Definition.Title,
        new LocalizedText("“{subject}”：{0}超过一般期限（应为：{expected}；实际：{actual}）。", "\"{subject}\": the {1} exceeds the usual limit (expected {expected}; actual {actual})."),
        Severity.Warning,
        new[] { new Citation(Regulation.ElectionRegulations, 3), new Citation(Regulation.TermOpinion, 2) },
        SourceConfidence.VerifiedExcerpt, new ParameterKey[] { TermParameters.Policy });

    internal static readonly RuleDescriptor UnrecordedDefinition = new(
        Definition.Id, RuleCategory.Term, Definition.Title,
        new LocalizedText("“{subject}”由选举产生，但未记录任期，无法核对是否按期换届。", "\"{subject}\" is elected but no term is recorded: on-time elections cannot be checked."),
        Severity.Info,
        new[] { new Citation(Regulation.ElectionRegulations, 3) },
        SourceConfidence.VerifiedExcerpt, new ParameterKey[] { TermParameters.Policy });

    internal static readonly RuleDescriptor OrganChainDefinition = new(
        Definition.Id, RuleCategory.Term, Definition.Title,
        new LocalizedText("“{subject}”{0}（应为：{expected}；实际：{actual}）。", "\"{subject}\": {1} (expected {expected}; actual {actual})."),
        Severity.Error,
        new[] { new Citation(Regulation.OrganRegulations, 37) },
        SourceConfidence.VerifiedFullText, new ParameterKey[] { TermParameters.Policy },
        remarks: new LocalizedText(
            "ORGAN-APPROVAL-CHAIN：有党组领导的机关党委延期或提前换届，应先经党组（党委）讨论决定，再报机关工委审批。",
            "ORGAN-APPROVAL-CHAIN: an organ committee led by a 党组 postpones or advances its election only after the 党组 decides and the organ working committee approves."));

    internal TermOnTimeRule()
        : base(Definition)
    {
    }

    public override void Evaluate(ComplianceContext context)
    {
        var calendar = TermRuleSupport.Calendar(context);
        if (calendar is null)
        {
            return;
        }

        var policy = context.Parameter(TermParameters.Policy);
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
            context.Report(UnrecordedDefinition, id, id, null, new LocalizedText("有任期记录", "a recorded term"), new LocalizedText("无", "none"));
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

        if (org.Kind == OrganizationKind.OrganCommittee)
        {
            CheckOrganChain(context, tree, org, adj);
        }

        // 1990 interim regulations limited only postponement; the 2018 Opinion and the 2020 regulations limit both.
        var limitApplies = adj.Kind == TermAdjustmentKind.Postpone || adj.Until >= Regulation.TermOpinion.InForceFrom;
        var beyond = adj.Until > expiry.Plus(policy.AdjustmentLimit) || adj.Until < expiry.Minus(policy.AdjustmentLimit);
        if (limitApplies && beyond)
        {
            var months = Period.Between(adj.Until < expiry ? adj.Until : expiry, adj.Until < expiry ? expiry : adj.Until, PeriodUnits.Years | PeriodUnits.Months | PeriodUnits.Days);
            context.Report(LimitDefinition, id, id, null,
                new LocalizedText("距届满日" + TermRuleSupport.Date(expiry) + "不超过" + TermRuleSupport.SpanZh(policy.AdjustmentLimit), "≤ " + TermRuleSupport.Span(policy.AdjustmentLimit) + " from expiry " + TermRuleSupport.Date(expiry)),
                new LocalizedText(TermRuleSupport.Date(adj.Until) + "（" + TermRuleSupport.SpanZh(months) + "）", TermRuleSupport.Date(adj.Until) + " (" + TermRuleSupport.Span(months) + ")"),
                kindZh, kindEn);
        }
    }

    private static void CheckOrganChain(ComplianceContext context, OrganizationTree tree, Organization org, TermAdjustment adj)
    {
        var id = org.Id;
        if (tree.LeadingGroupOf(id) is { } group && adj.PartyGroupDecidedBy != group.Id)
        {
            context.Report(OrganChainDefinition, id, id, null, new LocalizedText("由党组“" + group.Id + "”讨论决定", "decided by " + group.Id),
                adj.PartyGroupDecidedBy is { } decidedBy ? new LocalizedText("由“" + decidedBy + "”决定", decidedBy) : new LocalizedText("未记录决定", "no decision recorded"),
                $"{adj.Kind.ChineseName}未记录党组“{group.Name}”的讨论决定", $"no decision of the Party group \"{group.Id}\" is recorded for the {adj.Kind.EnglishName}");
        }

        if (tree.WorkingCommitteeOf(id) is { } wc && adj.ApprovedBy is { } by && by != wc.Id)
        {
            context.Report(OrganChainDefinition, id, id, null, new LocalizedText("由“" + wc.Id + "”批准", "approved by " + wc.Id), new LocalizedText("由“" + by + "”批准", "approved by " + by),
                $"{adj.Kind.ChineseName}应报机关工委“{wc.Name}”审批", $"the {adj.Kind.EnglishName} should be approved by the organ working committee \"{wc.Id}\"");
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

/// <summary>TERM-CONSTITUTION-RANGE: a term's length is within the range of the Constitution in force at its start.</summary>
internal sealed class TermConstitutionRangeRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        "TERM-CONSTITUTION-RANGE",
        RuleCategory.Term,
        new LocalizedText("任期年限符合党章规定", "Term length within the Constitution's range"),
        new LocalizedText("“{subject}”本届任期{actual}年，超出党章规定的{expected}年（{0}）。", "\"{subject}\" has a term of {actual} years, outside the Constitution's {expected} years ({1})."),
        Severity.Error,
        new[] { new Citation(Regulation.Constitution, 31) },
        SourceConfidence.VerifiedFullText,
        new ParameterKey[] { TermParameters.Policy },
        remarks: new LocalizedText(
            "按任期开始日有效的党章版本判断：2017年党章起基层委员会、总支部委员会、支部委员会均为三年至五年；此前基层委员会三年至五年，总支部、支部两年或三年。记录的年限或方案配置的年限都检查。",
            "Judged by the Constitution in force when the term began: since 2017, 3 to 5 years for basic committees, general branches and branches; before, 3 to 5 for basic committees and 2 or 3 for general branches and branches. Both recorded and configured lengths are checked."));

    internal TermConstitutionRangeRule()
        : base(Definition)
    {
    }

    public override void Evaluate(ComplianceContext context)
    {
        var calendar = TermRuleSupport.Calendar(context);
        if (calendar is null)
        {
            return;
        }

        foreach (var e in calendar.Entries)
        {
            var range = ConstitutionalTermRange.For(e.Organization.Kind, e.Term.Start);
            if (range is not null && !range.Contains(e.Years))
            {
                context.Report(Descriptor, e.OrganizationId, e.OrganizationId, null, range.ToString(), TermRuleSupport.Num(e.Years),
                    range.Citation.ToChinese(), range.Citation.ToEnglish());
            }
        }
    }
}

/// <summary>TERM-REMINDER-6M: within 6 months of expiry, the higher organization reminds the body to prepare the election.</summary>
internal sealed class TermReminderRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        "TERM-REMINDER-6M",
        RuleCategory.Term,
        new LocalizedText("换届提醒（届满前6个月）", "Term-change reminder (6 months before expiry)"),
        new LocalizedText("“{subject}”任期将于{0}届满：上级党组织“{1}”应自{2}起提醒做好换届准备，换届请示应于{3}前报送。",
            "\"{subject}\"'s term expires on {0}: the higher organization \"{1}\" should have reminded it from {2}; the request is due by {3}."),
        Severity.Info,
        new[] { new Citation(Regulation.TermOpinion, 3), new Citation(Regulation.HandbookPractice) },
        SourceConfidence.VerifiedSecondary,
        new ParameterKey[] { TermParameters.Policy },
        remarks: new LocalizedText(
            "提醒督促义务见《关于党的基层组织任期的意见》第三部分（“上级党组织……及时提醒督促按期换届”）；“届满前6个月”来自旗帜网问答（二手来源），原文没有月数。换届请示时限无中央统一规定，默认届满前1个月（可配置）。",
            "The duty to remind is Part 3 of the 2018 Opinion on terms (the higher organization \"及时提醒督促按期换届\"); the 6-month lead comes from a 旗帜网 Q&A (secondary source), the text itself gives no number. No central rule fixes the request lead time; the default is 1 month (configurable)."));

    internal TermReminderRule()
        : base(Definition)
    {
    }

    public override void Evaluate(ComplianceContext context)
    {
        var calendar = TermRuleSupport.Calendar(context);
        if (calendar is null)
        {
            return;
        }

        foreach (var e in calendar.Entries)
        {
            if (e.Status != TermStatus.DueSoon)
            {
                continue;
            }

            var parent = context.Tree.Parent(e.OrganizationId);
            var parentName = parent?.Name ?? "—";
            context.Report(Descriptor, e.OrganizationId, e.OrganizationId, null,
                new LocalizedText(TermRuleSupport.Date(e.ReminderDue) + "起提醒", "reminder from " + TermRuleSupport.Date(e.ReminderDue)),
                new LocalizedText(TermRuleSupport.Date(e.Expiry) + "届满", "expiry " + TermRuleSupport.Date(e.Expiry)),
                TermRuleSupport.Date(e.Expiry), parentName, TermRuleSupport.Date(e.ReminderDue), TermRuleSupport.Date(e.RequestDue));
        }
    }
}

/// <summary>TERM-VACANCY: a vacant secretary seat, or fewer committee members than were elected, is filled promptly.</summary>
internal sealed class TermVacancyRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        "TERM-VACANCY",
        RuleCategory.Term,
        new LocalizedText("班子成员空缺及时补选", "Vacancies are filled promptly"),
        new LocalizedText("“{subject}”{0}（应为：{expected}；实际：{actual}），应当及时补选。", "\"{subject}\": {1} (expected {expected}; actual {actual}); it should be filled promptly by a by-election."),
        Severity.Warning,
        new[] { new Citation(Regulation.BranchWorkRegulations, 21) },
        SourceConfidence.VerifiedExcerpt,
        remarks: new LocalizedText(
            "条文只要求“及时”补选，没有期限，故默认为警告。检查有在任任期的组织：在任委员少于最近一次换届选举的应选名额（需要选举记录）；检查日无书记在任（方案启用COM-ONE-SECRETARY时由该规则报告，本规则不重复报告）。确有必要时上级党组织可以指派书记、副书记。",
            "The text asks for a \"prompt\" by-election with no deadline, hence a warning by default. Checked for bodies with a term in office: fewer committee members than the seats of the last general election (needs the election records); no secretary on the as-of date (reported by COM-ONE-SECRETARY instead when the profile runs it, never twice). The higher organization may appoint a secretary or deputy where truly necessary."));

    internal TermVacancyRule()
        : base(Definition)
    {
    }

    public override void Evaluate(ComplianceContext context)
    {
        var calendar = TermRuleSupport.Calendar(context);
        if (calendar is null)
        {
            return;
        }

        var tree = context.Tree;
        var elections = context.Input.Elections;
        foreach (var e in calendar.Entries)
        {
            var id = e.OrganizationId;
            var posts = tree.PostsOf(id, context.AsOf);
            var hasSecretary = false;
            foreach (var p in posts)
            {
                if (p.Kind == PostKind.Secretary)
                {
                    hasSecretary = true;
                    break;
                }
            }

            // One vacancy, one finding: where the profile runs COM-ONE-SECRETARY, that rule reports the vacant seat.
            if (!hasSecretary && !context.Profile.IsEnabled(OneSecretaryRule.Definition.Id))
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
}
