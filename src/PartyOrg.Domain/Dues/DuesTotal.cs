namespace PartyOrg.Domain.Dues;

/// <summary>The totals of one branch over the audited rows.</summary>
public sealed class DuesTotal
{
    internal DuesTotal(string branchId, int rows, decimal amountDue, decimal paid, decimal voluntary)
    {
        BranchId = branchId;
        Rows = rows;
        AmountDue = amountDue;
        Paid = paid;
        Voluntary = voluntary;
    }

    /// <summary>The branch.</summary>
    public string BranchId { get; }

    /// <summary>The number of ledger rows.</summary>
    public int Rows { get; }

    /// <summary>The total amount due.</summary>
    public decimal AmountDue { get; }

    /// <summary>The total regular dues paid.</summary>
    public decimal Paid { get; }

    /// <summary>Paid minus due.</summary>
    public decimal Balance => Paid - AmountDue;

    /// <summary>The total voluntary dues.</summary>
    public decimal Voluntary { get; }
}
