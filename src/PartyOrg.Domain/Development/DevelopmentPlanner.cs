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
    internal ApplicantPlan(Applicant applicant, LocalDate asOf, DevelopmentIntervals intervals)
    {
        Applicant = applicant;
        AsOf = asOf;
        Intervals = intervals;
        var n = intervals;
        var a = applicant;
        var p = a.Probation;
        Stage = p?.Cancelled is not null ? DevelopmentStage.Cancelled
            : p?.Conversion?.ApprovedOn is not null ? DevelopmentStage.Full
            : a.Approval is not null ? DevelopmentStage.Probationary
            : a.Admission is not null ? DevelopmentStage.AwaitingApproval
            : a.Candidate is not null ? DevelopmentStage.Candidate
            : a.Activist is not null ? DevelopmentStage.Activist
            : DevelopmentStage.Applicant;
        EligibleFrom = a.BirthDate?.PlusYears(n.MinimumAge);
        TalkDue = a.Applied?.PlusMonths(n.TalkMonths);
        if (Stage == DevelopmentStage.Activist)
        {
            ActivistReviewDue = DevelopmentDates.LastReview(a)!.Value.PlusMonths(n.ReviewMonths);
        }

        CandidateFrom = a.Activist?.PlusMonths(n.ActivistMonths);
        if (a.Admission is { } admission)
        {
            ApprovalDue = admission.Meeting.PlusMonths(n.ApprovalMonths);
            ApprovalLimit = admission.Meeting.PlusMonths(n.ApprovalLimitMonths);
            ProbationEnd = DevelopmentDates.ProbationEnd(a, n);
            DuesFrom = admission.Meeting;
        }

        ConversionApprovalDue = a.Conversion?.Meeting.PlusMonths(n.ConversionApprovalMonths);
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

    /// <summary>The intervals the milestones were computed with.</summary>
    public DevelopmentIntervals Intervals { get; }

    /// <summary>The stage.</summary>
    public DevelopmentStage Stage { get; }

    /// <summary>The birthday of the least age (the 18th nationally), or null.</summary>
    public LocalDate? EligibleFrom { get; }

    /// <summary>The application + the talk period (1 month nationally), or null.</summary>
    public LocalDate? TalkDue { get; }

    /// <summary>While an activist: the last review (or the designation) + the review interval (6 months nationally); else null.</summary>
    public LocalDate? ActivistReviewDue { get; }

    /// <summary>The designation + the least activist period (1 year nationally): the earliest 列为发展对象; or null.</summary>
    public LocalDate? CandidateFrom { get; }

    /// <summary>The admission meeting + the approval period (3 months nationally), or null.</summary>
    public LocalDate? ApprovalDue { get; }

    /// <summary>The admission meeting + the approval limit (6 months nationally), or null.</summary>
    public LocalDate? ApprovalLimit { get; }

    /// <summary>The admission meeting + the probation (1 year nationally) + the months of an extension, or null.</summary>
    public LocalDate? ProbationEnd { get; }

    /// <summary>The conversion meeting + the conversion approval period (3 months nationally), or null.</summary>
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
    /// <summary>The end of probation under the national intervals: the admission meeting + 1 year + the months of an extension (null without admission).</summary>
    /// <param name="applicant">The record.</param>
    /// <returns>The date, or null.</returns>
    public static LocalDate? ProbationEnd(Applicant applicant) => ProbationEnd(applicant, DevelopmentIntervals.National);

    /// <summary>The end of probation: the admission meeting + the probation + the months of an extension (null without admission).</summary>
    /// <param name="applicant">The record.</param>
    /// <param name="intervals">The intervals (<see cref="DevelopmentIntervals.National"/> unless a profile changes them).</param>
    /// <returns>The date, or null.</returns>
    public static LocalDate? ProbationEnd(Applicant applicant, DevelopmentIntervals intervals)
    {
        if (intervals is null)
        {
            throw new ArgumentNullException(nameof(intervals));
        }

        if (applicant?.Admission is not { } admission)
        {
            return null;
        }

        var end = admission.Meeting.PlusMonths(intervals.ProbationMonths);
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
    /// <summary>The plans under the national intervals.</summary>
    /// <param name="log">The development records.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>One plan per applicant, sorted by id.</returns>
    public static IReadOnlyList<ApplicantPlan> Plan(DevelopmentLog log, LocalDate asOf) => Plan(log, asOf, DevelopmentIntervals.National);

    /// <summary>The plans under the given intervals (a profile's <c>development.intervals</c>).</summary>
    /// <param name="log">The development records.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="intervals">The intervals.</param>
    /// <returns>One plan per applicant, sorted by id.</returns>
    public static IReadOnlyList<ApplicantPlan> Plan(DevelopmentLog log, LocalDate asOf, DevelopmentIntervals intervals)
    {
        if (log is null)
        {
            throw new ArgumentNullException(nameof(log));
        }

        if (intervals is null)
        {
            throw new ArgumentNullException(nameof(intervals));
        }

        return log.Applicants.Select(a => new ApplicantPlan(a, asOf, intervals)).ToArray();
    }

    /// <summary>The plan of one applicant under the national intervals.</summary>
    /// <param name="applicant">The record.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The plan.</returns>
    public static ApplicantPlan Plan(Applicant applicant, LocalDate asOf) => Plan(applicant, asOf, DevelopmentIntervals.National);

    /// <summary>The plan of one applicant under the given intervals.</summary>
    /// <param name="applicant">The record.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="intervals">The intervals.</param>
    /// <returns>The plan.</returns>
    public static ApplicantPlan Plan(Applicant applicant, LocalDate asOf, DevelopmentIntervals intervals) =>
        new(applicant ?? throw new ArgumentNullException(nameof(applicant)), asOf, intervals ?? throw new ArgumentNullException(nameof(intervals)));
}
