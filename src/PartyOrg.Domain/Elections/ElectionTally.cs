using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Elections;

/// <summary>
/// 计票 — the arithmetic of a formal vote, as a pure function of <see cref="ElectionInput"/>, by the rule version
/// in force on the election date. All arithmetic is on integers.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>ELEC-QUORUM-4-5: present × 5 &gt; entitled × 4 (超过4/5, strict: 40 entitled need 33, not 32).</item>
/// <item>ELEC-BALLOT-VALIDITY: returned ≤ issued and returned ≤ voters, else the vote is void and re-held.</item>
/// <item>ELEC-DIFF-RATIO-COMMITTEE / -DELEGATE (general election): candidates − seats ≥ ⌈seats / 5⌉ (不少于20%: 5 seats need 6
/// candidates, 7 seats need 9). A by-election or a secretary election needs only as many candidates as seats.</item>
/// <item>ELEC-WIN-THRESHOLD: for × 2 &gt; entitled (超过应到会有选举权人数的半数). Elections before 2020-07-13 follow the 1990
/// interim regulations: for × 2 &gt; present (实到会, §M7). Passing candidates are ranked by for-votes (ties in ballot
/// order); at most <c>seats</c> are elected; a tie across the last seat leaves the tied seat(s) unfilled.</item>
/// <item>ELEC-ASSEMBLY-OR-CONGRESS-500 and ELEC-DELEGATE-QUOTA for a delegate congress.</item>
/// </list>
/// A void vote (not quorate, invalid ballots, too few candidates) elects nobody.
/// </remarks>
/// <example>
/// <code>
/// var outcome = ElectionTally.Tally(new ElectionInput(new LocalDate(2024, 3, 15), seats: 5, candidates, attended: 35,
///     ballotsIssued: 35, ballotsReturned: 35, entitled: 40));
/// // outcome.Threshold.VotesNeeded == 21
/// </code>
/// </example>
public static class ElectionTally
{
    /// <summary>Tallies a formal vote.</summary>
    /// <param name="input">The counts; <see cref="ElectionInput.Entitled"/> must be known.</param>
    /// <returns>The outcome with every reason.</returns>
    /// <exception cref="ArgumentException">The entitled voters are not given.</exception>
    public static ElectionOutcome Tally(ElectionInput input) => TallyCore.Run(input, preliminary: false);
}

/// <summary>
/// 预选 — the preliminary vote of a competitive election (ELEC-PRELIM-THRESHOLD): a candidate becomes a formal candidate
/// only with more than half of the entitled voters' for-votes (the 1990 rules: of those present), and formal
/// candidates are ranked by votes. <see cref="ElectionInput.Seats"/> is the number of formal candidates to determine.
/// </summary>
public static class PreliminaryTally
{
    /// <summary>Tallies a preliminary vote.</summary>
    /// <param name="input">The counts; Seats = the number of formal candidates to determine.</param>
    /// <returns>The outcome: <see cref="ElectionOutcome.Elected"/> lists the formal candidates.</returns>
    /// <exception cref="ArgumentException">The entitled voters are not given.</exception>
    public static ElectionOutcome Tally(ElectionInput input) => TallyCore.Run(input, preliminary: true);
}

internal static class TallyCore
{
    internal static bool Is2020(ElectionInput input) => input.Date >= Regulation.ElectionRegulations.InForceFrom;

    internal static ElectionOutcome Run(ElectionInput input, bool preliminary)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        if (input.Entitled is not { } entitled)
        {
            throw new ArgumentException("entitled (应到会有选举权人数) is not given: compute it with VotingRights.Entitled and ElectionInput.WithEntitled.", nameof(input));
        }

        var modern = Is2020(input);
        var regulation = modern ? Regulation.ElectionRegulations : Regulation.ElectionInterimRegulations1990;
        var general = new Citation(regulation);
        var reasons = new List<ElectionReason>();

        // ELEC-QUORUM-4-5: present > 4/5 of entitled, on integers.
        var quorate = (long)input.Attended * 5 > (long)entitled * 4;
        reasons.Add(new ElectionReason(
            "ELEC-QUORUM-4-5", quorate, "> " + FourFifths(entitled), Num(input.Attended), new[] { general },
            $"有选举权的到会人数必须超过应到会人数的五分之四（{entitled}×4/5＝{FourFifths(entitled)}）：实到{input.Attended}人，{(quorate ? "可以进行选举" : "不足法定人数，选举无效")}。",
            $"Voters present must exceed 4/5 of those entitled ({entitled} × 4/5 = {FourFifths(entitled)}): {input.Attended} present, {(quorate ? "the election may proceed" : "no quorum, the vote is void")}."));

