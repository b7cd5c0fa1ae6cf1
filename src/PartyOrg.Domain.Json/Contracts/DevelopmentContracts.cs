using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;

namespace PartyOrg.Domain.Json.Contracts;

/// <summary>发展党员 — one record of <c>$.development</c> (revision 2): the person's path from the application onwards.</summary>
public sealed class ApplicantContract
{
    /// <summary>The applicant's id (required; unique among applicants, apart from member ids).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The name (required).</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The branch (required).</summary>
    public string Branch { get; init; } = string.Empty;

    /// <summary>出生日期, or null.</summary>
    public LocalDate? BirthDate { get; init; }

    /// <summary>递交入党申请书, or null.</summary>
    public LocalDate? Applied { get; init; }

    /// <summary>派人谈话, or null.</summary>
    public LocalDate? Talked { get; init; }

    /// <summary>确定为入党积极分子, or null.</summary>
    public LocalDate? Activist { get; init; }

    /// <summary>培养联系人 (member ids), or null.</summary>
    public IReadOnlyList<string>? Liaisons { get; init; }

    /// <summary>每半年考察 (dates), or null.</summary>
    public IReadOnlyList<LocalDate>? Reviews { get; init; }

    /// <summary>列为发展对象, or null.</summary>
    public LocalDate? Candidate { get; init; }

    /// <summary>入党介绍人 (member ids), or null.</summary>
    public IReadOnlyList<string>? Sponsors { get; init; }

    /// <summary>政治审查, or null.</summary>
    public DevelopmentCheckContract? PoliticalReview { get; init; }

    /// <summary>集中培训, or null.</summary>
    public CandidateTrainingContract? Training { get; init; }

    /// <summary>预审, or null.</summary>
    public DevelopmentCheckContract? PreAudit { get; init; }

    /// <summary>The day the candidate will leave the unit, or null.</summary>
    public LocalDate? LeavingUnitOn { get; init; }

    /// <summary>公示, or null.</summary>
    public IReadOnlyList<PublicNoticeContract>? PublicNotices { get; init; }

    /// <summary>The admission meeting, or null.</summary>
    public BranchVoteContract? Admission { get; init; }

    /// <summary>上级党组织派人谈话, or null.</summary>
    public LocalDate? HigherTalk { get; init; }

    /// <summary>审批, or null.</summary>
    public AdmissionApprovalContract? Approval { get; init; }

    /// <summary>The member id once admitted, or null.</summary>
    public string? Member { get; init; }

    /// <summary>Extension, conversion or cancellation, or null.</summary>
    public ProbationContract? Probation { get; init; }
}

/// <summary>A dated check with an outcome (<c>politicalReview</c>, <c>preAudit</c>).</summary>
public sealed class DevelopmentCheckContract
{
    /// <summary>The day of the conclusion.</summary>
    public LocalDate Date { get; init; }

    /// <summary>Whether it was passed.</summary>
    public bool Passed { get; init; }
}

/// <summary>集中培训 (<c>training</c>).</summary>
public sealed class CandidateTrainingContract
{
    /// <summary>Days, or null.</summary>
    public int? Days { get; init; }

    /// <summary>Class hours, or null.</summary>
    public decimal? Hours { get; init; }
}

/// <summary>公示 (<c>publicNotices[]</c>).</summary>
public sealed class PublicNoticeContract
{
    /// <summary><c>activist</c>, <c>candidate</c>, <c>admission</c> or <c>conversion</c>.</summary>
    public string Stage { get; init; } = string.Empty;

    /// <summary>The first day.</summary>
    public LocalDate From { get; init; }

    /// <summary>The last day.</summary>
    public LocalDate To { get; init; }
}

/// <summary>The branch meeting that adopted the admission (<c>admission</c>).</summary>
public sealed class BranchVoteContract
{
    /// <summary>The meeting date.</summary>
    public LocalDate Meeting { get; init; }

    /// <summary>应到会有表决权人数, or null (computed).</summary>
    public int? EntitledVoting { get; init; }

    /// <summary>到会有表决权人数.</summary>
    public int Present { get; init; }

    /// <summary>赞成.</summary>
    public int For { get; init; }

