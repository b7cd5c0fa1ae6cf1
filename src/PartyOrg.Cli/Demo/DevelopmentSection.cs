using System.IO;
using System.Linq;
using PartyOrg.Cli.Output;
using PartyOrg.Cli.Sample;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Development;

namespace PartyOrg.Cli.Demo;

/// <summary>The sample's applicants (发展党员): stage, next step with its earliest date and deadline, and the development findings.</summary>
public sealed class DevelopmentSection : IDemoSection
{
    /// <inheritdoc />
    public int Order => 75;

    /// <inheritdoc />
    public string ChineseTitle => "发展党员：进度与期限";

    /// <inheritdoc />
    public string EnglishTitle => "Membership development: stages and deadlines";

    /// <inheritdoc />
    public void Write(TextWriter writer, OutputLanguage language)
    {
        var input = SampleOrgan.BuildInput();
        var table = new TextTable(language.Pick("申请人", "Applicant"), language.Pick("支部", "Branch"), language.Pick("阶段", "Stage"),
            language.Pick("下一步", "Next step"), language.Pick("最早", "Earliest"), language.Pick("期限", "Due"));
        foreach (var p in DevelopmentPlanner.Plan(input.Development!, input.AsOf))
        {
            table.Add(p.Applicant.Id + " " + p.Applicant.Name, p.Applicant.BranchId, language.Pick(p.Stage.ChineseName, p.Stage.EnglishName),
                language.Pick(p.Next.Step.ChineseName, p.Next.Step.EnglishName),
                p.Next.Earliest is { } e ? e.ToString("uuuu-MM-dd", null) : "—", p.Next.Due is { } d ? d.ToString("uuuu-MM-dd", null) : "—");
        }

        table.Write(writer);
        writer.WriteLine();
        var report = new ComplianceChecker(ComplianceProfile.StateOrgans).Check(input);
        foreach (var f in report.Findings.Where(f => ComplianceProfile.StateOrgans.FindRule(f.RuleId)?.Descriptor.Category == RuleCategory.Development))
        {
            writer.WriteLine(language.Pick(f.Severity.ToChineseName(), f.Severity.ToContractName()) + " [" + f.RuleId + "] " + language.Pick(f.Message.Chinese, f.Message.English));
        }

        // The same intervals drive the rules above and the plan: a local profile that allows 4 months for the approval
        // moves the deadline of an applicant awaiting approval by a month.
        var profile = ComplianceProfile.StateOrgans;
        var intervals = profile.Get(DevelopmentParameters.Intervals, input.AsOf);
        writer.WriteLine(language.Pick("发展党员时限：" + intervals.ToText().Chinese, "Intervals (development.intervals): " + intervals.ToText().English));
        var local = intervals.WithApprovalMonths(4, 8);
        foreach (var p in DevelopmentPlanner.Plan(input.Development!, input.AsOf, local).Where(p => p.ApprovalDue is not null && p.Stage == DevelopmentStage.AwaitingApproval))
        {
            writer.WriteLine(language.Pick("地方方案审批期4个月时，", "With a local approval period of 4 months, ") + p.Applicant.Id + language.Pick("的审批期限为", " is due for approval by ")
                + p.ApprovalDue!.Value.ToString("uuuu-MM-dd", null) + language.Pick("（全国：", " (national: ")
                + DevelopmentPlanner.Plan(p.Applicant, input.AsOf, intervals).ApprovalDue!.Value.ToString("uuuu-MM-dd", null) + language.Pick("）。", ")."));
        }

        var quiet = DevelopmentRollUp.BranchesWithoutDevelopment(input.Tree, input.Development, input.AsOf).Select(b => b.BranchId).ToArray();
        writer.WriteLine(language.Pick("两年以上未发展党员的支部：", "Branches with no admission for two years or more: ") + (quiet.Length == 0 ? "—" : string.Join(", ", quiet)));
    }
}
