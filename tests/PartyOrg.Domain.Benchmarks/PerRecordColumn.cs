using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PartyOrg.Domain.Benchmarks;

/// <summary>
/// Columns that divide a benchmark's mean time and allocation by the number of records of its size (meeting records,
/// or members for benchmarks that do not read meetings), so linear growth shows as a flat number.
/// </summary>
public sealed class PerRecordColumn : IColumn
{
    private readonly bool bytes;

    /// <summary>Creates the column.</summary>
    /// <param name="bytes">True for allocated bytes per record, false for nanoseconds per record.</param>
    public PerRecordColumn(bool bytes) => this.bytes = bytes;

    /// <inheritdoc />
    public string Id => bytes ? "PerRecordBytes" : "PerRecordTime";

    /// <inheritdoc />
    public string ColumnName => bytes ? "B/record" : "ns/record";

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => bytes ? 2 : 1;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => bytes
        ? "Allocated bytes per operation divided by the records of the size (see Records)"
        : "Mean time per operation in nanoseconds divided by the records of the size (see Records)";

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var records = RecordsColumn.Records(benchmarkCase);
        if (report?.ResultStatistics is null || records <= 0)
        {
            return "-";
        }

        if (bytes)
        {
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return allocated is null ? "-" : (allocated.Value / (double)records).ToString("0.0", CultureInfo.InvariantCulture);
        }

        return (report.ResultStatistics.Mean / records).ToString("0.0", CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

/// <summary>The number of records a benchmark case divides by, and what they are.</summary>
public sealed class RecordsColumn : IColumn
{
    /// <inheritdoc />
    public string Id => "Records";

    /// <inheritdoc />
    public string ColumnName => "Records";

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => 0;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => "Meeting records of the size (members for benchmarks that do not read meetings; voters for the tally)";

    /// <summary>The records of a case: meeting records, or members for cases marked <see cref="PerMemberAttribute"/>.</summary>
    /// <param name="benchmarkCase">The case.</param>
    /// <returns>The count, or 0 when the case has no size.</returns>
    public static long Records(BenchmarkCase benchmarkCase)
    {
        var size = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Size")?.Value as string;
        var type = benchmarkCase.Descriptor.Type;
        if (type.GetCustomAttributes(typeof(FixedRecordsAttribute), true).FirstOrDefault() is FixedRecordsAttribute fixedRecords)
        {
            return fixedRecords.Count;
        }

        if (size is null)
        {
            return 0;
        }

        if (type.GetCustomAttributes(typeof(PerMemberMonthAttribute), true).Any())
        {
            return SyntheticData.Count(size, "members") * 12;
        }

        var perMember = type.GetCustomAttributes(typeof(PerMemberAttribute), true).Any();
        var meetings = perMember ? 0 : SyntheticData.Count(size, "meetings");
        return meetings > 0 ? meetings : SyntheticData.Count(size, "members");
    }

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        Records(benchmarkCase) is var n && n > 0 ? n.ToString("N0", CultureInfo.InvariantCulture) : "-";

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

/// <summary>Marks a benchmark class whose per-record columns divide by members, not meeting records.</summary>
[System.AttributeUsage(System.AttributeTargets.Class)]
public sealed class PerMemberAttribute : System.Attribute
{
}

/// <summary>Marks a benchmark class whose per-record columns divide by a fixed count (e.g. voters of a tally).</summary>
[System.AttributeUsage(System.AttributeTargets.Class)]
public sealed class FixedRecordsAttribute : System.Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="count">The count.</param>
    public FixedRecordsAttribute(long count) => Count = count;

    /// <summary>The count.</summary>
    public long Count { get; }
}

/// <summary>Marks a benchmark class whose per-record columns divide by member-months (members × 12): a year of dues.</summary>
[System.AttributeUsage(System.AttributeTargets.Class)]
public sealed class PerMemberMonthAttribute : System.Attribute
{
}
