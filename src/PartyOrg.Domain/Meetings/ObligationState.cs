namespace PartyOrg.Domain.Meetings;

/// <summary>The audit state of a <see cref="MeetingObligation"/>.</summary>
public enum ObligationState
{
    /// <summary>已完成 — enough meetings were held in the period.</summary>
    Met = 0,

    /// <summary>未完成 — the period is over (its last day is on or before "as of") and too few meetings were held.</summary>
    Missed = 1,

    /// <summary>进行中 — the period is still open and not yet met; no finding.</summary>
    Open = 2,

    /// <summary>临近截止 — still open, not yet met, and it ends within the "due soon" days: a warning.</summary>
    DueSoon = 3,
}
