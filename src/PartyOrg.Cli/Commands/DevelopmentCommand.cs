using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartyOrg.Cli.Output;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Development;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Json.Contracts;

namespace PartyOrg.Cli.Commands;

/// <summary><c>partyorg development FILE</c>: the stage and dated milestones of every applicant, and the development findings.</summary>
public sealed class DevelopmentCommand : ICommand
{
    private const string PartyAgeRuleId = "MEM-PARTY-AGE";
    private const string ApprovalChainRuleId = "ORGAN-APPROVAL-CHAIN";

    /// <inheritdoc />
    public string Name => "development";

    /// <inheritdoc />
    public int Order => 47;

    /// <inheritdoc />
    public string Summary => "发展党员进度与期限 / stage and milestones of each applicant";

    /// <inheritdoc />
    public IReadOnlyList<string> Options => new[] { "as-of=", "profile=", "from=", "to=", "format=", "lang=" };

    /// <inheritdoc />
    public string Help => string.Join(Environment.NewLine, new[]
    {
        "partyorg development FILE [--as-of DATE] [--profile NAME] [--from D --to D] [--format table|json] [--lang zh-CN|en]",
        string.Empty,
        "Reads development and members (docs/development.md). For every applicant: the stage, the dated milestones (18th",
        "birthday, talk due, review due, earliest listing as candidate, approval due and limit, end of probation, conversion",
        "approval due, full since, Party standing) and the next step with its earliest date and deadline; then the DEV-*,",
        "MEM-PARTY-AGE and ORGAN-APPROVAL-CHAIN findings of the applicants, and DEV-PROBATION-EXTENSION of probationary members",
        "without a record.",
        string.Empty,
        "Exit codes: 0 no error finding · 1 at least one error finding · 2 unreadable input or bad usage",
        string.Empty,
        "Examples:",
        "  partyorg development docs/examples/development.json",
        "  partyorg development organ.json --as-of 2026-12-31 --format json",
        string.Empty,
    });

    /// <inheritdoc />
    public int Run(CommandLine line, CommandIo io)
    {
        var format = line.Choice("format", "table", "table", "json");
        var language = Languages.Parse(line.Get("lang"), OutputLanguage.Chinese);
        var from = DocumentInput.Date(line, "from");
        var to = DocumentInput.Date(line, "to");
        DocumentInput.Date(line, "as-of");
        if (line.Get("profile") is not null)
        {
            DocumentInput.Profile(line, null);
        }

        var document = DocumentInput.Load(Name, line, io);
        if (document is null)
        {
            return CliApp.BadInput;
        }

        var profile = DocumentInput.Profile(line, document);
        var asOf = DocumentInput.AsOf(line, document, io, out var source);
        var start = from ?? new LocalDate(asOf.Year, 1, 1);
        var end = to ?? asOf;
        if (end < start)
        {
            throw new UsageException($"the audit window ends ({DocumentInput.Format(end)}) before it starts ({DocumentInput.Format(start)})");
        }

        var input = document.ToComplianceInput(asOf, new DateInterval(start, end));
        var applicantIds = new HashSet<string>(document.Development?.Applicants.Select(a => a.Id) ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
        var findings = new ComplianceChecker(profile).Check(input).Findings
            .Where(f => f.RuleId == PartyAgeRuleId || profile.FindRule(f.RuleId)?.Descriptor.Category == RuleCategory.Development
                        || (f.RuleId == ApprovalChainRuleId && applicantIds.Contains(f.SubjectId)))
            .ToArray();
        var plans = document.Development is { } log ? DevelopmentPlanner.Plan(log, asOf, profile.Get(DevelopmentParameters.Intervals, asOf)) : Array.Empty<ApplicantPlan>();
        var contract = ReportContracts.FromDevelopmentPlans(plans, asOf, findings, source);
        if (format == "json")
        {
            io.Out.Write(PartyOrgJson.Serialize(contract));
        }
        else
        {
            Table(io, contract, language != OutputLanguage.English, source);
        }

        return findings.Any(f => f.Severity == Severity.Error) ? CliApp.ErrorFindings : CliApp.Ok;
    }

    private static void Table(CommandIo io, DevelopmentReportContract contract, bool zh, string source)
    {
        var w = io.Out;
        w.WriteLine((zh ? "截至 " : "As of ") + DocumentInput.Format(contract.AsOf) + DocumentInput.SourceNote(source, zh));
        w.WriteLine();
        var table = new TextTable(
            zh ? "申请人" : "Applicant", zh ? "支部" : "Branch", zh ? "阶段" : "Stage", zh ? "下一步" : "Next step", zh ? "最早" : "Earliest", zh ? "期限" : "Due",
            zh ? "预备期满" : "Probation end", zh ? "党龄起算" : "Full since");
        foreach (var a in contract.Applicants)
        {
            var stage = DevelopmentStage.FromName(a.Stage);
            var step = DevelopmentStep.FromName(a.NextStep.Step);
            table.Add(a.Applicant, a.Branch, zh ? stage.ChineseName : stage.EnglishName, zh ? step.ChineseName : step.EnglishName,
                Date(a.NextStep.Earliest), Date(a.NextStep.Due), Date(a.ProbationEnd), Date(a.FullSince));
        }

        table.Write(w);
        w.WriteLine();
        if (contract.Findings.Count == 0)
        {
            w.WriteLine(zh ? "无发展党员问题。" : "No development findings.");
            return;
        }

        foreach (var f in contract.Findings)
        {
            w.WriteLine($"{f.Severity} [{f.RuleId}] {f.Subject}{(f.Period is { } period ? " " + period : string.Empty)}: {(zh ? f.Message.Chinese : f.Message.English)}");
        }
    }

    private static string Date(LocalDate? date) => date is { } d ? DocumentInput.Format(d) : "—";
}
