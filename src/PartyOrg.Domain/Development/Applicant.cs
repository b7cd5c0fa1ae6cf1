using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace PartyOrg.Domain.Development;

/// <summary>
/// 发展党员纪实 — one person's record on the path into the Party, from the application (递交入党申请书) to full
/// membership (转正): every stage a value with its dates (contract <c>development[]</c>). A record may begin at any
/// stage; each rule is judged only when the record holds the stage it starts from. Immutable.
/// </summary>
public sealed class Applicant
{
    /// <summary>Creates a record.</summary>
    /// <param name="id">The applicant's id (unique among applicants, apart from member ids).</param>
    /// <param name="name">The name.</param>
    /// <param name="branchId">The branch the applicant applied to.</param>
    /// <param name="birthDate">出生日期, or null.</param>
    /// <param name="applied">递交入党申请书, or null.</param>
    /// <param name="talked">派人谈话, or null.</param>
    /// <param name="activist">确定为入党积极分子, or null.</param>
    /// <param name="liaisonIds">培养联系人 (member ids).</param>
    /// <param name="reviews">每半年考察 (dates).</param>
    /// <param name="candidate">列为发展对象, or null.</param>
    /// <param name="sponsorIds">入党介绍人 (member ids).</param>
    /// <param name="politicalReview">政治审查, or null.</param>
    /// <param name="training">集中培训, or null.</param>
    /// <param name="preAudit">基层党委预审, or null.</param>
    /// <param name="leavingUnitOn">The day the candidate will leave the unit, or null.</param>
    /// <param name="publicNotices">公示.</param>
    /// <param name="admission">The branch general meeting that adopted the admission, or null.</param>
    /// <param name="higherTalk">上级党组织派人谈话, or null.</param>
    /// <param name="approval">审批, or null.</param>
    /// <param name="memberId">The member id once admitted, or null.</param>
    /// <param name="probation">Extension, conversion or cancellation, or null.</param>
    public Applicant(
        string id,
        string name,
        string branchId,
        LocalDate? birthDate = null,
        LocalDate? applied = null,
        LocalDate? talked = null,
        LocalDate? activist = null,
        IEnumerable<string>? liaisonIds = null,
        IEnumerable<LocalDate>? reviews = null,
        LocalDate? candidate = null,
        IEnumerable<string>? sponsorIds = null,
        DevelopmentCheck? politicalReview = null,
        CandidateTraining? training = null,
        DevelopmentCheck? preAudit = null,
        LocalDate? leavingUnitOn = null,
        IEnumerable<PublicNotice>? publicNotices = null,
        BranchVote? admission = null,
        LocalDate? higherTalk = null,
        AdmissionApproval? approval = null,
        string? memberId = null,
        Probation? probation = null)
    {
        Id = Internal.Guard.NotBlank(id, nameof(id));
        Name = Internal.Guard.NotBlank(name, nameof(name));
        BranchId = Internal.Guard.NotBlank(branchId, nameof(branchId));
        BirthDate = birthDate;
        Applied = applied;
        Talked = talked;
        Activist = activist;
        LiaisonIds = (liaisonIds ?? Array.Empty<string>()).ToArray();
        Reviews = (reviews ?? Array.Empty<LocalDate>()).OrderBy(d => d).ToArray();
        Candidate = candidate;
        SponsorIds = (sponsorIds ?? Array.Empty<string>()).ToArray();
        PoliticalReview = politicalReview;
        Training = training;
        PreAudit = preAudit;
        LeavingUnitOn = leavingUnitOn;
        PublicNotices = (publicNotices ?? Array.Empty<PublicNotice>()).ToArray();
        Admission = admission;
        HigherTalk = higherTalk;
        Approval = approval;
        MemberId = memberId;
        Probation = probation;
    }

