using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NodaTime;
using PartyOrg.Domain.Development;
using PartyOrg.Domain.Json.Contracts;

namespace PartyOrg.Domain.Json.Reading;

/// <summary>What the shape pass read of the revision-2 sections <c>development</c>, <c>transfers</c>, <c>outflows</c>, <c>lostContact</c> and <c>workingDays</c>.</summary>
internal sealed class DevelopmentSections
{
    internal List<ApplicantContract?> Applicants { get; set; } = new();

    internal bool HasApplicants { get; set; }

    internal List<TransferContract?> Transfers { get; set; } = new();

    internal bool HasTransfers { get; set; }

    internal List<OutflowContract?> Outflows { get; set; } = new();

    internal bool HasOutflows { get; set; }

    internal List<LostContactContract?> LostContacts { get; set; } = new();

    internal bool HasLostContacts { get; set; }

    internal WorkingDaysContract? WorkingDays { get; set; }
}

/// <summary>The shape pass of the <c>development</c>, <c>transfers</c>, <c>outflows</c>, <c>lostContact</c> and <c>workingDays</c> sections (revision 2).</summary>
internal sealed partial class DocumentReader
{
    internal static readonly IReadOnlyList<string> NoticeStages = NoticeStage.List.OrderBy(k => k.Value).Select(k => k.Name).ToArray();
    internal static readonly IReadOnlyList<string> TransferReasons = TransferReason.List.OrderBy(k => k.Value).Select(k => k.Name).ToArray();

    private static readonly string[] ApplicantFields =
    {
        "id", "name", "branch", "birthDate", "applied", "talked", "activist", "liaisons", "reviews", "candidate", "sponsors", "politicalReview",
        "training", "preAudit", "leavingUnitOn", "publicNotices", "admission", "higherTalk", "approval", "member", "probation",
    };

    private static readonly string[] CheckFields = { "date", "passed" };
    private static readonly string[] CandidateTrainingFields = { "days", "hours" };
    private static readonly string[] NoticeFields = { "stage", "from", "to" };
    private static readonly string[] BranchVoteFields = { "meeting", "entitledVoting", "present", "for", "writtenFor" };
    private static readonly string[] ApprovalFields = { "by", "date", "partyGroupDecidedBy", "partyGroupDecidedOn" };
    private static readonly string[] ProbationFields = { "extension", "conversion", "cancelled" };
    private static readonly string[] ExtensionFields = { "months", "meeting", "approvedOn" };
    private static readonly string[] ConversionFields = { "meeting", "entitledVoting", "present", "for", "writtenFor", "approvedOn", "partyGroupDecidedOn" };
    private static readonly string[] CancellationFields = { "meeting", "approvedOn" };
    private static readonly string[] TransferFields = { "member", "reason", "occurred", "from", "to", "fromName", "toName", "sentOn", "receivedOn", "refusedOn", "refusedBy", "refusalReason" };
    private static readonly string[] OutflowFields = { "member", "left", "returned", "place", "fixedPlace" };
    private static readonly string[] LostContactFields = { "member", "since", "suspendedOn", "contactRestoredOn", "removedOn" };
    private static readonly string[] WorkingDaysFields = { "holidays", "adjustedWorkdays" };

    private static readonly FlatField[] CheckTable = { FlatField.Date("date", true), FlatField.Bool("passed", true) };

    /// <summary>A candidate's training: days, hours or both (an object with neither goes the per-element way, which reports it).</summary>
    private static readonly FlatField[] CandidateTrainingTable = { FlatField.Int("days", false, 0, 366), FlatField.Decimal("hours", false, 0m, 10000m, true) };

    private static readonly FlatField[] NoticeTable = { FlatField.Enum("stage", true, NoticeStages), FlatField.Date("from", true), FlatField.Date("to", true) };

    private static readonly FlatField[] BranchVoteTable =
    {
        FlatField.Date("meeting", true), FlatField.Int("entitledVoting", false, 1, PartyOrgLoadOptions.MaxCount), FlatField.Int("present", true, 0, PartyOrgLoadOptions.MaxCount),
        FlatField.Int("for", true, 0, PartyOrgLoadOptions.MaxCount), FlatField.Int("writtenFor", false, 0, PartyOrgLoadOptions.MaxCount),
    };

    private static readonly FlatField[] ApprovalTable =
    {
        FlatField.SharedId("by", true), FlatField.Date("date", true), FlatField.SharedId("partyGroupDecidedBy", false), FlatField.Date("partyGroupDecidedOn", false),
    };

