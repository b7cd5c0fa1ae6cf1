using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json.Contracts;
using PartyOrg.Domain.Json.Reading;
using PartyOrg.Domain.Elections;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Terms;

namespace PartyOrg.Domain.Json;

/// <summary>
/// 输入文档 — a loaded and validated input document: the contract as read and the domain objects built from it
/// (the <see cref="OrganizationTree"/>, and the meeting, term and election data). Loading validates the WHOLE
/// document first and reports every problem with its JSON path; nothing is dropped or guessed.
/// </summary>
/// <example>
/// <code>
/// var result = PartyOrgDocument.Load(File.OpenRead("organ.json"));
/// if (!result.Success) { foreach (var p in result.Problems) Console.Error.WriteLine(p); return 2; }
/// var doc = result.Document!;
/// var report = new ComplianceChecker(doc.Profile).Check(doc.ToComplianceInput(doc.AsOf ?? today));
/// </code>
/// </example>
public sealed class PartyOrgDocument
{
    private readonly InputDocument read;
    private readonly bool meetingsFromLog;
    private readonly bool kept;
    private InputDocument? contract;

    private PartyOrgDocument(InputDocument read, bool meetingsFromLog, bool kept, OrganizationTree tree, Sections sections)
    {
        this.read = read;
        this.meetingsFromLog = meetingsFromLog;
        this.kept = kept;
        contract = meetingsFromLog || !kept ? null : read;
        Tree = tree;
        Meetings = sections.Meetings;
        Terms = sections.Terms;
        Elections = sections.Elections;
        Dues = sections.Dues;
        Reports = sections.Reports;
        Trainings = sections.Trainings;
        Development = sections.Development;
        Relations = sections.Relations;
        WorkingDays = sections.WorkingDays;
        Assessments = sections.Assessments;
        Rectifications = sections.Rectifications;
    }

    /// <summary>
    /// The document as read (the contract objects). The meetings are not kept as contracts: when the document's meetings
    /// were read straight into <see cref="Meetings"/>, their contracts are made from it on first read (equal to what was
    /// read; a list that was absent stays null).
    /// </summary>
    /// <remarks>Loaded with <see cref="PartyOrgLoadOptions.KeepContract"/> false, the whole contract is made from the
    /// domain objects on first read (<see cref="PartyOrgDocumentWriter.ToContract(ComplianceInput, string?)"/>, with
    /// the document's <c>profile</c> and <c>asOf</c>).</remarks>
    public InputDocument Contract => System.Threading.LazyInitializer.EnsureInitialized(ref contract, () => kept ? WithMeetings(read, Meetings) : FromDomain())!;

    /// <summary>The profile name given in the document, or null.</summary>
    public string? ProfileName => read.Profile;

    /// <summary>
    /// The built-in profile named by the document, or <see cref="ComplianceProfile.StateOrgans"/> when it names none.
    /// </summary>
    /// <exception cref="InvalidOperationException">The document names a profile that is not built in (accepted through
    /// <see cref="PartyOrgLoadOptions.ProfileNames"/>): resolve <see cref="ProfileName"/> to your own profile instead.</exception>
    public ComplianceProfile Profile =>
        ComplianceProfile.TryFromName(ProfileName ?? ComplianceProfile.StateOrgans.Name, out var p) && p is not null
            ? p
            : throw new InvalidOperationException($"Profile \"{ProfileName}\" is not a built-in profile; resolve ProfileName to the application's own profile.");

    /// <summary>The "as of" date given in the document, or null.</summary>
    public LocalDate? AsOf => read.AsOf;

    /// <summary>The organization tree built from organizations, members and posts.</summary>
    public OrganizationTree Tree { get; }

    /// <summary>会议记录 — the meetings, validated against the tree; null when the document has no <c>meetings</c>.</summary>
    public MeetingLog? Meetings { get; }

    /// <summary>任期 — the terms, validated against the tree; null when the document has no <c>terms</c>.</summary>
    public TermSet? Terms { get; }

    /// <summary>选举 — the elections, validated against the tree; null when the document has no <c>elections</c>.</summary>
    public ElectionLog? Elections { get; }

