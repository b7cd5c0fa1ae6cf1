using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Json.Contracts;

namespace PartyOrg.Domain.Json.Reading;

/// <summary>
/// The fast path of the large sections other than the meetings (<c>organizations</c>, <c>members</c>, <c>posts</c>,
/// <c>terms</c>, <c>elections</c>, <c>reports</c>, <c>trainings</c>, <c>development</c>, <c>assessments</c>): an element
/// whose fields are all plain values of its field table (known names once each, unescaped strings, known enum values,
/// valid dates, whole numbers in range, true or false, the lists the table names — of ids, of dates, or of objects with a
/// table of their own — and nested objects with a table of their own) is read straight from its bytes by one hand scan
/// (<see cref="Scan"/>) into its contract, no per-element DOM; every id shared through the document's
/// <see cref="IdPool"/>. Anything else — a value the table does not name, null, an unknown or duplicate field, an escape,
/// a bad value, a list longer than the document's limit — is read again by the section's per-element reader, so every
/// problem and message stays the same.
/// </summary>
internal sealed partial class DocumentReader
{
    private static readonly FlatField[] OrganizationTable =
    {
        FlatField.Id("id", true), FlatField.Enum("kind", true, Vocabulary.OrganizationKinds), FlatField.Text("name", true, PartyOrgLoadOptions.MaxNameLength),
        FlatField.SharedId("parent", false), FlatField.Enum("form", false, Vocabulary.BranchForms), FlatField.SharedId("leads", false),
        FlatField.Date("established", false), FlatField.Date("dissolved", false), FlatField.Int("coveredUnits", false, 1, PartyOrgLoadOptions.MaxCount),
        FlatField.Date("plannedEnd", false),
    };

    private static readonly FlatField[] MemberTable =
    {
        FlatField.Id("id", true), FlatField.Text("name", true, PartyOrgLoadOptions.MaxNameLength), FlatField.SharedId("branch", true),
        FlatField.SharedId("group", false), FlatField.Enum("status", true, Vocabulary.Statuses), FlatField.Date("admitted", false),
        FlatField.Date("fullSince", false), FlatField.Enum("duesCategory", false, DuesCategories), FlatField.Date("birthDate", false),
    };

    private static readonly FlatField[] PostTable =
    {
        FlatField.SharedId("organization", true), FlatField.SharedId("member", true), FlatField.Enum("post", true, Vocabulary.Posts),
        FlatField.Date("since", true), FlatField.Date("until", false), FlatField.Enum("duty", false, Vocabulary.Duties),
    };

    /// <summary>A term without an adjustment (one with an adjustment, a nested object, goes the per-element way).</summary>
    private static readonly FlatField[] TermTable =
    {
        FlatField.SharedId("organization", true), FlatField.Date("start", true), FlatField.Int("years", false, 1, Domain.Terms.Term.MaxYears),
    };

    private static readonly byte[] True = Encoding.UTF8.GetBytes("true");

    private static readonly byte[] False = Encoding.UTF8.GetBytes("false");

    private static readonly FlatField[] CandidateTable =
    {
        FlatField.SharedId("member", true), FlatField.Int("for", true, 0, PartyOrgLoadOptions.MaxCount), FlatField.Int("against", false, 0, PartyOrgLoadOptions.MaxCount),
        FlatField.Int("abstain", false, 0, PartyOrgLoadOptions.MaxCount),
    };

    private static readonly FlatField[] ElectionTable =
    {
        FlatField.Id("id", true), FlatField.SharedId("organization", true), FlatField.Date("date", true), FlatField.Enum("kind", true, Vocabulary.ElectionKinds),
        FlatField.Int("seats", true, 1, PartyOrgLoadOptions.MaxCount), FlatField.Int("entitled", false, 0, PartyOrgLoadOptions.MaxCount),
        FlatField.Int("attended", true, 0, PartyOrgLoadOptions.MaxCount), FlatField.Int("voters", false, 0, PartyOrgLoadOptions.MaxCount),
        FlatField.Int("ballotsIssued", true, 0, PartyOrgLoadOptions.MaxCount), FlatField.Int("ballotsReturned", true, 0, PartyOrgLoadOptions.MaxCount),
        FlatField.Objects("candidates", true, CandidateTable), FlatField.Int("spoiledBallots", false, 0, PartyOrgLoadOptions.MaxCount),
        FlatField.Enum("method", false, Vocabulary.ElectionMethods), FlatField.Enum("office", false, Vocabulary.ElectionOffices),
        FlatField.Enum("assembly", false, Vocabulary.ElectionAssemblies), FlatField.Int("membersRepresented", false, 0, PartyOrgLoadOptions.MaxCount),
        FlatField.Bool("congressApproved"), FlatField.SharedId("secretaryElected", false), FlatField.Ids("deputySecretariesElected", false),
        FlatField.SharedId("secretaryApprovedBy", false), FlatField.Date("secretaryApprovedOn", false),
    };