    private static readonly FlatField[] ExtensionTable = { FlatField.Int("months", true, 1, 120), FlatField.Date("meeting", true), FlatField.Date("approvedOn", false) };

    private static readonly FlatField[] ConversionTable =
    {
        FlatField.Date("meeting", true), FlatField.Int("entitledVoting", false, 1, PartyOrgLoadOptions.MaxCount), FlatField.Int("present", true, 0, PartyOrgLoadOptions.MaxCount),
        FlatField.Int("for", true, 0, PartyOrgLoadOptions.MaxCount), FlatField.Int("writtenFor", false, 0, PartyOrgLoadOptions.MaxCount), FlatField.Date("approvedOn", false),
        FlatField.Date("partyGroupDecidedOn", false),
    };

    private static readonly FlatField[] CancellationTable = { FlatField.Date("meeting", true), FlatField.Date("approvedOn", false) };

    private static readonly FlatField[] ProbationTable =
    {
        FlatField.Object("extension", false, ExtensionTable), FlatField.Object("conversion", false, ConversionTable), FlatField.Object("cancelled", false, CancellationTable),
    };

    /// <summary>The fast path's table of an applicant (<see cref="ApplicantFields"/>, the same fields in the same order).</summary>
    private static readonly FlatField[] ApplicantTable =
    {
        FlatField.Id("id", true), FlatField.Text("name", true, PartyOrgLoadOptions.MaxNameLength), FlatField.SharedId("branch", true), FlatField.Date("birthDate", false),
        FlatField.Date("applied", false), FlatField.Date("talked", false), FlatField.Date("activist", false), FlatField.Ids("liaisons", false),
        FlatField.Dates("reviews", false), FlatField.Date("candidate", false), FlatField.Ids("sponsors", false), FlatField.Object("politicalReview", false, CheckTable),
        FlatField.Object("training", false, CandidateTrainingTable, nonEmpty: true), FlatField.Object("preAudit", false, CheckTable), FlatField.Date("leavingUnitOn", false),
        FlatField.Objects("publicNotices", false, NoticeTable), FlatField.Object("admission", false, BranchVoteTable), FlatField.Date("higherTalk", false),
        FlatField.Object("approval", false, ApprovalTable), FlatField.SharedId("member", false), FlatField.Object("probation", false, ProbationTable),
    };

    /// <summary>A plain applicant's contract, from the fast path's values (<see cref="ApplicantTable"/>).</summary>
    private static ApplicantContract MakeApplicant(FlatValues v) => new()
    {
        Id = v.S(0)!,
        Name = v.S(1)!,
        Branch = v.S(2)!,
        BirthDate = v.D(3),
        Applied = v.D(4),
        Talked = v.D(5),
        Activist = v.D(6),
        Liaisons = v.HasItems(7) ? v.ItemsAs(7, static x => x.S(0)!) : null,
        Reviews = v.HasItems(8) ? v.ItemsAs(8, static x => x.D(0)!.Value) : null,
        Candidate = v.D(9),
        Sponsors = v.HasItems(10) ? v.ItemsAs(10, static x => x.S(0)!) : null,
        PoliticalReview = v.One(11) is { } pr ? MakeCheck(pr) : null,
        Training = v.One(12) is { } t ? new CandidateTrainingContract { Days = t.I(0), Hours = t.M(1) } : null,
        PreAudit = v.One(13) is { } pa ? MakeCheck(pa) : null,
        LeavingUnitOn = v.D(14),
        PublicNotices = v.HasItems(15) ? v.ItemsAs(15, static n => new PublicNoticeContract { Stage = n.S(0)!, From = n.D(1)!.Value, To = n.D(2)!.Value }) : null,
        Admission = v.One(16) is { } ad ? new BranchVoteContract { Meeting = ad.D(0)!.Value, EntitledVoting = ad.I(1), Present = ad.I(2)!.Value, For = ad.I(3)!.Value, WrittenFor = ad.I(4) } : null,
        HigherTalk = v.D(17),
        Approval = v.One(18) is { } ap ? new AdmissionApprovalContract { By = ap.S(0)!, Date = ap.D(1)!.Value, PartyGroupDecidedBy = ap.S(2), PartyGroupDecidedOn = ap.D(3) } : null,
        Member = v.S(19),
        Probation = v.One(20) is { } p ? MakeProbation(p) : null,
    };

    private static DevelopmentCheckContract MakeCheck(FlatValues v) => new() { Date = v.D(0)!.Value, Passed = v.I(1) == 1 };

