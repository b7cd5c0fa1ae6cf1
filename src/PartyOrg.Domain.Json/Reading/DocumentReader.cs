using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

using PartyOrg.Domain.Json.Contracts;

namespace PartyOrg.Domain.Json.Reading;

/// <summary>What the shape pass read: one slot per array element (null when the element had a problem).</summary>
internal sealed partial class RawDocument
{
    internal string? Profile { get; set; }

    internal NodaTime.LocalDate? AsOf { get; set; }

    internal List<OrganizationContract?> Organizations { get; set; } = new();

    /// <summary>
    /// The members as read, one per element: its <see cref="MemberContract"/>, or — read by the fast path when the
    /// contracts are not kept (<see cref="DocumentReader"/>'s direct members) — the <see cref="Domain.Organizations.Member"/>
    /// already made from its values; null for an element with a problem.
    /// </summary>
    internal List<object?> Members { get; set; } = new();

    /// <summary>How many of <see cref="Members"/> are contracts (the rest are members already made, or null).</summary>
    internal int MemberContracts { get; set; }

    /// <summary>The id of a member element (<see cref="Members"/>): its contract's or its made member's.</summary>
    internal static string MemberId(object item) => item is MemberContract c ? c.Id : ((Domain.Organizations.Member)item).Id;

    /// <summary>
    /// The posts read: a <see cref="PostContract"/>, or, when the contracts are not kept, the domain's
    /// <see cref="Domain.Organizations.Post"/> made at once for a plain row (null: unreadable).
    /// </summary>
    internal List<object?> Posts { get; set; } = new();

    internal List<TermContract?> Terms { get; set; } = new();

    /// <summary>The meetings as contracts: made from <see cref="MeetingSection"/> only when they cannot go the compact way.</summary>
    internal List<MeetingContract?> Meetings { get; set; } = new();

    /// <summary>The meetings section as read (null when absent).</summary>
    internal MeetingSection? MeetingSection { get; set; }

    internal List<ElectionContract?> Elections { get; set; } = new();

    internal List<DuesRowContract?> Dues { get; set; } = new();

    internal List<DuesExemptionContract?> DuesExemptions { get; set; } = new();

    internal bool HasDues { get; set; }

    internal List<LeadershipReportContract?> Reports { get; set; } = new();

    /// <summary>
    /// The training rows as read, one per element: its <see cref="TrainingContract"/>, or — read by the fast path when
    /// the contracts are not kept — the <see cref="Domain.Leadership.TrainingRecord"/> already made; null for an element
    /// with a problem.
    /// </summary>
    internal List<object?> Trainings { get; set; } = new();

    /// <summary>The member named by a training element (<see cref="Trainings"/>).</summary>
    internal static string TrainingMember(object item) => item is TrainingContract c ? c.Member : ((Domain.Leadership.TrainingRecord)item).MemberId;

    internal bool HasReports { get; set; }

    internal bool HasTrainings { get; set; }

    internal DevelopmentSections Development { get; } = new();

    internal bool HasDuesExemptions { get; set; }

    internal bool HasMembers { get; set; }

    internal bool HasPosts { get; set; }

    internal bool HasTerms { get; set; }

    internal bool HasMeetings { get; set; }

    internal bool HasElections { get; set; }

    /// <summary>Contracts read with a problem (kept, so that their references are still checked; never built).</summary>
    internal HashSet<object> Invalid { get; } = new(IdentityComparer.Instance);

    /// <summary>Ids of organizations that had a problem (references to them are not reported again).</summary>
    internal HashSet<string> BrokenOrganizations { get; } = new(StringComparer.Ordinal);

    /// <summary>Ids of members that had a problem.</summary>
    internal HashSet<string> BrokenMembers { get; } = new(StringComparer.Ordinal);
}

/// <summary>The shape pass: JSON → contracts, every type, enum, date and required-field problem with its path.</summary>
internal sealed partial class DocumentReader
{
    private static readonly string[] RootScalarFields = { "$schema", "profile", "asOf", "workingDays" };
    private static readonly string[] OrganizationFields = { "id", "kind", "name", "parent", "form", "leads", "established", "dissolved", "coveredUnits", "plannedEnd" };
    private static readonly string[] MemberFields = { "id", "name", "branch", "group", "status", "admitted", "fullSince", "temporaryBranches", "restrictions", "lifeExemption", "duesCategory", "birthDate" };
    private static readonly string[] LifeExemptionFields = { "reason", "from", "until" };
    private static readonly string[] RestrictionFields = { "kind", "from", "until" };
    private static readonly string[] PostFields = { "organization", "member", "post", "since", "until", "duty" };
    private static readonly string[] TermFields = { "organization", "start", "years", "adjustment" };
    private static readonly string[] AdjustmentFields = { "kind", "until", "approvedBy", "approvedOn", "partyGroupDecidedBy", "partyGroupDecidedOn" };
    private static readonly string[] MeetingFields = { "id", "organization", "kinds", "date", "attendees", "lecturer", "absences", "topic", "votes" };
    private static readonly string[] VoteFields = { "item", "for", "against", "abstain", "recordedAsPassed" };
    private static readonly string[] AbsenceFields = { "member", "reason", "note" };
    private static readonly string[] ElectionFields =
    {
        "id", "organization", "date", "kind", "seats", "entitled", "attended", "voters", "ballotsIssued", "ballotsReturned", "candidates",
        "spoiledBallots", "method", "office", "assembly", "membersRepresented", "congressApproved",
        "secretaryElected", "deputySecretariesElected", "secretaryApprovedBy", "secretaryApprovedOn",
    };
    private static readonly string[] CandidateFields = { "member", "for", "against", "abstain" };

