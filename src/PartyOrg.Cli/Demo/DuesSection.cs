using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using PartyOrg.Cli.Output;
using PartyOrg.Cli.Sample;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Dues;

namespace PartyOrg.Cli.Demo;

/// <summary>One month of dues (党费) for the sample organ: a generated ledger for October, audited as of the sample date.</summary>
public sealed class DuesSection : IDemoSection
{
    private static readonly decimal[] Bases = { 2800.00m, 3000.00m, 4600.00m, 5000.00m, 6500.00m, 9800.00m, 10000.00m, 10000.01m, 12600.00m };

    /// <inheritdoc />
    public int Order => 70;

    /// <inheritdoc />
    public string ChineseTitle => "党费：2026年10月";

    /// <inheritdoc />
    public string EnglishTitle => "Dues: October 2026";

    /// <inheritdoc />
    public void Write(TextWriter writer, OutputLanguage language)
    {
        var input = SampleOrgan.BuildInput();
        var tree = input.Tree;
        var month = new YearMonth(2026, 10);
        var calculator = DuesCalculator.Standard;
        var rows = new List<DuesLedgerRow>();
        var categories = new Dictionary<string, DuesCategory>();
        for (var i = 0; i < tree.Members.Count; i++)
        {
            var member = tree.Members[i];
            var category = i % 17 == 16 ? DuesCategory.Retired : DuesCategory.Salaried;
            if (category != DuesCategory.Salaried)
            {
                categories[member.Id] = category;
            }

            var monthlyBase = Bases[i % Bases.Length];
            var due = calculator.Compute(category, monthlyBase, month).Amount;

            // Two members show the audit at work: one pays on the marginal reading of the bands, one has not paid.
            var paid = i == 4 ? 57.50m : i == 9 ? 0m : due;
            rows.Add(new DuesLedgerRow(member.Id, month, monthlyBase, paid, paid > 0m ? new LocalDate(2026, 10, 12) : null));
        }

        var ledger = DuesLedger.Create(tree, rows, null, categories);
        var statement = DuesStatement.Compute(tree, ledger, input.AsOf, calculator);
        var firstBranch = statement.Lines[0].BranchId;
        var table = new TextTable(language.Pick("党员", "Member"), language.Pick("类别", "Category"), language.Pick("基数", "Base"), language.Pick("比例", "Rate"),
            language.Pick("应交", "Due"), language.Pick("实交", "Paid"), language.Pick("差额", "Balance"));
        foreach (var line in statement.Lines.Where(l => l.BranchId == firstBranch))
        {
            table.Add(line.MemberId, language.Pick(line.Category.ChineseName, line.Category.EnglishName), line.Base is { } b ? DuesMoney.Format(b) : "—",
                line.Rate is { } r ? (r * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%" : "—",
                DuesMoney.Format(line.AmountDue), DuesMoney.Format(line.Paid), DuesMoney.Format(line.Balance));
        }

        writer.WriteLine(language.Pick("支部 " + firstBranch + " 的明细（比例适用于全部基数，上限含本数）：", "Rows of branch " + firstBranch + " (the rate applies to the whole base, upper bounds inclusive):"));
        table.Write(writer);
        writer.WriteLine();
        var totals = new TextTable(language.Pick("支部", "Branch"), language.Pick("人数", "Rows"), language.Pick("应交合计", "Due"), language.Pick("实交合计", "Paid"), language.Pick("差额", "Balance"));
        foreach (var t in statement.Totals)
        {
            totals.Add(t.BranchId, t.Rows.ToString(CultureInfo.InvariantCulture), DuesMoney.Format(t.AmountDue), DuesMoney.Format(t.Paid), DuesMoney.Format(t.Balance));
        }

        totals.Write(writer);
        writer.WriteLine();
        var report = new ComplianceChecker(ComplianceProfile.StateOrgans)
            .Check(new ComplianceInput(tree, input.AsOf).WithWindow(new DateInterval(new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 31))).WithDues(ledger));
        foreach (var f in report.Findings.Where(f => f.RuleId.StartsWith("DUES-", System.StringComparison.Ordinal)))
        {
            writer.WriteLine(language.Pick(f.Severity.ToChineseName(), f.Severity.ToContractName()) + " [" + f.RuleId + "] " + language.Pick(f.Message.Chinese, f.Message.English));
        }
    }
}
