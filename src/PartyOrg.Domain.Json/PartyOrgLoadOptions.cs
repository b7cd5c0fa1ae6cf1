using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartyOrg.Domain.Compliance;

namespace PartyOrg.Domain.Json;

/// <summary>Limits and vocabulary of <see cref="PartyOrgDocument.Load(System.IO.Stream, PartyOrgLoadOptions?)"/>.</summary>
public sealed class PartyOrgLoadOptions
{
    /// <summary>The default size limit: none (<see cref="long.MaxValue"/>). The loader streams; memory grows with the data kept, not with the text.</summary>
    public const long DefaultMaxBytes = long.MaxValue;

    /// <summary>The default limit on the elements of one array (a section, attendees, …): 100,000,000.</summary>
    public const int DefaultMaxArrayLength = 100_000_000;

    /// <summary>The default nesting limit: 64 levels (a valid document needs 5).</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The longest id accepted (organization, member, meeting and election ids): 128 characters.</summary>
    public const int MaxIdLength = 128;

    /// <summary>The longest name accepted (organization and member names): 200 characters.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The longest other string accepted (a topic, a note, a vote item, a property name): 2,000 characters.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>
    /// The largest count accepted (votes, ballots, seats, members represented, covered units): 10,000,000, so that
    /// every sum of counts stays far from <see cref="int.MaxValue"/>. A term's <c>years</c> is bounded by
    /// <see cref="Domain.Terms.Term.MaxYears"/> instead.
    /// </summary>
    public const int MaxCount = 10_000_000;

    /// <summary>The earliest date a document may hold (1900-01-01): earlier dates are typing errors, not records.</summary>
    public static LocalDate EarliestDate => Domain.Calendars.SupportedDates.Earliest;

    /// <summary>The latest date a document may hold (2199-12-31), so that every computed deadline stays representable.</summary>
    public static LocalDate LatestDate => Domain.Calendars.SupportedDates.Latest;

    /// <summary>The defaults: no size limit, depth 64, 100,000,000 elements per array, the built-in profile names.</summary>
    public static PartyOrgLoadOptions Default { get; } = new();

    /// <summary>The largest document accepted, in bytes; a larger one is a problem (the rest is not read). Default: no limit.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>The most elements one array may hold (a section such as <c>meetings</c>, or <c>attendees</c> in one element); more is a problem.</summary>
    public int MaxArrayLength { get; init; } = DefaultMaxArrayLength;

    /// <summary>The deepest nesting of arrays and objects accepted.</summary>
    public int MaxDepth { get; init; } = DefaultMaxDepth;

    /// <summary>The profile names <c>profile</c> may take; by default the built-in profiles (<c>state-organs</c>, …).</summary>
    public IReadOnlyCollection<string> ProfileNames { get; init; } = ComplianceProfile.BuiltIn.Select(p => p.Name).ToArray();

    /// <summary>
    /// The most threads the load may use (default 1: everything on the calling thread). With 2 or more, the elements
    /// of a large section are parsed on a worker thread while the calling thread reads on (a section whose text is
    /// under 1 MiB is read on the calling thread); the document, the problems and their order are the same whatever
    /// the number.
    /// </summary>
    public int MaxThreads { get; init; } = 1;

    /// <summary>
    /// Whether <see cref="PartyOrgDocument.Contract"/> keeps the contract objects as read (default true). With false
    /// they are dropped once the domain objects are built, which saves their memory on a large document;
    /// <see cref="PartyOrgDocument.Contract"/> is then made from the domain objects on first read
    /// (<see cref="PartyOrgDocumentWriter.ToContract(Compliance.ComplianceInput, string?)"/>): the same data, in the
    /// writer's form (e.g. omitted optional lists instead of empty ones).
    /// </summary>
    public bool KeepContract { get; init; } = true;

    /// <summary>The text of the elements handed to the worker thread at a time (tests make it small).</summary>
    internal int SectionBatchBytes { get; init; } = 1 << 20;

    /// <summary>False: the bulk sections' plain elements are read by the per-element reader too (tests compare the two).</summary>
    internal bool FastPaths { get; init; } = true;

    /// <summary>
    /// Whether the reading thread does the preparing part of each batch of a section: null (the default) while the
    /// worker has batches waiting, true always, false never (tests take each way).
    /// </summary>
    internal bool? PrepareBatches { get; init; }

    /// <summary>
    /// Whether a document that can be read again (bytes, a seekable stream) is read first with the sections' elements
    /// delimited by their brackets alone (false: always tokenised; tests compare the two).
    /// </summary>
    internal bool QuickElements { get; init; } = true;

    internal void Validate()
    {
        if (MaxBytes <= 0 || MaxDepth <= 0 || MaxArrayLength <= 0 || MaxThreads <= 0 || SectionBatchBytes <= 0 || ProfileNames is null)
        {
            throw new ArgumentException("MaxBytes, MaxDepth, MaxArrayLength and MaxThreads must be positive and ProfileNames set.");
        }
    }
}
