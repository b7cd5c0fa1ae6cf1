using PartyOrg.Domain.Terms;

namespace PartyOrg.Domain.Compliance;

public sealed partial class ComplianceInput
{
    /// <summary>The recorded terms (任期), or null when none were added.</summary>
    public TermSet? Terms => GetData<TermSet>();

    /// <summary>A copy with the recorded terms, checked by the TERM-* rules and the 换届 calendar.</summary>
    /// <param name="terms">The terms (built with <see cref="TermSet.Create"/> against the same tree).</param>
    /// <returns>The new input.</returns>
    public ComplianceInput WithTerms(TermSet terms) => WithData(terms);
}
