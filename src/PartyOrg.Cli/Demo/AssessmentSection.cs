using System.Globalization;
using System.IO;
using System.Linq;
using PartyOrg.Cli.Output;
using PartyOrg.Cli.Sample;
using PartyOrg.Domain.Assessment;
using PartyOrg.Domain.AssessmentData;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Cli.Demo;

/// <summary>
/// The sample organ graded with the built-in national 分类定级 scorecard for its current year (closed periods only), with
/// entered satisfaction rates and superiors' scores, and the weak and lax candidates the screen proposes.
/// </summary>
public sealed class AssessmentSection : IDemoSection
{
    /// <inheritdoc />
    public int Order => 80;

    /// <inheritdoc />
    public string ChineseTitle => "分类定级：按全国参考标准评分（评分表为数据）";

    /// <inheritdoc />
    public string EnglishTitle => "Classification grading with the national scorecard (a scorecard is data)";

    /// <inheritdoc />
    public void Write(TextWriter writer, OutputLanguage language)
    {
        var input = SampleOrgan.BuildInput();
        var year = SampleOrgan.AsOf.Year;
        var branches = input.Tree.Organizations.Where(o => o.Kind == OrganizationKind.Branch).ToArray();

        // Entered values (满意度测评, 上级评分) — deterministic, one branch below the 90 % satisfaction line.
        var entries = branches.SelectMany((b, i) => new[]
        {
            new AssessmentEntry(b.Id, year, "annual-plan", 1),
            new AssessmentEntry(b.Id, year, "venue", 8 + (i % 3)),
            new AssessmentEntry(b.Id, year, "performance", 11 + (i % 5)),
            new AssessmentEntry(b.Id, year, "satisfaction", i == 1 ? 0.86m : 0.92m + (0.01m * (i % 5))),
        });
        var card = ScorecardJson.BuiltIn("national-classification");
        var result = ScorecardEvaluator.Evaluate(card, ComplianceProfile.StateOrgans, input.WithAssessments(new AssessmentEntryLog(entries)), year);
        var ci = CultureInfo.InvariantCulture;
        string Grade(string id) => language.Pick(card.FindGrade(id)!.Name!);

        var table = new TextTable(language.Pick("组织", "Organization"), language.Pick("得分", "Score"), language.Pick("分数段", "Band"),
            language.Pick("等次", "Grade"), language.Pick("说明", "Note"));
        foreach (var sheet in result.Organizations)
        {
            var worst = sheet.Lines.Where(l => l.Points < l.Item.Max).OrderBy(l => l.Points - l.Item.Max).FirstOrDefault();
            var note = sheet.Adjustments.FirstOrDefault(a => a.Kind == "cap") is { } cap
                ? language.Pick(cap.Rule.Name!)
                : worst is null ? string.Empty : language.Pick(worst.Item.Name!) + " " + (worst.Points - worst.Item.Max).ToString("0.##", ci);
            table.Add(sheet.OrganizationId, sheet.Score.ToString("0.##", ci), Grade(sheet.BandGrade), Grade(sheet.Grade), note);
        }

        table.Write(writer);
        var screen = WeakOrganizationScreen.Propose(result);
        writer.WriteLine();
        writer.WriteLine(language.Pick(
            $"软弱涣散候选 {screen.Candidates.Count} 个（依据可计算的信号，由上级认定）。",
            $"{screen.Candidates.Count} weak and lax candidate(s) from the computable signals (the superior decides)."));
        foreach (var c in screen.Candidates.Take(3))
        {
            writer.WriteLine("  " + c.OrganizationId + ": " + string.Join("；", c.Signals.Select(s => language.Pick(s.Evidence))));
        }
    }
}