    private static ProbationContract MakeProbation(FlatValues v) => new()
    {
        Extension = v.One(0) is { } x ? new ProbationExtensionContract { Months = x.I(0)!.Value, Meeting = x.D(1)!.Value, ApprovedOn = x.D(2) } : null,
        Conversion = v.One(1) is { } c ? new ConversionContract
        {
            Meeting = c.D(0)!.Value, EntitledVoting = c.I(1), Present = c.I(2)!.Value, For = c.I(3)!.Value, WrittenFor = c.I(4), ApprovedOn = c.D(5), PartyGroupDecidedOn = c.D(6),
        } : null,
        Cancelled = v.One(2) is { } k ? new ProbationCancellationContract { Meeting = k.D(0)!.Value, ApprovedOn = k.D(1) } : null,
    };

    /// <summary>Reads the root's <c>workingDays</c> object (the array sections are in the section table).</summary>
    private void ReadWorkingDays(ObjectReader r) =>
        raw.Development.WorkingDays = r.Value("workingDays", false) is { } w ? WorkingDaysItem(w, r.At("workingDays")) : null;

    private ApplicantContract? Applicant(JsonElement e, string path) => Element(e, path, ApplicantFields, r => new ApplicantContract
    {
        Id = r.Id("id", true) ?? string.Empty,
        Name = r.String("name", true, PartyOrgLoadOptions.MaxNameLength) ?? string.Empty,
        Branch = r.Id("branch", true) ?? string.Empty,
        BirthDate = r.Date("birthDate", false),
        Applied = r.Date("applied", false),
        Talked = r.Date("talked", false),
        Activist = r.Date("activist", false),
        Liaisons = r.Ids("liaisons", false)?.Select(x => x ?? string.Empty).ToArray(),
        Reviews = Dates(r, "reviews"),
        Candidate = r.Date("candidate", false),
        Sponsors = r.Ids("sponsors", false)?.Select(x => x ?? string.Empty).ToArray(),
        PoliticalReview = r.Value("politicalReview", false) is { } pr ? Check(pr, r.At("politicalReview")) : null,
        Training = r.Value("training", false) is { } t ? CandidateTrainingItem(t, r.At("training")) : null,
        PreAudit = r.Value("preAudit", false) is { } pa ? Check(pa, r.At("preAudit")) : null,
        LeavingUnitOn = r.Date("leavingUnitOn", false),
        PublicNotices = r.Array("publicNotices", false, Notice)?.Select(x => x ?? new PublicNoticeContract()).ToArray(),
        Admission = r.Value("admission", false) is { } ad ? AdmissionVote(ad, r.At("admission")) : null,
        HigherTalk = r.Date("higherTalk", false),
        Approval = r.Value("approval", false) is { } ap ? ApprovalItem(ap, r.At("approval")) : null,
        Member = r.Id("member", false),
        Probation = r.Value("probation", false) is { } p ? ProbationItem(p, r.At("probation")) : null,
    });

    private IReadOnlyList<LocalDate>? Dates(ObjectReader r, string name)
    {
        if (r.Value(name, false) is not { } v)
        {
            return null;
        }

        var items = ObjectReader.ReadArray<object>(v, r.At(name), problems, (x, p) => ObjectReader.ParseDate(x, p, problems) is { } date ? date : null);
        return items?.Where(x => x is not null).Select(x => (LocalDate)x!).ToArray();
    }

    private DevelopmentCheckContract? Check(JsonElement e, string path) => Element(e, path, CheckFields, r => new DevelopmentCheckContract
    {
        Date = r.Date("date", true) ?? default,
        Passed = r.Value("passed", true) is not null && (r.Bool("passed") ?? false),
    });

    private CandidateTrainingContract? CandidateTrainingItem(JsonElement e, string path) => Element(e, path, CandidateTrainingFields, r =>
    {
        var days = r.Int("days", false, 0, 366);
        var hours = r.Value("hours", false) is null ? null : Hours(r, "hours");
        if (r.Value("days", false) is null && r.Value("hours", false) is null)
        {
            problems.Add(path, "expected \"days\" or \"hours\" (or both), e.g. { \"days\": 3 }");
        }

        return new CandidateTrainingContract { Days = days, Hours = hours };
    });

    private PublicNoticeContract? Notice(JsonElement e, string path) => Element(e, path, NoticeFields, r => new PublicNoticeContract
    {
        Stage = r.Enum("stage", true, NoticeStages) ?? string.Empty,
        From = r.Date("from", true) ?? default,
        To = r.Date("to", true) ?? default,
    });

