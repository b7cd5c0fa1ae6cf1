using System.Collections.Generic;
using PartyOrg.Domain.AssessmentData;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Cli.Generation;

/// <summary>
/// The synthetic entered assessment values of the year (the <c>assessments</c> section) for every branch: the annual plan
/// (95 % have one), the venue and performance points a superior gives, the satisfaction rate (0.80–0.99), the core team,
/// awards, innovation projects (15 %), a district-level award (2 %) and a veto matter (0.5 %), plus the branch's own
/// (self-assessed) performance score. The item ids are those of the built-in scorecards. Own seed: the other data are unchanged.
/// </summary>
public sealed partial class SyntheticDocument
{
    private AssessmentEntry[]? assessments;

    /// <summary>The entered assessment values.</summary>
    public IReadOnlyList<AssessmentEntry> Assessments => assessments ??= MakeAssessments();

    private AssessmentEntry[] MakeAssessments()
    {
        var random = new DeterministicRandom(Seed ^ 0x2A55E55L);
        var year = SyntheticOrgan.Year;
        var list = new List<AssessmentEntry>();
        foreach (var org in Organizations)
        {
            if (org.Kind != OrganizationKind.Branch)
            {
                continue;
            }

            var performance = random.Between(9, 15);
            list.Add(new AssessmentEntry(org.Id, year, "annual-plan", random.Chance(0.95) ? 1 : 0));
            list.Add(new AssessmentEntry(org.Id, year, "venue", random.Between(6, 10)));
            list.Add(new AssessmentEntry(org.Id, year, "performance", performance));
            list.Add(new AssessmentEntry(org.Id, year, "performance", System.Math.Min(15, performance + random.Between(0, 2)), assessor: "self"));
            list.Add(new AssessmentEntry(org.Id, year, "satisfaction", random.Between(80, 99) / 100m, note: "党员群众满意度测评"));
            list.Add(new AssessmentEntry(org.Id, year, "core-team", random.Between(6, 10)));
            list.Add(new AssessmentEntry(org.Id, year, "awards", random.Chance(0.3) ? random.Between(1, 3) : 0));
            list.Add(new AssessmentEntry(org.Id, year, "innovation", random.Chance(0.15) ? 1 : 0));
            list.Add(new AssessmentEntry(org.Id, year, "district-award", random.Chance(0.02) ? 1 : 0));
            list.Add(new AssessmentEntry(org.Id, year, "serious-violation", random.Chance(0.005) ? 1 : 0));
        }

        return list.ToArray();
    }

    partial void AddAssessmentData(OrganizationTree tree, ref ComplianceInput input) => input = input.WithAssessments(new AssessmentEntryLog(Assessments));
}
