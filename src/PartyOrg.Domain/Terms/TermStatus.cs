using Ardalis.SmartEnum;

namespace PartyOrg.Domain.Terms;

/// <summary>
/// 换届状态 — where a body stands in its 换届 calendar on the "as of" date. <c>Name</c> is the JSON spelling of
/// <c>partyorg terms</c>: <c>current</c>, <c>due-soon</c>, <c>due</c>, <c>overdue</c>, <c>postponed</c>,
/// <c>overdue-after-postponement</c>, <c>no-term</c>.
/// </summary>
public sealed class TermStatus : BilingualEnum<TermStatus>
{
    /// <summary>任期内 — before the reminder date.</summary>
    public static readonly TermStatus Current = new("current", 1, "任期内", "current");

    /// <summary>即将届满 — within the reminder period (from expiry − 6 months) and not yet expired.</summary>
    public static readonly TermStatus DueSoon = new("due-soon", 2, "即将届满", "due soon");

    /// <summary>应当换届 — expired (or at the approved advanced date) and still within the on-time tolerance.</summary>
    public static readonly TermStatus Due = new("due", 3, "应当换届", "due");

    /// <summary>逾期未换届 — past the due date and the tolerance, with no approved postponement.</summary>
    public static readonly TermStatus Overdue = new("overdue", 4, "逾期未换届", "overdue");

    /// <summary>经批准延期 — an approved postponement whose new date has not passed.</summary>
    public static readonly TermStatus Postponed = new("postponed", 5, "经批准延期", "postponed");

    /// <summary>延期后仍逾期 — past the approved postponement's new date.</summary>
    public static readonly TermStatus OverdueAfterPostponement = new("overdue-after-postponement", 6, "延期后仍逾期", "overdue after postponement");

    /// <summary>无任期 — a body that is not elected (机关工委, 党组, 党小组, temporary branch).</summary>
    public static readonly TermStatus NoTerm = new("no-term", 7, "无任期", "no term");

    private TermStatus(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }

    /// <summary>True for <see cref="Overdue"/> and <see cref="OverdueAfterPostponement"/>.</summary>
    public bool IsOverdue => this == Overdue || this == OverdueAfterPostponement;
}