        // ELEC-BALLOT-VALIDITY.
        var limit = Math.Min(input.BallotsIssued, input.Voters);
        var ballotsValid = input.BallotsReturned <= input.BallotsIssued && input.BallotsReturned <= input.Voters;
        reasons.Add(new ElectionReason(
            "ELEC-BALLOT-VALIDITY", ballotsValid, "≤ " + Num(limit), Num(input.BallotsReturned), new[] { general },
            $"收回选票（{input.BallotsReturned}）应当等于或少于发出选票（{input.BallotsIssued}）和投票人数（{input.Voters}）：{(ballotsValid ? "选举有效" : "选举无效，应当重新投票")}。",
            $"Ballots returned ({input.BallotsReturned}) must not exceed ballots issued ({input.BallotsIssued}) or voters ({input.Voters}): {(ballotsValid ? "the vote is valid" : "the vote is void and must be held again")}."));

        var enough = CandidateRule(input, regulation, preliminary, reasons);

        if (input.Assembly == ElectionAssembly.DelegateCongress)
        {
            AssemblyRules(input, entitled, regulation, reasons);
        }

        var basis = modern ? ThresholdBasis.Entitled : ThresholdBasis.Present;
        var threshold = new ElectionThreshold(entitled, basis, modern ? entitled : input.Attended);
        var isVoid = !(quorate && ballotsValid && enough);
        var ranking = Rank(input, threshold, isVoid, out var electedCount, out var tiedCount);
        var shortfall = input.Seats - electedCount;
        reasons.Add(ThresholdReason(input, threshold, regulation, preliminary, isVoid, electedCount, tiedCount, shortfall));
        return new ElectionOutcome(input, regulation, preliminary, quorate, ballotsValid, enough, threshold, ranking, reasons.ToArray());
    }

    private static bool CandidateRule(ElectionInput input, Regulation regulation, bool preliminary, List<ElectionReason> reasons)
    {
        var n = input.Candidates.Count;
        var seats = input.Seats;
        var modern = regulation == Regulation.ElectionRegulations;
        if (input.Office == ElectionOffice.Secretary)
        {
            var ok = n >= seats;
            reasons.Add(new ElectionReason(
                "ELEC-SECRETARY-BY-COMMITTEE", ok, "≥ " + Num(seats), Num(n),
                new[] { new Citation(Regulation.BranchWorkRegulations, 21), new Citation(Regulation.Constitution, 31) },
                $"书记、副书记一般由委员会会议选举产生，通常实行等额选举：候选人{n}名，应选{seats}名。",
                $"The secretary and deputies are as a rule elected by the committee meeting, usually uncontested: {n} candidates for {seats} seats."));
            return ok;
        }

        var isDelegate = input.Office == ElectionOffice.Delegate;
        var ruleId = isDelegate ? "ELEC-DIFF-RATIO-DELEGATE" : "ELEC-DIFF-RATIO-COMMITTEE";
        var citation = modern
            ? new Citation(Regulation.ElectionRegulations, isDelegate ? 9 : 13)
            : new Citation(Regulation.ElectionInterimRegulations1990, isDelegate ? 8 : 12, articleConfirmed: false);
        if (input.Kind == ElectionKind.ByElection || preliminary)
        {
            var ok = n >= seats;
            var zh = preliminary
                ? $"预选确定正式候选人{seats}名，预选候选人{n}名。"
                : $"补选可以实行差额选举，也可以实行等额选举（二十分之一的差额比例不适用于补选，来源待核）：候选人{n}名，应选{seats}名。";
            var en = preliminary
                ? $"The preliminary vote determines {seats} formal candidates from {n}."
                : $"A by-election may be competitive or uncontested (the 20% ratio does not apply; source unconfirmed): {n} candidates for {seats} seats.";
            reasons.Add(new ElectionReason(ruleId, ok, "≥ " + Num(seats), Num(n), new[] { citation }, zh, en));
            return ok;
        }

        var extra = (seats + 4) / 5;
        var passed = n - seats >= extra;
        var wording = modern ? "差额不少于应选人数的20%" : "差额为应选人数的百分之二十（1990年暂行条例，按不少于20%执行）";
        var wordingEn = modern ? "extra candidates not less than 20% of the seats" : "extra candidates of 20% of the seats (1990 interim wording, applied as a minimum)";
        reasons.Add(new ElectionReason(
            ruleId, passed, "≥ " + Num(seats + extra), Num(n), new[] { citation },
            $"{(isDelegate ? "代表" : "委员")}候选人实行差额选举，{wording}：应选{seats}名，至少需差额{extra}名（向上取整），即候选人不少于{seats + extra}名；实有{n}名。",
            $"{(isDelegate ? "Delegates" : "Committee members")} are elected competitively with {wordingEn}: {seats} seats need at least {extra} extra (rounded up), i.e. {seats + extra} candidates; {n} stood."));
        return passed;
    }

    private static void AssemblyRules(ElectionInput input, int entitled, Regulation regulation, List<ElectionReason> reasons)
    {
        var modern = regulation == Regulation.ElectionRegulations;
        var assemblyCitation = modern ? new Citation(Regulation.ElectionRegulations, 4) : new Citation(Regulation.ElectionInterimRegulations1990);
        var members = input.MembersRepresented;
        if (!input.CongressApproved)
        {
            reasons.Add(new ElectionReason(
                "ELEC-ASSEMBLY-OR-CONGRESS-500", false, "higher approval", "not approved", new[] { assemblyCitation },
                "召开党员代表大会进行选举，应当经上级党组织批准；未记录批准。",
                "Electing through a delegate congress needs the higher organization's approval; none is recorded."));
        }
        else if (members is { } m && m < 500)
        {
            reasons.Add(new ElectionReason(
                "ELEC-ASSEMBLY-OR-CONGRESS-500", false, "≥ 500", Num(m), new[] { assemblyCitation },
                $"委员会一般由党员大会选举产生；党员{m}名，不足500名，只有所辖党组织驻地分散的才可经批准召开党员代表大会。",
                $"A committee is as a rule elected by the general membership meeting; with {m} members (fewer than 500) a congress is allowed only where subordinate organizations are dispersed.",
                isSoft: true));
        }
        else
        {
            reasons.Add(new ElectionReason(
                "ELEC-ASSEMBLY-OR-CONGRESS-500", true, "≥ 500 or dispersed, approved", members is { } mm ? Num(mm) : "approved", new[] { assemblyCitation },
                "召开党员代表大会已经上级党组织批准。",
                "The delegate congress was approved by the higher organization."));
        }

        var quotaCitation = modern ? new Citation(Regulation.ElectionRegulations, 8, articleConfirmed: false) : new Citation(Regulation.ElectionInterimRegulations1990, 7, articleConfirmed: false);
        var hardOk = entitled <= 300;
        var softOk = entitled >= 100 && entitled <= 200;
        reasons.Add(new ElectionReason(
            "ELEC-DELEGATE-QUOTA", hardOk && softOk, "100–200 (≤ 300)", Num(entitled), new[] { quotaCitation },
            $"代表的名额一般为100名至200名，最多不超过300名：本次应到代表{entitled}名。",
            $"Delegates number as a rule 100 to 200, at most 300: {entitled} delegates are entitled here.",
            isSoft: hardOk));
    }

    private static CandidateResult[] Rank(ElectionInput input, ElectionThreshold threshold, bool isVoid, out int electedCount, out int tiedCount)
    {
        var candidates = input.Candidates;
        var order = new int[candidates.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Stable: by for-votes descending, then ballot order.
        Array.Sort(order, (a, b) =>
        {
            var c = candidates[b].For.CompareTo(candidates[a].For);
            return c != 0 ? c : a.CompareTo(b);
        });

        var passing = 0;
        while (passing < order.Length && threshold.IsMetBy(candidates[order[passing]].For))
        {
            passing++;
        }

        var seats = input.Seats;
        int electedUpTo = 0, tiedUpTo = 0;
        if (!isVoid)
        {
            if (passing <= seats)
            {
                electedUpTo = passing;
                tiedUpTo = passing;
            }
            else
            {
                var cut = candidates[order[seats - 1]].For;
                if (candidates[order[seats]].For == cut)
                {
                    while (electedUpTo < passing && candidates[order[electedUpTo]].For > cut)
                    {
                        electedUpTo++;
                    }

                    tiedUpTo = electedUpTo;
                    while (tiedUpTo < passing && candidates[order[tiedUpTo]].For == cut)
                    {
                        tiedUpTo++;
                    }
                }
                else
                {
                    electedUpTo = seats;
                    tiedUpTo = seats;
                }
            }
        }

        electedCount = electedUpTo;
        tiedCount = tiedUpTo - electedUpTo;
        var result = new CandidateResult[order.Length];
        for (var k = 0; k < order.Length; k++)
        {
            result[k] = new CandidateResult(candidates[order[k]], k < passing, k < electedUpTo, k >= electedUpTo && k < tiedUpTo);
        }

        return result;
    }

    private static ElectionReason ThresholdReason(ElectionInput input, ElectionThreshold threshold, Regulation regulation, bool preliminary, bool isVoid, int elected, int tied, int shortfall)
    {
        var ruleId = preliminary ? "ELEC-PRELIM-THRESHOLD" : "ELEC-WIN-THRESHOLD";
        var citation = new Citation(regulation);
        var modern = regulation == Regulation.ElectionRegulations;
        var basisZh = modern ? "应到会有选举权人数" : "实到会有选举权人数（1990年暂行条例）";
        var basisEn = modern ? "the entitled voters" : "the voters present (1990 interim regulations)";
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

    /// <summary>entitled × 4 / 5 exactly: an integer or one decimal place (fifths are exact in decimal).</summary>
    internal static string FourFifths(int entitled)
    {
        var times4 = (long)entitled * 4;
        var whole = times4 / 5;
        var rest = times4 % 5;
        return rest == 0
            ? whole.ToString(CultureInfo.InvariantCulture)
            : whole.ToString(CultureInfo.InvariantCulture) + "." + (rest * 2).ToString(CultureInfo.InvariantCulture);
    }
}
