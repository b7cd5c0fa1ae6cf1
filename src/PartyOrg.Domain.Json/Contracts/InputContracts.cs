using System.Collections.Generic;
using NodaTime;

namespace PartyOrg.Domain.Json.Contracts;

/// <summary>
/// 输入文档 — the one input document of the interchange contract (docs/json.md): profile, "as of" date,
/// organizations, members, posts, terms, meetings and elections. Field names serialize in camelCase; enum values
/// are kebab-case strings; dates are <c>yyyy-MM-dd</c>. Only <see cref="Organizations"/> is required.
/// </summary>
public sealed class InputDocument
{
    /// <summary>The built-in compliance profile to use (<c>state-organs</c> by default), or null.</summary>
    public string? Profile { get; init; }

    /// <summary>The "as of" date, or null (the command then uses its <c>--as-of</c> option or today's date).</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>组织 — the organizations (required, may be empty).</summary>
    public IReadOnlyList<OrganizationContract> Organizations { get; init; } = new OrganizationContract[0];

    /// <summary>党员 — the members, or null.</summary>
    public IReadOnlyList<MemberContract>? Members { get; init; }

    /// <summary>任职 — the posts, or null.</summary>
    public IReadOnlyList<PostContract>? Posts { get; init; }

    /// <summary>任期 — the terms of office, or null.</summary>
    public IReadOnlyList<TermContract>? Terms { get; init; }

    /// <summary>会议 — the meeting records, or null.</summary>
    public IReadOnlyList<MeetingContract>? Meetings { get; init; }

    /// <summary>选举 — the election records, or null.</summary>
    public IReadOnlyList<ElectionContract>? Elections { get; init; }

    /// <summary>The dues ledger (revision 2), or null when the document has no <c>dues</c>.</summary>
    public IReadOnlyList<DuesRowContract>? Dues { get; init; }

    /// <summary>The hardship arrangements (revision 2), or null when the document has no <c>duesExemptions</c>.</summary>
    public IReadOnlyList<DuesExemptionContract>? DuesExemptions { get; init; }

    /// <summary>The yearly reports of the organ's leaders (revision 2), or null when the document has no <c>reports</c>.</summary>
    public IReadOnlyList<LeadershipReportContract>? Reports { get; init; }

    /// <summary>The training hours (revision 2), or null when the document has no <c>trainings</c>.</summary>
    public IReadOnlyList<TrainingContract>? Trainings { get; init; }

    /// <summary>发展党员 (revision 2), or null when the document has no <c>development</c>.</summary>
    public IReadOnlyList<ApplicantContract>? Development { get; init; }

    /// <summary>组织关系转接 (revision 2), or null when the document has no <c>transfers</c>.</summary>
    public IReadOnlyList<TransferContract>? Transfers { get; init; }

    /// <summary>流动党员 (revision 2), or null when the document has no <c>outflows</c>.</summary>
    public IReadOnlyList<OutflowContract>? Outflows { get; init; }

    /// <summary>失联党员 (revision 2), or null when the document has no <c>lostContact</c>.</summary>
    public IReadOnlyList<LostContactContract>? LostContact { get; init; }

    /// <summary>The caller's working days (revision 2), or null.</summary>
    public WorkingDaysContract? WorkingDays { get; init; }
    /// <summary>The entered assessment values, or null when the document has no <c>assessments</c>.</summary>
    public IReadOnlyList<AssessmentEntryContract>? Assessments { get; init; }

    /// <summary>The rectification records of weak and lax organisations, or null when the document has no <c>rectifications</c>.</summary>
    public IReadOnlyList<RectificationContract>? Rectifications { get; init; }
}

/// <summary>党组织 — one organization of <c>$.organizations</c>.</summary>
public sealed class OrganizationContract
{
    /// <summary>The caller's id, echoed back in findings (required).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The kind (required): <c>working-committee</c>, <c>leading-group</c>, <c>organ-committee</c>, <c>basic-committee</c>, <c>general-branch</c>, <c>branch</c>, <c>party-group</c>.</summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary>The name (required), e.g. 综合处党支部.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The higher organization's id, or null for a root.</summary>
    public string? Parent { get; init; }

