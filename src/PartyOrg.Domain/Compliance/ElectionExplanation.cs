using System.Collections.Generic;
using System.Globalization;
using PartyOrg.Domain.Elections;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// 计票说明 — explains a tallied vote rule by rule: the election rules turn the facts of an <see cref="ElectionOutcome"/>
/// (quorum, ballots, candidates, congress, threshold) into reasons with their rule ids, citations of the version in force on
/// the election date and bilingual texts. The tally itself carries no rule ids, texts or citations.
/// </summary>
public static class ElectionExplanation
{
    /// <summary>Every rule applied, in a fixed order: quorum, ballots, candidates, congress (delegate congress only), threshold.</summary>
    /// <param name="outcome">The tallied vote.</param>
    /// <returns>The reasons.</returns>
    public static IReadOnlyList<ElectionReason> Explain(this ElectionOutcome outcome) => Explain(outcome, failedOnly: false);

    /// <summary>
    /// The reasons that failed, in the order of <see cref="Explain(ElectionOutcome)"/>: what the election rules report. The
    /// reasons that passed — most of them, in an audit of thousands of elections — are not worded at all.
    /// </summary>
    internal static IReadOnlyList<ElectionReason> ExplainFailed(this ElectionOutcome outcome) => Explain(outcome, failedOnly: true);

    private static IReadOnlyList<ElectionReason> Explain(ElectionOutcome outcome, bool failedOnly)
    {
        if (outcome is null)
        {
            throw new System.ArgumentNullException(nameof(outcome));
        }

        var input = outcome.Input;
        var entitled = input.Entitled!.Value;
        var modern = outcome.Regulation == Regulation.ElectionRegulations;
        var general = new Citation(outcome.Regulation);
        var reasons = new List<ElectionReason>();
        var quorate = outcome.Quorate;
        var numbers = outcome.Numbers;
        var fraction = numbers.QuorumFraction();
        var quorum = numbers.QuorumOf(entitled);
        if (!failedOnly || !quorate)
        {
            reasons.Add(new ElectionReason(
                ElecQuorum45Rule.Definition.Id, quorate, "> " + quorum, Num(input.Attended), new[] { general },
                $"有选举权的到会人数必须超过应到会人数的{fraction.Chinese}（{entitled}×{fraction.English}＝{quorum}）：实到{input.Attended}人，{(quorate ? "可以进行选举" : "不足法定人数，选举无效")}。",
                $"Voters present must exceed {fraction.English} of those entitled ({entitled} × {fraction.English} = {quorum}): {input.Attended} present, {(quorate ? "the election may proceed" : "no quorum, the vote is void")}."));
        }

        var limit = System.Math.Min(input.BallotsIssued, input.Voters);
        var ballotsValid = outcome.BallotsValid;
        if (!failedOnly || !ballotsValid)
        {
            reasons.Add(new ElectionReason(
                ElecBallotValidityRule.Definition.Id, ballotsValid, "≤ " + Num(limit), Num(input.BallotsReturned), new[] { general },
                $"收回选票（{input.BallotsReturned}）应当等于或少于发出选票（{input.BallotsIssued}）和投票人数（{input.Voters}）：{(ballotsValid ? "选举有效" : "选举无效，应当重新投票")}。",
                $"Ballots returned ({input.BallotsReturned}) must not exceed ballots issued ({input.BallotsIssued}) or voters ({input.Voters}): {(ballotsValid ? "the vote is valid" : "the vote is void and must be held again")}."));
        }

        if (!failedOnly || !outcome.EnoughCandidates)
        {
            reasons.Add(CandidateReason(outcome, modern));
        }

        if (input.Assembly == ElectionAssembly.DelegateCongress)
        {
            AssemblyReasons(input, entitled, modern, outcome.Numbers, reasons, failedOnly);
        }

        if (!failedOnly || outcome.IsVoid || outcome.Shortfall != 0)
        {
            reasons.Add(ThresholdReason(outcome, modern));
        }

        return reasons;
    }

