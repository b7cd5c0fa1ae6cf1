using System;

namespace PartyOrg.Domain.Meetings;

/// <summary>审计结果 — one obligation as audited: how many matching meetings were held in its period and its state. An immutable value.</summary>
public sealed class ObligationStatus
{
    internal ObligationStatus(MeetingObligation obligation, int count, ObligationState state, bool metInPreferredWindow, bool isClosed)
    {
        IsClosed = isClosed;
        Obligation = obligation;
        Count = count;
        State = state;
        MetInPreferredWindow = metInPreferredWindow;
    }

    /// <summary>The obligation.</summary>
    public MeetingObligation Obligation { get; }

    /// <summary>The number of matching meetings held in the period.</summary>
    public int Count { get; }

    /// <summary>The state.</summary>
    public ObligationState State { get; }

    /// <summary>Whether a matching meeting was held inside the requirement's soft window (true when it has none).</summary>
    public bool MetInPreferredWindow { get; }

    /// <summary>Whether the period is over on "as of" (its last day is on or before it), so the obligation is judged.</summary>
    public bool IsClosed { get; }

    /// <summary>"obligation: state (count)".</summary>
    /// <returns>A summary.</returns>
    public override string ToString() => $"{Obligation}: {State} ({Count})";
}
