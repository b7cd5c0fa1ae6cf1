using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Dues;

/// <summary>
/// One dated version of the dues rates: the salary and pension bands, the flat amounts and the limits, in force from
/// the first day of <see cref="From"/> until the next version, with the regulation that sets them.
/// </summary>
public sealed class DuesRateTable
{
    private readonly DuesRateBand[] banded;
    private readonly DuesRateBand[] pension;

    /// <summary>Creates a version of the rates.</summary>
    /// <param name="from">The first month it applies to.</param>
    /// <param name="source">The regulation that sets the rates.</param>
    /// <param name="banded">The salary bands (ascending upper bounds, the last one open).</param>
    /// <param name="pension">The pension bands (ascending upper bounds, the last one open).</param>
    /// <param name="flatAmount">The fixed monthly amount of the flat categories.</param>
    /// <param name="farmerMinimum">The lowest provincial amount for farmers.</param>
    /// <param name="farmerMaximum">The highest provincial amount for farmers.</param>
    /// <param name="centreRemittanceThreshold">A one-off voluntary payment of at least this much goes to the Centre.</param>
    /// <param name="arrearsMonths">The months within which a back payment is made, as a rule.</param>
    /// <exception cref="ArgumentException">Bands not ascending, not ending with an open band, or bad amounts.</exception>
    public DuesRateTable(
        YearMonth from,
        Regulation source,
        IEnumerable<DuesRateBand> banded,
        IEnumerable<DuesRateBand> pension,
        decimal flatAmount,
        decimal farmerMinimum,
        decimal farmerMaximum,
        decimal centreRemittanceThreshold,
        int arrearsMonths)
    {
        From = from;
        Source = source ?? throw new ArgumentNullException(nameof(source));
        this.banded = CheckBands(banded, nameof(banded));
        this.pension = CheckBands(pension, nameof(pension));
        FlatAmount = DuesMoney.Check(flatAmount, nameof(flatAmount));
        FarmerMinimum = DuesMoney.Check(farmerMinimum, nameof(farmerMinimum));
        FarmerMaximum = DuesMoney.Check(farmerMaximum, nameof(farmerMaximum));
        if (farmerMaximum < farmerMinimum)
        {
            throw new ArgumentException("the farmers' maximum is below their minimum", nameof(farmerMaximum));
        }

        CentreRemittanceThreshold = DuesMoney.Check(centreRemittanceThreshold, nameof(centreRemittanceThreshold));
        ArrearsMonths = arrearsMonths >= 0 ? arrearsMonths : throw new ArgumentOutOfRangeException(nameof(arrearsMonths), arrearsMonths, "must not be negative");
    }

    /// <summary>
    /// 中组发〔2008〕3号, in force 2008-04-01: salaries ≤ 3,000 0.5 %, ≤ 5,000 1 %, ≤ 10,000 1.5 %, above 2 % (Art. 2);
    /// pensions ≤ 5,000 0.5 %, above 1 % (Art. 5); farmers 0.20–1.00, the other flat categories 0.20 (Art. 6);
    /// voluntary payments of 1,000 or more to the Centre (Art. 11); back payments within 6 months (Art. 14).
    /// </summary>
    public static DuesRateTable Regulations2008 { get; } = new(
        new YearMonth(2008, 4),
        Regulation.DuesRegulations,
        new[] { new DuesRateBand(3000m, 0.005m), new DuesRateBand(5000m, 0.01m), new DuesRateBand(10000m, 0.015m), new DuesRateBand(null, 0.02m) },
        new[] { new DuesRateBand(5000m, 0.005m), new DuesRateBand(null, 0.01m) },
        0.20m,
        0.20m,
        1.00m,
        1000.00m,
        6);

    /// <summary>The first month the version applies to.</summary>
    public YearMonth From { get; }

    /// <summary>The regulation that sets these rates.</summary>
    public Regulation Source { get; }

    /// <summary>The salary bands (salaried, annual-salary, self-employed).</summary>
    public IReadOnlyList<DuesRateBand> Banded => Internal.ReadOnly.View(banded, ref bandedView);

    private IReadOnlyList<DuesRateBand>? bandedView;

    /// <summary>The pension bands (retired).</summary>
    public IReadOnlyList<DuesRateBand> Pension => Internal.ReadOnly.View(pension, ref pensionView);

    private IReadOnlyList<DuesRateBand>? pensionView;

    /// <summary>The fixed monthly amount of students, the unemployed and members on relief or the minimum living allowance.</summary>
    public decimal FlatAmount { get; }

    /// <summary>The lowest provincial monthly amount for farmers.</summary>
    public decimal FarmerMinimum { get; }

    /// <summary>The highest provincial monthly amount for farmers.</summary>
    public decimal FarmerMaximum { get; }

    /// <summary>A one-off voluntary payment of at least this amount is remitted to the Centre.</summary>
    public decimal CentreRemittanceThreshold { get; }

    /// <summary>As a rule, a back payment is made within this many months.</summary>
    public int ArrearsMonths { get; }

    /// <summary>The rate on <paramref name="monthlyBase"/> for a banded or pension basis (allocation-free).</summary>
    /// <param name="basis">Banded or pension.</param>
    /// <param name="monthlyBase">The base.</param>
    /// <returns>The rate of the band whose inclusive upper bound first reaches the base.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Another basis.</exception>
    public decimal RateFor(DuesBasis basis, decimal monthlyBase)
    {
        var bands = basis switch
        {
            DuesBasis.Banded => banded,
            DuesBasis.Pension => pension,
            _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "only the banded and pension bases have rates"),
        };
        for (var i = 0; i < bands.Length - 1; i++)
        {
            if (monthlyBase <= bands[i].UpperBound!.Value)
            {
                return bands[i].Rate;
            }
        }

        return bands[bands.Length - 1].Rate;
    }

    private static DuesRateBand[] CheckBands(IEnumerable<DuesRateBand> bands, string name)
    {
        var list = (bands ?? throw new ArgumentNullException(name)).ToArray();
        if (list.Length == 0 || list.Any(b => b is null))
        {
            throw new ArgumentException("at least one band, none null", name);
        }

        for (var i = 0; i < list.Length; i++)
        {
            var last = i == list.Length - 1;
            if (last != (list[i].UpperBound is null))
            {
                throw new ArgumentException("every band but the last has an upper bound; the last is open", name);
            }

            if (i > 0 && !last && list[i].UpperBound <= list[i - 1].UpperBound)
            {
                throw new ArgumentException("upper bounds must ascend", name);
            }
        }

        return list;
    }
}
