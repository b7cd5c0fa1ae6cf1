using System.Globalization;
using NodaTime;

namespace PartyOrg.Domain.Dues;

/// <summary>Months of the dues ledger (<c>yyyy-MM</c>) and their dates.</summary>
public static class DuesMonths
{
    /// <summary>Formats a month as <c>yyyy-MM</c>.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The text, e.g. <c>2026-03</c>.</returns>
    public static string Format(YearMonth month) =>
        month.Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + month.Month.ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>Parses <c>yyyy-MM</c> strictly (four-digit year 1900–2199, two-digit month).</summary>
    /// <param name="text">The text.</param>
    /// <param name="month">The month when valid.</param>
    /// <returns>True when valid.</returns>
    public static bool TryParse(string? text, out YearMonth month)
    {
        month = default;
        if (text is null || text.Length != 7 || text[4] != '-')
        {
            return false;
        }

        for (var i = 0; i < 7; i++)
        {
            if (i != 4 && text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        var year = int.Parse(text.Substring(0, 4), CultureInfo.InvariantCulture);
        var m = int.Parse(text.Substring(5, 2), CultureInfo.InvariantCulture);
        if (year < 1900 || year > 2199 || m < 1 || m > 12)
        {
            return false;
        }

        month = new YearMonth(year, m);
        return true;
    }

    /// <summary>The month <paramref name="months"/> after <paramref name="month"/>.</summary>
    /// <param name="month">The month.</param>
    /// <param name="months">How many months later (may be negative).</param>
    /// <returns>The month.</returns>
    public static YearMonth Plus(YearMonth month, int months)
    {
        var key = Key(month) + months;
        return new YearMonth(key / 12, (key % 12) + 1);
    }

    /// <summary>A month as a running number (year × 12 + month − 1), for arithmetic.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The number.</returns>
    public static int Key(YearMonth month) => (month.Year * 12) + month.Month - 1;
}