    /// <summary>Written opinions for of absent voting members, or null (0).</summary>
    public int? WrittenFor { get; init; }
}

/// <summary>审批 (<c>approval</c>).</summary>
public sealed class AdmissionApprovalContract
{
    /// <summary>The approving organization.</summary>
    public string By { get; init; } = string.Empty;

    /// <summary>The day of approval.</summary>
    public LocalDate Date { get; init; }

    /// <summary>The 党组 that decided first, or null.</summary>
    public string? PartyGroupDecidedBy { get; init; }

    /// <summary>The day the 党组 decided, or null.</summary>
    public LocalDate? PartyGroupDecidedOn { get; init; }
}

/// <summary>预备期 (<c>probation</c>).</summary>
public sealed class ProbationContract
{
    /// <summary>延长预备期, or null.</summary>
    public ProbationExtensionContract? Extension { get; init; }

    /// <summary>转正, or null.</summary>
    public ConversionContract? Conversion { get; init; }

    /// <summary>取消预备党员资格, or null.</summary>
    public ProbationCancellationContract? Cancelled { get; init; }
}

/// <summary>延长预备期 (<c>probation.extension</c>).</summary>
public sealed class ProbationExtensionContract
{
    /// <summary>The months.</summary>
    public int Months { get; init; }

    /// <summary>The branch meeting.</summary>
    public LocalDate Meeting { get; init; }

    /// <summary>The approval, or null.</summary>
    public LocalDate? ApprovedOn { get; init; }
}

/// <summary>转正 (<c>probation.conversion</c>).</summary>
public sealed class ConversionContract
{
    /// <summary>The meeting date.</summary>
    public LocalDate Meeting { get; init; }

    /// <summary>应到会有表决权人数, or null (computed).</summary>
    public int? EntitledVoting { get; init; }

    /// <summary>到会有表决权人数.</summary>
    public int Present { get; init; }

    /// <summary>赞成.</summary>
    public int For { get; init; }

    /// <summary>Written opinions for, or null (0).</summary>
    public int? WrittenFor { get; init; }

    /// <summary>The approval, or null.</summary>
    public LocalDate? ApprovedOn { get; init; }

    /// <summary>The day the 党组 decided, or null.</summary>
    public LocalDate? PartyGroupDecidedOn { get; init; }
}

/// <summary>取消预备党员资格 (<c>probation.cancelled</c>).</summary>
public sealed class ProbationCancellationContract
{
    /// <summary>The branch meeting.</summary>
    public LocalDate Meeting { get; init; }

    /// <summary>The approval, or null.</summary>
    public LocalDate? ApprovedOn { get; init; }
}

/// <summary>组织关系转接 (<c>transfers[]</c>).</summary>
public sealed class TransferContract
{
    /// <summary>The member.</summary>
    public string Member { get; init; } = string.Empty;

    /// <summary><c>unit-change</c>, <c>residence-change</c> or <c>outflow</c>.</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>The day of the change.</summary>
    public LocalDate Occurred { get; init; }

    /// <summary>The sending organization id, or null.</summary>
    public string? From { get; init; }

    /// <summary>The receiving organization id, or null.</summary>
    public string? To { get; init; }

    /// <summary>The sending organization outside the document, or null.</summary>
    public string? FromName { get; init; }

    /// <summary>The receiving organization outside the document, or null.</summary>
    public string? ToName { get; init; }

    /// <summary>转出, or null.</summary>
    public LocalDate? SentOn { get; init; }

    /// <summary>接收, or null.</summary>
    public LocalDate? ReceivedOn { get; init; }

    /// <summary>The refusal, or null.</summary>
    public LocalDate? RefusedOn { get; init; }

    /// <summary>The refusing organization, or null.</summary>
    public string? RefusedBy { get; init; }

    /// <summary>The reason of the refusal, or null.</summary>
    public string? RefusalReason { get; init; }
}

/// <summary>流动党员 (<c>outflows[]</c>).</summary>
public sealed class OutflowContract
{
    /// <summary>The member.</summary>
    public string Member { get; init; } = string.Empty;

    /// <summary>The day they left.</summary>
    public LocalDate Left { get; init; }

    /// <summary>The day they came back, or null.</summary>
    public LocalDate? Returned { get; init; }

