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

    internal void Validate()
    {
        if (MaxBytes <= 0 || MaxDepth <= 0 || MaxArrayLength <= 0 || ProfileNames is null)
        {
            throw new ArgumentException("MaxBytes, MaxDepth and MaxArrayLength must be positive and ProfileNames set.");
        }
    }
}
