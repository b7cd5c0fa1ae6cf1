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
    /// The explanation of the outcome (<see cref="ElectionExplanation.Explain"/>), made once for all the election rules
    /// that read it (each run context has its own tallies); empty when the election was not tallied.
    /// </summary>
    internal IReadOnlyList<ElectionReason> Reasons => reasons ??= Outcome is { } outcome ? outcome.Explain() : System.Array.Empty<ElectionReason>();

    internal int ComputedEntitled { get; }
}
