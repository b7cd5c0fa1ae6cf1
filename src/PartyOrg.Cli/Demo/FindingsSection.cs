using System.IO;
using PartyOrg.Cli.Output;
using PartyOrg.Cli.Sample;
using PartyOrg.Domain.Compliance;

namespace PartyOrg.Cli.Demo;

/// <summary>The full compliance check of the sample organ under the default profile.</summary>
public sealed class FindingsSection : IDemoSection
{
    /// <inheritdoc />
    public int Order => 90;

    /// <inheritdoc />
    public string ChineseTitle => "合规检查（党和国家机关方案）";

    /// <inheritdoc />
    public string EnglishTitle => "Compliance check (state-organs profile)";

    /// <inheritdoc />
    public void Write(TextWriter writer, OutputLanguage language)
    {
        var report = new ComplianceChecker(ComplianceProfile.StateOrgans).Check(SampleOrgan.BuildInput());
        FindingsTable.Write(writer, report, language);
    }
}
