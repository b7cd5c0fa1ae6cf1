using System;
using System.Globalization;

namespace PartyOrg.Domain.Dues;

/// <summary>Money of the dues ledger: <see cref="decimal"/> yuan, never negative in the input, at most two decimal places.</summary>
public static class DuesMoney
{
    /// <summary>Whether <paramref name="amount"/> is a valid input amount: not negative, at most two decimal places.</summary>
    /// <param name="amount">The amount in yuan.</param>
    /// <returns>True when valid.</returns>
    public static bool IsValid(decimal amount) => amount >= 0m && decimal.Round(amount, 2) == amount;

    /// <summary>Formats an amount with exactly two decimals, invariant culture: <c>97.50</c>, <c>-0.20</c>.</summary>
    /// <param name="amount">The amount in yuan (at most two decimal places).</param>
    /// <returns>The text.</returns>
    public static string Format(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Throws when <paramref name="amount"/> is not a valid input amount.</summary>
    internal static decimal Check(decimal amount, string name)
    {
        if (amount < 0m)
        {
            throw new ArgumentOutOfRangeException(name, amount, $"an amount of money must not be negative, found {amount.ToString(CultureInfo.InvariantCulture)}");
        }

        if (decimal.Round(amount, 2) != amount)
        {
            throw new ArgumentException($"an amount of money has at most two decimal places (fen), found {amount.ToString(CultureInfo.InvariantCulture)}", name);
        }

        return amount;
    }

    internal static decimal? Check(decimal? amount, string name) => amount is { } a ? Check(a, name) : null;
}