    /// <summary>Branches only: <c>regular</c> (default), <c>joint</c> or <c>temporary</c>.</summary>
    public string? Form { get; init; }

    /// <summary>For a 党组 (<c>leading-group</c>): the organ committee it leads.</summary>
    public string? Leads { get; init; }

    /// <summary>成立日期 — the day it was set up, or null.</summary>
    public LocalDate? Established { get; init; }

    /// <summary>撤销日期 — the day it was dissolved, or null.</summary>
    public LocalDate? Dissolved { get; init; }

    /// <summary>Joint branches: the number of units covered, or null.</summary>
    public int? CoveredUnits { get; init; }

    /// <summary>Temporary branches: the planned end of the task, or null.</summary>
    public LocalDate? PlannedEnd { get; init; }
}

/// <summary>党员 — one member of <c>$.members</c>.</summary>
public sealed class MemberContract
{
    /// <summary>The caller's id (required).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The name (required).</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The regular or joint branch holding the registration (组织关系, required).</summary>
    public string Branch { get; init; } = string.Empty;

    /// <summary>The Party group (党小组) of that branch, or null.</summary>
    public string? Group { get; init; }

    /// <summary><c>full</c> (正式党员) or <c>probationary</c> (预备党员) (required).</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>入党日期, or null.</summary>
    public LocalDate? Admitted { get; init; }

    /// <summary>转正日期, or null.</summary>
    public LocalDate? FullSince { get; init; }

    /// <summary>Temporary branches the member takes part in, or null.</summary>
    public IReadOnlyList<string>? TemporaryBranches { get; init; }

    /// <summary>Periods without voting rights, or null.</summary>
    public IReadOnlyList<RestrictionContract>? Restrictions { get; init; }

    /// <summary>The period in which organisational life is not required of the member (教育管理条例 Art. 23 ¶2), or null.</summary>
    public LifeExemptionContract? LifeExemption { get; init; }

    /// <summary>The basis of the member's dues (<c>salaried</c> when null): see <see cref="Domain.Dues.DuesCategory"/>.</summary>
    public string? DuesCategory { get; init; }

    /// <summary>出生日期 (revision 2), or null.</summary>
    public LocalDate? BirthDate { get; init; }
}

/// <summary>A period in which organisational life is not required of a member (<c>$.members[i].lifeExemption</c>).</summary>
public sealed class LifeExemptionContract
{
    /// <summary><c>elderly-frail</c>, <c>limited-mobility</c>, <c>seriously-ill</c> or <c>incapacitated</c> (required).</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>The first day (required).</summary>
    public LocalDate From { get; init; }

    /// <summary>The last day (inclusive), or null while it lasts.</summary>
    public LocalDate? Until { get; init; }
}

/// <summary>A period without voting rights (<c>$.members[i].restrictions[j]</c>).</summary>
public sealed class RestrictionContract
{
    /// <summary><c>party-probation</c> (留党察看) or <c>suspension</c> (中止党员权利) (required).</summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary>The first day (required).</summary>
    public LocalDate From { get; init; }

    /// <summary>The last day (inclusive), or null while it lasts.</summary>
    public LocalDate? Until { get; init; }
}

/// <summary>任职 — one post of <c>$.posts</c>.</summary>
public sealed class PostContract
{
    /// <summary>The organization (required).</summary>
    public string Organization { get; init; } = string.Empty;

    /// <summary>The member holding it (required).</summary>
    public string Member { get; init; } = string.Empty;

    /// <summary><c>secretary</c>, <c>deputy-secretary</c>, <c>committee-member</c> or <c>group-leader</c> (required).</summary>
    public string Post { get; init; } = string.Empty;