    private static readonly FlatField[] TrainingTable =
    {
        FlatField.SharedId("member", true), FlatField.Int("year", true, 1900, 2199), FlatField.Decimal("hours", true, 0m, 10000m, true),
        FlatField.Text("note", false, PartyOrgLoadOptions.MaxTextLength),
    };

    private static readonly FlatField[] AssessmentTable =
    {
        FlatField.SharedId("organization", true), FlatField.Int("year", true, 1900, 2199), FlatField.SharedId("item", true),
        FlatField.Decimal("value", true, -1000000m, 1000000m, false), FlatField.SharedId("assessor", false), FlatField.SharedId("scorecard", false),
        FlatField.Text("note", false, PartyOrgLoadOptions.MaxTextLength),
    };

    private SectionSlot Flat<T>(string name, bool required, FlatField[] table, Func<FlatValues, T> make, Func<JsonElement, string, T?> item, Action<List<T?>, bool> store)
        where T : class => new FlatSlot<T>(name, required, table, make, item, store, sharedIds, problems.MaxArrayLength) { Fast = fastPaths };

    private static OrganizationContract MakeOrganization(FlatValues v) => new()
    {
        Id = v.S(0)!, Kind = v.S(1)!, Name = v.S(2)!, Parent = v.S(3), Form = v.S(4), Leads = v.S(5),
        Established = v.D(6), Dissolved = v.D(7), CoveredUnits = v.I(8), PlannedEnd = v.D(9),
    };

    private static MemberContract MakeMember(FlatValues v) => new()
    {
        Id = v.S(0)!, Name = v.S(1)!, Branch = v.S(2)!, Group = v.S(3), Status = v.S(4)!, Admitted = v.D(5), FullSince = v.D(6),
        DuesCategory = v.S(7), BirthDate = v.D(8),
    };

    /// <summary>
    /// A plain member made at once as the domain's member (see <see cref="RawDocument.Members"/>); its contract when it
    /// has a dues category (the dues mapper reads it from the contract) or when the domain refuses it (the mapper then
    /// reports the problem with its path, as for any contract).
    /// </summary>
    private static object MakeMemberDirect(FlatValues v) => v.S(7) is null
        ? DomainOrContract(v, static v => new Domain.Organizations.Member(v.S(0)!, v.S(1)!, Domain.Organizations.MembershipStatus.FromName(v.S(4)!), v.S(2)!, v.S(3), v.D(5), v.D(6)), MakeMember)
        : MakeMember(v);

    /// <summary>
    /// The element made at once as the domain's object (<paramref name="domain"/>), or, when the domain refuses it, its
    /// contract (<paramref name="contract"/>): the mapper then makes it again and reports why it is refused, as for any
    /// contract. Used only when the contracts are not kept.
    /// </summary>
    private static object DomainOrContract(FlatValues v, Func<FlatValues, object> domain, Func<FlatValues, object> contract)
    {
        try
        {
            return domain(v);
        }
        catch (ArgumentException)
        {
            return contract(v);
        }
    }

    /// <summary>How many of the members read are contracts.</summary>
    private static int CountContracts(List<object?> members)
    {
        var count = 0;
        foreach (var m in members)
        {
            count += m is MemberContract ? 1 : 0;
        }

        return count;
    }

    private static PostContract MakePost(FlatValues v) => new()
    {
        Organization = v.S(0)!, Member = v.S(1)!, Post = v.S(2)!, Since = v.D(3)!.Value, Until = v.D(4), Duty = v.S(5),
    };

