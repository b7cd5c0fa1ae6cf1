using System.Collections.Generic;
using System.IO;
using PartyOrg.Cli.Output;
using PartyOrg.Cli.Sample;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Cli.Demo;

/// <summary>
/// A what-if on the sample organ: the price division's branch (b-3, 2 full members) is merged into the joint branch
/// b-5, and the structural findings before and after are compared (fixed / appeared).
/// </summary>
public sealed class RestructuringSection : IDemoSection
{
    /// <inheritdoc />
    public int Order => 30;

    /// <inheritdoc />
    public string ChineseTitle => "调整推演：价格处党支部并入联合党支部";

    /// <inheritdoc />
    public string EnglishTitle => "What-if: merge the price division's branch into the joint branch";

    /// <inheritdoc />
    public void Write(TextWriter writer, OutputLanguage language)
    {
        // The tree only: meeting and term records name the old branches, so they would not carry over to a what-if.
        var input = new ComplianceInput(SampleOrgan.BuildTree(), SampleOrgan.AsOf);
        var checker = new ComplianceChecker(ComplianceProfile.StateOrgans);
        var before = checker.Check(input);

        // b-5 continues as the joint branch (keeping its secretary) and now covers three divisions.
        var tree = input.Tree;
        var joint = tree.GetOrganization("b-5").WithCoveredUnits(3).WithName("价格处、区域协调处、地区振兴处联合党支部");
        var after = checker.Check(input.WithTree(tree.MergeIntoJointBranch(new[] { "b-5", "b-3" }, joint)));
        var diff = FindingComparison.Compare(before, after);

        writer.WriteLine(language.Pick(
            "将 b-5 和 b-3 合并为联合党支部 b-5：b-3 的党员转入 b-5，b-3 撤销。",
            "Restructuring.MergeIntoJointBranch([\"b-5\", \"b-3\"], joint b-5): b-3's members move to b-5 and b-3 is dissolved."));
        writer.WriteLine();
        var table = new TextTable(language.Pick("变化", "Change"), language.Pick("级别", "Severity"), language.Pick("规则", "Rule"),
            language.Pick("对象", "Subject"), language.Pick("实际", "Actual"));
        AddRows(table, language, diff.Fixed, language.Pick("已解决", "fixed"));
        AddRows(table, language, diff.Appeared, language.Pick("新出现", "appeared"));
        table.Write(writer);
        writer.WriteLine();
        writer.WriteLine(language.Pick(
            $"已解决 {diff.Fixed.Count}，新出现 {diff.Appeared.Count}，未变 {diff.Unchanged.Count}。",
            $"Fixed {diff.Fixed.Count}, appeared {diff.Appeared.Count}, unchanged {diff.Unchanged.Count}."));
        foreach (var f in diff.Appeared)
        {
            if (f.RuleId == "COM-DISCIPLINE-MEMBER" && f.SubjectId == "gb-1")
            {
                writer.WriteLine(language.Pick(
                    "说明：b-3 的一名党员是党总支 gb-1 的纪检委员，组织关系转出 gb-1 后不能再任该职，gb-1 需补选纪检委员。",
                    "Note: a member of b-3 was gb-1's discipline-inspection member; once registered outside gb-1 they cannot hold that seat, so gb-1 must fill it."));
            }
        }
    }

    private static void AddRows(TextTable table, OutputLanguage language, IEnumerable<Finding> findings, string change)
    {
        foreach (var f in findings)
        {
            table.Add(change, language.Pick(f.Severity.ToChineseName(), f.Severity.ToContractName()), f.RuleId, f.SubjectId, language.Pick(f.ActualText));
        }
    }
}
