using System.Collections.Generic;
using System.Globalization;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Elections;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance.Rules;

/// <summary>One recorded election tallied for a run (or why it could not be).</summary>
internal sealed class TalliedElection
{
    internal TalliedElection(ElectionRecord record, ElectionOutcome? outcome, int computedEntitled)
    {
        Record = record;
        Outcome = outcome;
        ComputedEntitled = computedEntitled;
    }

    internal ElectionRecord Record { get; }

    /// <summary>The outcome, or null when the recorded attendance exceeds the entitled voters computed from the members.</summary>
    internal ElectionOutcome? Outcome { get; }

    internal int ComputedEntitled { get; }
}

/// <summary>Shared helpers of the ELEC-* rules: every recorded election tallied once per run.</summary>
internal static class ElectionRuleSupport
{
    internal static IReadOnlyList<TalliedElection>? Tallies(ComplianceContext context)
    {
        var log = context.Input.Elections;
        if (log is null)
        {
            return null;
        }

        return context.GetShared<IReadOnlyList<TalliedElection>>("elections.tallies", c =>
        {
            var list = new List<TalliedElection>();
            foreach (var r in log.Records)
            {
                if (r.Date > c.AsOf || !c.Tree.TryGetOrganization(r.OrganizationId, out var org) || !org!.HasTerm)
                {
                    continue;
                }

                var input = r.Input;
                var computed = -1;
                if (input.Entitled is null)
                {
                    // The committee elects the secretary; a branch without a committee elects them at the 党员大会.
                    computed = input.Office == ElectionOffice.Secretary && input.Assembly == ElectionAssembly.CommitteeMeeting
                        ? VotingRights.EntitledOnCommittee(c.Tree, r.OrganizationId, r.Date)
                        : VotingRights.Entitled(c.Tree, r.OrganizationId, r.Date);
                    if (input.Attended > computed)
                    {
                        list.Add(new TalliedElection(r, null, computed));
                        continue;
                    }

                    input = input.WithEntitled(computed);
                }

                list.Add(new TalliedElection(r, ElectionTally.Tally(input), computed));
            }

            return list;
        });
    }

    /// <summary>Adds a finding with the citations of the rule version applied (not the descriptor's).</summary>
    internal static void Report(ComplianceContext context, RuleDescriptor descriptor, ElectionRecord record, string expected, string actual, IReadOnlyList<Citation> citations, string chinese, string english,
        LocalizedText? expectedText = null, LocalizedText? actualText = null)
    {
        var period = ReportingPeriod.YearOf(record.Date);
        var subject = context.DisplayName(record.Id);
        var args = new object?[] { chinese, english };
        var message = new LocalizedText(
            MessageTemplate.Render(descriptor.MessageFormat.Chinese, subject, expected, actual, period.ToString(), args),
            MessageTemplate.Render(descriptor.MessageFormat.English, subject, expected, actual, period.ToString(), args));
        context.Findings.Add(new Finding(descriptor.Id, context.Profile.SeverityOf(descriptor), record.Id, record.OrganizationId, period, expected, actual, citations, message, expectedText, actualText));
    }

    internal static RuleDescriptor Descriptor(string id, string zhTitle, string enTitle, Severity severity, Citation[] citations, SourceConfidence confidence, string zhRemarks, string enRemarks) =>
        new(id, RuleCategory.Election, new LocalizedText(zhTitle, enTitle),
            new LocalizedText("选举“{subject}”（{period}）：{0}", "Election \"{subject}\" ({period}): {1}"),
            severity, citations, confidence, remarks: new LocalizedText(zhRemarks, enRemarks));

    internal static RuleDescriptor Soft(RuleDescriptor hard) =>
        new(hard.Id, hard.Category, hard.Title, hard.MessageFormat, Severity.Warning, hard.Citations, hard.Confidence);
}

/// <summary>
/// An ELEC-* rule that reports the failed reason of its id in each recorded election's tally: hard reasons with the
/// rule's severity (error by default), soft ones ("一般", or "hold another round") as warnings.
/// </summary>
internal sealed class ElectionReasonRule : Rule
{
    private readonly RuleDescriptor soft;

    internal ElectionReasonRule(RuleDescriptor hard, RuleDescriptor? soft = null)
        : base(hard)
    {
        this.soft = soft ?? ElectionRuleSupport.Soft(hard);
    }

    internal static ElectionReasonRule Quorum() => new(ElectionRuleSupport.Descriptor(
        "ELEC-QUORUM-4-5", "选举时到会人数超过应到会人数的4/5", "Election quorum: more than 4/5 present", Severity.Error,
        new[] { new Citation(Regulation.ElectionRegulations) }, SourceConfidence.VerifiedSecondary,
        "严格大于：到会人数×5＞应到会人数×4（40人应到需33人，32人恰为4/5不足）。有的模板写“不少于4/5”，系误写（§M8）。2020年条例的条款序号待核；2020年7月13日前的选举按1990年暂行条例（同为“超过五分之四”）。应到会人数未给出时按党员名册计算（ELEC-VOTING-RIGHTS）。",
        "Strict: present × 5 > entitled × 4 (40 entitled need 33; 32 is exactly 4/5 and not enough). Some templates write \"not less than 4/5\", a misquote (§M8). The 2020 article number is unconfirmed; elections before 2020-07-13 follow the 1990 interim regulations (also \"more than 4/5\"). When entitled is absent it is computed from the members (ELEC-VOTING-RIGHTS)."));

