using System.IO;
using PartyOrg.Cli.Output;

namespace PartyOrg.Cli.Demo;

/// <summary>One section of the <c>partyorg demo</c> report. Implementations are registered in <see cref="Commands.DemoCommand.Sections"/> and written in <see cref="Order"/>.</summary>
public interface IDemoSection
{
    /// <summary>The position in the report.</summary>
    int Order { get; }

    /// <summary>The section heading in Chinese.</summary>
    string ChineseTitle { get; }

    /// <summary>The section heading in English.</summary>
    string EnglishTitle { get; }

    /// <summary>Writes the section body.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="language">The language.</param>
    void Write(TextWriter writer, OutputLanguage language);
}
