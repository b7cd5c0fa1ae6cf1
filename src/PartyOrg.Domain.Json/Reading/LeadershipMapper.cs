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
        var before = problems.Count;
        var reports = new List<LeadershipReport>();
        for (var i = 0; i < raw.Reports.Count; i++)
        {
            if (raw.Reports[i] is not { } c || raw.Invalid.Contains(c))
            {
                continue;
            }

            var path = JsonPaths.Index("$.reports", i);
            var kind = LeadershipReportKind.FromName(c.Kind);
            var ok = true;
            if (!tree.TryGetOrganization(c.Organization, out var org))
            {
                problems.Add(JsonPaths.Property(path, "organization"), $"no organization {JsonPaths.Quote(c.Organization)}");
                ok = false;
            }
            else if (kind == LeadershipReportKind.SecretaryReview
                     ? org!.Kind == OrganizationKind.LeadingGroup || org.Kind == OrganizationKind.WorkingCommittee || org.Kind == OrganizationKind.PartyGroup
                     : org!.Kind != OrganizationKind.LeadingGroup)
            {
                var expected = kind == LeadershipReportKind.SecretaryReview
                    ? "a secretary-review names an organ committee, basic committee, general branch or branch"
                    : "a " + kind.Name + " names a leading-group";
                problems.Add(JsonPaths.Property(path, "organization"), $"{JsonPaths.Quote(c.Organization)} is a {org.Kind.Name}; {expected}");
                ok = false;
            }

            if (c.By is { } by && !tree.TryGetMember(by, out _))
            {
                problems.Add(JsonPaths.Property(path, "by"), $"no member {JsonPaths.Quote(by)}");
                ok = false;
            }

            if (c.To is { } to && !tree.TryGetOrganization(to, out _))
            {
                problems.Add(JsonPaths.Property(path, "to"), $"no organization {JsonPaths.Quote(to)}");
                ok = false;
            }

            if (ok)
            {
                reports.Add(new LeadershipReport(kind, c.Organization, c.Year, c.Date, c.By, c.To, c.Grade is null ? null : ReviewGrade.FromName(c.Grade)));
            }
        }

        var trainings = new List<TrainingRecord>();
        for (var i = 0; i < raw.Trainings.Count; i++)
        {
            if (raw.Trainings[i] is not { } c || raw.Invalid.Contains(c))
            {
                continue;
            }

            if (!tree.TryGetMember(c.Member, out _))
            {
                problems.Add(JsonPaths.Property(JsonPaths.Index("$.trainings", i), "member"), $"no member {JsonPaths.Quote(c.Member)}");
                continue;
            }

            trainings.Add(new TrainingRecord(c.Member, c.Year, c.Hours, c.Note));
        }

        if (problems.Count != before)
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
    }
}
