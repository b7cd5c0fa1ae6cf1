using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Dues;
using PartyOrg.Domain.Json.Contracts;

namespace PartyOrg.Domain.Json;

/// <content>The dues output.</content>
public static partial class ReportContracts
{
    /// <summary>The output of <c>dues</c>: every audited ledger row, the totals per branch and the dues findings.</summary>
    /// <param name="statement">The audited ledger (<see cref="DuesStatement.Compute"/>).</param>
    /// <param name="findings">The DUES-* findings and the dues limb of LIFE-SELF-LAPSE-6M.</param>
    /// <param name="window">The months shown, or null (all rows).</param>
    /// <param name="asOfSource">Where the date came from, or null.</param>
    /// <returns>The contract.</returns>
    public static DuesReportContract FromDuesStatement(DuesStatement statement, IEnumerable<Finding> findings, DateInterval? window = null, string? asOfSource = null)
    {
        if (statement is null)
        {
            throw new ArgumentNullException(nameof(statement));
        }

        return new DuesReportContract
        {
            AsOf = statement.AsOf,
            AsOfSource = asOfSource,
            Rounding = statement.Rounding.Name,
            Window = window is null ? null : new WindowContract { From = window.Start, To = window.End },
            Dues = statement.Lines.Select(l => new DuesLineContract
            {
                Member = l.MemberId,
                Branch = l.BranchId,
                Month = DuesMonths.Format(l.Month),
                Category = l.Category.Name,
                Base = l.Base is { } b ? DuesMoney.Format(b) : null,
                Rate = l.Rate?.ToString(CultureInfo.InvariantCulture),
                AmountDue = DuesMoney.Format(l.AmountDue),
                Paid = DuesMoney.Format(l.Paid),
                PaidOn = l.PaidOn,
                Balance = DuesMoney.Format(l.Balance),
                Arrangement = l.Row.Arrangement.Name,
                DueBy = l.DueBy,
                Exemption = l.Exemption?.Name,
                Voluntary = l.Voluntary is { } v ? DuesMoney.Format(v) : null,
                RemitToCentre = l.RemitToCentre,
            }).ToArray(),
            Totals = statement.Totals.Select(t => new DuesTotalContract
            {
                Branch = t.BranchId,
                Rows = t.Rows,
                AmountDue = DuesMoney.Format(t.AmountDue),
                Paid = DuesMoney.Format(t.Paid),
                Balance = DuesMoney.Format(t.Balance),
                Voluntary = DuesMoney.Format(t.Voluntary),
            }).ToArray(),
            Findings = (findings ?? throw new ArgumentNullException(nameof(findings))).Select(FromFinding).ToArray(),
        };
    }
}
