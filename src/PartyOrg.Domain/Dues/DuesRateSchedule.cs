using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace PartyOrg.Domain.Dues;

/// <summary>
/// The dated versions of the dues rates: a month reads the version in force on its first day. Months before the first
/// version have no rates here (the catalogue gives none before 中组发〔2008〕3号); nothing is guessed for them.
/// </summary>
public sealed class DuesRateSchedule
{
    private readonly DuesRateTable[] tables;

    /// <summary>Creates a schedule.</summary>
    /// <param name="tables">The versions, in any order; no two from the same month.</param>
    /// <exception cref="ArgumentException">No version, or two from the same month.</exception>
    public DuesRateSchedule(IEnumerable<DuesRateTable> tables)
    {
        this.tables = (tables ?? throw new ArgumentNullException(nameof(tables))).OrderBy(t => t.From).ToArray();
        if (this.tables.Length == 0)
        {
            throw new ArgumentException("a schedule has at least one version", nameof(tables));
        }

        for (var i = 1; i < this.tables.Length; i++)
        {
            if (this.tables[i].From == this.tables[i - 1].From)
            {
                throw new ArgumentException("two versions from the same month " + this.tables[i].From, nameof(tables));
            }
        }
    }

    /// <summary>The national rates: <see cref="DuesRateTable.Regulations2008"/> from 2008-04.</summary>
    public static DuesRateSchedule Standard { get; } = new(new[] { DuesRateTable.Regulations2008 });

    /// <summary>The versions, oldest first.</summary>
    public IReadOnlyList<DuesRateTable> Tables => Internal.ReadOnly.View(tables, ref tablesView);

    private IReadOnlyList<DuesRateTable>? tablesView;

    /// <summary>The first month with rates.</summary>
    public YearMonth FirstMonth => tables[0].From;

    /// <summary>The version in force for <paramref name="month"/>, or null before the first version (allocation-free).</summary>
    /// <param name="month">The month.</param>
    /// <returns>The version, or null.</returns>
    public DuesRateTable? For(YearMonth month)
    {
        for (var i = tables.Length - 1; i >= 0; i--)
        {
            if (tables[i].From.CompareTo(month) <= 0)
            {
                return tables[i];
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => string.Join("; ", tables.Select(t => DuesMonths.Format(t.From) + " " + t.Source.Name));
}
