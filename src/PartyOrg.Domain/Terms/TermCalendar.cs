using System;
using System.Collections.Generic;
using NodaTime;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Terms;

/// <summary>
/// 换届日历 — for a tree, its recorded terms and an "as of" date: each elected body's current term with its
/// milestones and status (<see cref="Entries"/>), the bodies that are not elected (status <c>no-term</c>) and the
/// elected bodies with no term recorded (<see cref="Unrecorded"/>; the checker reports them as information).
/// Bodies dissolved by the "as of" date are left out.
/// </summary>
/// <example>
/// <code>
/// var calendar = TermCalendar.Build(tree, terms, TermPolicy.Default, new LocalDate(2026, 11, 22));
/// foreach (var e in calendar.Entries) Console.WriteLine($"{e.OrganizationId} {e.Expiry} {e.Status.Name}");
/// </code>
/// </example>
public sealed class TermCalendar
{
    private readonly TermCalendarEntry[] entries;
    private readonly string[] notElected;
    private readonly string[] unrecorded;
    private Dictionary<string, TermCalendarEntry>? byOrganization; // made on the first look-up by id (an audit reads the entries in order)

    private TermCalendar(LocalDate asOf, TermCalendarEntry[] entries, string[] notElected, string[] unrecorded)
    {
        AsOf = asOf;
        this.entries = entries;
        this.notElected = notElected;
        this.unrecorded = unrecorded;
    }

    /// <summary>The entries by organization id, made once (readers on several threads may each make one; one is kept).</summary>
    private Dictionary<string, TermCalendarEntry> ByOrganization
    {
        get
        {
            var made = System.Threading.Volatile.Read(ref byOrganization);
            if (made is not null)
            {
                return made;
            }

            made = new Dictionary<string, TermCalendarEntry>(entries.Length, StringComparer.Ordinal);
            foreach (var e in entries)
            {
                made[e.OrganizationId] = e;
            }

            return System.Threading.Interlocked.CompareExchange(ref byOrganization, made, null) ?? made;
        }
    }

    /// <summary>The "as of" date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>One entry per elected body with a term in office on <see cref="AsOf"/>, in tree preorder.</summary>
    public IReadOnlyList<TermCalendarEntry> Entries => Internal.ReadOnly.View(entries, ref entriesView);

    private IReadOnlyList<TermCalendarEntry>? entriesView;

    /// <summary>The bodies that are not elected and have no term (status <c>no-term</c>), in preorder.</summary>
    public IReadOnlyList<string> NotElected => Internal.ReadOnly.View(notElected, ref notElectedView);

    private IReadOnlyList<string>? notElectedView;

    /// <summary>The elected bodies without a recorded term in office on <see cref="AsOf"/>, in preorder.</summary>
    public IReadOnlyList<string> Unrecorded => Internal.ReadOnly.View(unrecorded, ref unrecordedView);

    private IReadOnlyList<string>? unrecordedView;

    /// <summary>Builds the calendar.</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="terms">The recorded terms (checked against the same tree).</param>
    /// <param name="policy">The term policy (usually the profile's).</param>
    /// <param name="asOf">The "as of" date.</param>
    /// <returns>The calendar.</returns>
    public static TermCalendar Build(OrganizationTree tree, TermSet terms, TermPolicy policy, LocalDate asOf)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        if (terms is null)
        {
            throw new ArgumentNullException(nameof(terms));
        }

        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        var entries = new List<TermCalendarEntry>();
        var notElected = new List<string>();
        var unrecorded = new List<string>();
        foreach (var org in tree.InPreorder)
        {
            if (!org.ExistsOn(asOf))
            {
                continue;
            }

            if (!org.HasTerm)
            {
                notElected.Add(org.Id);
                continue;
            }

            var term = terms.CurrentTerm(org.Id, asOf);
            if (term is null)
            {
                unrecorded.Add(org.Id);
            }
            else
            {
                entries.Add(TermCalendarEntry.For(org, term, policy, asOf));
            }
        }

        return new TermCalendar(asOf, entries.ToArray(), notElected.ToArray(), unrecorded.ToArray());
    }

    /// <summary>The entry of a body, or null.</summary>
    /// <param name="organizationId">The body.</param>
    /// <returns>The entry, or null.</returns>
    public TermCalendarEntry? EntryOf(string organizationId) =>
        ByOrganization.TryGetValue(organizationId ?? throw new ArgumentNullException(nameof(organizationId)), out var e) ? e : null;

    /// <summary>The status of a body: its entry's status, <see cref="TermStatus.NoTerm"/> for a body that is not elected, or null when no term is recorded (or the id is unknown).</summary>
    /// <param name="organizationId">The body.</param>
    /// <returns>The status, or null.</returns>
    public TermStatus? StatusOf(string organizationId)
    {
        if (EntryOf(organizationId) is { } e)
        {
            return e.Status;
        }

        return Array.IndexOf(notElected, organizationId) >= 0 ? TermStatus.NoTerm : null;
    }
}
