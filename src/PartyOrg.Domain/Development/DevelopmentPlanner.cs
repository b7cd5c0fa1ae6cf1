using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace PartyOrg.Domain.Development;

/// <summary>The next step of an applicant: what, from which day, and by which day (each may be null).</summary>
public sealed class NextStep
{
    /// <summary>Creates the step.</summary>
    /// <param name="step">The step.</param>
    /// <param name="earliest">The earliest allowed date, or null.</param>
    /// <param name="due">The deadline, or null.</param>
    public NextStep(DevelopmentStep step, LocalDate? earliest, LocalDate? due)
    {
        Step = step ?? throw new ArgumentNullException(nameof(step));
        Earliest = earliest;
        Due = due;
    }

    /// <summary>The step.</summary>
    public DevelopmentStep Step { get; }

    /// <summary>The earliest allowed date, or null.</summary>
    public LocalDate? Earliest { get; }

    /// <summary>The deadline, or null.</summary>
    public LocalDate? Due { get; }
}

/// <summary>
/// The stage and dated milestones of one applicant on a date (contract of <c>partyorg development</c>): months are
/// added on the calendar (the day kept, clamped to the month's end), a milestone that does not apply yet is null.
/// </summary>
public sealed class ApplicantPlan
{
    internal ApplicantPlan(Applicant applicant, LocalDate asOf)
    {
        Applicant = applicant;
        AsOf = asOf;
        var a = applicant;
        var p = a.Probation;
        Stage = p?.Cancelled is not null ? DevelopmentStage.Cancelled
            : p?.Conversion?.ApprovedOn is not null ? DevelopmentStage.Full
            : a.Approval is not null ? DevelopmentStage.Probationary
            : a.Admission is not null ? DevelopmentStage.AwaitingApproval
            : a.Candidate is not null ? DevelopmentStage.Candidate
            : a.Activist is not null ? DevelopmentStage.Activist
            : DevelopmentStage.Applicant;
        EligibleFrom = a.BirthDate?.PlusYears(DevelopmentDates.MinimumAge);
        TalkDue = a.Applied?.PlusMonths(1);
        if (Stage == DevelopmentStage.Activist)
        {
            ActivistReviewDue = DevelopmentDates.LastReview(a)!.Value.PlusMonths(DevelopmentDates.ReviewMonths);
        }

        CandidateFrom = a.Activist?.PlusYears(1);
        if (a.Admission is { } admission)
        {
            ApprovalDue = admission.Meeting.PlusMonths(3);
            ApprovalLimit = admission.Meeting.PlusMonths(6);
            ProbationEnd = DevelopmentDates.ProbationEnd(a);
            DuesFrom = admission.Meeting;
        }

        ConversionApprovalDue = a.Conversion?.Meeting.PlusMonths(3);
        if (Stage == DevelopmentStage.Full)
        {
            FullSince = ProbationEnd;
            PartyStandingYears = FullSince <= asOf ? Period.Between(FullSince!.Value, asOf, PeriodUnits.Years).Years : null;
        }

        Next = NextOf(a);
    }

    /// <summary>The record.</summary>
    public Applicant Applicant { get; }

    /// <summary>The date of the plan.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The stage.</summary>
    public DevelopmentStage Stage { get; }

    /// <summary>The 18th birthday, or null.</summary>
    public LocalDate? EligibleFrom { get; }

    /// <summary>The application + 1 month, or null.</summary>
    public LocalDate? TalkDue { get; }

    /// <summary>While an activist: the last review (or the designation) + 6 months; else null.</summary>
    public LocalDate? ActivistReviewDue { get; }

    /// <summary>The designation + 1 year: the earliest 列为发展对象; or null.</summary>
    public LocalDate? CandidateFrom { get; }

    /// <summary>The admission meeting + 3 months, or null.</summary>
    public LocalDate? ApprovalDue { get; }

    /// <summary>The admission meeting + 6 months, or null.</summary>
    public LocalDate? ApprovalLimit { get; }

    /// <summary>The admission meeting + 1 year + the months of an extension, or null.</summary>
    public LocalDate? ProbationEnd { get; }

    /// <summary>The conversion meeting + 3 months, or null.</summary>
    public LocalDate? ConversionApprovalDue { get; }

    /// <summary>党龄 from: the end of probation once the conversion is approved, or null.</summary>
    public LocalDate? FullSince { get; }

