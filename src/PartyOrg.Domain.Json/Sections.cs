using System.Linq;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Elections;
using PartyOrg.Domain.Json.Contracts;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Terms;

namespace PartyOrg.Domain.Json;

/// <content>Writing of the meetings, terms and elections sections.</content>
public static partial class PartyOrgDocumentWriter
{
    private static partial InputDocument AddSections(InputDocument document, ComplianceInput input) => new()
    {
        Profile = document.Profile,
        AsOf = document.AsOf,
        Organizations = document.Organizations,
        Members = input.Dues is { } ledger ? document.Members?.Select(m => WithDuesCategory(m, ledger)).ToArray() : document.Members,
        Posts = document.Posts,
        Dues = input.Dues?.Rows.Select(ToContract).ToArray(),
        DuesExemptions = input.Dues is { Exemptions.Count: > 0 } withExemptions ? withExemptions.Exemptions.Select(ToContract).ToArray() : null,
        Terms = input.Terms?.Terms.Select(ToContract).ToArray(),
        Meetings = input.Meetings?.Records.Select(ToContract).ToArray(),
        Elections = input.Elections?.Records.Select(ToContract).ToArray(),
        Reports = input.Reports?.Reports.Select(r => new LeadershipReportContract
        {
            Kind = r.Kind.Name, Organization = r.OrganizationId, Year = r.Year, Date = r.Date, By = r.ByMemberId, To = r.ToOrganizationId, Grade = r.Grade?.Name,
        }).ToArray(),
        Trainings = input.Trainings?.Records.Select(t => new TrainingContract { Member = t.MemberId, Year = t.Year, Hours = t.Hours, Note = t.Note }).ToArray(),
        Development = input.Development?.Applicants.Select(DevelopmentWriter.ToContract).ToArray(),
        Transfers = input.Relations?.Transfers?.Select(DevelopmentWriter.ToContract).ToArray(),
        Outflows = input.Relations?.Outflows?.Select(o => new OutflowContract { Member = o.MemberId, Left = o.Left, Returned = o.Returned, Place = o.Place, FixedPlace = o.FixedPlace }).ToArray(),
        LostContact = input.Relations?.LostContacts?.Select(l => new LostContactContract
        {
            Member = l.MemberId, Since = l.Since, SuspendedOn = l.SuspendedOn, ContactRestoredOn = l.ContactRestoredOn, RemovedOn = l.RemovedOn,
        }).ToArray(),
        Assessments = AssessmentSections.ToContracts(input.Assessments),
        Rectifications = AssessmentSections.ToContracts(input.Rectifications),
    };

    private static MemberContract WithDuesCategory(MemberContract m, Dues.DuesLedger ledger)
    {
        var category = ledger.CategoryOf(m.Id);
        return category == Dues.DuesCategory.Salaried ? m : new MemberContract
        {
            Id = m.Id, Name = m.Name, Branch = m.Branch, Group = m.Group, Status = m.Status, Admitted = m.Admitted, FullSince = m.FullSince,
            TemporaryBranches = m.TemporaryBranches, Restrictions = m.Restrictions, LifeExemption = m.LifeExemption, DuesCategory = category.Name,
        };
    }

    private static DuesRowContract ToContract(Dues.DuesLedgerRow r) => new()
    {
        Member = r.MemberId,
        Month = Dues.DuesMonths.Format(r.Month),
        Base = r.Base is { } b ? Dues.DuesMoney.Format(b) : null,
        Paid = r.Paid > 0m ? Dues.DuesMoney.Format(r.Paid) : null,
        PaidOn = r.PaidOn,
        Voluntary = r.Voluntary is { } v ? Dues.DuesMoney.Format(v) : null,
        Category = r.Category?.Name,
        Arrangement = r.Arrangement == Dues.DuesArrangement.Monthly ? null : r.Arrangement.Name,
    };