    private ProblemList problems;
    private readonly IReadOnlyCollection<string> profileNames;
    private readonly RawDocument raw = new();

    /// <summary>
    /// The ids the fast paths read, one string per distinct id for the whole document: a member's id read in
    /// <c>members</c> is the same string in <c>posts</c>, <c>trainings</c> and the meetings' attendees, decoded once.
    /// Sections are read one after the other (a section's worker is done before the next section starts), so one
    /// thread at a time uses it.
    /// </summary>
    private readonly IdPool sharedIds = new();
    private bool fastPaths = true;
    private bool? prepareBatches;
    private bool quickElements;
    private bool syntaxOnly;
    private bool directMembers;

    private DocumentReader(ProblemList problems, IReadOnlyCollection<string> profileNames)
    {
        this.problems = problems;
        this.profileNames = profileNames;
    }

    /// <summary>
    /// 章节表 — every array section of the root object: its JSON name, whether it is required, the reader of one
    /// element (<see cref="Element{T}"/>) and where the elements go. A new section is one line here plus its
    /// per-element reader (in a partial file of its own); sections may come in any order in the document. The large
    /// flat sections also give their field table (<c>Flat</c>, DocumentReader.Flat.cs): plain elements are read from
    /// their bytes, the others by the per-element reader.
    /// </summary>
    private SectionSlot[] SectionTable() => new SectionSlot[]
    {
        Flat("organizations", true, OrganizationTable, MakeOrganization, Organization, (l, _) => raw.Organizations = l),
        Flat<object>("members", false, MemberTable, directMembers ? MakeMemberDirect : MakeMember, Member, (l, present) => (raw.Members, raw.MemberContracts, raw.HasMembers) = (l, CountContracts(l), present)),
        Flat<object>("posts", false, PostTable, directMembers ? MakePostDirect : MakePost, Post, (l, present) => (raw.Posts, raw.HasPosts) = (l, present)),
        Flat("terms", false, TermTable, MakeTerm, Term, (l, present) => (raw.Terms, raw.HasTerms) = (l, present)),
        new MeetingSlot(this),
        Flat("elections", false, ElectionTable, MakeElection, Election, (l, present) => (raw.Elections, raw.HasElections) = (l, present)),
        Slot("dues", false, DuesRow, (l, present) => (raw.Dues, raw.HasDues) = (l, present)),
        Slot("duesExemptions", false, DuesExemption, (l, present) => (raw.DuesExemptions, raw.HasDuesExemptions) = (l, present)),
        Flat("reports", false, ReportTable, MakeReport, LeadershipReport, (l, present) => (raw.Reports, raw.HasReports) = (l, present)),
        Flat<object>("trainings", false, TrainingTable, directMembers ? MakeTrainingDirect : MakeTraining, Training, (l, present) => (raw.Trainings, raw.HasTrainings) = (l, present)),
        Flat("development", false, ApplicantTable, MakeApplicant, Applicant, (l, present) => (raw.Development.Applicants, raw.Development.HasApplicants) = (l, present)),
        Slot("transfers", false, Transfer, (l, present) => (raw.Development.Transfers, raw.Development.HasTransfers) = (l, present)),
        Slot("outflows", false, Outflow, (l, present) => (raw.Development.Outflows, raw.Development.HasOutflows) = (l, present)),
        Slot("lostContact", false, LostContactItem, (l, present) => (raw.Development.LostContacts, raw.Development.HasLostContacts) = (l, present)),
        Flat<object>("assessments", false, AssessmentTable, directMembers ? MakeAssessmentDirect : MakeAssessment, AssessmentEntry, (l, present) => (raw.Assessments, raw.HasAssessments) = (l, present)),
        Slot("rectifications", false, Rectification, (l, present) => (raw.Rectifications, raw.HasRectifications) = (l, present)),
    };

