using System.Collections.Generic;
using System.Globalization;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Elections;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>One recorded election tallied for a run (or why it could not be).</summary>
internal sealed class TalliedElection
{
    private IReadOnlyList<ElectionReason>? reasons;

    internal TalliedElection(ElectionRecord record, ElectionOutcome? outcome, int computedEntitled)
    {
        Record = record;
        Outcome = outcome;
        ComputedEntitled = computedEntitled;
    }

    internal ElectionRecord Record { get; }

    /// <summary>The outcome, or null when the recorded attendance exceeds the entitled voters computed from the members.</summary>
    internal ElectionOutcome? Outcome { get; }

    /// <summary>
    /// The reasons of the outcome that failed (<see cref="ElectionExplanation.ExplainFailed"/>: what the election rules
    /// report), made once for all the election rules that read them; empty when the election was not tallied. The tallies
    /// are shared by the threads of a parallel check: two threads may make the list at once, to the same content.
    /// </summary>
    internal IReadOnlyList<ElectionReason> Reasons => reasons ??= Outcome is { } outcome ? outcome.ExplainFailed() : System.Array.Empty<ElectionReason>();

    internal int ComputedEntitled { get; }
}
