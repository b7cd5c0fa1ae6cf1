using System;
using System.Globalization;
using NodaTime;

namespace PartyOrg.Domain.Calendars;

/// <summary>
/// 统计期 — a month, quarter, half year, year or custom window of local dates, the unit in which meeting
/// obligations are owed and findings are reported. <see cref="ToString"/> is the one formatter of every output, in the
/// forms of the JSON contract: a month <c>2026-03</c>, a quarter <c>2026-Q1</c>, a year <c>2026</c>, and any other
/// period (a run of months, a custom window, a half year) as an ISO 8601 interval of dates <c>2026-03-01/2026-08-31</c>.
/// <see cref="Parse"/> reads those forms and also <c>2026-H1</c>.
/// </summary>
/// <remarks>
/// An immutable value: equality is by kind, start and end. Ordering is chronological by start date, then by end
/// date (a month sorts before the quarter that begins with it).
/// </remarks>
public readonly struct ReportingPeriod : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>
{
    private ReportingPeriod(PeriodKind kind, LocalDate start, LocalDate end)
    {
        Kind = kind;
        Start = start;
        End = end;
    }

    /// <summary>The granularity.</summary>
    public PeriodKind Kind { get; }

    /// <summary>The first day of the period.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day of the period (inclusive).</summary>
    public LocalDate End { get; }

    /// <summary>The period as a NodaTime interval (end inclusive).</summary>
    public DateInterval Interval => new(Start, End);

    /// <summary>The calendar month containing <paramref name="date"/>.</summary>
    /// <param name="date">Any day of the month.</param>
    /// <returns>The month.</returns>
    public static ReportingPeriod MonthOf(LocalDate date) => Month(date.Year, date.Month);

    /// <summary>A calendar month.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The month.</returns>
    public static ReportingPeriod Month(int year, int month)
    {
        var start = new LocalDate(year, month, 1);
        return new ReportingPeriod(PeriodKind.Month, start, new LocalDate(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month)));
    }

    /// <summary>The calendar quarter containing <paramref name="date"/>.</summary>
    /// <param name="date">Any day of the quarter.</param>
    /// <returns>The quarter.</returns>
    public static ReportingPeriod QuarterOf(LocalDate date) => Quarter(date.Year, ((date.Month - 1) / 3) + 1);

    /// <summary>A calendar quarter.</summary>
    /// <param name="year">The year.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <returns>The quarter.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quarter"/> is not 1 to 4.</exception>
    public static ReportingPeriod Quarter(int year, int quarter)
    {
        if (quarter is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "A quarter is 1 to 4.");
        }

        var start = new LocalDate(year, ((quarter - 1) * 3) + 1, 1);
        return new ReportingPeriod(PeriodKind.Quarter, start, new LocalDate(year, quarter * 3, CalendarSystem.Iso.GetDaysInMonth(year, quarter * 3)));
    }

    /// <summary>The half year containing <paramref name="date"/>.</summary>
    /// <param name="date">Any day of the half year.</param>
    /// <returns>The half year.</returns>
    public static ReportingPeriod HalfYearOf(LocalDate date) => HalfYear(date.Year, date.Month <= 6 ? 1 : 2);

    /// <summary>A half year.</summary>
    /// <param name="year">The year.</param>
    /// <param name="half">1 for January–June, 2 for July–December.</param>
    /// <returns>The half year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="half"/> is not 1 or 2.</exception>
    public static ReportingPeriod HalfYear(int year, int half)
    {
        if (half is < 1 or > 2)
        {
            throw new ArgumentOutOfRangeException(nameof(half), half, "A half year is 1 or 2.");
        }

        var start = new LocalDate(year, half == 1 ? 1 : 7, 1);
        return new ReportingPeriod(PeriodKind.HalfYear, start, half == 1 ? new LocalDate(year, 6, 30) : new LocalDate(year, 12, 31));
    }

    /// <summary>The calendar year containing <paramref name="date"/>.</summary>
    /// <param name="date">Any day of the year.</param>
    /// <returns>The year.</returns>
    public static ReportingPeriod YearOf(LocalDate date) => Year(date.Year);

    /// <summary>A calendar year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The year.</returns>
    public static ReportingPeriod Year(int year) => new(PeriodKind.Year, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));

    /// <summary>A custom window (a school term, an audit window).</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day (inclusive).</param>
    /// <returns>The window.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static ReportingPeriod Custom(LocalDate start, LocalDate end)
    {
        if (end < start)
        {
            throw new ArgumentException($"The end {end:uuuu-MM-dd} is before the start {start:uuuu-MM-dd}.", nameof(end));
        }

        return new ReportingPeriod(PeriodKind.Custom, start, end);
    }

    /// <summary>The period of the given kind that contains <paramref name="date"/>.</summary>
    /// <param name="kind">Month, quarter, half year or year.</param>
    /// <param name="date">A day inside the period.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is <see cref="PeriodKind.Custom"/>.</exception>
    public static ReportingPeriod Containing(PeriodKind kind, LocalDate date) => kind switch
    {
        PeriodKind.Month => MonthOf(date),
        PeriodKind.Quarter => QuarterOf(date),
        PeriodKind.HalfYear => HalfYearOf(date),
        PeriodKind.Year => YearOf(date),
        _ => throw new ArgumentException("A custom period is not defined by one date.", nameof(kind)),
    };

    /// <summary>The next period of the same kind (for a custom window, the window of equal length that follows).</summary>
    /// <returns>The following period.</returns>
    /// <exception cref="InvalidOperationException">The following period would end after <see cref="LocalDate.MaxIsoValue"/>.</exception>
    public ReportingPeriod Next()
    {
        var length = Period.Between(Start, End, PeriodUnits.Days).Days;
        var room = Period.DaysBetween(End, LocalDate.MaxIsoValue);
        if (Kind == PeriodKind.Custom ? room < length + 1 : room == 0)
        {
            throw new InvalidOperationException("No " + Kind + " period follows the one ending " + End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + ": it would end after " + LocalDate.MaxIsoValue.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + ".");
        }

        return Kind switch
        {
            PeriodKind.Custom => Custom(End.PlusDays(1), End.PlusDays(1).PlusDays(length)),
            _ => Containing(Kind, End.PlusDays(1)),
        };
    }

    /// <summary>Whether <paramref name="date"/> falls inside the period.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when Start ≤ date ≤ End.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>Whether the period is over on <paramref name="asOf"/>, i.e. its last day is on or before it.</summary>
    /// <param name="asOf">The "as of" date.</param>
    /// <returns>True when End ≤ asOf.</returns>
    public bool IsClosedOn(LocalDate asOf) => End <= asOf;

    /// <summary>Parses the contract form: <c>2026-03</c>, <c>2026-Q1</c>, <c>2026-H2</c>, <c>2026</c>, or <c>yyyy-MM-dd/yyyy-MM-dd</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The period.</returns>
    /// <exception cref="FormatException">The text is not a period in one of those forms.</exception>
    public static ReportingPeriod Parse(string text) =>
        TryParse(text, out var p) ? p : throw new FormatException($"\"{text}\" is not a period; expected 2026-03, 2026-Q1, 2026-H1, 2026 or 2026-03-01/2026-07-15.");

    /// <summary>Tries to parse the contract form.</summary>
    /// <param name="text">The text.</param>
    /// <param name="period">The period, when parsed.</param>
    /// <returns>True when parsed.</returns>
    public static bool TryParse(string? text, out ReportingPeriod period)
    {
        period = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var ci = CultureInfo.InvariantCulture;
        var slash = text!.IndexOf('/');
        if (slash > 0)
        {
            var a = NodaTime.Text.LocalDatePattern.Iso.Parse(text.Substring(0, slash));
            var b = NodaTime.Text.LocalDatePattern.Iso.Parse(text.Substring(slash + 1));
            if (!a.Success || !b.Success || b.Value < a.Value)
            {
                return false;
            }

            period = Custom(a.Value, b.Value);
            return true;
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, ci, out var y) && y >= 1)
        {
            period = Year(y);
            return true;
        }

        if (text.Length == 7 && text[4] == '-' && int.TryParse(text.Substring(0, 4), NumberStyles.None, ci, out y) && y >= 1)
        {
            var tail = text.Substring(5);
            if (tail[0] == 'Q' && tail[1] is >= '1' and <= '4')
            {
                period = Quarter(y, tail[1] - '0');
                return true;
            }

            if (tail[0] == 'H' && tail[1] is '1' or '2')
            {
                period = HalfYear(y, tail[1] - '0');
                return true;
            }

            if (int.TryParse(tail, NumberStyles.None, ci, out var m) && m is >= 1 and <= 12)
            {
                period = Month(y, m);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The contract form, written by every output: <c>2026-03</c> (month), <c>2026-Q1</c> (quarter), <c>2026</c> (year),
    /// otherwise the ISO 8601 interval of its first and last days, <c>2026-03-01/2026-08-31</c> (a custom window, a run
    /// of months, and a half year, which the contract has no shorter form for).
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        if (Start.Year is >= 1 and <= 9999 && End.Year is >= 1 and <= 9999)
        {
            return Digits(); // the text of the patterns below, written digit by digit (a report formats a period per finding)
        }

        var ci = CultureInfo.InvariantCulture;
        return Kind switch
        {
            PeriodKind.Month => Start.ToString("uuuu'-'MM", ci),
            PeriodKind.Quarter => Start.Year.ToString("0000", ci) + "-Q" + (((Start.Month - 1) / 3) + 1).ToString(ci),
            PeriodKind.Year => Start.Year.ToString("0000", ci),
            _ => Start.ToString("uuuu'-'MM'-'dd", ci) + "/" + End.ToString("uuuu'-'MM'-'dd", ci),
        };
    }

    /// <summary><see cref="ToString"/> for years 1 to 9999, written digit by digit.</summary>
    private string Digits()
    {
        char[] text;
        switch (Kind)
        {
            case PeriodKind.Month:
                text = new char[7];
                WriteYear(text, 0, Start.Year);
                text[4] = '-';
                WriteTwo(text, 5, Start.Month);
                break;
            case PeriodKind.Quarter:
                text = new char[7];
                WriteYear(text, 0, Start.Year);
                text[4] = '-';
                text[5] = 'Q';
                text[6] = (char)('1' + ((Start.Month - 1) / 3));
                break;
            case PeriodKind.Year:
                text = new char[4];
                WriteYear(text, 0, Start.Year);
                break;
            default:
                text = new char[21];
                WriteDate(text, 0, Start);
                text[10] = '/';
                WriteDate(text, 11, End);
                break;
        }

        return new string(text);
    }

    private static void WriteDate(char[] text, int at, LocalDate date)
    {
        WriteYear(text, at, date.Year);
        text[at + 4] = '-';
        WriteTwo(text, at + 5, date.Month);
        text[at + 7] = '-';
        WriteTwo(text, at + 8, date.Day);
    }

    private static void WriteYear(char[] text, int at, int year)
    {
        text[at] = (char)('0' + (year / 1000));
        text[at + 1] = (char)('0' + (year / 100 % 10));
        text[at + 2] = (char)('0' + (year / 10 % 10));
        text[at + 3] = (char)('0' + (year % 10));
    }

    private static void WriteTwo(char[] text, int at, int n)
    {
        text[at] = (char)('0' + (n / 10));
        text[at + 1] = (char)('0' + (n % 10));
    }

    /// <inheritdoc />
    public bool Equals(ReportingPeriod other) => Kind == other.Kind && Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReportingPeriod p && Equals(p);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((((int)Kind * 397) ^ Start.GetHashCode()) * 397 ^ End.GetHashCode());

    /// <inheritdoc />
    public int CompareTo(ReportingPeriod other)
    {
        var c = Start.CompareTo(other.Start);
        if (c != 0)
        {
            return c;
        }

        c = End.CompareTo(other.End);
        return c != 0 ? c : Kind.CompareTo(other.Kind);
    }

    /// <summary>Equality.</summary>
    /// <param name="left">A period.</param>
    /// <param name="right">Another period.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ReportingPeriod left, ReportingPeriod right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">A period.</param>
    /// <param name="right">Another period.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(ReportingPeriod left, ReportingPeriod right) => !left.Equals(right);
}