    private static ElectionReason CandidateReason(ElectionOutcome outcome, bool modern)
    {
        var input = outcome.Input;
        var n = input.Candidates.Count;
        var seats = input.Seats;
        if (input.Office == ElectionOffice.Secretary)
        {
            return new ElectionReason(
                ElecSecretaryByCommitteeRule.Definition.Id, outcome.EnoughCandidates, "≥ " + Num(seats), Num(n),
                new[] { new Citation(Regulation.BranchWorkRegulations, 21), new Citation(Regulation.Constitution, 31) },
                $"书记、副书记一般由委员会会议选举产生，通常实行等额选举：候选人{n}名，应选{seats}名。",
                $"The secretary and deputies are as a rule elected by the committee meeting, usually uncontested: {n} candidates for {seats} seats.");
        }

        var isDelegate = input.Office == ElectionOffice.Delegate;
        var ruleId = isDelegate ? ElecDiffRatioDelegateRule.Definition.Id : ElecDiffRatioCommitteeRule.Definition.Id;
        var citation = modern
            ? new Citation(Regulation.ElectionRegulations, isDelegate ? 9 : 13)
            : new Citation(Regulation.ElectionInterimRegulations1990, isDelegate ? 8 : 12, articleConfirmed: false);
        if (!outcome.IsCompetitive)
        {
            var zh = outcome.IsPreliminary
                ? $"预选确定正式候选人{seats}名，预选候选人{n}名。"
                : $"补选可以实行差额选举，也可以实行等额选举（{Num(outcome.Numbers.ExtraCandidatePercent)}%的差额比例不适用于补选，来源待核）：候选人{n}名，应选{seats}名。";
            var en = outcome.IsPreliminary
                ? $"The preliminary vote determines {seats} formal candidates from {n}."
                : $"A by-election may be competitive or uncontested (the {Num(outcome.Numbers.ExtraCandidatePercent)}% ratio does not apply; source unconfirmed): {n} candidates for {seats} seats.";
            return new ElectionReason(ruleId, outcome.EnoughCandidates, "≥ " + Num(seats), Num(n), new[] { citation }, zh, en);
        }

        var needed = outcome.CandidatesNeeded;
        var extra = needed - seats;
        var pct = Num(outcome.Numbers.ExtraCandidatePercent);
        var wording = modern ? $"差额不少于应选人数的{pct}%" : $"差额为应选人数的百分之{ElectionNumbers.Chinese(outcome.Numbers.ExtraCandidatePercent)}（1990年暂行条例，按不少于{pct}%执行）";
        var wordingEn = modern ? $"extra candidates not less than {pct}% of the seats" : $"extra candidates of {pct}% of the seats (1990 interim wording, applied as a minimum)";
        return new ElectionReason(
            ruleId, outcome.EnoughCandidates, "≥ " + Num(needed), Num(n), new[] { citation },
            $"{(isDelegate ? "代表" : "委员")}候选人实行差额选举，{wording}：应选{seats}名，至少需差额{extra}名（向上取整），即候选人不少于{needed}名；实有{n}名。",
            $"{(isDelegate ? "Delegates" : "Committee members")} are elected competitively with {wordingEn}: {seats} seats need at least {extra} extra (rounded up), i.e. {needed} candidates; {n} stood.");
    }

