using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using PartyOrg.Domain.Json.Contracts;
using PartyOrg.Domain.Leadership;

namespace PartyOrg.Domain.Json.Reading;

/// <summary>The shape pass of the <c>reports</c> and <c>trainings</c> sections (revision 2); plain reports go the flat fast path.</summary>
internal sealed partial class DocumentReader
{
    internal static readonly IReadOnlyList<string> ReportKinds = LeadershipReportKind.List.OrderBy(k => k.Value).Select(k => k.Name).ToArray();
    internal static readonly IReadOnlyList<string> ReviewGrades = ReviewGrade.List.OrderBy(k => k.Value).Select(k => k.Name).ToArray();

    private static readonly string[] ReportFields = { "kind", "organization", "year", "date", "by", "to", "grade" };

    /// <summary>The fast path's field table of a report (DocumentReader.Flat.cs); here, after the vocabularies it names (static fields initialise in the order of their file).</summary>
    private static readonly FlatField[] ReportTable =
    {
        FlatField.Enum("kind", true, ReportKinds), FlatField.SharedId("organization", true), FlatField.Int("year", true, 1900, 2199),
        FlatField.Date("date", true), FlatField.SharedId("by", false), FlatField.SharedId("to", false), FlatField.Enum("grade", false, ReviewGrades),
    };
    private static readonly string[] TrainingFields = { "member", "year", "hours", "note" };

    private LeadershipReportContract? LeadershipReport(JsonElement e, string path) => Element(e, path, ReportFields, r => new LeadershipReportContract
    {
        Kind = r.Enum("kind", true, ReportKinds) ?? string.Empty,
        Organization = r.Id("organization", true) ?? string.Empty,
        Year = Year(r, "year") ?? 0,
        Date = r.Date("date", true) ?? default,
        By = r.Id("by", false),
        To = r.Id("to", false),
        Grade = r.Enum("grade", false, ReviewGrades),
    });

    private TrainingContract? Training(JsonElement e, string path) => Element(e, path, TrainingFields, r => new TrainingContract
    {
        Member = r.Id("member", true) ?? string.Empty,
        Year = Year(r, "year") ?? 0,
        Hours = Hours(r, "hours") ?? 0m,
        Note = r.String("note", false),
    });

    /// <summary>A year 1900–2199.</summary>
    private int? Year(ObjectReader r, string name)
    {
        var year = r.Int(name, true, 1900);
        if (year > 2199)
        {
            problems.Add(r.At(name), "expected a year between 1900 and 2199, found " + year.Value.ToString(CultureInfo.InvariantCulture));
            return null;
        }

        return year;
    }

    /// <summary>Class hours: a JSON number ≥ 0 in whole or half hours.</summary>
    private decimal? Hours(ObjectReader r, string name)
    {
        if (r.Value(name, true) is not { } v)
        {
            return null;
        }

        const string Expected = "a number of class hours ≥ 0 in whole or half hours, e.g. 32 or 7.5";
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDecimal(out var hours))
        {
            problems.Add(r.At(name), "expected " + Expected + ", found " + JsonPaths.Describe(v));
            return null;
        }

        if (hours < 0 || decimal.Remainder(hours * 2, 1) != 0 || hours > 10000)
        {
            problems.Add(r.At(name), "expected " + Expected + " (at most 10000), found " + hours.ToString(CultureInfo.InvariantCulture));
            return null;
        }

        return hours;
    }
}
