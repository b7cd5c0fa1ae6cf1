using System;
using System.Globalization;
using System.Text;

namespace PartyOrg.Domain.Compliance;

/// <summary>Renders rule message formats: named placeholders and positional arguments, invariant culture.</summary>
internal static class MessageTemplate
{
    internal static string Render(string format, string subject, string expected, string actual, string period, object?[] args)
    {
        var sb = new StringBuilder(format.Length + 32);
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

            var token = format.Substring(i + 1, close - i - 1);
            string? value = token switch
            {
                "subject" => subject,
                "expected" => expected,
                "actual" => actual,
                "period" => period,
                _ => int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < args.Length
                    ? Convert.ToString(args[n], CultureInfo.InvariantCulture)
                    : null,
            };
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
}
