using System;
using Ardalis.SmartEnum;

namespace PartyOrg.Domain.Dues;

/// <summary>How a computed amount is rounded to 0.01 yuan (once, per ledger row). The default is half-up.</summary>
public sealed class DuesRounding : SmartEnum<DuesRounding>
{
    /// <summary>Half away from zero (四舍五入): 0.125 → 0.13. The default.</summary>
    public static readonly DuesRounding HalfUp = new("half-up", 1);

    /// <summary>Half to even (banker's rounding): 0.125 → 0.12, 0.135 → 0.14.</summary>
    public static readonly DuesRounding HalfEven = new("half-even", 2);

    /// <summary>Truncation towards zero (舍去分以下): 0.129 → 0.12.</summary>
    public static readonly DuesRounding Truncate = new("truncate", 3);

    private DuesRounding(string name, int value)
        : base(name, value)
    {
    }

    /// <summary>Rounds an amount of yuan to 0.01.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The amount with at most two decimal places.</returns>
    public decimal Round(decimal amount)
    {
        if (Value == 1)
        {
            return Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        }

        if (Value == 2)
        {
            return Math.Round(amount, 2, MidpointRounding.ToEven);
        }

        return decimal.Truncate(amount * 100m) / 100m;
    }
}