    internal static ElectionReasonRule Ballots() => new(ElectionRuleSupport.Descriptor(
        "ELEC-BALLOT-VALIDITY", "收回的选票等于或少于投票人数的选举有效", "Ballots returned do not exceed the number of voters", Severity.Error,
        new[] { new Citation(Regulation.ElectionRegulations) }, SourceConfidence.VerifiedSecondary,
        "收回选票等于或少于发出选票和投票人数的，选举有效；多于的，选举无效，应当重新投票。2020年条例的条款为待核（MEMORY）。",
        "A vote is valid when the ballots returned do not exceed the ballots issued or the voters; otherwise it is void and held again. The 2020 article is unconfirmed (MEMORY)."));

    internal static ElectionReasonRule CommitteeRatio() => new(ElectionRuleSupport.Descriptor(
        "ELEC-DIFF-RATIO-COMMITTEE", "委员候选人差额不少于20%", "Committee candidates exceed seats by at least 20%", Severity.Error,
        new[] { new Citation(Regulation.ElectionRegulations, 13) }, SourceConfidence.VerifiedExcerpt,
        "差额人数≥⌈应选人数×20%⌉（整数向上取整：5名需6人，7名需9人）。1990年暂行条例写作“差额为应选人数的百分之二十”（§M9），同样按下限执行。补选不适用。",
        "Extra candidates ≥ ⌈20% × seats⌉ (rounded up: 5 seats need 6 candidates, 7 need 9). The 1990 wording \"extra candidates of 20%\" (§M9) is applied as the same minimum. Not applied to by-elections."));

    internal static ElectionReasonRule DelegateRatio() => new(ElectionRuleSupport.Descriptor(
        "ELEC-DIFF-RATIO-DELEGATE", "代表候选人差额不少于20%", "Delegate candidates exceed seats by at least 20%", Severity.Error,
        new[] { new Citation(Regulation.ElectionRegulations, 9) }, SourceConfidence.VerifiedExcerpt,
        "差额人数≥⌈应选人数×20%⌉。", "Extra candidates ≥ ⌈20% × seats⌉."));

    internal static ElectionReasonRule WinThreshold()
    {
        var d = ElectionRuleSupport.Descriptor(
            "ELEC-WIN-THRESHOLD", "当选须超过应到会有选举权人数的半数", "Winners need more than half of the entitled voters", Severity.Warning,
            new[] { new Citation(Regulation.ElectionRegulations) }, SourceConfidence.VerifiedSecondary,
            "赞成票×2＞应到会有选举权人数（恰好半数不当选）。1990年暂行条例及旧地方规定以“实到会”人数为基数（§M7），2020年7月13日前的选举按其判断。名额未选满或最后名额票数相等时为警告：应就不足名额另行选举，或经半数以上选举人同意减少名额。2020年条例条款序号待核。",
            "For × 2 > entitled voters (exactly half does not win). The 1990 interim regulations and old local rules use those present as the base (§M7); elections before 2020-07-13 are judged by them. Unfilled seats or a tie for the last seat give a warning: hold a further round, or reduce the seats with the consent of more than half of the electors. The 2020 article number is unconfirmed.");
        return new ElectionReasonRule(d, d);
    }

    internal static ElectionReasonRule Assembly() => new(ElectionRuleSupport.Descriptor(
        "ELEC-ASSEMBLY-OR-CONGRESS-500", "党员500名以上或所辖党组织驻地分散的，经批准可召开代表大会选举", "A delegate congress needs ≥ 500 members or dispersed organizations, and approval", Severity.Error,
        new[] { new Citation(Regulation.ElectionRegulations, 4) }, SourceConfidence.VerifiedExcerpt,
        "委员会一般由党员大会选举产生；党员500名以上（含）或所辖组织驻地分散的，经上级批准可召开代表大会。未经批准为错误；不足500名为警告（可能因驻地分散）。总支部委员会、支部委员会只能由党员大会选举。",
        "A committee is as a rule elected by the general membership meeting; with 500 members or more (inclusive), or dispersed organizations, a congress may be held with approval. No approval is an error; fewer than 500 members a warning (dispersal may justify it). General branches and branches elect at the general membership meeting only."));

    internal static ElectionReasonRule DelegateQuota() => new(ElectionRuleSupport.Descriptor(
        "ELEC-DELEGATE-QUOTA", "代表名额一般100至200名，最多300名", "Delegates: as a rule 100–200, at most 300", Severity.Error,
        new[] { new Citation(Regulation.ElectionRegulations, 8, articleConfirmed: false) }, SourceConfidence.VerifiedExcerpt,
        "超过300名为错误；不足100名或超过200名为警告（“一般”）。条款序号按顺序推定。",
        "More than 300 is an error; fewer than 100 or more than 200 a warning (\"as a rule\"). The article number is inferred."));

