using System.Globalization;
using System.IO;
using System.Linq;
using PartyOrg.Domain.Compliance;
using PartyOrg.Cli.Output;
using PartyOrg.Cli.Sample;
using PartyOrg.Domain.Elections;

namespace PartyOrg.Cli.Demo;

/// <summary>One election of the sample organ tallied: every rule applied, with its numbers and article.</summary>
public sealed class ElectionSection : IDemoSection
{
    /// <inheritdoc />
    public int Order => 60;

    /// <inheritdoc />
    public string ChineseTitle => "选举计票（办公室党支部 2024-03-15 换届选举）";

    /// <inheritdoc />
    public string EnglishTitle => "Election tally (office branch, 2024-03-15)";

    /// <inheritdoc />
    public void Write(TextWriter writer, OutputLanguage language)
    {
        var tree = SampleOrgan.BuildTree();
        var record = SampleOrgan.BuildElections(tree).Records[0];
        var entitled = VotingRights.Entitled(tree, record.OrganizationId, record.Date);
        var outcome = ElectionTally.Tally(record.Input.WithEntitled(entitled));

        writer.WriteLine(language.Pick(
            $"应到会有选举权人数 {entitled}（按党员名册：正式党员、未受留党察看、权利未中止），实到 {record.Input.Attended}，应选 {record.Input.Seats} 名，候选人 {record.Input.Candidates.Count} 名；适用《{outcome.Regulation.ChineseTitle}》。",
            $"Entitled voters {entitled} (from the roll: full members with voting rights), present {record.Input.Attended}, seats {record.Input.Seats}, candidates {record.Input.Candidates.Count}; rules: {outcome.Regulation.EnglishTitle}."));
        writer.WriteLine();

        var ranking = new TextTable(language.Pick("候选人", "Candidate"), language.Pick("赞成", "For"), language.Pick("反对", "Against"),
            language.Pick("弃权", "Abstain"), language.Pick("结果", "Result"));
        foreach (var r in outcome.Ranking)
        {
            var result = r.Elected ? language.Pick("当选", "elected") : r.TiedForLastSeat ? language.Pick("票数相等", "tied") : r.MeetsThreshold ? language.Pick("过半未当选", "over half, no seat") : language.Pick("未过半数", "below threshold");
            ranking.Add(tree.GetMember(r.MemberId).Name + " (" + r.MemberId + ")", Num(r.Votes.For), Num(r.Votes.Against), Num(r.Votes.Abstain), result);
        }

        ranking.Write(writer);
        writer.WriteLine();
        foreach (var reason in outcome.Explain())
        {
            writer.WriteLine($"  {(reason.Passed ? "✓" : "✗")} {reason.RuleId}  " + language.Pick($"应为 {reason.Expected}，实际 {reason.Actual}", $"expected {reason.Expected}, actual {reason.Actual}"));
            writer.WriteLine("      " + language.Pick(reason.Chinese, reason.English));
            writer.WriteLine("      " + string.Join("; ", reason.Citations.Select(c => c.ToString(language.Tag()))));
        }

        writer.WriteLine();
        writer.WriteLine(language.Pick(
            $"当选：{string.Join("、", outcome.Elected)}；尚缺 {outcome.Shortfall} 名；当选至少需 {outcome.Threshold.VotesNeeded} 票（超过 {outcome.Threshold.Denominator} 的半数）。",
            $"Elected: {string.Join(", ", outcome.Elected)}; shortfall {outcome.Shortfall}; {outcome.Threshold.VotesNeeded} for-votes needed (more than half of {outcome.Threshold.Denominator})."));

        // The version trap (§M7): the same counts under the 1990 interim regulations.
        var old = ElectionTally.Tally(new ElectionInput(new NodaTime.LocalDate(2019, 3, 15), record.Input.Seats, record.Input.Candidates,
            record.Input.Attended, record.Input.BallotsIssued, record.Input.BallotsReturned, entitled));
        writer.WriteLine(language.Pick(
            $"对照：若在2020年7月13日前选举，按1990年暂行条例以实到会人数（{old.Threshold.Denominator}）为基数，当选需 {old.Threshold.VotesNeeded} 票。",
            $"Compare: before 2020-07-13 the 1990 interim regulations counted those present ({old.Threshold.Denominator}): {old.Threshold.VotesNeeded} for-votes would win."));
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
