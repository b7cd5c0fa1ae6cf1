using System.Globalization;
using NodaTime;

namespace PartyOrg.Domain.Internal;

/// <summary>
/// A date as text in the ISO form "uuuu-MM-dd" — the text of <c>date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)</c>,
/// made without NodaTime's pattern engine for the ISO years 1–9999 (findings word dates by the hundred thousand).
/// </summary>
internal static class IsoDate
{
    /// <summary>The date as "uuuu-MM-dd".</summary>
    internal static string Format(LocalDate date)
    {
        var year = date.Year;
        if (year < 1 || year > 9999 || date.Calendar != CalendarSystem.Iso)
        {
            return date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        }

        var month = date.Month;
        var day = date.Day;
        var text = new char[10];
        text[0] = (char)('0' + (year / 1000));
        text[1] = (char)('0' + (year / 100 % 10));
        text[2] = (char)('0' + (year / 10 % 10));
        text[3] = (char)('0' + (year % 10));
        text[4] = '-';
        text[5] = (char)('0' + (month / 10));
        text[6] = (char)('0' + (month % 10));
        text[7] = '-';
        text[8] = (char)('0' + (day / 10));
        text[9] = (char)('0' + (day % 10));
        return new string(text);
    }
}
