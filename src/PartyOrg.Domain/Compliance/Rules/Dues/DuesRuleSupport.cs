using System.Globalization;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Dues;

namespace PartyOrg.Domain.Compliance;

/// <summary>Shared state of the dues rules: the ledger audited once per run.</summary>
internal static class DuesRuleSupport
{
    /// <summary>The whole ledger audited as of the run's date (null when the input has no dues section).</summary>
    internal static DuesStatement? Statement(ComplianceContext context) =>
        context.Input.Dues is null
            ? null
            : context.GetShared("dues.statement", c => DuesStatement.Compute(c.Tree, c.Input.Dues!, c.AsOf,
                new DuesCalculator(c.Parameter(DuesParameters.Schedule), c.Parameter(DuesParameters.Rounding))));

    /// <summary>Whether the line's month overlaps the audit window.</summary>
    internal static bool InWindow(ComplianceContext context, DuesLine line)
    {
        var first = line.Month.OnDayOfMonth(1);
        return first <= context.Window.End && first.PlusMonths(1).PlusDays(-1) >= context.Window.Start;
    }

    /// <summary>The month as a reporting period.</summary>
    internal static ReportingPeriod Period(DuesLine line) => ReportingPeriod.Month(line.Month.Year, line.Month.Month);

    internal static string Money(decimal amount) => DuesMoney.Format(amount);

    internal static string Percent(decimal? rate) =>
        rate is { } r ? (r * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%" : "—";

    internal static string Date(NodaTime.LocalDate date) => Internal.IsoDate.Format(date);
}
