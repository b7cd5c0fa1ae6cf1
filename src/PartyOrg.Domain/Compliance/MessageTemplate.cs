using System.Collections.Generic;
using System;
using System.Globalization;
using System.Text;
using PartyOrg.Domain.Calendars;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// Renders rule message formats: named placeholders and positional arguments, invariant culture. A placeholder that
/// names nothing (or whose value converts to null), and a <c>{</c> without a closing <c>}</c>, stay as written.
/// </summary>
internal static class MessageTemplate
{
#if NET
    /// <summary>The longest text rendered on the stack (rule messages are far shorter).</summary>
    private const int StackLength = 384;
#endif

    internal static string Render(string format, string subject, string expected, string actual, string period, object?[] args, IReadOnlyList<string>? names = null)
    {
        var values = new Values(subject, null, period, args, names);
        return Render(format, expected, actual, ref values);
    }

    /// <summary>
    /// Renders <paramref name="format"/> with the values of one finding (those shared by its two languages in
    /// <paramref name="values"/>, which keeps the texts it converts for the other language).
    /// </summary>
    internal static string Render(string format, string expected, string actual, ref Values values)
    {
#if NET
        // Written piece by piece into a buffer on the stack, then copied into the string once (no builder).
        Span<char> buffer = stackalloc char[StackLength];
        var at = 0;
        var i = 0;
        while (Next(format, ref i, expected, actual, ref values, out var start, out var count, out var value))
        {
            var piece = value is null ? format.AsSpan(start, count) : value.AsSpan();
            if (piece.Length > buffer.Length - at)
            {
                return Build(format, expected, actual, ref values);
            }

            piece.CopyTo(buffer.Slice(at));
            at += piece.Length;
        }

        return new string(buffer.Slice(0, at));
#else
        return Build(format, expected, actual, ref values);
#endif
    }

    /// <summary>Renders with a builder (netstandard2.0, or a text too long for the stack).</summary>
    private static string Build(string format, string expected, string actual, ref Values values)
    {
        var sb = new StringBuilder(format.Length + 32);
        var i = 0;
        while (Next(format, ref i, expected, actual, ref values, out var start, out var count, out var value))
        {
            if (value is null)
            {
                sb.Append(format, start, count);
            }
            else
            {
                sb.Append(value);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// The next piece of the text from <paramref name="i"/>: a run of the format (<paramref name="start"/>,
    /// <paramref name="count"/>, <paramref name="value"/> null) or a placeholder's value; false at the end.
    /// </summary>
    private static bool Next(string format, ref int i, string expected, string actual, ref Values values, out int start, out int count, out string? value)
    {
        start = i;
        value = null;
        if (i >= format.Length)
        {
            count = 0;
            return false;
        }

        if (format[i] != '{')
        {
            var open = format.IndexOf('{', i);
            count = (open < 0 ? format.Length : open) - i;
            i += count;
            return true;
        }

        var close = format.IndexOf('}', i + 1);
        if (close >= 0 && values.Resolve(format, i + 1, close - i - 1, expected, actual) is { } resolved)
        {
            value = resolved;
            count = 0;
            i = close + 1;
            return true;
        }

        count = 1;
        i++;
        return true;
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

    /// <summary>
    /// The values of a finding's placeholders that both languages share; the period's text and the arguments'
    /// texts are made when a placeholder first needs them, and kept for the other language.
    /// </summary>
    internal struct Values
    {
        private readonly string subject;
        private readonly ReportingPeriod? period;
        private readonly object?[] args;
        private readonly IReadOnlyList<string>? names;
        private string? periodText;
        private string?[]? argTexts;

        /// <summary>Creates the values.</summary>
        /// <param name="subject">The subject's display name.</param>
        /// <param name="period">The period (its text made when needed), or null.</param>
        /// <param name="periodText">The period's text when already made, or null (then <paramref name="period"/>'s text, or empty).</param>
        /// <param name="args">The arguments.</param>
        /// <param name="names">The arguments' names, or null.</param>
        internal Values(string subject, ReportingPeriod? period, string? periodText, object?[] args, IReadOnlyList<string>? names)
        {
            this.subject = subject;
            this.period = period;
            this.periodText = periodText;
            this.args = args;
            this.names = names;
            argTexts = null;
        }

        /// <summary>The value of the placeholder written in format[start, start + length), or null when it names nothing.</summary>
        internal string? Resolve(string format, int start, int length, string expected, string actual)
        {
            if (Is(format, start, length, "subject"))
            {
                return subject;
            }

            if (Is(format, start, length, "expected"))
            {
                return expected;
            }

            if (Is(format, start, length, "actual"))
            {
                return actual;
            }

            if (Is(format, start, length, "period"))
            {
                return periodText ??= period?.ToString() ?? string.Empty;
            }

            var n = Positional(format, start, length);
            if (n < 0 || n >= args.Length)
            {
                n = Named(format, start, length, names);
            }

            if (n < 0 || n >= args.Length)
            {
                return null;
            }

            argTexts ??= new string?[args.Length];
            return argTexts[n] ??= Convert.ToString(args[n], CultureInfo.InvariantCulture);
        }
    }
}
