using System;
using System.Text;

namespace PartyOrg.Domain.Regulations;

/// <summary>Chinese numerals as used in article numbers (第二十六条, 第一百零五条).</summary>
public static class ChineseNumerals
{
    private static readonly string[] Digits = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

    /// <summary>Formats a number from 1 to 9999 in Chinese numerals: 10 → 十, 26 → 二十六, 105 → 一百零五.</summary>
    /// <param name="number">The number, 1 to 9999.</param>
    /// <returns>The numeral.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The number is outside 1..9999.</exception>
    public static string Format(int number)
    {
        if (number is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "Chinese article numerals are supported from 1 to 9999.");
        }

        if (number < 20 && number >= 10)
        {
            return number == 10 ? "十" : "十" + Digits[number - 10];
        }

        var units = new[] { (1000, "千"), (100, "百"), (10, "十"), (1, string.Empty) };
        var sb = new StringBuilder();
        var pendingZero = false;
        foreach (var (size, name) in units)
        {
            var digit = number / size % 10;
            if (digit == 0)
            {
                pendingZero = sb.Length > 0;
                continue;
            }

            if (pendingZero)
            {
                sb.Append(Digits[0]);
                pendingZero = false;
            }

            sb.Append(Digits[digit]).Append(name);
        }

        return sb.ToString();
    }
}
