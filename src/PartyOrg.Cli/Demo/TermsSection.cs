using System.Globalization;
using System.IO;
using System.Linq;
using PartyOrg.Cli.Output;
using PartyOrg.Cli.Sample;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Terms;

namespace PartyOrg.Cli.Demo;

/// <summary>The sample organ's 换届 calendar: each elected body's term, milestones and status, and the term history.</summary>
public sealed class TermsSection : IDemoSection
{
    /// <inheritdoc />
    public int Order => 50;

    /// <inheritdoc />
    public string ChineseTitle => "任期与换届日历";

    /// <inheritdoc />
    public string EnglishTitle => "Terms and the term-change calendar";

    /// <inheritdoc />
    public void Write(TextWriter writer, OutputLanguage language)
    {
        var input = SampleOrgan.BuildInput();
        var tree = input.Tree;
        var terms = input.Terms ?? TermSet.Empty;
        var policy = TermParameters.PolicyOf(ComplianceProfile.StateOrgans);
        var calendar = TermCalendar.Build(tree, terms, policy, input.AsOf);

        var table = new TextTable(language.Pick("组织", "Body"), language.Pick("编号", "id"), language.Pick("任期开始", "Start"), language.Pick("年限", "Years"),
            language.Pick("届满", "Expiry"), language.Pick("提醒", "Reminder"), language.Pick("请示", "Request"), language.Pick("报告", "Report"),
            language.Pick("状态", "Status"), language.Pick("调整", "Adjustment"));
        foreach (var e in calendar.Entries)
        {
            var adj = e.Adjustment is { } a
                ? language.Pick($"{a.Kind.ChineseName}至{a.Until:uuuu-MM-dd}{(a.ApprovedBy is null ? "（未批准）" : "（" + a.ApprovedBy + "批准）")}",
                    $"{a.Kind.Name} to {a.Until:uuuu-MM-dd}{(a.ApprovedBy is null ? " (not approved)" : " (approved by " + a.ApprovedBy + ")")}")
                : "—";
            table.Add(e.Organization.Name, e.OrganizationId, Date(e.Term.Start), Years(e), Date(e.Expiry), Date(e.ReminderDue), Date(e.RequestDue),
                Date(e.ReportDue), language.Pick(e.Status.ChineseName, e.Status.Name), adj);
        }

        table.Write(writer);
        writer.WriteLine();
        writer.WriteLine(language.Pick(
            "年限带 * 的取自方案（按任期开始日适用的版本）；2018年7月12日前开始的任期沿用原年限（委员会4年、总支3年、支部2年），下次换届起适用5/3/3年。",
            "Years marked * come from the profile, by the version in force at the start: terms begun before 2018-07-12 keep the legacy length (committee 4, general branch 3, branch 2) and switch to 5/3/3 at the next election."));
        writer.WriteLine(language.Pick("无任期（不经选举）：", "No term (not elected): ") + string.Join(", ", calendar.NotElected));
        writer.WriteLine();

        writer.WriteLine(language.Pick("任期记录（含以往各届）：", "Term history (every recorded term):"));
        var history = new TextTable(language.Pick("组织", "Body"), language.Pick("任期开始", "Start"), language.Pick("年限", "Years"),
            language.Pick("依据", "Length set by"), language.Pick("届满", "Expiry"), language.Pick("下届开始", "Next election"));
        foreach (var org in tree.InPreorder)
        {
            foreach (var term in terms.TermsOf(org.Id))
            {
                var e = TermCalendarEntry.For(org, term, policy, input.AsOf);
                var next = terms.Successor(term);
                history.Add(org.Id, Date(term.Start), Years(e), language.Pick(e.LengthCitation.ToChinese(), e.LengthCitation.ToEnglish()), Date(e.Expiry),
                    next is null ? "—" : Date(next.Start));
            }
        }

        history.Write(writer);
        writer.WriteLine();
        var report = new ComplianceChecker(ComplianceProfile.StateOrgans).Check(input);
        foreach (var f in report.Findings.Where(f => f.RuleId.StartsWith("TERM-", System.StringComparison.Ordinal)))
        {
            writer.WriteLine($"  [{language.Pick(f.Severity.ToChineseName(), f.Severity.ToContractName())}] {f.RuleId} {f.SubjectId}: {f.Message.Get(language.Tag())}");
        }
    }

    private static string Date(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Years(TermCalendarEntry e) => e.Years.ToString(CultureInfo.InvariantCulture) + (e.YearsFromPolicy ? "*" : string.Empty);
}