    /// <summary>The applicant's id.</summary>
    public string Id { get; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The branch.</summary>
    public string BranchId { get; }

    /// <summary>出生日期, or null.</summary>
    public LocalDate? BirthDate { get; }

    /// <summary>递交入党申请书, or null.</summary>
    public LocalDate? Applied { get; }

    /// <summary>派人谈话, or null.</summary>
    public LocalDate? Talked { get; }

    /// <summary>确定为入党积极分子, or null.</summary>
    public LocalDate? Activist { get; }

    /// <summary>培养联系人 (member ids).</summary>
    public IReadOnlyList<string> LiaisonIds { get; }

    /// <summary>The half-yearly reviews, in date order.</summary>
    public IReadOnlyList<LocalDate> Reviews { get; }

    /// <summary>列为发展对象, or null.</summary>
    public LocalDate? Candidate { get; }

    /// <summary>入党介绍人 (member ids).</summary>
    public IReadOnlyList<string> SponsorIds { get; }

    /// <summary>政治审查, or null.</summary>
    public DevelopmentCheck? PoliticalReview { get; }

    /// <summary>集中培训, or null.</summary>
    public CandidateTraining? Training { get; }

    /// <summary>预审, or null.</summary>
    public DevelopmentCheck? PreAudit { get; }

    /// <summary>The day the candidate will leave the unit, or null.</summary>
    public LocalDate? LeavingUnitOn { get; }

    /// <summary>公示.</summary>
    public IReadOnlyList<PublicNotice> PublicNotices { get; }

    /// <summary>The admission meeting, or null.</summary>
    public BranchVote? Admission { get; }

    /// <summary>上级党组织派人谈话, or null.</summary>
    public LocalDate? HigherTalk { get; }

    /// <summary>审批, or null.</summary>
    public AdmissionApproval? Approval { get; }

    /// <summary>The member id once admitted, or null.</summary>
    public string? MemberId { get; }

    /// <summary>The probation record, or null.</summary>
    public Probation? Probation { get; }

    /// <summary>The conversion, or null.</summary>
    public Conversion? Conversion => Probation?.Conversion;

    /// <summary>A copy with other dates of the later stages (a what-if, or a test that moves one date).</summary>
    /// <param name="admission">The admission meeting.</param>
    /// <param name="approval">The approval.</param>
    /// <param name="probation">The probation record.</param>
    /// <returns>The copy.</returns>
    public Applicant WithAdmission(BranchVote? admission, AdmissionApproval? approval, Probation? probation) =>
        new(Id, Name, BranchId, BirthDate, Applied, Talked, Activist, LiaisonIds, Reviews, Candidate, SponsorIds, PoliticalReview, Training, PreAudit,
            LeavingUnitOn, PublicNotices, admission, HigherTalk, approval, MemberId, probation);

    /// <summary>"name (id)".</summary>
    /// <returns>A summary.</returns>
    public override string ToString() => $"{Name} ({Id})";
}

/// <summary>A dated check with an outcome: 政治审查 (written conclusion) or 预审.</summary>
public sealed class DevelopmentCheck
{
    /// <summary>Creates the check.</summary>
    /// <param name="date">The day of the conclusion.</param>
    /// <param name="passed">Whether it was passed.</param>
    public DevelopmentCheck(LocalDate date, bool passed)
    {
        Date = date;
        Passed = passed;
    }

    /// <summary>The day of the conclusion.</summary>
    public LocalDate Date { get; }

    /// <summary>Whether it was passed.</summary>
    public bool Passed { get; }
}

/// <summary>集中培训 — the short intensive training of a development candidate.</summary>
public sealed class CandidateTraining
{
    /// <summary>Creates the record.</summary>
    /// <param name="days">Days, or null.</param>
    /// <param name="hours">Class hours, or null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative value.</exception>
    public CandidateTraining(int? days, decimal? hours)
    {
        if (days < 0 || hours < 0)
        {
            throw new ArgumentOutOfRangeException(days < 0 ? nameof(days) : nameof(hours), "Training days and hours are not negative.");
        }

        Days = days;
        Hours = hours;
    }

    /// <summary>Days, or null.</summary>
    public int? Days { get; }

    /// <summary>Class hours, or null.</summary>
    public decimal? Hours { get; }