    /// <summary>Runs <paramref name="read"/> on an object; a result that added a problem is marked invalid. Null when not an object.</summary>
    private T? Element<T>(JsonElement e, string path, string[] fields, Func<ObjectReader, T> read, Action<ObjectReader>? onBroken = null)
        where T : class
    {
        var before = problems.Count;
        var r = ObjectReader.Open(e, path, problems, fields);
        if (r is null)
        {
            return null;
        }

        var value = read(r);
        r.Finish();
        if (problems.Count != before)
        {
            raw.Invalid.Add(value);
            onBroken?.Invoke(r);
        }

        return value;
    }

    private static string? PeekId(JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var p in e.EnumerateObject())
        {
            if (ObjectReader.PropertyName(p) == name)
            {
                return p.Value.ValueKind == JsonValueKind.String ? ObjectReader.TryString(p.Value) : null;
            }
        }

        return null;
    }

    private OrganizationContract? Organization(JsonElement e, string path) => Element(e, path, OrganizationFields, r => new OrganizationContract
    {
        Id = r.Id("id", true) ?? string.Empty,
        Kind = r.Enum("kind", true, Vocabulary.OrganizationKinds) ?? string.Empty,
        Name = r.String("name", true, PartyOrgLoadOptions.MaxNameLength) ?? string.Empty,
        Parent = r.Id("parent", false),
        Form = r.Enum("form", false, Vocabulary.BranchForms),
        Leads = r.Id("leads", false),
        Established = r.Date("established", false),
        Dissolved = r.Date("dissolved", false),
        CoveredUnits = r.Int("coveredUnits", false, 1),
        PlannedEnd = r.Date("plannedEnd", false),
    }, _ => Broken(raw.BrokenOrganizations, e));

    private MemberContract? Member(JsonElement e, string path) => Element(e, path, MemberFields, r => new MemberContract
    {
        Id = r.Id("id", true) ?? string.Empty,
        Name = r.String("name", true, PartyOrgLoadOptions.MaxNameLength) ?? string.Empty,
        Branch = r.Id("branch", true) ?? string.Empty,
        Group = r.Id("group", false),
        Status = r.Enum("status", true, Vocabulary.Statuses) ?? string.Empty,
        Admitted = r.Date("admitted", false),
        FullSince = r.Date("fullSince", false),
        TemporaryBranches = r.Ids("temporaryBranches", false)?.Select(x => x ?? string.Empty).ToArray(),
        Restrictions = r.Array("restrictions", false, Restriction)?.Select(x => x ?? new RestrictionContract()).ToArray(),
        LifeExemption = r.Value("lifeExemption", false) is { } x ? LifeExemption(x, r.At("lifeExemption")) : null,
        DuesCategory = r.Enum("duesCategory", false, DuesCategories),
        BirthDate = r.Date("birthDate", false),
    }, _ => Broken(raw.BrokenMembers, e));

    private LifeExemptionContract? LifeExemption(JsonElement e, string path) => Element(e, path, LifeExemptionFields, r => new LifeExemptionContract
    {
        Reason = r.Enum("reason", true, Vocabulary.LifeExemptionReasons) ?? string.Empty,
        From = r.Date("from", true) ?? default,
        Until = r.Date("until", false),
    });

    private void Broken(HashSet<string> set, JsonElement e)
    {
        if (PeekId(e, "id") is { } id)
        {
            set.Add(id);
        }
    }

    private RestrictionContract? Restriction(JsonElement e, string path) => Element(e, path, RestrictionFields, r => new RestrictionContract
    {
        Kind = r.Enum("kind", true, Vocabulary.Restrictions) ?? string.Empty,
        From = r.Date("from", true) ?? default,
        Until = r.Date("until", false),
    });

    private PostContract? Post(JsonElement e, string path) => Element(e, path, PostFields, r => new PostContract
    {
        Organization = r.Id("organization", true) ?? string.Empty,
        Member = r.Id("member", true) ?? string.Empty,
        Post = r.Enum("post", true, Vocabulary.Posts) ?? string.Empty,
        Since = r.Date("since", true) ?? default,
        Until = r.Date("until", false),
        Duty = r.Enum("duty", false, Vocabulary.Duties),
    });

    private TermContract? Term(JsonElement e, string path) => Element(e, path, TermFields, r => new TermContract
    {
        Organization = r.Id("organization", true) ?? string.Empty,
        Start = r.Date("start", true) ?? default,
        Years = r.Int("years", false, 1, Domain.Terms.Term.MaxYears),
        Adjustment = r.Value("adjustment", false) is { } a ? Adjustment(a, r.At("adjustment")) : null,
    });

    private TermAdjustmentContract? Adjustment(JsonElement e, string path) => Element(e, path, AdjustmentFields, r => new TermAdjustmentContract
    {
        Kind = r.Enum("kind", true, Vocabulary.AdjustmentKinds) ?? string.Empty,
        Until = r.Date("until", true) ?? default,
        ApprovedBy = r.Id("approvedBy", false),
        ApprovedOn = r.Date("approvedOn", false),
        PartyGroupDecidedBy = r.Id("partyGroupDecidedBy", false),
        PartyGroupDecidedOn = r.Date("partyGroupDecidedOn", false),
    });

    private MeetingContract? Meeting(JsonElement e, string path) => Element(e, path, MeetingFields, r =>
    {
        var kinds = r.Value("kinds", true) is { } k
            ? ObjectReader.ReadArray(k, r.At("kinds"), problems, (x, p) => ObjectReader.CheckEnum(x, p, Vocabulary.MeetingKinds, problems))
            : null;
        if (kinds is { Count: 0 })
        {
            problems.Add(r.At("kinds"), "expected at least one meeting kind");
        }

        return new MeetingContract
        {
            Id = r.Id("id", true) ?? string.Empty,
            Organization = r.Id("organization", true) ?? string.Empty,
            Kinds = kinds?.Select(x => x ?? string.Empty).ToArray() ?? new string[0],
            Date = r.Date("date", true) ?? default,
            Attendees = r.Ids("attendees", false)?.Select(x => x ?? string.Empty).ToArray(),
            Lecturer = r.Id("lecturer", false),
            Absences = r.Array("absences", false, Absence)?.Select(x => x ?? new AbsenceContract()).ToArray(),
            Topic = r.String("topic", false),
            Votes = r.Array("votes", false, Vote)?.Select(x => x ?? new MeetingVoteContract()).ToArray(),
        };
    });

    private MeetingVoteContract? Vote(JsonElement e, string path) => Element(e, path, VoteFields, r => new MeetingVoteContract
    {
        Item = r.String("item", true) ?? string.Empty,
        For = r.Int("for", true, 0) ?? 0,
        Against = r.Int("against", false, 0) ?? 0,
        Abstain = r.Int("abstain", false, 0) ?? 0,
        RecordedAsPassed = r.Bool("recordedAsPassed"),
    });

    private AbsenceContract? Absence(JsonElement e, string path) => Element(e, path, AbsenceFields, r => new AbsenceContract
    {
        Member = r.Id("member", true) ?? string.Empty,
        Reason = r.Enum("reason", true, Vocabulary.AbsenceReasons) ?? string.Empty,
        Note = r.String("note", false),
    });

    private ElectionContract? Election(JsonElement e, string path) => Element(e, path, ElectionFields, r => new ElectionContract
    {
        Id = r.Id("id", true) ?? string.Empty,
        Organization = r.Id("organization", true) ?? string.Empty,
        Date = r.Date("date", true) ?? default,
        Kind = r.Enum("kind", true, Vocabulary.ElectionKinds) ?? string.Empty,
        Seats = r.Int("seats", true, 1) ?? 0,
        Entitled = r.Int("entitled", false, 0),
        Attended = r.Int("attended", true, 0) ?? 0,
        Voters = r.Int("voters", false, 0),
        BallotsIssued = r.Int("ballotsIssued", true, 0) ?? 0,
        BallotsReturned = r.Int("ballotsReturned", true, 0) ?? 0,
        Candidates = r.Array("candidates", true, Candidate)?.Select(x => x ?? new CandidateContract()).ToArray() ?? new CandidateContract[0],
        SpoiledBallots = r.Int("spoiledBallots", false, 0),
        Method = r.Enum("method", false, Vocabulary.ElectionMethods),
        Office = r.Enum("office", false, Vocabulary.ElectionOffices),
        Assembly = r.Enum("assembly", false, Vocabulary.ElectionAssemblies),
        MembersRepresented = r.Int("membersRepresented", false, 0),
        CongressApproved = r.Bool("congressApproved"),
        SecretaryElected = r.Id("secretaryElected", false),
        DeputySecretariesElected = r.Ids("deputySecretariesElected", false)?.Select(x => x ?? string.Empty).ToArray(),
        SecretaryApprovedBy = r.Id("secretaryApprovedBy", false),
        SecretaryApprovedOn = r.Date("secretaryApprovedOn", false),
    });

    private CandidateContract? Candidate(JsonElement e, string path) => Element(e, path, CandidateFields, r => new CandidateContract
    {
        Member = r.Id("member", true) ?? string.Empty,
        For = r.Int("for", true, 0) ?? 0,
        Against = r.Int("against", false, 0) ?? 0,
        Abstain = r.Int("abstain", false, 0) ?? 0,
    });
}