    private BranchVoteContract? AdmissionVote(JsonElement e, string path) => Element(e, path, BranchVoteFields, r => new BranchVoteContract
    {
        Meeting = r.Date("meeting", true) ?? default,
        EntitledVoting = r.Int("entitledVoting", false, 1),
        Present = r.Int("present", true, 0) ?? 0,
        For = r.Int("for", true, 0) ?? 0,
        WrittenFor = r.Int("writtenFor", false, 0),
    });

    private AdmissionApprovalContract? ApprovalItem(JsonElement e, string path) => Element(e, path, ApprovalFields, r => new AdmissionApprovalContract
    {
        By = r.Id("by", true) ?? string.Empty,
        Date = r.Date("date", true) ?? default,
        PartyGroupDecidedBy = r.Id("partyGroupDecidedBy", false),
        PartyGroupDecidedOn = r.Date("partyGroupDecidedOn", false),
    });

    private ProbationContract? ProbationItem(JsonElement e, string path) => Element(e, path, ProbationFields, r => new ProbationContract
    {
        Extension = r.Value("extension", false) is { } x ? Element(x, r.At("extension"), ExtensionFields, q => new ProbationExtensionContract
        {
            Months = q.Int("months", true, 1, 120) ?? 0,
            Meeting = q.Date("meeting", true) ?? default,
            ApprovedOn = q.Date("approvedOn", false),
        }) : null,
        Conversion = r.Value("conversion", false) is { } c ? Element(c, r.At("conversion"), ConversionFields, q => new ConversionContract
        {
            Meeting = q.Date("meeting", true) ?? default,
            EntitledVoting = q.Int("entitledVoting", false, 1),
            Present = q.Int("present", true, 0) ?? 0,
            For = q.Int("for", true, 0) ?? 0,
            WrittenFor = q.Int("writtenFor", false, 0),
            ApprovedOn = q.Date("approvedOn", false),
            PartyGroupDecidedOn = q.Date("partyGroupDecidedOn", false),
        }) : null,
        Cancelled = r.Value("cancelled", false) is { } k ? Element(k, r.At("cancelled"), CancellationFields, q => new ProbationCancellationContract
        {
            Meeting = q.Date("meeting", true) ?? default,
            ApprovedOn = q.Date("approvedOn", false),
        }) : null,
    });

    private TransferContract? Transfer(JsonElement e, string path) => Element(e, path, TransferFields, r => new TransferContract
    {
        Member = r.Id("member", true) ?? string.Empty,
        Reason = r.Enum("reason", true, TransferReasons) ?? string.Empty,
        Occurred = r.Date("occurred", true) ?? default,
        From = r.Id("from", false),
        To = r.Id("to", false),
        FromName = r.String("fromName", false, PartyOrgLoadOptions.MaxNameLength),
        ToName = r.String("toName", false, PartyOrgLoadOptions.MaxNameLength),
        SentOn = r.Date("sentOn", false),
        ReceivedOn = r.Date("receivedOn", false),
        RefusedOn = r.Date("refusedOn", false),
        RefusedBy = r.Id("refusedBy", false),
        RefusalReason = r.String("refusalReason", false),
    });

    private OutflowContract? Outflow(JsonElement e, string path) => Element(e, path, OutflowFields, r => new OutflowContract
    {
        Member = r.Id("member", true) ?? string.Empty,
        Left = r.Date("left", true) ?? default,
        Returned = r.Date("returned", false),
        Place = r.String("place", false, PartyOrgLoadOptions.MaxNameLength),
        FixedPlace = r.Value("fixedPlace", true) is not null && (r.Bool("fixedPlace") ?? false),
    });

    private LostContactContract? LostContactItem(JsonElement e, string path) => Element(e, path, LostContactFields, r => new LostContactContract
    {
        Member = r.Id("member", true) ?? string.Empty,
        Since = r.Date("since", true) ?? default,
        SuspendedOn = r.Date("suspendedOn", false),
        ContactRestoredOn = r.Date("contactRestoredOn", false),
        RemovedOn = r.Date("removedOn", false),
    });

    private WorkingDaysContract? WorkingDaysItem(JsonElement e, string path) => Element(e, path, WorkingDaysFields, r => new WorkingDaysContract
    {
        Holidays = Dates(r, "holidays"),
        AdjustedWorkdays = Dates(r, "adjustedWorkdays"),
    });
}
