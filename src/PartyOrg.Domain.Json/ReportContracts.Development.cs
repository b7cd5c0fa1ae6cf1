using System;
using System.Collections.Generic;
using System.Linq;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Development;
using PartyOrg.Domain.Json.Contracts;

namespace PartyOrg.Domain.Json;

/// <content>The development output.</content>
public static partial class ReportContracts
{
    /// <summary>The output of <c>development</c>: the stage and milestones of every applicant and the findings.</summary>
    /// <param name="plans">The plans (<see cref="DevelopmentPlanner.Plan(DevelopmentLog, NodaTime.LocalDate)"/>).</param>
    /// <param name="asOf">The date of the plans.</param>
    /// <param name="findings">The DEV-*, MEM-PARTY-AGE findings.</param>
    /// <param name="asOfSource">Where the date came from, or null.</param>
    /// <returns>The contract.</returns>
    public static DevelopmentReportContract FromDevelopmentPlans(IEnumerable<ApplicantPlan> plans, NodaTime.LocalDate asOf, IEnumerable<Finding> findings, string? asOfSource = null) => new()
    {
        AsOf = asOf,
        AsOfSource = asOfSource,
        Applicants = (plans ?? throw new ArgumentNullException(nameof(plans))).OrderBy(p => p.Applicant.Id, StringComparer.Ordinal).Select(p => new ApplicantPlanContract
        {
            Applicant = p.Applicant.Id,
            Branch = p.Applicant.BranchId,
            Member = p.Applicant.MemberId,
            Stage = p.Stage.Name,
            EligibleFrom = p.EligibleFrom,
            TalkDue = p.TalkDue,
            ActivistReviewDue = p.ActivistReviewDue,
            CandidateFrom = p.CandidateFrom,
            ApprovalDue = p.ApprovalDue,
            ApprovalLimit = p.ApprovalLimit,
            ProbationEnd = p.ProbationEnd,
            ConversionApprovalDue = p.ConversionApprovalDue,
            FullSince = p.FullSince,
            DuesFrom = p.DuesFrom,
            PartyStandingYears = p.PartyStandingYears,
            NextStep = new NextStepContract { Step = p.Next.Step.Name, Earliest = p.Next.Earliest, Due = p.Next.Due },
        }).ToArray(),
        Findings = (findings ?? throw new ArgumentNullException(nameof(findings))).Select(FromFinding).ToArray(),
    };
}
