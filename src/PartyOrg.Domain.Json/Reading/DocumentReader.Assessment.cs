using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using PartyOrg.Domain.AssessmentData;
using PartyOrg.Domain.Json.Contracts;

namespace PartyOrg.Domain.Json.Reading;

/// <content>The assessment sections of the raw document.</content>
internal sealed partial class RawDocument
{
    /// <summary>
    /// The assessment values read: an <see cref="AssessmentEntryContract"/>, or, when the contracts are not kept, the
    /// domain's <see cref="AssessmentData.AssessmentEntry"/> made at once for a plain row (null: unreadable).
    /// </summary>
    internal List<object?> Assessments { get; set; } = new();

    internal List<RectificationContract?> Rectifications { get; set; } = new();

    internal bool HasAssessments { get; set; }

    internal bool HasRectifications { get; set; }

    /// <summary>The organization an assessment value (either form) names.</summary>
    internal static string AssessmentOrganization(object item) => item is AssessmentEntryContract c ? c.Organization : ((AssessmentData.AssessmentEntry)item).OrganizationId;
}

/// <summary>The shape pass of the <c>assessments</c> and <c>rectifications</c> sections.</summary>
internal sealed partial class DocumentReader
{
    internal static readonly IReadOnlyList<string> WeaknessTypes = WeaknessType.List.OrderBy(k => k.Value).Select(k => k.Name).ToArray();

    private static readonly string[] AssessmentFields = { "organization", "year", "item", "value", "assessor", "scorecard", "note" };
    private static readonly string[] RectificationFields =
        { "id", "organization", "types", "identifiedOn", "deadline", "planDue", "planFiledOn", "owner", "progress", "verifiedOn", "reInspectBy", "reInspectedOn" };

    private AssessmentEntryContract? AssessmentEntry(JsonElement e, string path) => Element(e, path, AssessmentFields, r => new AssessmentEntryContract
    {
        Organization = r.Id("organization", true) ?? string.Empty,
        Year = Year(r, "year") ?? 0,
        Item = r.Id("item", true) ?? string.Empty,
        Value = Number(r, "value") ?? 0m,
        Assessor = r.Id("assessor", false),
        Scorecard = r.Id("scorecard", false),
        Note = r.String("note", false),
    });

    private RectificationContract? Rectification(JsonElement e, string path) => Element(e, path, RectificationFields, r => new RectificationContract
    {
        Id = r.Id("id", true) ?? string.Empty,
        Organization = r.Id("organization", true) ?? string.Empty,
        Types = r.Array("types", true, (t, p) => ObjectReader.CheckEnum(t, p, WeaknessTypes, problems))?.Where(t => t is not null).Select(t => t!).ToArray() ?? new string[0],
        IdentifiedOn = r.Date("identifiedOn", true) ?? default,
        Deadline = r.Date("deadline", true) ?? default,
        PlanDue = r.Date("planDue", false),
        PlanFiledOn = r.Date("planFiledOn", false),
        Owner = r.String("owner", false),
        Progress = r.Array("progress", false, (m, p) => Month(m, p))?.Where(m => m is not null).Select(m => m!).ToArray(),
        VerifiedOn = r.Date("verifiedOn", false),
        ReInspectBy = r.Date("reInspectBy", false),
        ReInspectedOn = r.Date("reInspectedOn", false),
    });

    /// <summary>A month <c>yyyy-MM</c>.</summary>
    private string? Month(JsonElement v, string path)
    {
        var text = v.ValueKind == JsonValueKind.String ? ObjectReader.TryString(v) : null;
        if (text is null || text.Length != 7 || text[4] != '-' || !int.TryParse(text.Substring(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(text.Substring(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m < 1 || m > 12 || y < 1900 || y > 2199)
        {
            problems.Add(path, "expected a month yyyy-MM, e.g. \"2026-03\", found " + JsonPaths.Describe(v));
            return null;
        }

        return text;
    }

    /// <summary>A JSON number read exactly as a decimal.</summary>
    private decimal? Number(ObjectReader r, string name)
    {
        if (r.Value(name, true) is not { } v)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDecimal(out var d) || d < -1000000m || d > 1000000m)
        {
            problems.Add(r.At(name), "expected a number (a count, a rate from 0 to 1, or points), found " + JsonPaths.Describe(v));
            return null;
        }

        return d;
    }
}