    /// <summary>Whether the training reaches <paramref name="minDays"/> days or <paramref name="minHours"/> hours (either suffices).</summary>
    /// <param name="minDays">The least days.</param>
    /// <param name="minHours">The least hours.</param>
    /// <returns>True when long enough.</returns>
    public bool Reaches(int minDays, decimal minHours) => Days >= minDays || Hours >= minHours;
}

/// <summary>公示 — a public notice from <see cref="From"/> to <see cref="To"/> (inclusive).</summary>
public sealed class PublicNotice
{
    /// <summary>Creates a notice.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    public PublicNotice(NoticeStage stage, LocalDate from, LocalDate to)
    {
        Stage = stage ?? throw new ArgumentNullException(nameof(stage));
        From = from;
        To = to;
    }

    /// <summary>The stage.</summary>
    public NoticeStage Stage { get; }

    /// <summary>The first day.</summary>
    public LocalDate From { get; }

    /// <summary>The last day.</summary>
    public LocalDate To { get; }

    /// <summary>The working days of the notice, counted inclusively on <paramref name="calendar"/>.</summary>
    /// <param name="calendar">The working-day calendar.</param>
    /// <returns>The count (0 when the notice ends before it starts).</returns>
    public int WorkingDays(Calendars.IWorkingDayCalendar calendar)
    {
        if (calendar is null)
        {
            throw new ArgumentNullException(nameof(calendar));
        }

        var n = 0;
        for (var d = From; d <= To; d = d.PlusDays(1))
        {
            if (calendar.IsWorkingDay(d))
            {
                n++;
            }
        }

        return n;
    }
}

/// <summary>
/// 支部大会表决 — the branch general meeting on an admission or a conversion: a quorum of more than half of the voting
/// members who should attend, and votes for (with the written opinions of absent voters) more than half of them.
/// </summary>
public sealed class BranchVote
{
    /// <summary>Creates the record.</summary>
    /// <param name="meeting">The meeting date.</param>
    /// <param name="entitledVoting">应到会有表决权的正式党员, or null (computed from the tree).</param>
    /// <param name="present">有表决权的到会人数.</param>
    /// <param name="votesFor">赞成.</param>
    /// <param name="writtenFor">Written opinions for, submitted by absent voting members before the meeting.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative count.</exception>
    public BranchVote(LocalDate meeting, int? entitledVoting, int present, int votesFor, int writtenFor = 0)
    {
        if (entitledVoting < 0 || present < 0 || votesFor < 0 || writtenFor < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(present), "Vote counts are not negative.");
        }

        Meeting = meeting;
        EntitledVoting = entitledVoting;
        Present = present;
        For = votesFor;
        WrittenFor = writtenFor;
    }

    /// <summary>The meeting date.</summary>
    public LocalDate Meeting { get; }

    /// <summary>应到会有表决权的正式党员, or null (computed).</summary>
    public int? EntitledVoting { get; }

    /// <summary>有表决权的到会人数.</summary>
    public int Present { get; }

    /// <summary>赞成票.</summary>
    public int For { get; }

    /// <summary>Written opinions for of absent voting members.</summary>
    public int WrittenFor { get; }

    /// <summary>Whether the quorum is met: present × 2 &gt; entitled (「超过…半数」).</summary>
    /// <param name="entitled">The voting members who should attend.</param>
    /// <returns>True when met.</returns>
    public bool HasQuorum(int entitled) => Present * 2 > entitled;

    /// <summary>Whether the resolution carries: (for + written for) × 2 &gt; entitled.</summary>
    /// <param name="entitled">The voting members who should attend.</param>
    /// <returns>True when carried.</returns>
    public bool Carries(int entitled) => (For + WrittenFor) * 2 > entitled;
}

/// <summary>审批 — the approval of an admission by a Party committee.</summary>
public sealed class AdmissionApproval
{
    /// <summary>Creates the record.</summary>
    /// <param name="byOrganizationId">The approving organization.</param>
    /// <param name="date">The day of approval.</param>
    /// <param name="partyGroupDecidedBy">The 党组 that decided first, or null.</param>
    /// <param name="partyGroupDecidedOn">The day it decided, or null.</param>
    public AdmissionApproval(string byOrganizationId, LocalDate date, string? partyGroupDecidedBy = null, LocalDate? partyGroupDecidedOn = null)
    {
        ByOrganizationId = Internal.Guard.NotBlank(byOrganizationId, nameof(byOrganizationId));
        Date = date;
        PartyGroupDecidedBy = partyGroupDecidedBy;
        PartyGroupDecidedOn = partyGroupDecidedOn;
    }