    /// <summary>Where, or null.</summary>
    public string? Place { get; init; }

    /// <summary>Whether the place is relatively fixed.</summary>
    public bool FixedPlace { get; init; }
}

/// <summary>失联党员 (<c>lostContact[]</c>).</summary>
public sealed class LostContactContract
{
    /// <summary>The member.</summary>
    public string Member { get; init; } = string.Empty;

    /// <summary>Out of contact since.</summary>
    public LocalDate Since { get; init; }

    /// <summary>停止党籍, or null.</summary>
    public LocalDate? SuspendedOn { get; init; }

    /// <summary>Contact restored, or null.</summary>
    public LocalDate? ContactRestoredOn { get; init; }

    /// <summary>除名, or null.</summary>
    public LocalDate? RemovedOn { get; init; }
}

/// <summary>The caller's working days (<c>workingDays</c>).</summary>
public sealed class WorkingDaysContract
{
    /// <summary>放假 days.</summary>
    public IReadOnlyList<LocalDate>? Holidays { get; init; }

    /// <summary>调休上班 days.</summary>
    public IReadOnlyList<LocalDate>? AdjustedWorkdays { get; init; }
}

/// <summary>The output of <c>partyorg development --format json</c> (revision 2).</summary>
public sealed class DevelopmentReportContract
{
    /// <summary>The date of the plan.</summary>
    public LocalDate AsOf { get; init; }

    /// <summary>Where the date came from, or null.</summary>
    public string? AsOfSource { get; init; }

    /// <summary>One entry per applicant, sorted by id.</summary>
    public IReadOnlyList<ApplicantPlanContract> Applicants { get; init; } = new ApplicantPlanContract[0];

    /// <summary>The DEV-*, MEM-PARTY-AGE findings, as in <c>check</c>.</summary>
    public IReadOnlyList<FindingContract> Findings { get; init; } = new FindingContract[0];
}

/// <summary>The stage and milestones of one applicant (null: does not apply yet).</summary>
public sealed class ApplicantPlanContract
{
    /// <summary>The applicant id.</summary>
    public string Applicant { get; init; } = string.Empty;

    /// <summary>The branch.</summary>
    public string Branch { get; init; } = string.Empty;

    /// <summary>The member id once admitted.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Member { get; init; }

    /// <summary>The stage.</summary>
    public string Stage { get; init; } = string.Empty;

    /// <summary>The 18th birthday.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public LocalDate? EligibleFrom { get; init; }

    /// <summary>The application + 1 month.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public LocalDate? TalkDue { get; init; }

    /// <summary>While an activist: the last review + 6 months.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public LocalDate? ActivistReviewDue { get; init; }

    /// <summary>The activist designation + 1 year.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public LocalDate? CandidateFrom { get; init; }

    /// <summary>The admission meeting + 3 months.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public LocalDate? ApprovalDue { get; init; }

    /// <summary>The admission meeting + 6 months.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public LocalDate? ApprovalLimit { get; init; }

    /// <summary>The admission meeting + 1 year + extension months.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public LocalDate? ProbationEnd { get; init; }

    /// <summary>The conversion meeting + 3 months.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public LocalDate? ConversionApprovalDue { get; init; }

    /// <summary>The end of probation once the conversion is approved.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public LocalDate? FullSince { get; init; }

    /// <summary>The admission meeting.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public LocalDate? DuesFrom { get; init; }

    /// <summary>Whole years of Party standing on the as-of date.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? PartyStandingYears { get; init; }

    /// <summary>The next step.</summary>
    public NextStepContract NextStep { get; init; } = new();
}

/// <summary>The next step of an applicant.</summary>
public sealed class NextStepContract
{
    /// <summary><c>talk</c>, <c>designate-activist</c>, <c>review</c>, <c>list-as-candidate</c>, <c>admission-meeting</c>, <c>approval</c>, <c>conversion-meeting</c>, <c>conversion-approval</c> or <c>none</c>.</summary>
    public string Step { get; init; } = "none";

    /// <summary>The earliest allowed date.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public LocalDate? Earliest { get; init; }

    /// <summary>The deadline.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public LocalDate? Due { get; init; }
}
