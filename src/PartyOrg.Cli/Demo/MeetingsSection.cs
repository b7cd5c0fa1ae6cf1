using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using PartyOrg.Cli.Output;
using PartyOrg.Cli.Sample;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Meetings;

namespace PartyOrg.Cli.Demo;

/// <summary>三会一课: the month-by-kind grid of a few branches (met, missed, open) and the quarterly share of obligations met.</summary>
public sealed class MeetingsSection : IDemoSection
{
    private static readonly string[] Branches = { "b-1", "b-4", "b-7" };

    /// <inheritdoc />
    public int Order => 40;

    /// <inheritdoc />
    public string ChineseTitle => "三会一课与组织生活";

    /// <inheritdoc />
    public string EnglishTitle => "Meetings and organizational life";

    /// <inheritdoc />
    public void Write(TextWriter writer, OutputLanguage language)
    {
        var input = SampleOrgan.BuildInput();
        var window = new DateInterval(new LocalDate(SampleOrgan.AsOf.Year, 1, 1), SampleOrgan.AsOf);
        var audit = ComplianceProfile.StateOrgans.AuditMeetings(input.Tree, input.Meetings!, window, SampleOrgan.AsOf);
        var ci = CultureInfo.InvariantCulture;
        writer.WriteLine(language.Pick(
            $"会议记录 {input.Meetings!.Count} 条；截至 {SampleOrgan.AsOf:uuuu-MM-dd}。✓ 已完成  ✗ 未完成  … 进行中  ! 临近截止；季度、年度义务记在该周期最后一个月。",
            $"{input.Meetings!.Count} meeting records, as of {SampleOrgan.AsOf:uuuu-MM-dd}. ✓ met  ✗ missed  … open  ! due soon; quarterly and yearly obligations sit in their period's last month."));
        foreach (var branch in Branches)
        {
            writer.WriteLine();
            writer.WriteLine(input.Tree.GetOrganization(branch).Name + " (" + branch + ")");
            var headers = new[] { language.Pick("会议", "Meeting") }.Concat(Enumerable.Range(1, 12).Select(m => m.ToString("00", ci))).ToArray();
            var table = new TextTable(headers);
            foreach (var kind in audit.Obligations.Where(s => s.Obligation.OrganizationId == branch).Select(s => s.Obligation.Kind).Distinct())
            {
                var cells = new string[13];
                cells[0] = language.Pick(kind.ChineseName, kind.Name);
                foreach (var s in audit.Obligations.Where(s => s.Obligation.OrganizationId == branch && s.Obligation.Kind == kind))
                {
                    cells[s.Obligation.Period.End.Month] = Mark(s.State);
                }

                table.Add(cells);
            }

            table.Write(writer);
        }

        writer.WriteLine();
        writer.WriteLine(language.Pick("机关党委所属组织按季度完成率（已结束的周期）", "Share of obligations met per quarter in the organ committee's subtree (closed periods)"));
        var rows = audit.Summarize("oc-drc");
        var quarters = rows.Select(r => r.Quarter).Distinct().OrderBy(q => q).ToArray();
        var roll = new TextTable(new[] { language.Pick("会议", "Meeting") }.Concat(quarters.Select(q => q.ToString())).ToArray());
        foreach (var kind in rows.Select(r => r.Kind).Distinct().OrderBy(k => k.Value))
        {
            roll.Add(new[] { language.Pick(kind.ChineseName, kind.Name) }.Concat(quarters.Select(q =>
            {
                var r = rows.FirstOrDefault(x => x.Kind == kind && x.Quarter == q);
                return r is null ? string.Empty
                    : r.Share is { } share ? $"{r.Met}/{r.Owed} {share.ToString("P0", ci)}"
                    : r.Open > 0 ? language.Pick("进行中", "open") : language.Pick("已完成", "met");
            })).ToArray());
        }

        roll.Write(writer);
        writer.WriteLine();
        writer.WriteLine(language.Pick("书记讲党课（MTG-LECTURE-BY-SECRETARY，全年至少1次，由讲课当日在任的书记讲）", "Secretaries' Party lectures (MTG-LECTURE-BY-SECRETARY: at least one a year, by the secretary in post that day)"));
        foreach (var s in audit.Obligations.Where(s => s.Obligation.Requirement.Lecturer == LecturerRequirement.Secretary))
        {
            var org = input.Tree.GetOrganization(s.Obligation.OrganizationId);
            writer.WriteLine(language.Pick(
                $"  {org.Name}：{s.Obligation.Period} 年度已讲 {s.Count} 次，{StateName(s.State, language)}",
                $"  {org.Id}: {s.Count} lecture(s) in {s.Obligation.Period}, {StateName(s.State, language)}"));
        }
    }

    private static string StateName(ObligationState state, OutputLanguage language) => state switch
    {
        ObligationState.Met => language.Pick("已完成", "met"),
        ObligationState.Missed => language.Pick("未完成", "missed"),
        ObligationState.DueSoon => language.Pick("临近截止", "due soon"),
        _ => language.Pick("进行中（年底前须完成）", "open (due by the end of the year)"),
    };

    private static string Mark(ObligationState state) => state switch
    {
        ObligationState.Met => "✓",
        ObligationState.Missed => "✗",
        ObligationState.DueSoon => "!",
        _ => "…",
    };
}
