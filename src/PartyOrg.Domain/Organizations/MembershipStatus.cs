using Ardalis.SmartEnum;

namespace PartyOrg.Domain.Organizations;

/// <summary>党员身份 — full (正式党员) or probationary (预备党员) member. Only full members vote, elect and stand.</summary>
public sealed class MembershipStatus : BilingualEnum<MembershipStatus>
{
    /// <summary>正式党员 — full member.</summary>
    public static readonly MembershipStatus Full = new("full", 1, "正式党员", "full member");

    /// <summary>预备党员 — probationary member.</summary>
    public static readonly MembershipStatus Probationary = new("probationary", 2, "预备党员", "probationary member");

    private MembershipStatus(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}
