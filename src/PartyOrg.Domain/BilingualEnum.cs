using Ardalis.SmartEnum;

namespace PartyOrg.Domain;

/// <summary>
/// A closed vocabulary (an Ardalis.SmartEnum) whose members carry a name in zh-CN and en. Every vocabulary of the
/// library derives from it, so a bilingual name is read the same way everywhere: <see cref="ChineseName"/>,
/// <see cref="EnglishName"/> or <see cref="Text"/> (a <see cref="LocalizedText"/>). The stable <c>Name</c> is the JSON
/// spelling.
/// </summary>
/// <typeparam name="TEnum">The vocabulary.</typeparam>
public abstract class BilingualEnum<TEnum> : SmartEnum<TEnum>
    where TEnum : SmartEnum<TEnum, int>
{
    /// <summary>Creates a member.</summary>
    /// <param name="name">The stable name (the JSON spelling).</param>
    /// <param name="value">The stable number.</param>
    /// <param name="chineseName">The zh-CN name.</param>
    /// <param name="englishName">The en name.</param>
    protected BilingualEnum(string name, int value, string chineseName, string englishName)
        : base(name, value)
    {
        Text = new LocalizedText(chineseName, englishName);
    }

    /// <summary>The zh-CN name.</summary>
    public string ChineseName => Text.Chinese;

    /// <summary>The en name.</summary>
    public string EnglishName => Text.English;

    /// <summary>The name in both languages.</summary>
    public LocalizedText Text { get; }
}
