using PartyOrg.Domain.Elections;

namespace PartyOrg.Domain.Compliance;

public sealed partial class ComplianceInput
{
    /// <summary>The recorded elections (选举), or null when none were added.</summary>
    public ElectionLog? Elections => GetData<ElectionLog>();

    /// <summary>A copy with the recorded elections, checked by the ELEC-* rules.</summary>
    /// <param name="elections">The elections (built with <see cref="ElectionLog.Create"/> against the same tree).</param>
    /// <returns>The new input.</returns>
    public ComplianceInput WithElections(ElectionLog elections) => WithData(elections);
}
