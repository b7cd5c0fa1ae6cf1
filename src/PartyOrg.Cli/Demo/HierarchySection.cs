using System.IO;
using System.Linq;
using PartyOrg.Cli.Output;
using PartyOrg.Cli.Sample;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Cli.Demo;

/// <summary>The sample organ's hierarchy with member counts and leaders.</summary>
public sealed class HierarchySection : IDemoSection
{
    /// <inheritdoc />
    public int Order => 10;

    /// <inheritdoc />
    public string ChineseTitle => "组织体系";

    /// <inheritdoc />
    public string EnglishTitle => "Organization hierarchy";

    /// <inheritdoc />
    public void Write(TextWriter writer, OutputLanguage language)
    {
        var tree = SampleOrgan.BuildTree();
        var table = new TextTable(language.Pick("组织", "Organization"), language.Pick("编号", "id"), language.Pick("类型", "Kind"),
            language.Pick("正式/预备（本级）", "Full/prob. (own)"), language.Pick("合计（含下级）", "Rolled up"), language.Pick("书记", "Secretary"));
        foreach (var org in tree.InPreorder)
        {
            var indent = new string(' ', tree.Depth(org.Id) * 2);
            var kind = org.Form is { } f && f != BranchForm.Regular ? f.ChineseName : org.Kind.ShortChineseName;
            var kindText = language.Pick(kind, org.Form is { } ff && ff != BranchForm.Regular ? ff.EnglishName : org.Kind.EnglishName);
            var own = tree.MemberCount(org.Id);
            var rolled = tree.RolledUpMemberCount(org.Id);
            var secretary = tree.PostsOf(org.Id, SampleOrgan.AsOf).FirstOrDefault(p => p.Kind == PostKind.Secretary || p.Kind == PostKind.GroupLeader);
            table.Add(indent + org.Name, org.Id, kindText, $"{own.Full}/{own.Probationary}", rolled.Total.ToString(System.Globalization.CultureInfo.InvariantCulture),
                secretary is null ? "—" : tree.GetMember(secretary.MemberId).Name);
        }

        table.Write(writer);
        var lg = tree.LeadingGroupOf("oc-drc");
        var wc = tree.WorkingCommitteeOf("oc-drc");
        writer.WriteLine();
        writer.WriteLine(language.Pick(
            $"机关党委双重领导：{wc?.Name}统一领导，{lg?.Name}具体领导（ORGAN-DUAL-LEADERSHIP）。",
            $"The organ committee has two leaders: uniform leadership by {wc?.Id}, specific leadership by {lg?.Id} (ORGAN-DUAL-LEADERSHIP)."));
    }
}
