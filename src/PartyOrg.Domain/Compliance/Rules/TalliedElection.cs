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
    internal TalliedElection(ElectionRecord record, ElectionOutcome? outcome, int computedEntitled)
    {
        Record = record;
        Outcome = outcome;
        ComputedEntitled = computedEntitled;
    }

    internal ElectionRecord Record { get; }

    /// <summary>The outcome, or null when the recorded attendance exceeds the entitled voters computed from the members.</summary>
    internal ElectionOutcome? Outcome { get; }

    internal int ComputedEntitled { get; }
}