    private static DuesExemptionContract ToContract(Dues.DuesExemption e) => new()
    {
        Member = e.MemberId,
        Kind = e.Kind.Name,
        Amount = e.Amount is { } a ? Dues.DuesMoney.Format(a) : null,
        From = Dues.DuesMonths.Format(e.From),
        Until = e.Until is { } u ? Dues.DuesMonths.Format(u) : null,
        BranchDecidedOn = e.BranchDecidedOn,
        ApprovedBy = e.ApprovedBy,
        ApprovedOn = e.ApprovedOn,
    };

    private static TermContract ToContract(Term t) => new()
    {
        Organization = t.OrganizationId,
        Start = t.Start,
        Years = t.Years,
        Adjustment = ToContract(t.Adjustment),
    };

    /// <summary>The contract of a term adjustment, or null.</summary>
    internal static TermAdjustmentContract? ToContract(TermAdjustment? a) => a is null ? null : new()
    {
        Kind = a.Kind.Name,
        Until = a.Until,
        ApprovedBy = a.ApprovedBy,
        ApprovedOn = a.ApprovedOn,
        PartyGroupDecidedBy = a.PartyGroupDecidedBy,
        PartyGroupDecidedOn = a.PartyGroupDecidedOn,
    };

    /// <summary>The contract of a meeting record (empty lists are left out).</summary>
    internal static MeetingContract ToContract(MeetingRecord m) => new()
    {
        Id = m.Id,
        Organization = m.OrganizationId,
        Kinds = m.Kinds.Select(k => k.Name).ToArray(),
        Date = m.Date,
        Attendees = m.Attendees.Count == 0 ? null : m.Attendees.ToArray(),
        Lecturer = m.LecturerId,
        Absences = m.Absences.Count == 0 ? null : m.Absences.Select(a => new AbsenceContract { Member = a.MemberId, Reason = a.Reason.Name, Note = a.Note }).ToArray(),
        Topic = m.Topic,
        Votes = m.Votes.Count == 0 ? null : m.Votes.Select(v => new MeetingVoteContract
        {
            Item = v.Item, For = v.For, Against = v.Against, Abstain = v.Abstain, RecordedAsPassed = v.RecordedAsPassed ? null : false,
        }).ToArray(),
    };

    private static ElectionContract ToContract(ElectionRecord r)
    {
        var i = r.Input;
        return new ElectionContract
        {
            Id = r.Id,
            Organization = r.OrganizationId,
            Date = i.Date,
            Kind = i.Kind.Name,
            Seats = i.Seats,
            Entitled = i.Entitled,
            Attended = i.Attended,
            Voters = i.Voters == i.Attended ? null : i.Voters,
            BallotsIssued = i.BallotsIssued,
            BallotsReturned = i.BallotsReturned,
            Candidates = i.Candidates.Select(c => new CandidateContract { Member = c.MemberId, For = c.For, Against = c.Against, Abstain = c.Abstain }).ToArray(),
            SpoiledBallots = i.SpoiledBallots == 0 ? null : i.SpoiledBallots,
            Method = i.Method == (i.Candidates.Count > i.Seats ? ElectionMethod.Competitive : ElectionMethod.Uncontested) ? null : i.Method.Name,
            Office = i.Office == ElectionOffice.CommitteeMember ? null : i.Office.Name,
            Assembly = i.Assembly == (i.Office == ElectionOffice.Secretary ? ElectionAssembly.CommitteeMeeting : ElectionAssembly.GeneralMeeting) ? null : i.Assembly.Name,
            MembersRepresented = i.MembersRepresented,
            CongressApproved = i.CongressApproved ? true : null,
            SecretaryElected = r.SecretaryElected,
            DeputySecretariesElected = r.DeputySecretariesElected.Count == 0 ? null : r.DeputySecretariesElected.ToArray(),
            SecretaryApprovedBy = r.SecretaryApprovedBy,
            SecretaryApprovedOn = r.SecretaryApprovedOn,
        };
    }
}