    /// <summary>
    /// A plain post made at once as the domain's post (see <see cref="RawDocument.Posts"/>): no contract per post (a
    /// province has half a million); its contract when the domain refuses it (the mapper then reports why).
    /// </summary>
    private static object MakePostDirect(FlatValues v) => DomainOrContract(v, static v => new Domain.Organizations.Post(
        v.S(0)!, v.S(1)!, Domain.Organizations.PostKind.FromName(v.S(2)!), v.D(3)!.Value, v.D(4), v.S(5) is { } duty ? Domain.Organizations.CommitteeDuty.FromName(duty) : null), MakePost);

    private static ElectionContract MakeElection(FlatValues v) => new()
    {
        Id = v.S(0)!, Organization = v.S(1)!, Date = v.D(2)!.Value, Kind = v.S(3)!, Seats = v.I(4)!.Value, Entitled = v.I(5), Attended = v.I(6)!.Value,
        Voters = v.I(7), BallotsIssued = v.I(8)!.Value, BallotsReturned = v.I(9)!.Value,
        Candidates = v.ItemsAs(10, static c => new CandidateContract { Member = c.S(0)!, For = c.I(1)!.Value, Against = c.I(2) ?? 0, Abstain = c.I(3) ?? 0 }),
        SpoiledBallots = v.I(11), Method = v.S(12), Office = v.S(13), Assembly = v.S(14), MembersRepresented = v.I(15),
        CongressApproved = v.I(16) is { } approved ? approved != 0 : null, SecretaryElected = v.S(17),
        DeputySecretariesElected = v.HasItems(18) ? v.ItemsAs(18, static d => d.S(0)!) : null, SecretaryApprovedBy = v.S(19), SecretaryApprovedOn = v.D(20),
    };

    private static TermContract MakeTerm(FlatValues v) => new()
    {
        Organization = v.S(0)!, Start = v.D(1)!.Value, Years = v.I(2),
    };

    private static TrainingContract MakeTraining(FlatValues v) => new()
    {
        Member = v.S(0)!, Year = v.I(1)!.Value, Hours = v.M(2)!.Value, Note = v.S(3),
    };

    /// <summary>A plain training row made at once as the domain's record (see <see cref="RawDocument.Trainings"/>); its contract when the domain refuses it.</summary>
    private static object MakeTrainingDirect(FlatValues v) =>
        DomainOrContract(v, static v => new Domain.Leadership.TrainingRecord(v.S(0)!, v.I(1)!.Value, v.M(2)!.Value, v.S(3)), MakeTraining);

    private static LeadershipReportContract MakeReport(FlatValues v) => new()
    {
        Kind = v.S(0)!, Organization = v.S(1)!, Year = v.I(2)!.Value, Date = v.D(3)!.Value, By = v.S(4), To = v.S(5), Grade = v.S(6),
    };

    private static AssessmentEntryContract MakeAssessment(FlatValues v) => new()
    {
        Organization = v.S(0)!, Year = v.I(1)!.Value, Item = v.S(2)!, Value = v.M(3)!.Value, Assessor = v.S(4), Scorecard = v.S(5), Note = v.S(6),
    };

    /// <summary>
    /// A plain assessment value made at once as the domain's entry (see <see cref="RawDocument.Assessments"/>): no
    /// contract per value (a province has a million); its contract when the domain refuses it, so that the mapper
    /// reports the refusal as for any contract.
    /// </summary>
    private static object MakeAssessmentDirect(FlatValues v) =>
        DomainOrContract(v, static v => new Domain.AssessmentData.AssessmentEntry(v.S(0)!, v.I(1)!.Value, v.S(2)!, v.M(3)!.Value, v.S(4), v.S(5), v.S(6)), MakeAssessment);

    /// <summary>What a field of a flat element is.</summary>
    private enum FlatKind
    {
        Id,
        SharedId,
        Text,
        Enum,
        Date,
        Int,
        Decimal,

        /// <summary><c>true</c> or <c>false</c> (kept as 1 or 0).</summary>
        Bool,

        /// <summary>An array of ids, each an item of one id field.</summary>
        Ids,

        /// <summary>An array of objects, each read by the field's own table (<see cref="FlatField.Items"/>).</summary>
        Objects,

        /// <summary>An array of dates, each an item of one date field.</summary>
        Dates,

        /// <summary>One object, read by the field's own table (kept as a list of one item).</summary>
        Object,
    }

