using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PartyOrg.Domain.Compliance;
using PartyOrg.Cli.Output;
using PartyOrg.Domain.Elections;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Json.Contracts;

namespace PartyOrg.Cli.Commands;

/// <summary><c>partyorg elect FILE</c>: tallies the document's elections (quorum, ballots, candidates, threshold, elected, ties).</summary>
public sealed class ElectCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "elect";

    /// <inheritdoc />
    public int Order => 40;

    /// <inheritdoc />
    public string Summary => "选举计票 / tally the elections of a document";

    /// <inheritdoc />
    public IReadOnlyList<string> Options => new[] { "format=", "lang=" };

    /// <inheritdoc />
    public string Help => string.Join(Environment.NewLine, new[]
    {
        "partyorg elect FILE [--format table|json] [--lang zh-CN|en]",
        string.Empty,
        "Tallies every election in the document's \"elections\" (input order): quorum (ELEC-QUORUM-4-5), ballots",
        "(returned ≤ issued and ≤ voters), enough candidates, the winning threshold (votesNeeded = the smallest whole",
        "number of for-votes that wins), the elected in order of votes (ties in input order) and a tie for the last",
        "seat (left unfilled). When \"entitled\" is absent it is computed from the members (ELEC-VOTING-RIGHTS).",
        string.Empty,
        "Exit codes: 0 every election valid · 1 an election is invalid (not quorate, ballots invalid, too few",
        "candidates) · 2 unreadable input, or entitled voters computed from the members fewer than those present",
        string.Empty,
        "Examples:",
        "  partyorg elect docs/examples/interchange.json",
        "  partyorg elect election.json --format json",
        string.Empty,
    });

    /// <inheritdoc />
    public int Run(CommandLine line, CommandIo io)
    {
        var format = line.Choice("format", "table", "table", "json");
        var language = Languages.Parse(line.Get("lang"), OutputLanguage.Chinese);
        var document = DocumentInput.Load(Name, line, io);
        if (document is null)
        {
            return CliApp.BadInput;
        }

        var profile = DocumentInput.Profile(line, document);
        var records = document.Elections?.Records ?? Array.Empty<ElectionRecord>();
        var results = new List<(ElectionRecord Record, ElectionOutcome Outcome)>();
        var problems = new List<string>();
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            var input = r.Input;
            if (input.Entitled is null)
            {
                var computed = input.Office == ElectionOffice.Secretary && input.Assembly == ElectionAssembly.CommitteeMeeting
                    ? VotingRights.EntitledOnCommittee(document.Tree, r.OrganizationId, r.Date)
                    : VotingRights.Entitled(document.Tree, r.OrganizationId, r.Date);
                if (input.Attended > computed)
                {
                    problems.Add($"$.elections[{i.ToString(CultureInfo.InvariantCulture)}].entitled: absent, and the members with voting rights on {DocumentInput.Format(r.Date)} are {computed.ToString(CultureInfo.InvariantCulture)}, fewer than the {input.Attended.ToString(CultureInfo.InvariantCulture)} present; give \"entitled\" or complete the members");
                    continue;
                }

                input = input.WithEntitled(computed);
            }

            results.Add((r, ElectionTally.Tally(input, profile.Get(ElectionParameters.Numbers, r.Date))));
        }

        if (problems.Count > 0)
        {
            io.Error.WriteLine($"partyorg elect: cannot tally ({problems.Count.ToString(CultureInfo.InvariantCulture)} problem{(problems.Count == 1 ? string.Empty : "s")}):");
            foreach (var p in problems)
            {
                io.Error.WriteLine(p);
            }

            return CliApp.BadInput;
        }

        var contract = new ElectReportContract { Elections = results.Select(x => ReportContracts.FromOutcome(x.Record, x.Outcome)).ToArray() };
        if (format == "json")
        {
            PartyOrgJson.Serialize(io.Out, contract);
        }
        else
        {
            WriteTable(io, results, language);
        }

        return results.Any(x => x.Outcome.IsVoid) ? CliApp.ErrorFindings : CliApp.Ok;
    }

    private static void WriteTable(CommandIo io, List<(ElectionRecord Record, ElectionOutcome Outcome)> results, OutputLanguage language)
    {
        var zh = language != OutputLanguage.English;
        var w = new WrappingWriter(io.Out, TerminalWidth.Of(io.Out));
        if (results.Count == 0)
        {
            w.WriteLine(zh ? "文档中没有选举记录（elections）。" : "The document has no elections.");
            w.Flush();
            return;
        }

        foreach (var (record, outcome) in results)
        {
            string N(int n) => n.ToString(CultureInfo.InvariantCulture);
            string YesNo(bool b) => zh ? (b ? "是" : "否") : (b ? "yes" : "no");
            var i = outcome.Input;
            w.WriteLine($"== {record.Id} {record.OrganizationId} {DocumentInput.Format(record.Date)} ({(zh ? i.Kind.ChineseName : i.Kind.EnglishName)}) ==");
            w.WriteLine(zh
                ? $"应到会有选举权 {N(outcome.Threshold.Entitled)}，实到 {N(i.Attended)}，应选 {N(i.Seats)}，当选所需赞成票 ≥ {N(outcome.Threshold.VotesNeeded)}"
                : $"Entitled {N(outcome.Threshold.Entitled)}, present {N(i.Attended)}, seats {N(i.Seats)}, votes needed ≥ {N(outcome.Threshold.VotesNeeded)}");
            w.WriteLine(zh
                ? $"到会人数有效：{YesNo(outcome.Quorate)}；选票有效：{YesNo(outcome.BallotsValid)}；候选人足够：{YesNo(outcome.EnoughCandidates)}"
                : $"Quorate: {YesNo(outcome.Quorate)}; ballots valid: {YesNo(outcome.BallotsValid)}; enough candidates: {YesNo(outcome.EnoughCandidates)}");
            w.WriteLine();
            var table = new TextTable(zh ? "候选人" : "Candidate", zh ? "赞成" : "For", zh ? "反对" : "Against", zh ? "弃权" : "Abstain", zh ? "结果" : "Result");
            foreach (var r in outcome.Ranking)
            {
                var result = r.Elected ? (zh ? "当选" : "elected") : r.TiedForLastSeat ? (zh ? "票数相等" : "tied") : r.MeetsThreshold ? (zh ? "过半未当选" : "over half, no seat") : (zh ? "未过半数" : "below threshold");
                table.Add(r.MemberId, N(r.Votes.For), N(r.Votes.Against), N(r.Votes.Abstain), result);
            }

            table.Write(w);
            w.WriteLine();
            w.WriteLine((zh ? "当选：" : "Elected: ") + (outcome.Elected.Count == 0 ? "—" : string.Join(", ", outcome.Elected))
                + (zh ? $"；尚缺 {N(outcome.Shortfall)} 名" : $"; seats still to fill: {N(outcome.Shortfall)}")
                + (outcome.TiedForLastSeat.Count > 0 ? (zh ? "；末位票数相等：" : "; tied for the last seat: ") + string.Join(", ", outcome.TiedForLastSeat) : string.Empty));
            foreach (var reason in outcome.Explain())
            {
                w.WriteLine($"  {(reason.Passed ? "✓" : reason.IsSoft ? "!" : "✗")} [{reason.RuleId}] {(zh ? reason.Chinese : reason.English)}");
            }

            w.WriteLine();
        }

        w.Flush();
    }
}
