using System;
using System.Collections.Generic;
using System.IO;
using System.Globalization;
using PartyOrg.Cli.Generation;

namespace PartyOrg.Domain.Benchmarks;

/// <summary>
/// The synthetic data of the benchmarks: generated once per size and process (the last size only is kept, so a
/// province run does not hold the city data too), and the record counts the per-record columns divide by.
/// </summary>
public static class SyntheticData
{
    private static SyntheticDocument? last;

    /// <summary>
    /// The sizes to benchmark: <c>PARTYORG_BENCH_SIZES</c> (comma-separated, e.g. <c>small,city</c>), default all three.
    /// </summary>
    public static IEnumerable<string> Sizes
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("PARTYORG_BENCH_SIZES");
            return string.IsNullOrWhiteSpace(env) ? new[] { "small", "city", "province" } : env!.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries);
        }
    }

    /// <summary>The document of a size (default seed), generated on first use.</summary>
    /// <param name="size">small, city or province.</param>
    /// <returns>The document.</returns>
    public static SyntheticDocument Get(string size)
    {
        if (last is not null && last.Size.Name == size)
        {
            return last;
        }

        last = null;
        GC.Collect();
        last = SyntheticOrgan.Generate(SyntheticSize.Parse(size));
        Remember(size, "meetings", last.MeetingCount);
        Remember(size, "members", last.Members.Count);
        return last;
    }

    /// <summary>Records a count for the columns (also on disk, so a host process sees counts made in a child process).</summary>
    /// <param name="size">The size.</param>
    /// <param name="what">What is counted.</param>
    /// <param name="count">The count.</param>
    public static void Remember(string size, string what, long count)
    {
        try
        {
            File.WriteAllText(CountFile(size, what), count.ToString(CultureInfo.InvariantCulture));
        }
        catch (IOException)
        {
            // The column falls back to regenerating.
        }
    }

    /// <summary>A count recorded by <see cref="Remember"/>, or regenerated.</summary>
    /// <param name="size">The size.</param>
    /// <param name="what">meetings or members.</param>
    /// <returns>The count.</returns>
    public static long Count(string size, string what)
    {
        var file = CountFile(size, what);
        if (File.Exists(file) && long.TryParse(File.ReadAllText(file), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        var doc = Get(size);
        return what == "meetings" ? doc.MeetingCount : doc.Members.Count;
    }

    private static string CountFile(string size, string what) =>
        Path.Combine(Path.GetTempPath(), $"partyorg-bench-{size}-{SyntheticOrgan.DefaultSeed}-{what}.count");
}