    /// <summary>One field of a flat element: its JSON name, kind, whether required, and its allowed values or range.</summary>
    private sealed class FlatField
    {
        private FlatField(string name, FlatKind kind, bool required, IReadOnlyList<string>? allowed, int min, int max, decimal low = 0m, decimal high = 0m, bool halves = false, FlatField[]? items = null, bool nonEmpty = false)
        {
            Items = items;
            NonEmpty = nonEmpty;
            for (var i = 0; i < (items?.Length ?? 0); i++)
            {
                ItemsRequired |= items![i].Required ? 1L << i : 0;
            }

            Low = low;
            High = high;
            Halves = halves;
            Name = Encoding.UTF8.GetBytes(name);
            Kind = kind;
            Required = required;
            Allowed = allowed;
            AllowedBytes = allowed?.Select(Encoding.UTF8.GetBytes).ToArray();
            Min = min;
            Max = max;
        }

        internal byte[] Name { get; }

        internal FlatKind Kind { get; }

        internal bool Required { get; }

        internal IReadOnlyList<string>? Allowed { get; }

        internal byte[][]? AllowedBytes { get; }

        internal int Min { get; }

        internal int Max { get; }

        internal decimal Low { get; }

        internal decimal High { get; }

        /// <summary>Whether a decimal must be a whole or half number.</summary>
        internal bool Halves { get; }

        /// <summary>The table of each item of a list (<see cref="FlatKind.Ids"/>: one id field; <see cref="FlatKind.Dates"/>: one date field) or of a nested object.</summary>
        internal FlatField[]? Items { get; }

        /// <summary>The required fields of <see cref="Items"/>, one bit each.</summary>
        internal long ItemsRequired { get; }

        /// <summary>Whether an object of <see cref="Items"/> needs at least one field (<see cref="FlatKind.Object"/>).</summary>
        internal bool NonEmpty { get; }

        internal static FlatField Id(string name, bool required) => new(name, FlatKind.Id, required, null, 0, PartyOrgLoadOptions.MaxIdLength);

        internal static FlatField SharedId(string name, bool required) => new(name, FlatKind.SharedId, required, null, 0, PartyOrgLoadOptions.MaxIdLength);

        internal static FlatField Text(string name, bool required, int maxLength) => new(name, FlatKind.Text, required, null, 0, maxLength);

        internal static FlatField Enum(string name, bool required, IReadOnlyList<string> allowed) => new(name, FlatKind.Enum, required, allowed, 0, 0);

        internal static FlatField Date(string name, bool required) => new(name, FlatKind.Date, required, null, 0, 0);

        internal static FlatField Int(string name, bool required, int min, int max) => new(name, FlatKind.Int, required, null, min, max);

        internal static FlatField Decimal(string name, bool required, decimal low, decimal high, bool halves) => new(name, FlatKind.Decimal, required, null, 0, 0, low, high, halves);

        internal static FlatField Bool(string name, bool required = false) => new(name, FlatKind.Bool, required, null, 0, 1);

        internal static FlatField Ids(string name, bool required) => new(name, FlatKind.Ids, required, null, 0, 0, items: new[] { SharedId(name, true) });

        internal static FlatField Objects(string name, bool required, FlatField[] items) => new(name, FlatKind.Objects, required, null, 0, 0, items: items);

        internal static FlatField Dates(string name, bool required) => new(name, FlatKind.Dates, required, null, 0, 0, items: new[] { Date(name, true) });

        /// <summary>One nested object read by <paramref name="items"/>; <paramref name="nonEmpty"/>: with at least one field.</summary>
        internal static FlatField Object(string name, bool required, FlatField[] items, bool nonEmpty = false) => new(name, FlatKind.Object, required, null, 0, 0, items: items, nonEmpty: nonEmpty);
    }

    /// <summary>
    /// The values of one flat element as read (reused from element to element): the scan's values, and each id's place in
    /// the element until the id is looked up in the document's pool.
    /// </summary>
    private sealed class FlatValues
    {
        private readonly string?[] strings;
        private readonly LocalDate?[] dates;
        private readonly int?[] ints;
        private readonly decimal?[] decimals;

        internal FlatValues(int fields)
        {
            decimals = new decimal?[fields];
            strings = new string?[fields];
            dates = new LocalDate?[fields];
            ints = new int?[fields];
            IdStart = new int[fields];
            IdLength = new int[fields];
        }

        /// <summary>The batch's bytes the element was scanned from, prepared on the reading thread (null otherwise).</summary>
        internal byte[]? Source { get; set; }

