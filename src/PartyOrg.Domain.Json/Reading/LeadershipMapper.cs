using System.Collections.Generic;
using PartyOrg.Domain.Json.Contracts;
using PartyOrg.Domain.Leadership;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Json.Reading;

/// <summary>
/// The domain pass of the <c>reports</c> and <c>trainings</c> sections: references to organizations and members are
/// checked against the tree (a secretary's review names an organ committee, general branch or branch; a briefing or a
/// comprehensive report a <c>leading-group</c>), every problem at its path; the logs are built when there is none.
/// </summary>
internal static class LeadershipMapper
{
    internal static void Build(RawDocument raw, OrganizationTree tree, ProblemList problems, Sections sections)
    {
        var valid = true;
        var reports = new List<LeadershipReport>();
        for (var i = 0; i < raw.Reports.Count; i++)
        {
            if (raw.Reports[i] is not { } c || raw.Invalid.Contains(c))
            {
                continue;
            }

            var kind = LeadershipReportKind.FromName(c.Kind);
            var ok = true;
            if (!tree.TryGetOrganization(c.Organization, out var org))
            {
                Missing(raw.BrokenOrganizations, At(i, "organization"), "organization", c.Organization);
                ok = false;
            }
            else if (kind == LeadershipReportKind.SecretaryReview
                     ? org!.Kind == OrganizationKind.LeadingGroup || org.Kind == OrganizationKind.WorkingCommittee || org.Kind == OrganizationKind.PartyGroup
                     : org!.Kind != OrganizationKind.LeadingGroup)
            {
                var expected = kind == LeadershipReportKind.SecretaryReview
                    ? "a secretary-review names an organ committee, basic committee, general branch or branch"
                    : "a " + kind.Name + " names a leading-group";
                problems.Add(At(i, "organization"), $"{JsonPaths.Quote(c.Organization)} is a {org.Kind.Name}; {expected}");
                ok = false;
            }

            if (c.By is { } by && !tree.TryGetMember(by, out _))
            {
                Missing(raw.BrokenMembers, At(i, "by"), "member", by);
                ok = false;
            }

            if (c.To is { } to && !tree.TryGetOrganization(to, out _))
            {
                Missing(raw.BrokenOrganizations, At(i, "to"), "organization", to);
                ok = false;
            }

            valid &= ok;
            if (ok)
            {
                reports.Add(new LeadershipReport(kind, c.Organization, c.Year, c.Date, c.By, c.To, c.Grade is null ? null : ReviewGrade.FromName(c.Grade)));
            }
        }

        // The rows mostly come member by member in the tree's order: the member of the row before (or the one after it)
        // is tried before the id is hashed.
        var trainings = new List<TrainingRecord>(raw.Trainings.Count);
        var lastMember = 0;
        for (var i = 0; i < raw.Trainings.Count; i++)
        {
            if (raw.Trainings[i] is not { } c || raw.Invalid.Contains(c))
            {
                continue;
            }

            var memberId = RawDocument.TrainingMember(c);
            var member = tree.IndexOfMember(memberId, lastMember);
            if (member >= 0)
            {
                lastMember = member;
            }
            else
            {
                Missing(raw.BrokenMembers, JsonPaths.Property(JsonPaths.Index("$.trainings", i), "member"), "member", memberId);
                valid = false;
                continue;
            }

            trainings.Add(c is TrainingContract t ? new TrainingRecord(t.Member, t.Year, t.Hours, t.Note) : (TrainingRecord)c);
        }

        if (!valid)
        {
            return;
        }

        if (raw.HasReports)
        {
            sections.Reports = new LeadershipReportLog(reports);
        }

        if (raw.HasTrainings)
        {
            sections.Trainings = new TrainingLog(trainings);
        }

        // A reference to an element that had a problem of its own (and so was not built) is not reported again.
        void Missing(HashSet<string> broken, string path, string what, string id)
        {
            if (!broken.Contains(id))
            {
                problems.Add(path, $"no {what} {JsonPaths.Quote(id)}");
            }
        }
    }

    /// <summary>The path of field <paramref name="field"/> of report <paramref name="index"/> (made only for a problem).</summary>
    private static string At(int index, string field) => JsonPaths.Property(JsonPaths.Index("$.reports", index), field);
}
