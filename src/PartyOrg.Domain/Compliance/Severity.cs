namespace PartyOrg.Domain.Compliance;

/// <summary>
/// 严重程度 — how serious a finding is. Ordered: <see cref="Info"/> &lt; <see cref="Warning"/> &lt; <see cref="Error"/>.
/// </summary>
/// <remarks>
/// The catalogue's wording decides a rule's default: 应当/必须 ("shall", "must") → <see cref="Error"/>;
/// 一般 ("as a rule", a default the higher organization may waive) → <see cref="Warning"/>; advice → <see cref="Info"/>.
/// A <see cref="ComplianceProfile"/> can override the severity of any rule. JSON spells them <c>info</c>,
/// <c>warning</c>, <c>error</c>.
/// </remarks>
public enum Severity
{
    /// <summary>提示 — advisory.</summary>
    Info = 0,

    /// <summary>警告 — at risk, a soft rule (一般) not met, or a deadline approaching.</summary>
    Warning = 1,

    /// <summary>错误 — violates a regulation (应当/必须).</summary>
    Error = 2,
}