    /// <summary>党费台账 — the dues ledger, validated against the tree; null when the document has no <c>dues</c>.</summary>
    public Dues.DuesLedger? Dues { get; }

    /// <summary>述职评议和党组报告 — the yearly reports of the organ's leaders; null when the document has no <c>reports</c>.</summary>
    public Leadership.LeadershipReportLog? Reports { get; }

    /// <summary>培训学时 — the training hours; null when the document has no <c>trainings</c>.</summary>
    public Leadership.TrainingLog? Trainings { get; }

    /// <summary>发展党员 — the development records, validated against the tree; null when the document has no <c>development</c>.</summary>
    public Domain.Development.DevelopmentLog? Development { get; }

    /// <summary>组织关系 — transfers, flowing members and lost contacts; null when the document has none of those sections.</summary>
    public Domain.Development.MemberRelations? Relations { get; }

    /// <summary>The document's working days (<c>workingDays</c>), or null (the library's calendar is used).</summary>
    public Calendars.IWorkingDayCalendar? WorkingDays { get; }

    /// <summary>评价填报 — the entered assessment values; null when the document has no <c>assessments</c>.</summary>
    public AssessmentData.AssessmentEntryLog? Assessments { get; }

    /// <summary>整顿台账 — the rectification records; null when the document has no <c>rectifications</c>.</summary>
    public AssessmentData.RectificationLog? Rectifications { get; }

    /// <summary>
    /// Loads a UTF-8 document from a stream, reading it once, forward only: memory grows with the data kept, not with
    /// the text (there is no size limit unless <see cref="PartyOrgLoadOptions.MaxBytes"/> sets one).
    /// </summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Limits, or null for the defaults.</param>
    /// <returns>The document, or every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static LoadResult Load(Stream utf8Json, PartyOrgLoadOptions? options = null)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        options ??= PartyOrgLoadOptions.Default;
        options.Validate();
        if (utf8Json.CanSeek && utf8Json.Length - utf8Json.Position > options.MaxBytes)
        {
            return TooLarge(options);
        }