    /// <summary>Dues from: the admission meeting, or null.</summary>
    public LocalDate? DuesFrom { get; }

    /// <summary>Whole years from <see cref="FullSince"/> to <see cref="AsOf"/>, or null.</summary>
    public int? PartyStandingYears { get; }

    /// <summary>The next step.</summary>
    public NextStep Next { get; }

    private NextStep NextOf(Applicant a)
    {
        if (Stage == DevelopmentStage.Applicant)
        {
            return a.Talked is null
                ? new NextStep(DevelopmentStep.Talk, a.Applied, TalkDue)
                : new NextStep(DevelopmentStep.DesignateActivist, Max(a.Applied, a.Talked, EligibleFrom), null);
        }

        if (Stage == DevelopmentStage.Activist)
        {
            return AsOf < CandidateFrom
                ? new NextStep(DevelopmentStep.Review, null, ActivistReviewDue)
                : new NextStep(DevelopmentStep.ListAsCandidate, CandidateFrom, ActivistReviewDue);
        }

        if (Stage == DevelopmentStage.Candidate)
        {
            var notice = a.PublicNotices.Where(n => n.Stage == NoticeStage.Candidate).Select(n => (LocalDate?)n.To.PlusDays(1)).DefaultIfEmpty(null).Max();
            return new NextStep(DevelopmentStep.AdmissionMeeting, Max(a.Candidate, a.PoliticalReview?.Date, a.PreAudit?.Date, notice), null);
        }

        if (Stage == DevelopmentStage.AwaitingApproval)
        {
            return new NextStep(DevelopmentStep.Approval, Max(a.Admission!.Meeting, a.HigherTalk), ApprovalDue);
        }

        if (Stage == DevelopmentStage.Probationary)
        {
            return a.Conversion is { } c
                ? new NextStep(DevelopmentStep.ConversionApproval, c.Meeting, ConversionApprovalDue)
                : new NextStep(DevelopmentStep.ConversionMeeting, ProbationEnd, ProbationEnd);
        }

        return new NextStep(DevelopmentStep.None, null, null);
    }

    private static LocalDate? Max(params LocalDate?[] dates) => dates.Where(d => d is not null).DefaultIfEmpty(null).Max();
}

/// <summary>The dates the development rules and the planner share.</summary>
public static class DevelopmentDates
{
    /// <summary>The least age on the application date (党章 Art. 1).</summary>
    public const int MinimumAge = 18;

    /// <summary>The half-yearly review interval of an activist, in months.</summary>
    public const int ReviewMonths = 6;

    /// <summary>The end of probation: the admission meeting + 1 year + the months of an extension (null without admission).</summary>
    /// <param name="applicant">The record.</param>
    /// <returns>The date, or null.</returns>
    public static LocalDate? ProbationEnd(Applicant applicant)
    {
        if (applicant?.Admission is not { } admission)
        {
            return null;
        }

        var end = admission.Meeting.PlusYears(1);
        return applicant.Probation?.Extension is { } e ? end.PlusMonths(e.Months) : end;
    }

    /// <summary>The last review on or after the designation (or the designation itself), null when not an activist.</summary>
    /// <param name="applicant">The record.</param>
    /// <returns>The date, or null.</returns>
    public static LocalDate? LastReview(Applicant applicant)
    {
        if (applicant?.Activist is not { } activist)
        {
            return null;
        }

        return applicant.Reviews.Where(r => r >= activist).DefaultIfEmpty(activist).Max();
    }
}

/// <summary>发展党员计划 — the plan of every applicant of a log on a date, sorted by applicant id.</summary>
public static class DevelopmentPlanner
{
    /// <summary>The plans.</summary>
    /// <param name="log">The development records.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>One plan per applicant, sorted by id.</returns>
    public static IReadOnlyList<ApplicantPlan> Plan(DevelopmentLog log, LocalDate asOf) =>
        (log ?? throw new ArgumentNullException(nameof(log))).Applicants.Select(a => new ApplicantPlan(a, asOf)).ToArray();

    /// <summary>The plan of one applicant.</summary>
    /// <param name="applicant">The record.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The plan.</returns>
    public static ApplicantPlan Plan(Applicant applicant, LocalDate asOf) => new(applicant ?? throw new ArgumentNullException(nameof(applicant)), asOf);
}
