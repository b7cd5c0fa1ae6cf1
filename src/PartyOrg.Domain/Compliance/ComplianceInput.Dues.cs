using PartyOrg.Domain.Dues;

namespace PartyOrg.Domain.Compliance;

public sealed partial class ComplianceInput
{
    /// <summary>The dues ledger (党费), or null when none was added (the dues rules and the dues limb of the six-month lapse rule do not run).</summary>
    public DuesLedger? Dues => GetData<DuesLedger>();

    /// <summary>A copy with the dues ledger, checked by the dues rules and the dues limb of the six-month lapse rule.</summary>
    /// <param name="dues">The ledger (built with <see cref="DuesLedger.Create"/> against the same tree).</param>
    /// <returns>The new input.</returns>
    public ComplianceInput WithDues(DuesLedger dues) => WithData(dues);
}