        // A stream that can go back to where it started can be read the quick way first (see LoadStream).
        var origin = utf8Json.CanSeek ? utf8Json.Position : -1;
        Stream Open() => options.MaxBytes == long.MaxValue ? utf8Json : new LimitedStream(utf8Json, options.MaxBytes);
        return LoadStream(Open(), options, origin < 0 ? null : () =>
        {
            utf8Json.Position = origin;
            return Open();
        });
    }

    /// <summary>Loads a UTF-8 document.</summary>
    /// <param name="utf8Json">The bytes.</param>
    /// <param name="options">Limits, or null for the defaults.</param>
    /// <returns>The document, or every problem.</returns>
    public static LoadResult Load(byte[] utf8Json, PartyOrgLoadOptions? options = null) =>
        Load(new ReadOnlyMemory<byte>(utf8Json ?? throw new ArgumentNullException(nameof(utf8Json))), options ?? PartyOrgLoadOptions.Default);

    /// <summary>Loads a document from a string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits, or null for the defaults.</param>
    /// <returns>The document, or every problem.</returns>
    public static LoadResult Parse(string json, PartyOrgLoadOptions? options = null) =>
        Load(new UTF8Encoding(false).GetBytes(json ?? throw new ArgumentNullException(nameof(json))), options);

    /// <summary>
    /// The input of a compliance run as of <paramref name="asOf"/>: the tree and the meeting, term and election
    /// data; the audit window is <paramref name="window"/> or, by default, the calendar year containing
    /// <paramref name="asOf"/> up to and including it.
    /// </summary>
    /// <param name="asOf">The "as of" date (the document's <see cref="AsOf"/> or another).</param>
    /// <param name="window">The audit window, or null for the default.</param>
    /// <returns>The input.</returns>
    public ComplianceInput ToComplianceInput(LocalDate asOf, DateInterval? window = null)
    {
        var input = new ComplianceInput(Tree, asOf);
        if (window is not null)
        {
            input = input.WithWindow(window);
        }

        if (Meetings is not null)
        {
            input = input.WithMeetings(Meetings);
        }

        if (Terms is not null)
        {
            input = input.WithTerms(Terms);
        }

        if (Elections is not null)
        {
            input = input.WithElections(Elections);
        }

        if (Dues is not null)
        {
            input = input.WithDues(Dues);
        }

        if (Reports is not null)
        {
            input = input.WithReports(Reports);
        }

        if (Trainings is not null)
        {
            input = input.WithTrainings(Trainings);
        }

        if (Development is not null)
        {
            input = input.WithDevelopment(Development);
        }

        if (Relations is not null)
        {
            input = input.WithRelations(Relations);
        }

        if (WorkingDays is not null)
        {
            input = input.WithWorkingDays(WorkingDays);
        }

        if (Assessments is not null)
        {
            input = input.WithAssessments(Assessments);
        }

        if (Rectifications is not null)
        {
            input = input.WithRectifications(Rectifications);
        }

        return input;
    }

    private static LoadResult TooLarge(PartyOrgLoadOptions options) => LoadResult.Failed(new[]
    {
        new JsonProblem(JsonPaths.Root, "the document is larger than the limit of " + options.MaxBytes.ToString(CultureInfo.InvariantCulture)
            + " bytes (" + (options.MaxBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) + " MiB); split it, e.g. one document per organ committee"),
    });

    private static LoadResult Load(ReadOnlyMemory<byte> bytes, PartyOrgLoadOptions options)
    {
        options.Validate();
        if (bytes.Length > options.MaxBytes)
        {
            return TooLarge(options);
        }

        if (!System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var segment))
        {
            segment = new ArraySegment<byte>(bytes.ToArray());
        }

        var memory = new MemoryStream(segment.Array!, segment.Offset, segment.Count, false);
        return LoadStream(memory, options, () =>
        {
            memory.Position = 0;
            return memory;
        });
    }

    /// <summary>
    /// Reads the document and maps it. With <paramref name="rewind"/> (the text can be read again), the sections'
    /// elements are first delimited the quick way, by their brackets alone, each checked whole by the reader of its
    /// section (<see cref="JsonStreamSource.TryElementQuick"/>); when that way meets anything it does not judge — a
    /// syntax or UTF-8 error, an odd element, a limit — the document is read again from its start the tokenising way,
    /// which gives exactly the problems it always gave. A valid document is read once.
    /// </summary>
    private static LoadResult LoadStream(Stream stream, PartyOrgLoadOptions options, Func<Stream>? rewind)
    {
        var problems = new ProblemList { MaxArrayLength = options.MaxArrayLength };
        RawDocument? raw;
        LoadResult? failed;
        if (rewind is not null && options.FastPaths && options.QuickElements)
        {
            var invalid = false;
            try
            {
                failed = Read(stream, options, problems, true, false, out raw);
            }
            catch (Exception e) when (e is RereadException or JsonException or InvalidUtf8Exception or LimitedStream.LimitExceededException)
            {
                // A syntax error (from the reader or an element's parser) proves the text is not JSON: the tokenising
                // read will end with an error, so it need not read the elements. Anything else is read again in full.
                invalid = e is JsonException;
                failed = null;
                raw = null;
            }

            if (failed is null && raw is null && invalid)
            {
                failed = Read(rewind(), options, new ProblemList { MaxArrayLength = options.MaxArrayLength }, false, true, out _);
            }

            if (failed is null && raw is null)
            {
                problems = new ProblemList { MaxArrayLength = options.MaxArrayLength };
                failed = Read(rewind(), options, problems, false, false, out raw);
            }
        }
        else
        {
            failed = Read(stream, options, problems, false, false, out raw);
        }

        if (failed is not null)
        {
            return failed;
        }

        return Map(raw, problems, options);
    }

    /// <summary>
    /// Reads the raw document; a failed result when the text is not a document (empty, UTF-16, not UTF-8, not JSON, too
    /// large), else null with <paramref name="raw"/> (null when nothing more can be read: the problems say why). The
    /// quick way (<paramref name="quick"/>) lets its syntax, UTF-8 and limit errors and rereads through to the caller.
    /// </summary>
    private static LoadResult? Read(Stream stream, PartyOrgLoadOptions options, ProblemList problems, bool quick, bool syntaxOnly, out RawDocument? raw)
    {
        raw = null;
        var source = new JsonStreamSource(stream, options.MaxDepth);
        try
        {
            if (!source.Begin(out var utf16))
            {
                problems.Add(JsonPaths.Root, "the document is empty; expected a JSON object with at least \"organizations\": [ … ]");
                return LoadResult.Failed(problems.Items);
            }

            if (utf16)
            {
                problems.Add(JsonPaths.Root, "the document is UTF-16 encoded (it starts with a UTF-16 byte order mark); expected UTF-8");
                return LoadResult.Failed(problems.Items);
            }

            raw = DocumentReader.Read(source, problems, options.ProfileNames, options.MaxArrayLength, options.MaxThreads, options.SectionBatchBytes, options.FastPaths, options.PrepareBatches, quick, syntaxOnly, directMembers: !options.KeepContract);
        }
        catch (LimitedStream.LimitExceededException) when (!quick)
        {
            return TooLarge(options);
        }
        catch (InvalidUtf8Exception e) when (!quick)
        {
            return LoadResult.Failed(new[] { new JsonProblem(JsonPaths.Root, e.Message) });
        }
        catch (JsonException e) when (!quick)
        {
            try
            {
                source.DrainUtf8();
            }
            catch (InvalidUtf8Exception bad)
            {
                return LoadResult.Failed(new[] { new JsonProblem(JsonPaths.Root, bad.Message) });
            }
            catch (LimitedStream.LimitExceededException)
            {
                return TooLarge(options);
            }

            return LoadResult.Failed(new[] { new JsonProblem(JsonPaths.Root, SyntaxMessage(e, options)) });
        }

        return raw is null ? LoadResult.Failed(problems.Items) : null;
    }

    private static LoadResult Map(RawDocument? raw, ProblemList problems, PartyOrgLoadOptions options)
    {
        if (raw is null)
        {
            return LoadResult.Failed(problems.Items);
        }

        // What the meetings' log needs no tree for runs on a second thread while the tree is built.
        var preparing = options.MaxThreads >= 2 && raw.MeetingSection is { AllPlain: true } meetings
            ? System.Threading.Tasks.Task.Run(meetings.Prepare)
            : null;
        var tree = DomainMapper.BuildTree(raw, problems, options.MaxThreads);
        var hadMeetingSection = raw.MeetingSection is not null; // not the section itself: its builder's columns die with the log built
        var sections = SectionMapper.Build(raw, tree, problems, options.MaxThreads, preparing);
        var meetingsFromLog = hadMeetingSection && raw.Meetings.Count == 0 && sections.Meetings is { Count: > 0 };
        var contract = !options.KeepContract ? new InputDocument { Profile = raw.Profile, AsOf = raw.AsOf, Organizations = Array.Empty<OrganizationContract>(), WorkingDays = raw.Development.WorkingDays } : new InputDocument
        {
            Profile = raw.Profile,
            AsOf = raw.AsOf,
            Organizations = raw.Organizations.Where(o => o is not null).Select(o => o!).ToArray(),
            Members = raw.HasMembers ? raw.Members.OfType<MemberContract>().ToArray() : null, // kept contracts: none made at once
            Posts = raw.HasPosts ? raw.Posts.OfType<PostContract>().ToArray() : null, // kept contracts: none made at once
            Terms = raw.HasTerms ? raw.Terms.Where(o => o is not null).Select(o => o!).ToArray() : null,
            Meetings = raw.HasMeetings ? raw.Meetings.Where(o => o is not null).Select(o => o!).ToArray() : null,
            Elections = raw.HasElections ? raw.Elections.Where(o => o is not null).Select(o => o!).ToArray() : null,
            Dues = raw.HasDues ? raw.Dues.Where(o => o is not null).Select(o => o!).ToArray() : null,
            DuesExemptions = raw.HasDuesExemptions ? raw.DuesExemptions.Where(o => o is not null).Select(o => o!).ToArray() : null,
            Reports = raw.HasReports ? raw.Reports.Where(o => o is not null).Select(o => o!).ToArray() : null,
            Trainings = raw.HasTrainings ? raw.Trainings.OfType<TrainingContract>().ToArray() : null, // kept contracts: none made at once
            Development = raw.Development.HasApplicants ? raw.Development.Applicants.Where(o => o is not null).Select(o => o!).ToArray() : null,
            Transfers = raw.Development.HasTransfers ? raw.Development.Transfers.Where(o => o is not null).Select(o => o!).ToArray() : null,
            Outflows = raw.Development.HasOutflows ? raw.Development.Outflows.Where(o => o is not null).Select(o => o!).ToArray() : null,
            LostContact = raw.Development.HasLostContacts ? raw.Development.LostContacts.Where(o => o is not null).Select(o => o!).ToArray() : null,
            WorkingDays = raw.Development.WorkingDays,
            Assessments = raw.HasAssessments ? raw.Assessments.OfType<AssessmentEntryContract>().ToArray() : null, // kept contracts: none made at once
            Rectifications = raw.HasRectifications ? raw.Rectifications.Where(o => o is not null).Select(o => o!).ToArray() : null,
        };
        var document = tree is null ? null : new PartyOrgDocument(contract, meetingsFromLog, options.KeepContract, tree, sections);
        return problems.Count == 0 && document is not null ? LoadResult.Ok(document) : LoadResult.Failed(problems.Items);
    }

    private InputDocument FromDomain()
    {
        var written = PartyOrgDocumentWriter.ToContract(ToComplianceInput(AsOf ?? Domain.Calendars.SupportedDates.Latest), ProfileName);
        return Copy(written, AsOf, written.Meetings, written.WorkingDays ?? read.WorkingDays);
    }

    private static InputDocument WithMeetings(InputDocument d, MeetingLog? meetings) =>
        Copy(d, d.AsOf, meetings?.Records.Select(PartyOrgDocumentWriter.ToContract).ToArray(), d.WorkingDays);

    /// <summary><paramref name="d"/> with another "as of" date, meetings and working days.</summary>
    private static InputDocument Copy(InputDocument d, LocalDate? asOf, IReadOnlyList<MeetingContract>? meetings, WorkingDaysContract? workingDays) => new()
    {
        Profile = d.Profile,
        AsOf = asOf,
        Organizations = d.Organizations,
        Members = d.Members,
        Posts = d.Posts,
        Terms = d.Terms,
        Meetings = meetings,
        Elections = d.Elections,
        Dues = d.Dues,
        DuesExemptions = d.DuesExemptions,
        Reports = d.Reports,
        Trainings = d.Trainings,
        Development = d.Development,
        Transfers = d.Transfers,
        Outflows = d.Outflows,
        LostContact = d.LostContact,
        WorkingDays = workingDays,
        Assessments = d.Assessments,
        Rectifications = d.Rectifications,
    };

    private static string SyntaxMessage(JsonException e, PartyOrgLoadOptions options)
    {
        var reason = e.Message;
        var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            reason = reason.Substring(0, cut);
        }

        var where = e.LineNumber is { } line
            ? " at line " + (line + 1).ToString(CultureInfo.InvariantCulture) + ", byte " + ((e.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture)
            : string.Empty;
        var limit = reason.IndexOf("maximum configured depth", StringComparison.OrdinalIgnoreCase) >= 0
            ? " (the nesting limit is " + options.MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels)"
            : string.Empty;
        return "not valid JSON" + where + ": " + reason.Trim() + limit;
    }

    /// <summary>A stream that refuses to be read past a number of bytes (<see cref="PartyOrgLoadOptions.MaxBytes"/>).</summary>
    private sealed class LimitedStream : Stream
    {
        private readonly Stream inner;
        private readonly long limit;
        private long read;

        internal LimitedStream(Stream inner, long limit)
        {
            this.inner = inner;
            this.limit = limit;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            read += n;
            if (read > limit)
            {
                throw new LimitExceededException();
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        internal sealed class LimitExceededException : Exception
        {
        }
    }
}
