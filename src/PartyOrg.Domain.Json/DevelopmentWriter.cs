using System.Linq;
using PartyOrg.Domain.Development;
using PartyOrg.Domain.Json.Contracts;

namespace PartyOrg.Domain.Json;

/// <summary>Writes development records and transfers as contracts (the inverse of the reader).</summary>
internal static class DevelopmentWriter
{
    internal static ApplicantContract ToContract(Applicant a) => new()
    {
        Id = a.Id,
        Name = a.Name,
        Branch = a.BranchId,
        BirthDate = a.BirthDate,
        Applied = a.Applied,
        Talked = a.Talked,
        Activist = a.Activist,
        Liaisons = a.LiaisonIds.Count == 0 ? null : a.LiaisonIds.ToArray(),
        Reviews = a.Reviews.Count == 0 ? null : a.Reviews.ToArray(),
        Candidate = a.Candidate,
        Sponsors = a.SponsorIds.Count == 0 ? null : a.SponsorIds.ToArray(),
        PoliticalReview = a.PoliticalReview is { } pr ? new DevelopmentCheckContract { Date = pr.Date, Passed = pr.Passed } : null,
        Training = a.Training is { } t ? new CandidateTrainingContract { Days = t.Days, Hours = t.Hours } : null,
        PreAudit = a.PreAudit is { } pa ? new DevelopmentCheckContract { Date = pa.Date, Passed = pa.Passed } : null,
        LeavingUnitOn = a.LeavingUnitOn,
        PublicNotices = a.PublicNotices.Count == 0 ? null : a.PublicNotices.Select(n => new PublicNoticeContract { Stage = n.Stage.Name, From = n.From, To = n.To }).ToArray(),
        Admission = a.Admission is { } v ? new BranchVoteContract
        {
            Meeting = v.Meeting, EntitledVoting = v.EntitledVoting, Present = v.Present, For = v.For, WrittenFor = v.WrittenFor == 0 ? null : v.WrittenFor,
        } : null,
        HigherTalk = a.HigherTalk,
        Approval = a.Approval is { } ap ? new AdmissionApprovalContract
        {
            By = ap.ByOrganizationId, Date = ap.Date, PartyGroupDecidedBy = ap.PartyGroupDecidedBy, PartyGroupDecidedOn = ap.PartyGroupDecidedOn,
        } : null,
        Member = a.MemberId,
        Probation = a.Probation is { } p ? new ProbationContract
        {
            Extension = p.Extension is { } e ? new ProbationExtensionContract { Months = e.Months, Meeting = e.Meeting, ApprovedOn = e.ApprovedOn } : null,
            Conversion = p.Conversion is { } c ? new ConversionContract
            {
                Meeting = c.Meeting, EntitledVoting = c.Vote.EntitledVoting, Present = c.Vote.Present, For = c.Vote.For,
                WrittenFor = c.Vote.WrittenFor == 0 ? null : c.Vote.WrittenFor, ApprovedOn = c.ApprovedOn, PartyGroupDecidedOn = c.PartyGroupDecidedOn,
            } : null,
            Cancelled = p.Cancelled is { } x ? new ProbationCancellationContract { Meeting = x.Meeting, ApprovedOn = x.ApprovedOn } : null,
        } : null,
    };

    internal static TransferContract ToContract(MemberTransfer t) => new()
    {
        Member = t.MemberId,
        Reason = t.Reason.Name,
        Occurred = t.Occurred,
        From = t.From,
        To = t.To,
        SentOn = t.SentOn,
        ReceivedOn = t.ReceivedOn,
        RefusedOn = t.RefusedOn,
        RefusedBy = t.RefusedBy,
        RefusalReason = t.RefusalReason,
    };
}