    public override void Evaluate(ComplianceContext context)
    {
        var tallies = ElectionRuleSupport.Tallies(context);
        if (tallies is null)
        {
            return;
        }

        var id = Descriptor.Id;
        foreach (var t in tallies)
        {
            if (t.Outcome is not { } outcome)
            {
                if (id == "ELEC-QUORUM-4-5")
                {
                    var n = t.ComputedEntitled.ToString(CultureInfo.InvariantCulture);
                    var a = t.Record.Input.Attended.ToString(CultureInfo.InvariantCulture);
                    ElectionRuleSupport.Report(context, Descriptor, t.Record, "≤ " + n, a, Descriptor.Citations,
                        $"到会人数{a}超过按党员名册计算的应到会有选举权人数{n}，无法计票：请核对名册或给出应到会人数。",
                        $"{a} present exceeds the {n} entitled voters computed from the members: cannot tally; check the roll or give entitled.");
                }

                continue;
            }

            if (id == "ELEC-ASSEMBLY-OR-CONGRESS-500" && t.Record.Input.Assembly == ElectionAssembly.DelegateCongress
                && context.Tree.GetOrganization(t.Record.OrganizationId) is var body && (body.IsBranch || body.Kind == OrganizationKind.GeneralBranch))
            {
                ElectionRuleSupport.Report(context, Descriptor, t.Record, "general-meeting", "delegate-congress", new[] { new Citation(Regulation.Constitution, 31) },
                    "总支部委员会和支部委员会由党员大会选举产生，不能召开党员代表大会选举。",
                    "General branch and branch committees are elected by the general membership meeting, not by a delegate congress.");
            }

            foreach (var reason in outcome.Reasons)
            {
                if (reason.RuleId != id || reason.Passed || (id == "ELEC-WIN-THRESHOLD" && outcome.IsVoid))
                {
                    continue;
                }

                ElectionRuleSupport.Report(context, reason.IsSoft ? soft : Descriptor, t.Record, reason.Expected, reason.Actual, reason.Citations, reason.Chinese, reason.English);
            }
        }
    }
}

/// <summary>
/// ELEC-SECRETARY-BY-COMMITTEE: the secretary and deputies are elected (by the committee, or by the 党员大会 of a
/// branch without a committee) and approved by the higher organization; those in office match those elected.
/// </summary>
internal sealed class SecretaryByCommitteeRule : Rule
{
    internal static readonly RuleDescriptor Definition = ElectionRuleSupport.Descriptor(
        "ELEC-SECRETARY-BY-COMMITTEE", "书记、副书记由委员会选举并报上级批准", "Secretary and deputies elected by the committee and approved above", Severity.Error,
        new[] { new Citation(Regulation.BranchWorkRegulations, 21), new Citation(Regulation.Constitution, 31), new Citation(Regulation.OrganRegulations, 8) },
        SourceConfidence.VerifiedExcerpt,
        "选出的书记、副书记应当报上级党组织批准（未记录批准为错误）；在任书记、副书记与最近一次换届选举结果不一致为警告（可能系上级指派，TERM-HIGHER-CAN-APPOINT）。委员会选举书记时，应到会人数为委员会委员，同样须超过半数（来源：实践模板，条款待核）。未记录选举结果时不检查。",
        "The secretary and deputies elected must be approved by the higher organization (an error when no approval is recorded); a secretary or deputy in office who differs from the last general election's result is a warning (the higher organization may have appointed them, TERM-HIGHER-CAN-APPOINT). When the committee elects the secretary, its members are the entitled voters and the same more-than-half rule applies (source: practice templates; article unconfirmed). Nothing is checked when the results are not recorded.");

    private static readonly RuleDescriptor SoftDefinition = ElectionRuleSupport.Soft(Definition);

    internal SecretaryByCommitteeRule()
        : base(Definition)
    {
    }

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
            if (t.Outcome is not { } outcome)
            {
                continue;
            }

            foreach (var reason in outcome.Reasons)
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
                    $"在任书记“{context.DisplayName(secretaryInOffice)}”不是{record.Date:yyyy-MM-dd}选举产生的书记“{context.DisplayName(elected)}”（如系上级指派，应有指派记录）。",
                    $"The secretary in office \"{secretaryInOffice}\" is not the one elected on {record.Date:yyyy-MM-dd} (\"{elected}\"); an appointment by the higher organization should be on record.");
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
                        $"在任副书记“{context.DisplayName(d)}”不在{record.Date:yyyy-MM-dd}选举产生的副书记之列。",
                        $"The deputy secretary in office \"{d}\" was not elected deputy on {record.Date:yyyy-MM-dd}.");
                }
            }
        }
    }
}