        /// <summary>Where the element starts in <see cref="Source"/> (the ids' places are relative to it).</summary>
        internal int SourceStart { get; set; }

        /// <summary>Whether the scan found the element plain (its ids still to be looked up).</summary>
        internal bool Fast { get; set; }

        /// <summary>Each id field's start in the element (set with its length, which is 0 for a field absent or not an id).</summary>
        internal int[] IdStart { get; }

        /// <summary>Each id field's length in bytes, 0 when absent.</summary>
        internal int[] IdLength { get; }

        internal string? S(int i) => strings[i];

        internal LocalDate? D(int i) => dates[i];

        internal int? I(int i) => ints[i];

        internal decimal? M(int i) => decimals[i];

        /// <summary>Per list field, its items as scanned (reused from element to element), or null.</summary>
        private List<FlatValues>?[]? lists;

        /// <summary>Per list field, how many of <see cref="lists"/> are this element's; -1 when the field is absent.</summary>
        private int[]? listCounts;

        /// <summary>Whether list field <paramref name="i"/> was given.</summary>
        internal bool HasItems(int i) => listCounts is not null && listCounts[i] >= 0;

        /// <summary>The items of list field <paramref name="i"/>, each made into a <typeparamref name="T"/>: one array, no iterator.</summary>
        internal T[] ItemsAs<T>(int i, Func<FlatValues, T> make)
        {
            var count = listCounts is null ? 0 : Math.Max(0, listCounts[i]);
            if (count == 0)
            {
                return Array.Empty<T>();
            }

            var result = new T[count];
            for (var k = 0; k < count; k++)
            {
                result[k] = make(lists![i]![k]);
            }

            return result;
        }

        /// <summary>How many items list field <paramref name="i"/> has (0 when it was not given).</summary>
        internal int ItemCount(int i) => listCounts is null ? 0 : Math.Max(0, listCounts[i]);

        /// <summary>Item <paramref name="k"/> of list field <paramref name="i"/>.</summary>
        internal FlatValues Item(int i, int k) => lists![i]![k];

        /// <summary>The object of field <paramref name="i"/> (<see cref="FlatKind.Object"/>), or null when it was not given.</summary>
        internal FlatValues? One(int i) => HasItems(i) ? lists![i]![0] : null;

        /// <summary>Marks list field <paramref name="i"/> given, with no items yet.</summary>
        internal void StartList(int i)
        {
            if (listCounts is null)
            {
                lists = new List<FlatValues>?[strings.Length];
                listCounts = new int[strings.Length];
                for (var k = 0; k < listCounts.Length; k++)
                {
                    listCounts[k] = -1;
                }
            }

            listCounts[i] = 0;
        }

        /// <summary>The next item of list field <paramref name="i"/> (of <paramref name="fields"/> fields), cleared.</summary>
        internal FlatValues NextItem(int i, int fields)
        {
            var list = lists![i] ??= new List<FlatValues>();
            var k = listCounts![i]++;
            if (k == list.Count)
            {
                list.Add(new FlatValues(fields));
            }

            list[k].Clear();
            return list[k];
        }

        internal void Clear()
        {
            if (listCounts is not null)
            {
                for (var k = 0; k < listCounts.Length; k++)
                {
                    listCounts[k] = -1;
                }
            }

            Array.Clear(strings, 0, strings.Length);
            Array.Clear(dates, 0, dates.Length);
            Array.Clear(ints, 0, ints.Length);
            Array.Clear(decimals, 0, decimals.Length);
            Array.Clear(IdLength, 0, IdLength.Length);
            Fast = false;
        }

        internal void Set(int i, string value) => strings[i] = value;

        internal void Set(int i, LocalDate value) => dates[i] = value;

        internal void Set(int i, int value) => ints[i] = value;

        internal void Set(int i, decimal value) => decimals[i] = value;
    }

