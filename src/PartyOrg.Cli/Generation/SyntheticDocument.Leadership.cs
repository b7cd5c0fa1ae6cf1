using System.Collections.Generic;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Leadership;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Cli.Generation;

/// <summary>
/// The synthetic leadership records of the year: a 述职评议 of every organ committee, general branch and regular or joint
/// branch (about 2 % missing), the 党组's briefing and comprehensive report (about 3 % of each missing), and the
/// training hours of every member (about 3 % short). Derived from the organizations and members with their own seed,
/// so the other generated data are unchanged.
/// </summary>
public sealed partial class SyntheticDocument
{
    private LeadershipReport[]? reports;
    private TrainingRecord[]? trainings;

    /// <summary>The yearly reports of the organ's leaders.</summary>
    public IReadOnlyList<LeadershipReport> Reports => reports ??= MakeReports();

    /// <summary>The training hours, one row per member.</summary>
    public IReadOnlyList<TrainingRecord> Trainings => trainings ??= MakeTrainings();

    private LeadershipReport[] MakeReports()
    {
        var random = new DeterministicRandom(Seed ^ 0x68E31DA4L);
        var year = SyntheticOrgan.Year;
        var grades = new[] { ReviewGrade.Good, ReviewGrade.Good, ReviewGrade.FairlyGood, ReviewGrade.FairlyGood, ReviewGrade.Average, ReviewGrade.Poor };
        var list = new List<LeadershipReport>();
        foreach (var org in Organizations)
        {
            if (org.Kind == OrganizationKind.LeadingGroup)
            {
                if (!random.Chance(0.03))
                {
                    list.Add(new LeadershipReport(LeadershipReportKind.PartyBuildingBriefing, org.Id, year, new LocalDate(year, 12, random.Between(1, 28))));
                }

                if (!random.Chance(0.03))
                {
                    list.Add(new LeadershipReport(LeadershipReportKind.ComprehensiveReport, org.Id, year, new LocalDate(year, random.Between(6, 12), random.Between(1, 28))));
                }
            }
            else if ((org.Kind == OrganizationKind.OrganCommittee || org.Kind == OrganizationKind.GeneralBranch
                      || (org.Kind == OrganizationKind.Branch && !org.IsTemporaryBranch)) && !random.Chance(0.02))
            {
                list.Add(new LeadershipReport(LeadershipReportKind.SecretaryReview, org.Id, year, new LocalDate(year, random.Between(11, 12), random.Between(1, 28)),
                    grade: grades[random.Next(grades.Length)]));
            }
        }

        return list.ToArray();
    }

    private TrainingRecord[] MakeTrainings()
    {
        var random = new DeterministicRandom(Seed ^ 0x7FEB352DL);
        var rows = new TrainingRecord[Members.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            // Whole or half hours: 56–80 for most, 20–31.5 for about 3 %.
            var halves = random.Chance(0.03) ? random.Between(40, 63) : random.Between(112, 160);
            rows[i] = new TrainingRecord(Members[i].Id, SyntheticOrgan.Year, halves / 2m);
        }

        return rows;
    }

    partial void AddLeadershipData(OrganizationTree tree, ref ComplianceInput input) =>
        input = input.WithReports(new LeadershipReportLog(Reports)).WithTrainings(new TrainingLog(Trainings));
}
