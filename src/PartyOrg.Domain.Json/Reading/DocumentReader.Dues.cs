using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using NodaTime;
using PartyOrg.Domain.Dues;
using PartyOrg.Domain.Json.Contracts;

namespace PartyOrg.Domain.Json.Reading;

/// <summary>The shape pass of the dues sections (revision 2): money strings, months, the dues enums.</summary>
internal sealed partial class DocumentReader
{
    internal static readonly IReadOnlyList<string> DuesCategories = DuesCategory.List.OrderBy(k => k.Value).Select(k => k.Name).ToArray();
    internal static readonly IReadOnlyList<string> DuesArrangements = DuesArrangement.List.OrderBy(k => k.Value).Select(k => k.Name).ToArray();
    internal static readonly IReadOnlyList<string> DuesExemptionKinds = DuesExemptionKind.List.OrderBy(k => k.Value).Select(k => k.Name).ToArray();

    private static readonly string[] DuesRowFields = { "member", "month", "base", "paid", "paidOn", "voluntary", "category", "arrangement" };
    private static readonly string[] DuesExemptionFields = { "member", "kind", "amount", "from", "until", "branchDecidedOn", "approvedBy", "approvedOn" };

    private DuesRowContract? DuesRow(JsonElement e, string path) => Element(e, path, DuesRowFields, r => new DuesRowContract
    {
        Member = r.Id("member", true) ?? string.Empty,
        Month = Month(r, "month", true) ?? string.Empty,
        Base = Money(r, "base", false),
        Paid = Money(r, "paid", false),
        PaidOn = r.Date("paidOn", false),
        Voluntary = Money(r, "voluntary", false),
        Category = r.Enum("category", false, DuesCategories),
        Arrangement = r.Enum("arrangement", false, DuesArrangements),
    });

    private DuesExemptionContract? DuesExemption(JsonElement e, string path) => Element(e, path, DuesExemptionFields, r => new DuesExemptionContract
    {
        Member = r.Id("member", true) ?? string.Empty,
        Kind = r.Enum("kind", true, DuesExemptionKinds) ?? string.Empty,
        Amount = Money(r, "amount", false),
        From = Month(r, "from", true) ?? string.Empty,
        Until = Month(r, "until", false),
        BranchDecidedOn = r.Date("branchDecidedOn", false),
        ApprovedBy = r.Id("approvedBy", false),
        ApprovedOn = r.Date("approvedOn", false),
    });

    /// <summary>A month string <c>yyyy-MM</c>.</summary>
    private string? Month(ObjectReader r, string name, bool required)
    {
        if (r.Value(name, required) is not { } v)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.String)
        {
            problems.Add(r.At(name), "expected a month string yyyy-MM, e.g. \"2026-03\", found " + JsonPaths.Describe(v));
            return null;
        }

        var text = v.GetString()!;
        if (!DuesMonths.TryParse(text, out _))
        {
            problems.Add(r.At(name), $"{JsonPaths.Quote(text)} is not a month; expected yyyy-MM with a month 01–12 and a year 1900–2199, e.g. \"2026-03\"");
            return null;
        }

        return text;
    }

    /// <summary>A money string: a decimal number of yuan, not negative, at most two decimals (never a JSON number).</summary>
    private string? Money(ObjectReader r, string name, bool required)
    {
        if (r.Value(name, required) is not { } v)
        {
            return null;
        }

        const string Expected = "a decimal string of yuan with at most two decimals, e.g. \"6500\", \"6500.5\" or \"6500.00\"";
        if (v.ValueKind != JsonValueKind.String)
        {
            problems.Add(r.At(name), "expected " + Expected + " (money is a JSON string, never a number), found " + JsonPaths.Describe(v));
            return null;
        }

        var text = v.GetString()!;
        if (text.StartsWith("-", System.StringComparison.Ordinal) && IsMoney(text.Substring(1)))
        {
            problems.Add(r.At(name), $"{JsonPaths.Quote(text)} is negative; an amount of money is never negative");
            return null;
        }

        if (!IsMoney(text))
        {
            problems.Add(r.At(name), $"{JsonPaths.Quote(text)} is not an amount of money; expected " + Expected);
            return null;
        }

        return text;
    }

    /// <summary>The value of a money string the shape pass accepted.</summary>
    internal static decimal ParseMoney(string text) => decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    /// <summary>The value of a month string the shape pass accepted.</summary>
    internal static YearMonth ParseMonth(string text) => DuesMonths.TryParse(text, out var m) ? m : throw new System.FormatException("not a month: " + text);

    /// <summary>Digits (1–12), optionally a point and one or two digits.</summary>
    private static bool IsMoney(string text)
    {
        var point = text.IndexOf('.');
        var whole = point < 0 ? text : text.Substring(0, point);
        var fraction = point < 0 ? string.Empty : text.Substring(point + 1);
        return whole.Length is >= 1 and <= 12 && whole.All(c => c is >= '0' and <= '9')
            && (point < 0 || (fraction.Length is 1 or 2 && fraction.All(c => c is >= '0' and <= '9')));
    }
}