    private sealed class FlatSlot<T> : SectionSlot
        where T : class
    {
        private readonly FlatField[] fields;
        private readonly Func<FlatValues, T> make;
        private readonly Func<JsonElement, string, T?> item;
        private readonly Action<List<T?>, bool> store;
        private readonly List<T?> items = new();
        private readonly IdPool ids;
        private readonly FlatValues values;
        private readonly long requiredMask;

        /// <summary>How many elements ahead the table slot of an element's own id is fetched (<see cref="Utf8IdTable.Prefetch"/>).</summary>
        private const int FetchAhead = 8;

        /// <summary>The field of the element's own id (a new id, which no guess finds), or -1.</summary>
        private readonly int newId;

        /// <summary>Per id field, the pool index it named last (the first guess for the next element's).</summary>
        private readonly int[] lastId;

        /// <summary>The longest list the fast path takes (a longer one is the per-element reader's problem to report).</summary>
        private readonly int maxArray;

        /// <summary>Per list or object field (at any depth), the pool index each of its items' id fields named last (the next guess).</summary>
        private readonly Dictionary<FlatField, int[]> lastItemId = new();

        internal FlatSlot(string name, bool required, FlatField[] fields, Func<FlatValues, T> make, Func<JsonElement, string, T?> item, Action<List<T?>, bool> store, IdPool ids, int maxArray)
            : base(name, required)
        {
            this.maxArray = maxArray;
            AddItemTables(fields);
            this.ids = ids;
            this.fields = fields;
            this.make = make;
            this.item = item;
            this.store = store;
            values = new FlatValues(fields.Length);
            lastId = new int[fields.Length];
            newId = Array.FindIndex(fields, f => f.Kind == FlatKind.Id);
            for (var i = 0; i < fields.Length; i++)
            {
                requiredMask |= fields[i].Required ? 1L << i : 0;
            }
        }

        /// <summary>Whether plain elements are read by the fast path (else every element by the per-element reader).</summary>
        internal bool Fast { get; init; } = true;

        /// <summary>Gives every list and object field of <paramref name="table"/>, and of their tables, its guesses.</summary>
        private void AddItemTables(FlatField[] table)
        {
            foreach (var field in table)
            {
                if (field.Items is { } items && !lastItemId.ContainsKey(field))
                {
                    lastItemId.Add(field, new int[items.Length]);
                    AddItemTables(items);
                }
            }
        }

        internal override void Read(ReadOnlyMemory<byte> element, string basePath, int index)
        {
            if (Fast && ScanElement(element.Span, values) && Resolve(element.Span, values))
            {
                items.Add(make(values));
                return;
            }

            Slow(element, basePath, index);
        }

        /// <summary>
        /// The first stage of the fast path, for a whole batch on the reading thread before it is queued: the hand scan of
        /// each element, which needs nothing shared (the ids are kept as places in the element, not looked up).
        /// </summary>
        internal override object? Prepare(byte[] bytes, List<int> starts, int length, object? reuse)
        {
            if (!Fast)
            {
                return null;
            }

            var rows = reuse as List<FlatValues> ?? new List<FlatValues>();
            for (var i = 0; i < starts.Count; i++)
            {
                if (i == rows.Count)
                {
                    rows.Add(new FlatValues(fields.Length));
                }

                var end = i + 1 < starts.Count ? starts[i + 1] : length;
                ScanElement(new ReadOnlySpan<byte>(bytes, starts[i], end - starts[i]), rows[i]);
                rows[i].Source = bytes;
                rows[i].SourceStart = starts[i];
            }

            // Rows left from a longer batch are not this batch's (nothing is fetched ahead for them).
            for (var i = starts.Count; i < rows.Count; i++)
            {
                rows[i].Source = null;
            }

            return rows;
        }

        /// <summary>The second stage: the ids looked up and the contract made, or the per-element reader.</summary>
        internal override void Read(ReadOnlyMemory<byte> element, string basePath, int index, object? prepared, int k)
        {
            if (prepared is List<FlatValues> rows)
            {
                Fetch(rows, k + FetchAhead);
                if (rows[k].Fast && Resolve(element.Span, rows[k]))
                {
                    items.Add(make(rows[k]));
                    return;
                }
            }

            Slow(element, basePath, index);
        }

        /// <summary>
        /// Fetches into the cache where the id table would keep the own id of the element at <paramref name="k"/>, when it
        /// is prepared: a new id, which no guess finds, is added by a probe of a large table, and fetched ahead that probe
        /// does not wait for memory.
        /// </summary>
        private void Fetch(List<FlatValues> rows, int k)
        {
            if (newId < 0 || k >= rows.Count || rows[k] is not { Fast: true, Source: { } source } ahead)
            {
                return;
            }

            var start = ahead.SourceStart + ahead.IdStart[newId];
            var length = ahead.IdLength[newId];
            if (length > 0 && start + length <= source.Length)
            {
                ids.Prefetch(new ReadOnlySpan<byte>(source, start, length));
            }
        }

        internal override void Store() => store(items, Present);

        private void Slow(ReadOnlyMemory<byte> element, string basePath, int index)
        {
            using var document = JsonDocument.Parse(element, ElementOptions);
            items.Add(item(document.RootElement, JsonPaths.Index(basePath, index)));
        }

        /// <summary>
        /// Scans a plain element into <paramref name="into"/> (and says so in its <see cref="FlatValues.Fast"/>); false when
        /// it needs the per-element reader. The scan accepts only valid JSON (the element's end may have been found by its
        /// brackets alone, <see cref="JsonStreamSource.TryElementQuick"/>): known fields once each, plain strings, numbers converted by a
        /// <see cref="Utf8JsonReader"/> over their few bytes (so their range and form are judged as the per-element reader
        /// judges them); anything else — null, a nested value, an escape, an unknown or repeated field — gives false. Reads
        /// nothing shared (it may run on the reading thread): the ids are kept as places, for <see cref="Resolve"/>.
        /// </summary>
        private bool ScanElement(ReadOnlySpan<byte> json, FlatValues into)
        {
            into.Clear();
            var p = new Scan(json);
            return into.Fast = ScanObject(ref p, fields, requiredMask, into, out _) && p.AtEnd;
        }

        /// <summary>Scans an object of <paramref name="table"/> (the element, an item of a list, a nested object) into <paramref name="into"/>; <paramref name="seen"/>: its fields, one bit each.</summary>
        private bool ScanObject(ref Scan p, FlatField[] table, long required, FlatValues into, out long seen)
        {
            seen = 0;
            if (!p.Take((byte)'{'))
            {
                return false;
            }

            var last = -1;
            if (!p.Take((byte)'}'))
            {
                do
                {
                    if (!p.String(out var name))
                    {
                        return false;
                    }

                    var f = FieldOf(table, name, last + 1);
                    if (f < 0 || (seen & (1L << f)) != 0 || !p.Take((byte)':') || !Value(ref p, table, f, into))
                    {
                        return false;
                    }

                    seen |= 1L << f;
                    last = f;
                }
                while (p.Take((byte)','));

                if (!p.Take((byte)'}'))
                {
                    return false;
                }
            }

            return (seen & required) == required;
        }

        /// <summary>Scans a list of <paramref name="field"/> (ids, or objects of its item table) into its items.</summary>
        private bool List(ref Scan p, FlatField field, int f, FlatValues into)
        {
            if (!p.Take((byte)'['))
            {
                return false;
            }

            into.StartList(f);
            if (p.Take((byte)']'))
            {
                return true;
            }

            var items = field.Items!;
            var count = 0;
            do
            {
                if (++count > maxArray)
                {
                    return false;
                }

                var item = into.NextItem(f, items.Length);
                if (field.Kind == FlatKind.Objects ? !ScanObject(ref p, items, field.ItemsRequired, item, out _) : !Value(ref p, items, 0, item))
                {
                    return false;
                }
            }
            while (p.Take((byte)','));

            return p.Take((byte)']');
        }

        /// <summary>
        /// Looks the scanned element's ids up in the document's pool (each field first tries the id the field named last
        /// and the few either side of it: rows come branch by branch, member by member); false when one is not a plain id.
        /// </summary>
        private bool Resolve(ReadOnlySpan<byte> json, FlatValues row) => ResolveIds(json, row, fields, lastId);

        private bool ResolveIds(ReadOnlySpan<byte> json, FlatValues row, FlatField[] table, int[] last)
        {
            for (var f = 0; f < table.Length; f++)
            {
                if (table[f].Items is { } items)
                {
                    // A list's items, or a nested object (a list of one), with their own lists and objects.
                    for (var k = 0; k < row.ItemCount(f); k++)
                    {
                        if (!ResolveIds(json, row.Item(f, k), items, lastItemId[table[f]]))
                        {
                            return false;
                        }
                    }

                    continue;
                }

                if (row.IdLength[f] == 0)
                {
                    continue;
                }

                // Every id (an element's own and a reference) is the document's one string for it.
                var id = ids.IndexOf(json.Slice(row.IdStart[f], row.IdLength[f]), last[f]);
                if (!ids.IsPlain(id))
                {
                    return false;
                }

                last[f] = id;
                row.Set(f, ids[id]);
            }

            return true;
        }

        /// <summary>The field named <paramref name="name"/>, or -1; <paramref name="guess"/> is tried first (fields mostly come in the table's order).</summary>
        private static int FieldOf(FlatField[] fields, ReadOnlySpan<byte> name, int guess)
        {
            if (guess < fields.Length && name.SequenceEqual(fields[guess].Name))
            {
                return guess;
            }

            for (var i = 0; i < fields.Length; i++)
            {
                if (name.SequenceEqual(fields[i].Name))
                {
                    return i;
                }
            }

            return -1;
        }

        private bool Value(ref Scan p, FlatField[] fields, int f, FlatValues into)
        {
            var field = fields[f];
            if (field.Kind is FlatKind.Ids or FlatKind.Objects or FlatKind.Dates)
            {
                return List(ref p, field, f, into);
            }

            if (field.Kind == FlatKind.Object)
            {
                into.StartList(f);
                return ScanObject(ref p, field.Items!, field.ItemsRequired, into.NextItem(f, field.Items!.Length), out var given) && (!field.NonEmpty || given != 0);
            }

            if (field.Kind == FlatKind.Bool)
            {
                if (p.Literal(True))
                {
                    into.Set(f, 1);
                    return true;
                }

                if (p.Literal(False))
                {
                    into.Set(f, 0);
                    return true;
                }

                return false;
            }

            if (field.Kind is FlatKind.Int or FlatKind.Decimal)
            {
                if (!p.Number(out var text))
                {
                    return false;
                }

                // The number's text alone, judged by the reader (its grammar: a leading zero, a lone sign, two points).
                var r = new Utf8JsonReader(text);
                try
                {
                    if (!r.Read() || r.TokenType != JsonTokenType.Number || r.BytesConsumed != text.Length)
                    {
                        return false;
                    }
                }
                catch (JsonException)
                {
                    return false;
                }

                if (field.Kind == FlatKind.Int)
                {
                    if (!r.TryGetInt32(out var n) || n < field.Min || n > field.Max)
                    {
                        return false;
                    }

                    into.Set(f, n);
                    return true;
                }

                if (!r.TryGetDecimal(out var d) || d < field.Low || d > field.High || (field.Halves && decimal.Remainder(d * 2, 1) != 0))
                {
                    return false;
                }

                into.Set(f, d);
                return true;
            }

            if (!p.String(out var span))
            {
                return false;
            }

            switch (field.Kind)
            {
                case FlatKind.Date:
                    if (PlainDate(span) is not { } date)
                    {
                        return false;
                    }

                    into.Set(f, date);
                    return true;
                case FlatKind.Enum:
                    for (var k = 0; k < field.AllowedBytes!.Length; k++)
                    {
                        if (span.SequenceEqual(field.AllowedBytes[k]))
                        {
                            into.Set(f, field.Allowed![k]);
                            return true;
                        }
                    }

                    return false;
                case FlatKind.Text:
                    var text = IdPool.Decode(span);
                    if (text.Length > field.Max || text.Trim().Length == 0)
                    {
                        return false;
                    }

                    into.Set(f, text);
                    return true;
                default:
                    if (span.Length == 0)
                    {
                        return false;
                    }

                    into.IdStart[f] = p.Position - 1 - span.Length;
                    into.IdLength[f] = span.Length;
                    return true;
            }
        }
    }

    /// <summary>A date string yyyy-MM-dd that is a real day between 1900-01-01 and 2199-12-31, or null.</summary>
    private static LocalDate? PlainDate(ReadOnlySpan<byte> s)
    {
        if (s.Length != 10 || s[4] != (byte)'-' || s[7] != (byte)'-')
        {
            return null;
        }

        var year = Digits(s, 0, 4);
        var month = Digits(s, 5, 2);
        var day = Digits(s, 8, 2);
        if (year < SupportedDates.Earliest.Year || year > SupportedDates.Latest.Year || month < 1 || month > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return null;
        }

        var date = new LocalDate(year, month, day);
        return SupportedDates.Contains(date) ? date : null;
    }

    private static int Digits(ReadOnlySpan<byte> s, int from, int count)
    {
        var n = 0;
        for (var i = from; i < from + count; i++)
        {
            var d = s[i] - (byte)'0';
            if (d is < 0 or > 9)
            {
                return -1;
            }

            n = (n * 10) + d;
        }

        return n;
    }
}
