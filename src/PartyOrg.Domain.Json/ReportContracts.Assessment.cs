using System;
using System.Globalization;
using System.Linq;
using NodaTime.Text;
using PartyOrg.Domain.Assessment;
using PartyOrg.Domain.AssessmentData;
using PartyOrg.Domain.Json.Contracts;

namespace PartyOrg.Domain.Json;

/// <content>The output of <c>partyorg assess</c>.</content>
public static partial class ReportContracts
{
    /// <summary>The contract of an assessment with its weak-organisation screen.</summary>
    /// <param name="result">The assessment.</param>
    /// <param name="screen">The screen, or null.</param>
    /// <returns>The contract.</returns>
    public static AssessmentReportContract FromAssessment(AssessmentResult result, WeakScreenResult? screen)
    {
        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        var sc = result.Scorecard;
        return new AssessmentReportContract
        {
            AsOf = result.AsOf,
            Year = result.Year,
            Profile = result.Compliance.ProfileName,
            Scorecard = new ScorecardInfoContract
            {
                Id = sc.Id, Version = sc.Version, Scope = sc.Scope.Name, Title = FromText(sc.Title!), IssuingUnit = sc.IssuingUnit, Source = sc.Source,
                Grades = sc.Grades.Select(g => new GradeContract { Id = g.Id, Name = FromText(g.Name!) }).ToArray(),
            },
            Organizations = result.Organizations.Select(o => new OrganizationAssessmentContract
            {
                Organization = o.OrganizationId,
                Name = o.Name,
                Score = o.Score,
                BandGrade = o.BandGrade,
                Grade = o.Grade,
                Sources = o.Sources.Select(s => new AssessorScoreContract { Assessor = s.Assessor, Weight = s.Weight, Total = s.Total }).ToArray(),
                Adjustments = o.Adjustments.Select(a => new GradeAdjustmentContract
                {
                    Kind = a.Kind, Rule = a.Rule.Id, Item = a.Rule.Item, Value = a.Value, From = a.From, To = a.To, Text = a.Rule.Name is { } n ? FromText(n) : null,
                }).ToArray(),
                Lines = o.Lines.Select(l => new ScoreLineContract
                {
                    Indicator = l.Indicator.Id, Item = l.Item.Id, Assessor = l.Assessor, Value = l.Value, Points = l.Points, Max = l.Item.Max, Status = l.Status,
                    Explanation = FromText(l.Explanation),
                    Evidence = l.Evidence.Select(e => new EvidenceContract { Kind = e.Kind, Reference = e.Reference, Text = FromText(e.Text) }).ToArray(),
                }).ToArray(),
            }).ToArray(),
            RollUps = result.RollUps.Select(r => new GradeRollUpContract
            {
                Organization = r.OrganizationId,
                Graded = r.Graded,
                Grades = r.Counts.Select(c => new GradeCountContract
                {
                    Grade = c.Key, Count = c.Value, Share = r.Graded == 0 ? 0m : Math.Round((decimal)c.Value / r.Graded, 4, MidpointRounding.AwayFromZero),
                }).ToArray(),
            }).ToArray(),
            Findings = result.QuotaFindings.Select(FromFinding).ToArray(),
            Candidates = screen?.Candidates.Select(c => new WeakCandidateContract
            {
                Organization = c.OrganizationId,
                Types = c.Types.Select(t => t.Name).ToArray(),
                Signals = c.Signals.Select(s => new WeakSignalContract { Signal = s.Name, Type = s.Type?.Name, Evidence = FromText(s.Evidence), References = s.References }).ToArray(),
            }).ToArray() ?? Array.Empty<WeakCandidateContract>(),
            UnavailableSignals = screen?.Unavailable ?? Array.Empty<string>(),
            UnusedEntries = result.UnusedEntries.Select(i => "$.assessments[" + i.ToString(CultureInfo.InvariantCulture) + "]").ToArray(),
        };
    }
}

/// <summary>Writing of the assessment sections.</summary>
internal static class AssessmentSections
{
    internal static AssessmentEntryContract[]? ToContracts(AssessmentEntryLog? log) => log?.Entries.Select(e => new AssessmentEntryContract
    {
        Organization = e.OrganizationId, Year = e.Year, Item = e.Item, Value = e.Value, Assessor = e.Assessor, Scorecard = e.Scorecard, Note = e.Note,
    }).ToArray();

    internal static RectificationContract[]? ToContracts(RectificationLog? log) => log?.Records.Select(r => new RectificationContract
    {
        Id = r.Id, Organization = r.OrganizationId, Types = r.Types.Select(t => t.Name).ToArray(), IdentifiedOn = r.IdentifiedOn, Deadline = r.Deadline,
        PlanDue = r.PlanDue, PlanFiledOn = r.PlanFiledOn, Owner = r.Owner,
        Progress = r.Progress.Count == 0 ? null : r.Progress.Select(m => YearMonthPattern.Iso.Format(m)).ToArray(),
        VerifiedOn = r.VerifiedOn, ReInspectBy = r.ReInspectBy, ReInspectedOn = r.ReInspectedOn,
    }).ToArray();
}