    /// <summary>The approving organization.</summary>
    public string ByOrganizationId { get; }

    /// <summary>The day of approval.</summary>
    public LocalDate Date { get; }

    /// <summary>The 党组 that decided first, or null.</summary>
    public string? PartyGroupDecidedBy { get; }

    /// <summary>The day the 党组 decided, or null.</summary>
    public LocalDate? PartyGroupDecidedOn { get; }
}

/// <summary>预备期 — what happened at the end of probation: an extension, the conversion, or a cancellation.</summary>
public sealed class Probation
{
    /// <summary>Creates the record.</summary>
    /// <param name="extension">延长预备期 (once), or null.</param>
    /// <param name="conversion">转正, or null.</param>
    /// <param name="cancelled">取消预备党员资格, or null.</param>
    public Probation(ProbationExtension? extension = null, Conversion? conversion = null, ProbationCancellation? cancelled = null)
    {
        Extension = extension;
        Conversion = conversion;
        Cancelled = cancelled;
    }

    /// <summary>The extension, or null.</summary>
    public ProbationExtension? Extension { get; }

    /// <summary>The conversion, or null.</summary>
    public Conversion? Conversion { get; }

    /// <summary>The cancellation, or null.</summary>
    public ProbationCancellation? Cancelled { get; }
}

/// <summary>延长预备期.</summary>
public sealed class ProbationExtension
{
    /// <summary>Creates the record.</summary>
    /// <param name="months">The months of the extension (6 to 12 are lawful).</param>
    /// <param name="meeting">The branch meeting that decided it.</param>
    /// <param name="approvedOn">The higher approval, or null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is not positive.</exception>
    public ProbationExtension(int months, LocalDate meeting, LocalDate? approvedOn = null)
    {
        Months = months > 0 ? months : throw new ArgumentOutOfRangeException(nameof(months), "An extension lasts at least one month.");
        Meeting = meeting;
        ApprovedOn = approvedOn;
    }

    /// <summary>The months.</summary>
    public int Months { get; }

    /// <summary>The branch meeting.</summary>
    public LocalDate Meeting { get; }

    /// <summary>The higher approval, or null.</summary>
    public LocalDate? ApprovedOn { get; }
}

/// <summary>转正 — the conversion meeting and its approval.</summary>
public sealed class Conversion
{
    /// <summary>Creates the record.</summary>
    /// <param name="vote">The branch meeting and its vote.</param>
    /// <param name="approvedOn">The approval, or null.</param>
    /// <param name="partyGroupDecidedOn">The day the 党组 decided, or null.</param>
    public Conversion(BranchVote vote, LocalDate? approvedOn = null, LocalDate? partyGroupDecidedOn = null)
    {
        Vote = vote ?? throw new ArgumentNullException(nameof(vote));
        ApprovedOn = approvedOn;
        PartyGroupDecidedOn = partyGroupDecidedOn;
    }

    /// <summary>The branch meeting and its vote.</summary>
    public BranchVote Vote { get; }

    /// <summary>The meeting date.</summary>
    public LocalDate Meeting => Vote.Meeting;

    /// <summary>The approval, or null.</summary>
    public LocalDate? ApprovedOn { get; }

    /// <summary>The day the 党组 decided, or null.</summary>
    public LocalDate? PartyGroupDecidedOn { get; }
}

/// <summary>取消预备党员资格.</summary>
public sealed class ProbationCancellation
{
    /// <summary>Creates the record.</summary>
    /// <param name="meeting">The branch meeting.</param>
    /// <param name="approvedOn">The approval, or null.</param>
    public ProbationCancellation(LocalDate meeting, LocalDate? approvedOn = null)
    {
        Meeting = meeting;
        ApprovedOn = approvedOn;
    }

    /// <summary>The branch meeting.</summary>
    public LocalDate Meeting { get; }

    /// <summary>The approval, or null.</summary>
    public LocalDate? ApprovedOn { get; }
}