    /// <summary>The first day held (required).</summary>
    public LocalDate Since { get; init; }

    /// <summary>The day it ended (exclusive), or null while held.</summary>
    public LocalDate? Until { get; init; }

    /// <summary>A committee member's duty: <c>organization</c>, <c>publicity</c>, <c>discipline-inspection</c>, <c>other</c>; or null.</summary>
    public string? Duty { get; init; }
}

/// <summary>任期 — one term of office of <c>$.terms</c>.</summary>
public sealed class TermContract
{
    /// <summary>The organization whose leading body serves the term (required).</summary>
    public string Organization { get; init; } = string.Empty;

    /// <summary>The day the term began (the election, required).</summary>
    public LocalDate Start { get; init; }

    /// <summary>The length in years, or null for the profile's length for that body.</summary>
    public int? Years { get; init; }

    /// <summary>An approved (or requested) postponement or advance of the election, or null.</summary>
    public TermAdjustmentContract? Adjustment { get; init; }
}

/// <summary>延期/提前换届 — the adjustment of a term (<c>$.terms[i].adjustment</c>).</summary>
public sealed class TermAdjustmentContract
{
    /// <summary><c>postpone</c> or <c>advance</c> (required).</summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary>The new election date (required).</summary>
    public LocalDate Until { get; init; }

    /// <summary>The approving organization's id, or null when not approved.</summary>
    public string? ApprovedBy { get; init; }

    /// <summary>The day of approval, or null.</summary>
    public LocalDate? ApprovedOn { get; init; }

    /// <summary>For an organ committee: the 党组 that decided on it first, or null.</summary>
    public string? PartyGroupDecidedBy { get; init; }

    /// <summary>The day the 党组 decided, or null.</summary>
    public LocalDate? PartyGroupDecidedOn { get; init; }
}

/// <summary>会议记录 — one meeting of <c>$.meetings</c>.</summary>
public sealed class MeetingContract
{
    /// <summary>The contract of a domain meeting record, as the document writer writes it (empty lists left out).</summary>
    /// <param name="record">The record.</param>
    /// <returns>The contract.</returns>
    public static MeetingContract From(PartyOrg.Domain.Meetings.MeetingRecord record) =>
        PartyOrgDocumentWriter.ToContract(record ?? throw new System.ArgumentNullException(nameof(record)));

    /// <summary>The caller's id (required).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The organization that held it (required).</summary>
    public string Organization { get; init; } = string.Empty;

    /// <summary>The kinds it counts for (required, at least one): <c>general-meeting</c>, <c>committee-meeting</c>, <c>group-meeting</c>, <c>party-lecture</c>, <c>themed-party-day</c>, <c>organizational-life-meeting</c>, <c>democratic-appraisal</c>, <c>democratic-life-meeting</c>.</summary>
    public IReadOnlyList<string> Kinds { get; init; } = new string[0];

    /// <summary>The day it was held (required).</summary>
    public LocalDate Date { get; init; }

    /// <summary>The members who attended, or null.</summary>
    public IReadOnlyList<string>? Attendees { get; init; }

    /// <summary>The member who gave the Party lecture, or null.</summary>
    public string? Lecturer { get; init; }

    /// <summary>Recorded absences, or null.</summary>
    public IReadOnlyList<AbsenceContract>? Absences { get; init; }

    /// <summary>The topic (e.g. of the Party lecture), or null.</summary>
    public string? Topic { get; init; }

    /// <summary>Votes taken (表决), or null.</summary>
    public IReadOnlyList<MeetingVoteContract>? Votes { get; init; }
}

/// <summary>表决 — one vote of <c>$.meetings[i].votes</c>.</summary>
public sealed class MeetingVoteContract
{
    /// <summary>What was voted on (required).</summary>
    public string Item { get; init; } = string.Empty;

    /// <summary>赞成票 (required).</summary>
    public int For { get; init; }

