using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartyOrg.Domain.AssessmentData;
using PartyOrg.Domain.Json.Contracts;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Json.Reading;

/// <content>The assessment sections of the mapped document.</content>
internal sealed partial class Sections
{
    internal AssessmentEntryLog? Assessments { get; set; }

    internal RectificationLog? Rectifications { get; set; }
}

/// <summary>
/// The domain pass of the <c>assessments</c> and <c>rectifications</c> sections: organisations checked against the tree,
/// repeated keys and out-of-order dates reported at their paths; the logs are built when there is no problem.
/// </summary>
internal static class AssessmentMapper
{
    internal static void Build(RawDocument raw, OrganizationTree tree, ProblemList problems, Sections sections)
    {
        if (raw.HasAssessments)
        {
            // Entries naming an organization are made; the log's own check finds the repeated keys (one pass over the
            // values, not a second set here), and each is reported at its element, in the document's order with the
            // unknown organizations.
            var entries = new List<AssessmentEntry>(raw.Assessments.Count);
            var at = new List<int>(raw.Assessments.Count);
            var found = new List<(int Index, string Path, string Message)>();
            for (var i = 0; i < raw.Assessments.Count; i++)
            {
                if (raw.Assessments[i] is not { } c || raw.Invalid.Contains(c))
                {
                    continue;
                }

                var organization = RawDocument.AssessmentOrganization(c);
                if (!tree.TryGetOrganization(organization, out _))
                {
                    found.Add((i, JsonPaths.Property(JsonPaths.Index("$.assessments", i), "organization"), $"no organization {JsonPaths.Quote(organization)}"));
                    continue;
                }

                entries.Add(c as AssessmentEntry ?? Entry((AssessmentEntryContract)c));
                at.Add(i);
            }

            AssessmentEntryLog? log = null;
            try
            {
                log = new AssessmentEntryLog(entries);
            }
            catch (PartyOrgDataException e)
            {
                // The log refuses only a second value for a key (organisation, year, item, assessor, scorecard).
                foreach (var repeated in e.Problems)
                {
                    var i = at[repeated.Index];
                    var c = entries[repeated.Index];
                    found.Add((i, JsonPaths.Property(JsonPaths.Index("$.assessments", i), "item"), $"a second value for item {JsonPaths.Quote(c.Item)} of {JsonPaths.Quote(c.OrganizationId)} in {c.Year} (same assessor and scorecard)"));
                }
            }

            foreach (var (_, path, message) in found.OrderBy(f => f.Index))
            {
                problems.Add(path, message);
            }

            // Indexes must match the document for error paths: kept only when every entry was made and none repeats.
            if (found.Count == 0 && entries.Count == raw.Assessments.Count)
            {
                sections.Assessments = log;
            }
        }

        if (raw.HasRectifications)
        {
            var before = problems.Count;
            var records = new List<RectificationRecord>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < raw.Rectifications.Count; i++)
            {
                if (raw.Rectifications[i] is not { } c || raw.Invalid.Contains(c))
                {
                    continue;
                }

                var path = JsonPaths.Index("$.rectifications", i);
                var ok = true;
                if (!ids.Add(c.Id))
                {
                    problems.Add(JsonPaths.Property(path, "id"), $"rectification id {JsonPaths.Quote(c.Id)} is used more than once");
                    ok = false;
                }

                if (!tree.TryGetOrganization(c.Organization, out _))
                {
                    problems.Add(JsonPaths.Property(path, "organization"), $"no organization {JsonPaths.Quote(c.Organization)}");
                    ok = false;
                }

                if (c.Types.Count == 0)
                {
                    problems.Add(JsonPaths.Property(path, "types"), "expected at least one national type");
                    ok = false;
                }

                foreach (var (date, field) in new[] { ((LocalDate?)c.Deadline, "deadline"), (c.PlanDue, "planDue"), (c.PlanFiledOn, "planFiledOn"), (c.VerifiedOn, "verifiedOn"), (c.ReInspectBy, "reInspectBy"), (c.ReInspectedOn, "reInspectedOn") })
                {
                    if (date is { } d && d < c.IdentifiedOn)
                    {
                        problems.Add(JsonPaths.Property(path, field), $"{Iso(d)} is before the identification on {Iso(c.IdentifiedOn)}");
                        ok = false;
                    }
                }

                if (c.ReInspectedOn is not null && c.VerifiedOn is null)
                {
                    problems.Add(JsonPaths.Property(path, "reInspectedOn"), "re-inspected but never verified: 回头看 follows 销号 (verifiedOn)");
                    ok = false;
                }

                if (ok)
                {
                    records.Add(new RectificationRecord(c.Id, c.Organization, c.Types.Select(t => WeaknessType.FromName(t)), c.IdentifiedOn, c.Deadline, c.PlanDue, c.PlanFiledOn,
                        c.Owner, c.Progress?.Select(m => new YearMonth(int.Parse(m.Substring(0, 4), System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Substring(5, 2), System.Globalization.CultureInfo.InvariantCulture))),
                        c.VerifiedOn, c.ReInspectBy, c.ReInspectedOn));
                }
            }

            if (problems.Count == before)
            {
                sections.Rectifications = new RectificationLog(records);
            }
        }
    }

    private static string Iso(LocalDate d) => NodaTime.Text.LocalDatePattern.Iso.Format(d);

    private static AssessmentEntry Entry(AssessmentEntryContract c) => new(c.Organization, c.Year, c.Item, c.Value, c.Assessor, c.Scorecard, c.Note);
}
