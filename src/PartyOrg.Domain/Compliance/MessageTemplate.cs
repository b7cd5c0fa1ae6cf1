using System.Collections.Generic;
using System;
using System.Globalization;
using System.Text;

namespace PartyOrg.Domain.Compliance;

/// <summary>Renders rule message formats: named placeholders and positional arguments, invariant culture.</summary>
internal static class MessageTemplate
{
    internal static string Render(string format, string subject, string expected, string actual, string period, object?[] args, IReadOnlyList<string>? names = null) =>
        Render(new StringBuilder(format.Length + 32), format, subject, expected, actual, period, args, names);

    /// <summary>Renders into <paramref name="sb"/> (cleared first; reused by a run for its many findings).</summary>
    internal static string Render(StringBuilder sb, string format, string subject, string expected, string actual, string period, object?[] args, IReadOnlyList<string>? names = null)
    {
        sb.Clear();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c != '{')
            {
                sb.Append(c);
                continue;
            }

            var close = format.IndexOf('}', i + 1);
            if (close < 0)
            {
                sb.Append(c);
                continue;
            }

            var length = close - i - 1;
            var value = Is(format, i + 1, length, "subject") ? subject
                : Is(format, i + 1, length, "expected") ? expected
                : Is(format, i + 1, length, "actual") ? actual
                : Is(format, i + 1, length, "period") ? period
                : Positional(format, i + 1, length) is var n && n >= 0 && n < args.Length ? Convert.ToString(args[n], CultureInfo.InvariantCulture)
                : Named(format, i + 1, length, names) is var k && k >= 0 && k < args.Length ? Convert.ToString(args[k], CultureInfo.InvariantCulture)
                : null;
            if (value is null)
            {
                sb.Append(c);
                continue;
            }

            sb.Append(value);
            i = close;
        }

        return sb.ToString();
    }

    private static bool Is(string format, int start, int length, string token) =>
        length == token.Length && string.CompareOrdinal(format, start, token, 0, length) == 0;

    /// <summary>The position of the named argument written in format[start, start + length), or −1.</summary>
    private static int Named(string format, int start, int length, IReadOnlyList<string>? names)
    {
        if (names is null)
        {
            return -1;
        }

        for (var k = 0; k < names.Count; k++)
        {
            if (Is(format, start, length, names[k]))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The number written in format[start, start + length), or −1 when it is not a plain number.</summary>
    private static int Positional(string format, int start, int length)
    {
        if (length == 0 || length > 6)
        {
            return -1;
        }

        var n = 0;
        for (var k = start; k < start + length; k++)
        {
            var d = format[k] - '0';
            if (d < 0 || d > 9)
            {
                return -1;
            }

            n = (n * 10) + d;
        }

        return n;
    }
}