    private static void AssemblyReasons(ElectionInput input, int entitled, bool modern, ElectionNumbers numbers, List<ElectionReason> reasons, bool failedOnly)
    {
        var assemblyCitation = modern ? new Citation(Regulation.ElectionRegulations, 4) : new Citation(Regulation.ElectionInterimRegulations1990);
        var members = input.MembersRepresented;
        if (!input.CongressApproved)
        {
            reasons.Add(new ElectionReason(
                ElecAssemblyOrCongress500Rule.Definition.Id, false, "higher approval", "not approved", new[] { assemblyCitation },
                "召开党员代表大会进行选举，应当经上级党组织批准；未记录批准。",
                "Electing through a delegate congress needs the higher organization's approval; none is recorded."));
        }
        else if (members is { } m && m < numbers.CongressMinimumMembers)
        {
            var minimum = Num(numbers.CongressMinimumMembers);
            reasons.Add(new ElectionReason(
                ElecAssemblyOrCongress500Rule.Definition.Id, false, "≥ " + minimum, Num(m), new[] { assemblyCitation },
                $"委员会一般由党员大会选举产生；党员{m}名，不足{minimum}名，只有所辖党组织驻地分散的才可经批准召开党员代表大会。",
                $"A committee is as a rule elected by the general membership meeting; with {m} members (fewer than {minimum}) a congress is allowed only where subordinate organizations are dispersed.",
                isSoft: true));
        }
        else if (!failedOnly)
        {
            reasons.Add(new ElectionReason(
                ElecAssemblyOrCongress500Rule.Definition.Id, true, "≥ " + Num(numbers.CongressMinimumMembers) + " or dispersed, approved", members is { } mm ? Num(mm) : "approved", new[] { assemblyCitation },
                "召开党员代表大会已经上级党组织批准。",
                "The delegate congress was approved by the higher organization."));
        }

        var quotaCitation = modern ? new Citation(Regulation.ElectionRegulations, 8, articleConfirmed: false) : new Citation(Regulation.ElectionInterimRegulations1990, 7, articleConfirmed: false);
        var (lo, hi, max) = (numbers.DelegatesUsualMinimum, numbers.DelegatesUsualMaximum, numbers.DelegatesMaximum);
        var hardOk = entitled <= max;
        var softOk = entitled >= lo && entitled <= hi;
        if (failedOnly && hardOk && softOk)
        {
            return;
        }

        reasons.Add(new ElectionReason(
            ElecDelegateQuotaRule.Definition.Id, hardOk && softOk, $"{Num(lo)}–{Num(hi)} (≤ {Num(max)})", Num(entitled), new[] { quotaCitation },
            $"代表的名额一般为{Num(lo)}名至{Num(hi)}名，最多不超过{Num(max)}名：本次应到代表{entitled}名。",
            $"Delegates number as a rule {Num(lo)} to {Num(hi)}, at most {Num(max)}: {entitled} delegates are entitled here.",
            isSoft: hardOk));
    }

    private static ElectionReason ThresholdReason(ElectionOutcome outcome, bool modern)
    {
        var input = outcome.Input;
        var threshold = outcome.Threshold;
        var preliminary = outcome.IsPreliminary;
        var isVoid = outcome.IsVoid;
        var elected = outcome.Elected.Count;
        var tied = outcome.TiedForLastSeat.Count;
        var shortfall = outcome.Shortfall;
        var ruleId = preliminary ? ElecPrelimThresholdRule.Definition.Id : ElecWinThresholdRule.Definition.Id;
        var citation = new Citation(outcome.Regulation);
        var byEntitled = outcome.Numbers.ThresholdBasis == ThresholdBasis.Entitled;
        var basisZh = byEntitled ? "应到会有选举权人数" : modern ? "实到会有选举权人数" : "实到会有选举权人数（1990年暂行条例）";
        var basisEn = byEntitled ? "the entitled voters" : modern ? "the voters present" : "the voters present (1990 interim regulations)";
        var expected = Num(input.Seats); // seats to fill; the votes needed are in the message and in the threshold
        var actual = Num(elected);
        var passed = !isVoid && shortfall == 0;
        string zh, en;
        if (isVoid)
        {
            zh = "本次投票无效（见上），无人当选，应当重新选举。";
            en = "The vote is void (see above): nobody is elected; the vote must be held again.";
        }
        else
        {
            var what = preliminary ? "列为正式候选人" : "当选";
            var whatEn = preliminary ? "become formal candidates" : "are elected";
            zh = $"获得赞成票超过{basisZh}（{threshold.Denominator}）半数、即至少{threshold.VotesNeeded}票的，始得{what}；按得票多少排列，{what}{elected}名，应选{input.Seats}名。";
            en = $"Only candidates with more than half of {basisEn} ({threshold.Denominator}), i.e. at least {threshold.VotesNeeded} for-votes, {whatEn}, ranked by votes: {elected} of {input.Seats}.";
            if (tied > 0)
            {
                zh += $"{tied}名候选人得票相等、争最后名额，该名额空缺，应当就票数相等的候选人再次投票。";
                en += $" {tied} candidates tie for the last seat, which stays unfilled: vote again among them.";
            }

            if (shortfall > 0 && !preliminary)
            {
                zh += $"尚缺{shortfall}名，可以就不足名额另行选举；如接近应选名额，经半数以上选举人同意，也可以减少名额，不再选举。";
                en += $" {shortfall} seat(s) remain: hold a further round for them or, if the result is close to the seats, reduce the seats with the consent of more than half of the electors.";
            }
        }

        return new ElectionReason(ruleId, passed, expected, actual, new[] { citation }, zh, en, isSoft: !isVoid);
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