    /// <summary>反对票 (default 0).</summary>
    public int Against { get; init; }

    /// <summary>弃权票 (default 0).</summary>
    public int Abstain { get; init; }

    /// <summary>Whether the minutes record it as passed; null means true.</summary>
    public bool? RecordedAsPassed { get; init; }
}

/// <summary>缺席 — one absence of <c>$.meetings[i].absences</c>.</summary>
public sealed class AbsenceContract
{
    /// <summary>The absent member (required).</summary>
    public string Member { get; init; } = string.Empty;

    /// <summary><c>leave</c> (请假), <c>illness</c> (病假), <c>business-travel</c> (出差), <c>other</c>, <c>no-reason</c> (无故缺席) (required).</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>A note (for <c>other</c>), or null.</summary>
    public string? Note { get; init; }
}

/// <summary>选举 — one election of <c>$.elections</c>.</summary>
public sealed class ElectionContract
{
    /// <summary>The caller's id (required).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The organization whose body is elected (required).</summary>
    public string Organization { get; init; } = string.Empty;

    /// <summary>The day of the vote (required).</summary>
    public LocalDate Date { get; init; }

    /// <summary><c>general</c> (换届选举) or <c>by-election</c> (补选) (required).</summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary>应选名额 — the seats to fill (required).</summary>
    public int Seats { get; init; }

    /// <summary>应到会 — members entitled to vote, or null to compute it from the members (ELEC-VOTING-RIGHTS).</summary>
    public int? Entitled { get; init; }

    /// <summary>实到会 — members present (required).</summary>
    public int Attended { get; init; }

    /// <summary>投票人数 — those who cast a ballot, or null for <see cref="Attended"/>.</summary>
    public int? Voters { get; init; }

    /// <summary>发出选票 (required).</summary>
    public int BallotsIssued { get; init; }

    /// <summary>收回选票 (required).</summary>
    public int BallotsReturned { get; init; }

    /// <summary>The candidates and their votes (required).</summary>
    public IReadOnlyList<CandidateContract> Candidates { get; init; } = new CandidateContract[0];

    /// <summary>废票 — spoiled ballots, or null for none.</summary>
    public int? SpoiledBallots { get; init; }

    /// <summary><c>competitive</c> (差额, default) or <c>uncontested</c> (等额), or null.</summary>
    public string? Method { get; init; }

    /// <summary>What is elected: <c>committee-member</c> (default), <c>secretary</c> or <c>delegate</c>; or null.</summary>
    public string? Office { get; init; }

    /// <summary>Who votes: <c>general-meeting</c> (default), <c>delegate-congress</c> or <c>committee-meeting</c>; or null.</summary>
    public string? Assembly { get; init; }

    /// <summary>For a delegate congress: the members represented, or null.</summary>
    public int? MembersRepresented { get; init; }

    /// <summary>For a delegate congress: whether it approved the counting rule; null means false.</summary>
    public bool? CongressApproved { get; init; }

    /// <summary>The member elected secretary, or null.</summary>
    public string? SecretaryElected { get; init; }

    /// <summary>The members elected deputy secretaries, or null.</summary>
    public IReadOnlyList<string>? DeputySecretariesElected { get; init; }

    /// <summary>The higher organization that approved the secretary, or null.</summary>
    public string? SecretaryApprovedBy { get; init; }

    /// <summary>The day the secretary was approved, or null.</summary>
    public LocalDate? SecretaryApprovedOn { get; init; }
}

/// <summary>候选人 — one candidate of <c>$.elections[i].candidates</c>.</summary>
public sealed class CandidateContract
{
    /// <summary>The member (required).</summary>
    public string Member { get; init; } = string.Empty;

    /// <summary>赞成票 (required).</summary>
    public int For { get; init; }

    /// <summary>反对票 (default 0).</summary>
    public int Against { get; init; }

    /// <summary>弃权票 (default 0).</summary>
    public int Abstain { get; init; }
}
